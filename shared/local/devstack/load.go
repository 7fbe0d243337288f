package devstack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/local/motostack"
)

// LoadResult is what a load run measured.
type LoadResult struct {
	Contacts      int
	Invitations   int           // SMS received by the emulator
	Answered200   int           // POSTs answered 200 (Retried of them after a failed attempt)
	Retried       int           // POSTs that needed more than one attempt (a timeout, 5xx or 429 first)
	AcceptedLate  int           // retries answered 410 because an earlier attempt had been accepted (its reply is checked stored)
	Stored        int           // references with exactly one stored item
	StoredTwice   int           // references with anything but their one item under them
	Lost          int           // answered but not stored within the deadline
	Duration      time.Duration // of the POST phase
	P50, P95, P99 time.Duration // POST latency until answered, retries included
	InviteTime    time.Duration // from the first contact event sent to the last SMS seen
	StoreTime     time.Duration // from the last POST answered until the queue drained and the check found the replies stored
	DLQ           int           // messages in the two dead-letter queues afterwards
	CounterDiffs  int           // counters of the day differing from a recount of the stored replies
	Recounted     int           // replies of the day the recount found
	DiffSample    []dynamo.CounterDiff
	// CheckReads is how many DynamoDB reads the check after the POSTs made (the scan's pages and
	// the recount's queries): a few, whatever N is, not one per reply.
	CheckReads int
	// Where the time went: the run's wall time, the emulator's CPU time (0 when its process is not
	// known) and this process's (the harness with, on its own stack, every function's handler).
	Wall, EmulatorCPU, OurCPU time.Duration
	// Calls are this process's calls to the emulator during the run by operation, the longest
	// total first: on its own stack every function's, against a running stack the harness's.
	Calls []motostack.CallStat
}

func (r LoadResult) String() string {
	cpu := ""
	if r.Wall > 0 {
		cpu = fmt.Sprintf("; wall %.0f s, emulator CPU %.0f s (%.0f%% of the wall time), our CPU %.0f s", r.Wall.Seconds(), r.EmulatorCPU.Seconds(),
			100*r.EmulatorCPU.Seconds()/r.Wall.Seconds(), r.OurCPU.Seconds())
	}
	return fmt.Sprintf("contacts %d, invitations %d, POST 200 %d (%d retried, %d accepted by an earlier attempt), stored %d, stored twice %d, lost %d; POST phase %.1f s (%.0f/s), latency p50 %v p95 %v p99 %v; invitations %.1f s, storing after the last POST %.1f s; DLQ %d; counters differing from a recount %d (%d replies recounted); the check read the table %d times",
		r.Contacts, r.Invitations, r.Answered200, r.Retried, r.AcceptedLate, r.Stored, r.StoredTwice, r.Lost, r.Duration.Seconds(),
		float64(r.Answered200)/r.Duration.Seconds(), r.P50.Round(time.Millisecond), r.P95.Round(time.Millisecond), r.P99.Round(time.Millisecond),
		r.InviteTime.Seconds(), r.StoreTime.Seconds(), r.DLQ, r.CounterDiffs, r.Recounted, r.CheckReads) + diffText(r.DiffSample) + cpu + callText(r.Calls)
}

// callText: the operations that waited longest for the emulator, each with its calls and their
// mean time (long polls included: SQS.ReceiveMessage waits up to a second when the queue is empty).
func callText(cs []motostack.CallStat) string {
	if len(cs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("; waiting for the emulator, by call:")
	for i, c := range cs[:min(len(cs), 8)] {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, " %s %d × %.0f ms", c.Op, c.Calls, float64(c.Time.Milliseconds())/float64(c.Calls))
		if c.Queued > 0 {
			fmt.Fprintf(&b, " (+%.0f ms queued behind other writes)", float64(c.Queued.Milliseconds())/float64(c.Calls))
		}
	}
	return b.String()
}

func diffText(ds []dynamo.CounterDiff) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "; %s %s stored %d, recounted %d", d.Row, d.Counter, d.Stored, d.Recounted)
	}
	return b.String()
}

// OK reports whether the run holds: every contact invited, every POST answered, every reply stored
// once, nothing in a DLQ, the counters equal to a recount.
func (r LoadResult) OK() bool {
	return r.Invitations == r.Contacts && r.Answered200 == r.Contacts && r.Stored == r.Contacts && r.StoredTwice == 0 &&
		r.Lost == 0 && r.DLQ == 0 && r.CounterDiffs == 0
}

// LoadComment is the comment of every reply a load run posts.
const LoadComment = "Det gik fint, men jeg ventede lidt i telefonen."

var loadLink = regexp.MustCompile(`https?://\S+(/f/([A-Za-z0-9_-]+))`)

// LoadOptions shape a load run for the machine it runs on. Zero values take the defaults.
type LoadOptions struct {
	N           int // contacts and replies
	Concurrency int // POSTs at a time (default 16)
	// InFlight is how many contact events may wait for their SMS at once (default 200): the
	// contacts are paced so the invite consumer's queue stays short, which keeps each batch well
	// within the function's timeout on a single-threaded emulator. Every contact is still sent.
	InFlight int
	// PostTimeout and PostAttempts: a POST that times out or answers 5xx or 429 is tried again
	// (default 60 s, 4 attempts). A retry answered 410 means an earlier attempt was accepted: its
	// reply is then looked for like any other, so a lost reply still fails the run.
	PostTimeout  time.Duration
	PostAttempts int
	// Stall ends a wait (for SMS, for stored replies) when nothing moved for this long (default
	// 5 minutes: longer than two redeliveries of a failed batch). What is missing then counts
	// as not invited or lost.
	Stall time.Duration
	// EmulatorPID, when known, is measured for its CPU time (where the time goes).
	EmulatorPID int
}

func (lo LoadOptions) defaults() LoadOptions {
	if lo.Concurrency <= 0 {
		lo.Concurrency = 16
	}
	if lo.InFlight <= 0 {
		lo.InFlight = 200
	}
	if lo.PostTimeout <= 0 {
		lo.PostTimeout = 60 * time.Second
	}
	if lo.PostAttempts <= 0 {
		lo.PostAttempts = 4
	}
	if lo.Stall <= 0 {
		lo.Stall = 5 * time.Minute
	}
	return lo
}

// Load sends n contact events to the stack described by o, waits for the n SMS, posts n replies
// with the given concurrency, and checks every accepted reply is stored exactly once.
// Progress, when not nil, gets a line now and then.
func Load(ctx context.Context, o motostack.Outputs, n, concurrency int, progress io.Writer) (LoadResult, error) {
	return LoadWith(ctx, o, LoadOptions{N: n, Concurrency: concurrency}, progress)
}

// LoadWith is Load with its options.
func LoadWith(ctx context.Context, o motostack.Outputs, lo LoadOptions, progress io.Writer) (res LoadResult, err error) {
	lo = lo.defaults()
	n := lo.N
	say := func(format string, a ...any) {
		if progress != nil {
			fmt.Fprintf(progress, time.Now().Format("15:04:05 ")+format+"\n", a...)
		}
	}
	res = LoadResult{Contacts: n}
	wallStart, emuStart, ourStart, callsBefore := time.Now(), processCPU(lo.EmulatorPID), processCPU(os.Getpid()), motostack.Calls()
	defer func() {
		res.Wall = time.Since(wallStart)
		if lo.EmulatorPID > 0 {
			res.EmulatorCPU = processCPU(lo.EmulatorPID) - emuStart
		}
		res.OurCPU = processCPU(os.Getpid()) - ourStart
		res.Calls = motostack.CallsSince(callsBefore)
	}()
	cfg := motostack.AWSConfig(ctx, o.AWSEndpoint)
	var reads atomic.Int64 // the harness's own DynamoDB reads (CheckReads)
	cfg.HTTPClient = &http.Client{Transport: countReads{next: cfg.HTTPClient.(*http.Client).Transport, n: &reads}}
	q := sqs.NewFromConfig(cfg)
	run := time.Now().UnixNano() % 1_000_000_000
	inviteStart := time.Now()
	phones := map[string]bool{}
	sendContacts := func(from, to int) error {
		for i := from; i < to; i += 10 {
			var entries []sqstypes.SendMessageBatchRequestEntry
			for j := i; j < min(i+10, to); j++ {
				// Never ending in 99: moto's SNS reports those numbers as opted out.
				phone := fmt.Sprintf("+4550%04d%02d", (run+int64(j/98))%10_000, j%98)
				phones[phone] = true
				c := feedback.Contact{ContactID: fmt.Sprintf("c-load-%d-%d", run, j), Channel: []string{"112", "114"}[j%2], EndedAt: time.Now().UTC(),
					Language: "da", Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: feedback.Districts[j%len(feedback.Districts)]},
					Caller: feedback.Caller{Phone: phone}}
				b, _ := json.Marshal(c)
				entries = append(entries, sqstypes.SendMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(j)), MessageBody: aws.String(string(b))})
			}
			var err error
			for attempt := 0; attempt < 5; attempt++ { // the emulator may refuse under load: the harness retries, the count stays exact
				if _, err = q.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: aws.String(o.ContactQueueURL), Entries: entries}); err == nil {
					break
				}
				time.Sleep(time.Duration(attempt+1) * time.Second)
			}
			if err != nil {
				return fmt.Errorf("send contacts: %w", err)
			}
		}
		return nil
	}
	links := map[string]string{} // phone → /f/<token>
	sent := 0
	say("sending %d contact events, at most %d waiting for their SMS at a time", n, lo.InFlight)
	for last, lastSay := time.Now(), time.Now(); len(links) < n; {
		if room := lo.InFlight - (sent - len(links)); sent < n && room > 0 {
			next := min(n, sent+room)
			if err := sendContacts(sent, next); err != nil {
				return res, err
			}
			sent = next
		}
		msgs, err := LoggedSMS(o.SMSLog)
		if o.SMSLog == "" {
			msgs, err = SentSMS(ctx, o.AWSEndpoint)
		}
		if err != nil {
			return res, err
		}
		before := len(links)
		for _, m := range msgs {
			if phones[m.Phone] {
				if g := loadLink.FindStringSubmatch(m.Message); g != nil {
					links[m.Phone] = g[1]
				}
			}
		}
		if len(links) > before {
			last = time.Now()
		}
		if time.Since(last) > lo.Stall {
			say("no SMS for %v: %d contacts sent, %d SMS", lo.Stall, sent, len(links))
			break
		}
		if time.Since(lastSay) > 15*time.Second {
			say("%d contacts sent, %d SMS (%.0f/s)", sent, len(links), float64(len(links))/time.Since(inviteStart).Seconds())
			lastSay = time.Now()
		}
		if len(links) < n {
			if ctx.Err() != nil {
				return res, ctx.Err()
			}
			time.Sleep(time.Second)
		}
	}
	res.Invitations = len(links)
	res.InviteTime = time.Since(inviteStart)
	say("%d invitations in %.0f s; posting %d replies, %d at a time", len(links), res.InviteTime.Seconds(), len(links), lo.Concurrency)

	type result struct {
		ref      string
		d        time.Duration
		ok       bool
		retried  bool
		accepted bool // 410 on a retry: an earlier attempt was accepted
		status   int
	}
	db := dynamodb.NewFromConfig(cfg)
	work := make(chan string)
	results := make(chan result)
	client := &http.Client{Timeout: lo.PostTimeout, Transport: &http.Transport{MaxIdleConnsPerHost: lo.Concurrency}}
	post := func(link string) (int, string, error) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(o.APIURL, "/")+link,
			strings.NewReader(url.Values{"rating": {"3"}, "comment": {LoadComment}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Accept", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			return 0, "", err
		}
		var body struct{ Reference string }
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		_ = json.Unmarshal(b, &body)
		return resp.StatusCode, body.Reference, nil
	}
	var wg sync.WaitGroup
	for w := 0; w < lo.Concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for link := range work {
				start := time.Now()
				r := result{}
				for attempt := 1; attempt <= lo.PostAttempts; attempt++ {
					st, ref, err := post(link)
					r.status = st
					if err == nil && st == http.StatusOK && ref != "" {
						r.ok, r.ref = true, ref
						break
					}
					if err == nil && st == http.StatusGone && attempt > 1 {
						// The answer to an earlier attempt was lost, but it was accepted: its
						// reference is the token's, and the reply must be stored like any other.
						token := strings.TrimPrefix(link, "/f/")
						r.ok, r.accepted, r.ref = true, true, feedback.ReferenceOf(feedback.HashToken(token))
						break
					}
					if err == nil && st != http.StatusTooManyRequests && st < 500 {
						break // a refusal the harness does not expect: reported, not retried
					}
					r.retried = true
					time.Sleep(time.Duration(attempt) * 2 * time.Second)
				}
				r.d = time.Since(start)
				results <- r
			}
		}()
	}
	go func() {
		for _, l := range links {
			work <- l
		}
		close(work)
		wg.Wait()
		close(results)
	}()
	start := time.Now()
	var lat []time.Duration
	var refs []string
	refused := map[int]int{}
	lastSay := time.Now()
	for r := range results {
		lat = append(lat, r.d)
		if r.retried {
			res.Retried++
		}
		if r.accepted {
			res.AcceptedLate++
		}
		if r.ok {
			res.Answered200++
			refs = append(refs, r.ref)
		} else {
			refused[r.status]++
		}
		if time.Since(lastSay) > 15*time.Second {
			say("%d of %d answered (%.0f/s)", len(lat), len(links), float64(len(lat))/time.Since(start).Seconds())
			lastSay = time.Now()
		}
	}
	res.Duration = time.Since(start)
	if len(refused) > 0 {
		say("POSTs not answered 200, by status (0: no answer): %v", refused)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) > 0 {
		pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
		res.P50, res.P95, res.P99 = pct(0.50), pct(0.95), pct(0.99)
	}

	say("%d answered in %.1f s; waiting for the feedback queue to drain", res.Answered200, res.Duration.Seconds())
	// Wait on the feedback queue, not on the table: a reply leaves the queue once it is stored (or
	// in the DLQ, counted below), and the queue's depth costs the emulator nothing, where a count
	// of the table competes with the consumers it waits for (moto queries by going through every
	// item). Then one scan checks every reference at once.
	if err := waitDrained(ctx, q, o.FeedbackQueueURL, lo.Stall, say); err != nil {
		return res, err
	}
	checkStart := reads.Load()
	pending := refs
	for attempt := 0; attempt < 4 && len(pending) > 0; attempt++ {
		if attempt > 0 {
			say("%d replies not stored yet: scanning again in 5 s", len(pending))
			time.Sleep(5 * time.Second)
		}
		rows, err := feedbackRows(ctx, db, o.TableName, say)
		if err != nil {
			return res, err
		}
		var still []string
		for _, ref := range pending {
			r := rows[dynamo.FeedbackPK(ref)]
			switch {
			case r.items == 0: // not stored (yet)
				still = append(still, ref)
			case r.others == 0: // the item alone: a reply writes no history (counted twice shows in the counters)
				res.Stored++
			default:
				res.Stored++
				res.StoredTwice++
			}
		}
		pending = still
	}
	res.Lost = len(pending)
	res.StoreTime = time.Since(start) - res.Duration

	for _, u := range []string{o.ContactDLQURL, o.FeedbackDLQURL} {
		if u == "" {
			continue
		}
		out, err := q.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(u),
			AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameApproximateNumberOfMessages, sqstypes.QueueAttributeNameApproximateNumberOfMessagesNotVisible}})
		if err != nil {
			return res, fmt.Errorf("DLQ depth: %w", err)
		}
		for _, v := range out.Attributes {
			k, _ := strconv.Atoi(v)
			res.DLQ += k
		}
	}
	// The counters against a direct count of the stored replies of the day (the days, when the run
	// crossed midnight). A counter is written just after its reply is stored: a few tries.
	st := dynamo.New(dynamocall.New(cfg), o.TableName, dynamo.Retention{})
	days := map[string]time.Time{}
	for _, t := range []time.Time{inviteStart, time.Now()} {
		days[t.UTC().Format(time.DateOnly)] = t
	}
	say("%d stored once, %d twice, %d lost; recounting the day's counters", res.Stored, res.StoredTwice, res.Lost)
	for attempt := 0; attempt < 15; attempt++ {
		res.CounterDiffs, res.Recounted, res.DiffSample = 0, 0, nil
		for _, day := range days {
			rep, err := st.Recount(ctx, day, time.Now(), dynamo.RecountOptions{})
			if err != nil {
				return res, err
			}
			res.CounterDiffs += len(rep.Diffs)
			res.Recounted += rep.Replies
			res.DiffSample = append(res.DiffSample, rep.Diffs[:min(len(rep.Diffs), 5)]...)
		}
		if res.CounterDiffs == 0 {
			break
		}
		time.Sleep(2 * time.Second)
	}
	res.CheckReads = int(reads.Load() - checkStart)
	return res, nil
}

// processCPU is a process's user and system CPU time so far (Linux /proc; 0 when unknown).
func processCPU(pid int) time.Duration {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// Fields after the command name (which is in parentheses and may hold spaces): utime is the
	// 14th field of the line, stime the 15th, in clock ticks (100 a second on Linux).
	s := string(b)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(fields[11], 10, 64)
	k, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(u+k) * 10 * time.Millisecond
}

// waitDrained waits until the queue holds no message, visible, in flight or delayed, saying how
// many are left now and then; it gives up (without an error: what is missing is then lost) when
// the number did not fall for stall.
func waitDrained(ctx context.Context, q *sqs.Client, queueURL string, stall time.Duration, say func(string, ...any)) error {
	if queueURL == "" {
		return nil
	}
	// Every 5 s: moto counts a queue's messages by going through all of them, which with
	// thousands waiting costs it about as much as storing a reply.
	for last, least, lastSay := time.Now(), -1, time.Now(); ; time.Sleep(5 * time.Second) {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		out, err := q.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(queueURL),
			AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameApproximateNumberOfMessages,
				sqstypes.QueueAttributeNameApproximateNumberOfMessagesNotVisible, sqstypes.QueueAttributeNameApproximateNumberOfMessagesDelayed}})
		if err != nil {
			return fmt.Errorf("feedback queue depth: %w", err)
		}
		waiting, _ := strconv.Atoi(out.Attributes[string(sqstypes.QueueAttributeNameApproximateNumberOfMessages)])
		inFlight, _ := strconv.Atoi(out.Attributes[string(sqstypes.QueueAttributeNameApproximateNumberOfMessagesNotVisible)])
		delayed, _ := strconv.Atoi(out.Attributes[string(sqstypes.QueueAttributeNameApproximateNumberOfMessagesDelayed)])
		left := waiting + inFlight + delayed
		if left == 0 {
			return nil
		}
		if least < 0 || left < least {
			last, least = time.Now(), left
		}
		if time.Since(lastSay) >= 15*time.Second {
			say("feedback queue: %d replies to store (%d being stored)", left, inFlight)
			lastSay = time.Now()
		}
		if time.Since(last) > stall {
			say("the feedback queue did not shrink for %v: %d left", stall, left)
			return nil
		}
	}
}

// storedRows is what is stored under one feedback partition key.
type storedRows struct {
	items  int // the feedback item with a reply (the invitation alone does not count)
	others int // any other row (history)
}

// feedbackRows reads the whole table once (a developer tool's check, never a request path) and
// groups the rows by partition key: one scan instead of a query per reply, which on the emulator
// would cost a pass over the table each.
func feedbackRows(ctx context.Context, db *dynamodb.Client, table string, say func(string, ...any)) (map[string]storedRows, error) {
	rows := map[string]storedRows{}
	expr, err := expression.NewBuilder().WithProjection(expression.NamesList(expression.Name("PK"), expression.Name("SK"), expression.Name("id"))).Build()
	if err != nil {
		return nil, err
	}
	p := dynamodb.NewScanPaginator(db, &dynamodb.ScanInput{TableName: aws.String(table), ConsistentRead: aws.Bool(true),
		ProjectionExpression: expr.Projection(), ExpressionAttributeNames: expr.Names()})
	scanned, lastSay := 0, time.Now()
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			return nil, fmt.Errorf("scan %s: %w", table, err)
		}
		for _, it := range out.Items {
			pk, _ := it["PK"].(*dtypes.AttributeValueMemberS)
			sk, _ := it["SK"].(*dtypes.AttributeValueMemberS)
			if pk == nil || sk == nil {
				continue
			}
			r := rows[pk.Value]
			if sk.Value == "ITEM" {
				if _, reply := it["id"]; reply {
					r.items++
				}
			} else {
				r.others++
			}
			rows[pk.Value] = r
		}
		scanned += len(out.Items)
		if time.Since(lastSay) >= 15*time.Second {
			say("checking the stored replies: %d rows scanned", scanned)
			lastSay = time.Now()
		}
	}
	return rows, nil
}

// countReads counts the DynamoDB reads passing through it.
type countReads struct {
	next http.RoundTripper
	n    *atomic.Int64
}

func (c countReads) RoundTrip(r *http.Request) (*http.Response, error) {
	switch strings.TrimPrefix(r.Header.Get("X-Amz-Target"), "DynamoDB_20120810.") {
	case "Query", "Scan", "GetItem", "BatchGetItem":
		c.n.Add(1)
	}
	return c.next.RoundTrip(r)
}
