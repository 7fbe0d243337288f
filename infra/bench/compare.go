package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"time"
)

// printCompare measures binaries built elsewhere — one main built with and without a change — on one
// function's first event and environment, interleaved with the empty handler (each round visits
// the binaries in a random order, the empty handler just before each), and prints each one's median
// wall time and CPU time (every thread's, at its first response) as multiples of the empty
// handler's. On a loaded machine, where make coldstart's ratios of unchanged binaries move by ±0.2
// between runs, this shows a change's own effect: `go run ./infra/bench -compare
// before=/tmp/form-before,after=/tmp/form-after -fn form -runs 21` (linux/amd64 builds with the
// flags of make build).
func printCompare(fn, spec string, runs int) error {
	var event string
	for _, p := range programs() {
		if p.name == fn && p.event != "" {
			event = p.event
		}
	}
	if event == "" {
		return fmt.Errorf("-fn %q: want a function with a cold-start event (invite, form, classify, triage)", fn)
	}
	type bin struct{ label, path string }
	var bins []bin
	for _, kv := range strings.Split(spec, ",") {
		label, path, ok := strings.Cut(kv, "=")
		if !ok || label == "" || path == "" {
			return fmt.Errorf("-compare %q: want label=binary,label=binary", spec)
		}
		bins = append(bins, bin{label, path})
	}
	tmp, err := os.MkdirTemp("", "bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ctx := context.Background()
	env, stop, err := benchEnv(ctx)
	if err != nil {
		return err
	}
	defer stop()
	empty, err := build(tmp, programs()[0].pkg, runtime.GOARCH)
	if err != nil {
		return err
	}
	wall, cpu := map[string][]time.Duration{}, map[string][]time.Duration{}
	run := func(label, path string) error {
		d, c, err := coldStartCPU(ctx, path, env, []byte(event))
		if err != nil {
			return fmt.Errorf("%s: %w", label, err)
		}
		wall[label], cpu[label] = append(wall[label], d), append(cpu[label], c)
		return nil
	}
	for _, b := range bins { // one unmeasured start of each: the page cache then holds every binary
		if _, _, err := coldStartCPU(ctx, b.path, env, []byte(event)); err != nil {
			return fmt.Errorf("%s: %w", b.label, err)
		}
	}
	rng := rand.New(rand.NewPCG(uint64(runs), 17))
	for round := range runs {
		for _, i := range rng.Perm(len(bins)) {
			if err := run("empty", empty); err != nil {
				return err
			}
			if err := run(bins[i].label, bins[i].path); err != nil {
				return err
			}
		}
		fmt.Fprintf(os.Stderr, "compare: round %d of %d\n", round+1, runs)
	}
	med := func(ds []time.Duration) time.Duration { return quantile(ds, 0.5) }
	load, _ := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(load)); len(f) >= 3 {
		load = []byte(strings.Join(f[:3], " "))
	}
	fmt.Printf("%s, %d interleaved rounds, load average %s\n\n| binary | wall median | × empty | CPU median | × empty |\n|---|---|---|---|---|\n", fn, runs, load)
	labels := []string{"empty"}
	for _, b := range bins {
		labels = append(labels, b.label)
	}
	for _, label := range labels {
		fmt.Printf("| %s | %s | %.2f | %s | %.2f |\n", label, ms(med(wall[label])), float64(med(wall[label]))/float64(med(wall["empty"])),
			ms(med(cpu[label])), float64(med(cpu[label]))/float64(med(cpu["empty"])))
	}
	return nil
}
