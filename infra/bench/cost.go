package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
)

// Published list prices (USD, us-east-1, checked 2026-11; eu-north-1 is within a few percent).
const (
	lambdaARMPerGBs      = 0.0000133334 // Lambda arm64 duration, per GB-second
	lambdaPerRequest     = 0.20 / 1e6
	httpAPIPerRequest    = 1.00 / 1e6 // first 300 M requests a month
	sqsPerRequest        = 0.40 / 1e6 // standard queue, per 64 KB chunk
	dynamoPerWRU         = 0.625 / 1e6
	dynamoPerRRU         = 0.125 / 1e6
	smsDenmarkPerMessage = 0.0601 // SNS transactional SMS to Denmark, outbound, per message (varies by carrier)
)

// timing measures the mean handler time per SQS message of a consumer.
type timing struct {
	mu       sync.Mutex
	total    time.Duration
	messages int
	batches  int
}

func (t *timing) wrap(h motostack.SQSHandler) motostack.SQSHandler {
	return func(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
		start := time.Now()
		r, err := h(ctx, ev)
		t.mu.Lock()
		t.total += time.Since(start)
		t.messages += len(ev.Records)
		t.batches++
		t.mu.Unlock()
		return r, err
	}
}

func (t *timing) perBatch() time.Duration { return t.total / time.Duration(max(t.batches, 1)) }
func (t *timing) batchSize() float64      { return float64(t.messages) / float64(max(t.batches, 1)) }

// kindOrder lists the item kinds the meter reports in the order a reply's writes happen.
var kindOrder = []string{"CONTACT/CONTACT", "PHONE/PHONE", "FB/ITEM", "FB/H", "STATS/C"}

// kindNames say what each item kind the meter reports is, and who writes it.
var kindNames = map[string]string{
	"CONTACT/CONTACT": "a suppressed contact's outcome (invite; a sent contact has none)",
	"PHONE/PHONE":     "phone number's reservation: frequency window and the contact's claim (invite)",
	"FB/ITEM":         "the invitation's item: created with its byPurgeDay entry (invite), marked used (form), the reply stored on it with its one list index entry, byCreated's open partition (classify)",
	"FB/H":            "history events (none on this path: the created event is derived)",
	"STATS/C":         "daily counter rows: the invitation's outcome (invite), the reply (classify); one write per row per SQS batch",
}

// meteredLoad runs a load of n replies on a dev stack of its own with every DynamoDB request of the
// functions metered (motostack.Meter: DynamoDB's pricing rules applied to each write as the
// emulator saw it). It runs apart from the timed load because the meter's own reads slow the
// functions down.
func meteredLoad(ctx context.Context, n int) (motostack.Usage, devstack.LoadResult, error) {
	meter := motostack.NewMeter(resources.Table)
	st, stop, err := devstack.Serve(motostack.Options{}, devstack.Faults{AWSTransport: meter.Transport})
	if err != nil {
		return motostack.Usage{}, devstack.LoadResult{}, err
	}
	defer stop()
	res, err := devstack.Load(ctx, st.Outputs, n, 16, os.Stderr)
	if err != nil {
		return motostack.Usage{}, res, err
	}
	u := meter.Usage()
	if len(u.Unmetered) > 0 {
		return u, res, fmt.Errorf("the meter could not price %v", u.Unmetered)
	}
	if res.Stored != n || res.Invitations != n {
		return u, res, fmt.Errorf("metered load: %s", res)
	}
	return u, res, nil
}

// costReport runs a load of n replies on a dev stack with timing around the consumers and writes
// docs/cost.md: cost per million replies from the measured durations and the functions' memory,
// and from the DynamoDB capacity units counted on a metered load of its own.
func costReport(ctx context.Context, n int) ([]byte, devstack.LoadResult, error) {
	meteredN := max(n/10, 50)
	usage, _, err := meteredLoad(ctx, meteredN)
	if err != nil {
		return nil, devstack.LoadResult{}, err
	}
	per := float64(meteredN)
	// The load run posts without opening the form first; the form's GET reads the link token once
	// more, strongly consistent (1 RRU: the item is well under 4 KB).
	const getRRU = 1.0
	wru, rru := usage.TotalWRU()/per, usage.TotalRRU()/per+getRRU
	timings := map[string]*timing{resources.FunctionInvite: {}, resources.FunctionClassify: {}}
	st, stop, err := devstack.Serve(motostack.Options{}, devstack.Faults{
		Consumer: func(fn string, hd motostack.SQSHandler) motostack.SQSHandler { return timings[fn].wrap(hd) },
	})
	if err != nil {
		return nil, devstack.LoadResult{}, err
	}
	defer stop()
	res, err := devstack.Load(ctx, st.Outputs, n, 16, os.Stderr)
	if err != nil {
		return nil, res, err
	}
	inv, cls := timings[resources.FunctionInvite], timings[resources.FunctionClassify]
	// Billed per invocation, rounded up to the millisecond.
	gbs := func(fn string, d time.Duration) float64 {
		ms := float64((d + time.Millisecond - 1) / time.Millisecond)
		return ms / 1000 * float64(resources.Settings(fn).MemoryMB) / 1024
	}
	formGBs := 2 * gbs(resources.FunctionForm, res.P50) // GET + POST, the POST's median for both (the GET is cheaper)
	invGBs := gbs(resources.FunctionInvite, inv.perBatch()) / inv.batchSize()
	clsGBs := gbs(resources.FunctionClassify, cls.perBatch()) / cls.batchSize()

	type line struct {
		what string
		usd  float64
	}
	lines := []line{
		{"Lambda duration: form (GET + POST)", formGBs * lambdaARMPerGBs},
		{"Lambda duration: invite (per message, batched)", invGBs * lambdaARMPerGBs},
		{"Lambda duration: classify (per message, batched)", clsGBs * lambdaARMPerGBs},
		{"Lambda requests (2 form + invite and classify batches)", (2 + 1/inv.batchSize() + 1/cls.batchSize()) * lambdaPerRequest},
		{"HTTP API requests (GET + POST)", 2 * httpAPIPerRequest},
		{"SQS (send + receive + delete on two queues; receives and deletes per batch)", (2 + 2/inv.batchSize() + 2/cls.batchSize()) * sqsPerRequest},
		{fmt.Sprintf("DynamoDB writes (%.1f WRU, counted)", wru), wru * dynamoPerWRU},
		{fmt.Sprintf("DynamoDB reads (%.1f RRU, counted)", rru), rru * dynamoPerRRU},
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Cost per million replies\n\nGenerated by `make bench` from a load run of %d replies on the local stack (%s). Durations are measured on this machine against the moto emulator, whose calls are slower than DynamoDB's and SQS's in AWS, so Lambda duration here is an upper bound. Prices are AWS's published list prices (us-east-1, November 2026), without the free tier. Assumes every invitation is answered; with a response rate r, invite's share grows by 1/r.\n\n", n, res)
	fmt.Fprintf(&b, "Measured: form POST median %v (memory %d MB); invite %v per batch of %.1f (%d MB); classify %v per batch of %.1f (%d MB).\n\n",
		res.P50.Round(100*time.Microsecond), resources.Settings(resources.FunctionForm).MemoryMB,
		inv.perBatch().Round(100*time.Microsecond), inv.batchSize(), resources.Settings(resources.FunctionInvite).MemoryMB,
		cls.perBatch().Round(100*time.Microsecond), cls.batchSize(), resources.Settings(resources.FunctionClassify).MemoryMB)
	fmt.Fprintf(&b, "| item | USD per million replies |\n|---|---|\n")
	total := 0.0
	for _, l := range lines {
		fmt.Fprintf(&b, "| %s | %.2f |\n", l.what, l.usd*1e6)
		total += l.usd * 1e6
	}
	fmt.Fprintf(&b, "| **total before SMS** | **%.2f** |\n| SMS (one per invitation, Denmark, transactional) | %.0f |\n\n", total, smsDenmarkPerMessage*1e6)
	verdict := "this meets it"
	if total > 8 {
		verdict = fmt.Sprintf("this misses it by $%.2f", total-8)
	}
	fmt.Fprintf(&b, "Goal (issue 14): ≤ $8 per million replies before SMS — %s.\n\n", verdict)

	fmt.Fprintf(&b, "## DynamoDB capacity per reply\n\nCounted, not assumed: a separate load run of %d replies with every DynamoDB request of the functions passing through a meter (`motostack.Meter`), which applies DynamoDB's pricing rules to each write as the emulator saw it — 1 WRU per started KB of the larger of the item before and after, plus each index entry put, changed or removed; 1 RRU per started 4 KB read, half when eventually consistent. Per reply, with every invitation answered (%s, each comment %d characters; the token's reads include the form's GET, which the load run skips):\n\n| item | writes | WRU | RRU |\n|---|---|---|---|\n",
		meteredN, "one contact, one invitation, one reply", utf8.RuneCountInString(devstack.LoadComment))
	kinds := slices.Clone(kindOrder)
	for _, k := range usage.Kinds() {
		if !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	for _, k := range kinds {
		if usage.Writes[k] == 0 && usage.RRU[k] == 0 {
			continue
		}
		name := kindNames[k]
		if name == "" {
			name = "`" + k + "`"
		}
		r := usage.RRU[k] / per
		if k == "FB/ITEM" {
			r += getRRU
		}
		fmt.Fprintf(&b, "| %s | %.1f | %.1f | %.1f |\n", name, float64(usage.Writes[k])/per, usage.WRU[k]/per, r)
	}
	writes := 0
	for _, w := range usage.Writes {
		writes += w
	}
	fmt.Fprintf(&b, "| **total** | **%.1f** | **%.1f** | **%.1f** |\n\n", float64(writes)/per, wru, rru)
	fmt.Fprintf(&b, "No transactions on this path (they bill every item twice). Each reply is one counter row (the day's row of its channel, centre and category) and each invitation outcome another, written once per SQS batch for all the batch's messages that share it; the statistics sum the rows when read. The invitation, its reference claim and the reply share one item, under 1 KB for a short comment; a new reply enters one list index (byCreated's open partition; byUrgency holds closed items only), which projects only the attributes lists filter on, so its entry costs 1 WRU whatever the comment's size; the item itself costs 1 WRU per started KB, so a 2000-character comment adds 2 WRU (`TestWriteUnitsPerReply` in shared/dynamo pins these numbers). A contact suppressed by a rule that needs no write (its flags, opt-out, sampling) costs 3 WRU: its outcome with its byPurgeDay entry and its counter row.\n\n")
	fmt.Fprintf(&b, "DynamoDB writes are %.0f %% of the total; without any, the rest would still be $%.2f (the HTTP API's two requests per reply cost $2 on their own, and Lambda duration here is measured against the emulator, whose calls are slower than AWS's), so the goal is out of reach by the table alone. Each write above has a job no other write does; the AWS-latency model at the top of this page says what is left and what it would take.\n",
		100*wru*dynamoPerWRU*1e6/total, total-wru*dynamoPerWRU*1e6)
	return b.Bytes(), res, nil
}
