package main

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"borgerfeedback/shared/resources"
)

// program is one binary measured: a function, or a floor reference that shows what the AWS SDK
// and aws-lambda-go cost before any of our code runs.
type program struct {
	name  string  // table row
	pkg   string  // go package
	event string  // the first event it is sent; "" = size only (not on a request path)
	goal  float64 // cold-start goal as a multiple of the empty handler's median; 0 = none
	floor bool
}

const (
	sizeGoalMB  = 8.5
	sqsBadEvent = `{"Records":[{"messageId":"m1","body":"not json","eventSource":"aws:sqs"}]}`
)

// programs lists the floor references, then every function: the cheapest real event for each (a
// malformed SQS record, an unknown token, the console page), so a cold start is start-up plus one
// trivial invocation.
func programs() []program {
	ps := []program{
		{name: "empty aws-lambda-go handler", pkg: "./infra/bench/empty", event: `{}`, floor: true},
		{name: "+ DynamoDB client, aws.Config from env credentials (no `config` package)", pkg: "./infra/bench/floor/dynamodb", event: `{}`, floor: true},
		{name: "+ DynamoDB as the functions call it (DynamoDB's JSON through shared/awscall, no SDK DynamoDB package: shared/dynamocall), same", pkg: "./infra/bench/floor/dynamodbcall", event: `{}`, floor: true},
		{name: "+ DynamoDB and SQS clients, same", pkg: "./infra/bench/floor/dynamodbsqs", event: `{}`, floor: true},
		{name: "+ DynamoDB client via `config.LoadDefaultConfig`", pkg: "./infra/bench/floor/dynamodbconfig", event: `{}`, floor: true},
	}
	events := map[string]string{
		resources.FunctionInvite:   sqsBadEvent,
		resources.FunctionClassify: sqsBadEvent,
		resources.FunctionForm:     `{"version":"2.0","routeKey":"GET /f/{token}","rawPath":"/f/not-a-token","headers":{"accept":"text/html"},"requestContext":{"http":{"method":"GET","path":"/f/not-a-token","sourceIp":"203.0.113.7"}},"pathParameters":{"token":"not-a-token"}}`,
		resources.FunctionTriage:   `{"version":"2.0","routeKey":"GET /console/{proxy+}","rawPath":"/console/","headers":{},"requestContext":{"http":{"method":"GET","path":"/console/","sourceIp":"203.0.113.7"}}}`,
	}
	goals := map[string]float64{resources.FunctionInvite: 2.2, resources.FunctionForm: 1.8, resources.FunctionClassify: 1.8, resources.FunctionTriage: 1.8}
	for _, fn := range append(slices.Clone(resources.Functions), resources.FunctionSMSSettings) {
		ps = append(ps, program{name: fn, pkg: "./functions/" + fn, event: events[fn], goal: goals[fn]})
	}
	return ps
}

// samples are one program's cold starts, and the ratio of each to the empty handler's run just
// before it.
type samples struct {
	d      []time.Duration
	paired []float64
}

func quantile(ds []time.Duration, q float64) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[max(i, 0)]
}

func medianFloat(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

// startReport builds every program for linux/arm64 (sizes) and for this machine (cold starts), then
// measures the cold starts interleaved: each round visits the programs in a fresh random order and
// runs the empty handler just before each one, so load from other processes on a shared machine
// falls on both sides of each ratio. It returns the report's section.
func startReport(ctx context.Context, tmp string, env []string, runs int) (string, error) {
	ps := programs()
	sizes := map[string]float64{}
	bins := map[string]string{}
	for _, p := range ps {
		bin, err := build(tmp, p.pkg, "arm64")
		if err != nil {
			return "", fmt.Errorf("build %s: %w", p.name, err)
		}
		fi, err := os.Stat(bin)
		if err != nil {
			return "", err
		}
		sizes[p.name] = float64(fi.Size()) / 1e6
		if p.event != "" {
			if bins[p.name], err = build(tmp, p.pkg, runtime.GOARCH); err != nil {
				return "", fmt.Errorf("build %s: %w", p.name, err)
			}
		}
	}
	empty := ps[0]
	var measured []program
	for _, p := range ps[1:] {
		if p.event != "" {
			measured = append(measured, p)
		}
	}
	run := func(p program) (time.Duration, error) {
		d, err := coldStart(ctx, bins[p.name], env, []byte(p.event))
		if err != nil {
			return 0, fmt.Errorf("cold start %s: %w", p.name, err)
		}
		return d, nil
	}
	// One unmeasured start of each first: the page cache then holds every binary.
	for _, p := range append([]program{empty}, measured...) {
		if _, err := run(p); err != nil {
			return "", err
		}
	}
	res := map[string]*samples{empty.name: {}}
	for _, p := range measured {
		res[p.name] = &samples{}
	}
	rng := rand.New(rand.NewPCG(uint64(runs), 13))
	for round := 0; round < runs; round++ {
		for _, i := range rng.Perm(len(measured)) {
			p := measured[i]
			e, err := run(empty)
			if err != nil {
				return "", err
			}
			d, err := run(p)
			if err != nil {
				return "", err
			}
			res[empty.name].d = append(res[empty.name].d, e)
			res[p.name].d = append(res[p.name].d, d)
			res[p.name].paired = append(res[p.name].paired, float64(d)/float64(e))
		}
		fmt.Fprintf(os.Stderr, "cold starts: round %d of %d\n", round+1, runs)
	}

	var b strings.Builder
	base := quantile(res[empty.name].d, 0.5)
	fmt.Fprintf(&b, "## Cold start and binary size\n\n")
	fmt.Fprintf(&b, "Cold start: time from exec of `bootstrap` to its first response posted to a local Lambda Runtime API (infra/bench/runtime.go), %d runs of each program, linux/%s builds with the same flags as Lambda's. The runs are interleaved: each of %d rounds visits the programs in a random order and starts the empty handler just before each one, so the empty handler has %d runs and every program's ratio is taken against starts made at the same moments. The machine is shared (2 cores, other sessions compiling and testing at the same time), so absolute times wander between runs; the ratios are the figure to compare. `× empty` is the program's median over the empty handler's median; `paired ×` is the median of each run's ratio to the empty run just before it. Size: linux/arm64, `%s`. The environment is Lambda's (AWS_REGION and credentials in variables, no shared config files) plus the functions' own variables; the SDK points at the emulator through AWS_ENDPOINT_URL, and invite's Secrets Manager key (when it is read) comes from there too.\n\n",
		runs, runtime.GOARCH, runs, len(res[empty.name].d), buildFlags)
	fmt.Fprintf(&b, "Goals (issue 13): every function ≤ %.1f MB; medians ≤ 1.8× the empty handler for form, triage and classify, ≤ 2.2× for invite. The first rows are the floor that the SDK itself sets: what is above them is ours.\n\n", sizeGoalMB)
	fmt.Fprintf(&b, "| program | linux/arm64 size | min | median | p90 | × empty | paired × | goal |\n|---|---|---|---|---|---|---|---|\n")
	var missed []string
	for _, p := range ps {
		size := fmt.Sprintf("%.1f MB", sizes[p.name])
		goal := ""
		if !p.floor {
			ok := sizes[p.name] <= sizeGoalMB
			goal = fmt.Sprintf("≤ %.1f MB %s", sizeGoalMB, mark(ok))
			if !ok {
				missed = append(missed, fmt.Sprintf("%s size %.1f MB", p.name, sizes[p.name]))
			}
		}
		s := res[p.name]
		if s == nil || len(s.d) == 0 {
			fmt.Fprintf(&b, "| %s | %s | — | — | — | — | — | %s (size only: not on a request path) |\n", p.name, size, goal)
			continue
		}
		med := quantile(s.d, 0.5)
		ratio := float64(med) / float64(base)
		paired := "1.00"
		if p.name != empty.name {
			paired = fmt.Sprintf("%.2f", medianFloat(s.paired))
		}
		if p.goal > 0 {
			ok := ratio <= p.goal
			goal += fmt.Sprintf(", ≤ %.1f× %s", p.goal, mark(ok))
			if !ok {
				missed = append(missed, fmt.Sprintf("%s cold start %.2f×", p.name, ratio))
			}
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %.2f | %s | %s |\n", p.name, size, ms(quantile(s.d, 0)), ms(med), ms(quantile(s.d, 0.9)), ratio, paired, goal)
	}
	if len(missed) == 0 {
		fmt.Fprintf(&b, "\nEvery goal is met in this run.\n")
	} else {
		fmt.Fprintf(&b, "\nMissed in this run: %s.\n", strings.Join(missed, "; "))
	}
	return b.String(), nil
}

func mark(ok bool) string {
	if ok {
		return "met"
	}
	return "**missed**"
}
