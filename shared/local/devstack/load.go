package devstack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/local/motostack"
)

// LoadResult is what a load run measured.
type LoadResult struct {
	Contacts      int
	Invitations   int           // SMS received by the emulator
	Answered200   int           // POSTs answered 200
	Stored        int           // references with exactly one stored item
	StoredTwice   int           // references with more than one item or more than one "created" event
	Lost          int           // answered 200 but not stored within the deadline
	Duration      time.Duration // of the POST phase
	P50, P95, P99 time.Duration
	InviteTime    time.Duration // from the first contact event sent to the last SMS seen
	StoreTime     time.Duration // from the last POST answered to the last reply stored
	DLQ           int           // messages in the two dead-letter queues afterwards
	CounterDiffs  int           // counters of the day differing from a recount of the stored replies
	Recounted     int           // replies of the day the recount found
}

func (r LoadResult) String() string {
	return fmt.Sprintf("contacts %d, invitations %d, POST 200 %d, stored %d, stored twice %d, lost %d; POST phase %.1f s (%.0f/s), latency p50 %v p95 %v p99 %v; invitations %.1f s, storing after the last POST %.1f s; DLQ %d; counters differing from a recount %d (%d replies recounted)",
		r.Contacts, r.Invitations, r.Answered200, r.Stored, r.StoredTwice, r.Lost, r.Duration.Seconds(),
		float64(r.Answered200)/r.Duration.Seconds(), r.P50.Round(time.Millisecond), r.P95.Round(time.Millisecond), r.P99.Round(time.Millisecond),
		r.InviteTime.Seconds(), r.StoreTime.Seconds(), r.DLQ, r.CounterDiffs, r.Recounted)
}

// OK reports whether the run holds: every contact invited, every POST answered, every reply stored
// once, nothing in a DLQ, the counters equal to a recount.
func (r LoadResult) OK() bool {
	return r.Invitations == r.Contacts && r.Answered200 == r.Contacts && r.Stored == r.Contacts && r.StoredTwice == 0 &&
		r.Lost == 0 && r.DLQ == 0 && r.CounterDiffs == 0
}

// LoadComment is the comment of every reply a load run posts.
const LoadComment = "Det gik fint, men jeg ventede lidt i telefonen."

var loadLink = regexp.MustCompile(`https?://\S+(/f/[A-Za-z0-9_-]+)`)

// Load sends n contact events to the stack described by o, waits for the n SMS, posts n replies
// with the given concurrency, and checks every accepted reply is stored exactly once.
// Progress, when not nil, gets a line now and then.
func Load(ctx context.Context, o motostack.Outputs, n, concurrency int, progress io.Writer) (LoadResult, error) {
	say := func(format string, a ...any) {
		if progress != nil {
			fmt.Fprintf(progress, format+"\n", a...)
		}
	}
	res := LoadResult{Contacts: n}
	cfg := motostack.AWSConfig(ctx, o.AWSEndpoint)
	q := sqs.NewFromConfig(cfg)
	run := time.Now().UnixNano() % 1_000_000_000
	inviteStart := time.Now()
	phones := map[string]bool{}
	for i := 0; i < n; i += 10 {
		var entries []sqstypes.SendMessageBatchRequestEntry
		for j := i; j < min(i+10, n); j++ {
			// Never ending in 99: moto's SNS reports those numbers as opted out.
			phone := fmt.Sprintf("+4550%04d%02d", (run+int64(j/98))%10_000, j%98)
			phones[phone] = true
			c := feedback.Contact{ContactID: fmt.Sprintf("c-load-%d-%d", run, j), Channel: []string{"112", "114"}[j%2], EndedAt: time.Now().UTC(),
				Language: "da", Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: feedback.Districts[j%len(feedback.Districts)]},
				Caller: feedback.Caller{Phone: phone}}
			b, _ := json.Marshal(c)
			entries = append(entries, sqstypes.SendMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(j)), MessageBody: aws.String(string(b))})
		}
		if _, err := q.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: aws.String(o.ContactQueueURL), Entries: entries}); err != nil {
			return res, fmt.Errorf("send contacts: %w", err)
		}
	}
	say("sent %d contact events; waiting for the SMS", n)
	links := map[string]string{}
	// The emulator slows as its table grows (its transactions copy the table): allow a second each.
	for deadline, last := time.Now().Add(time.Duration(n)*time.Second+60*time.Second), time.Now(); len(links) < n && time.Now().Before(deadline); {
		if time.Since(last) > 10*time.Second {
			say("%d of %d SMS", len(links), n)
			last = time.Now()
		}
		msgs, err := LoggedSMS(o.SMSLog)
		if o.SMSLog == "" {
			msgs, err = SentSMS(ctx, o.AWSEndpoint)
		}
		if err != nil {
			return res, err
		}
		for _, m := range msgs {
			if phones[m.Phone] {
				if g := loadLink.FindStringSubmatch(m.Message); g != nil {
					links[m.Phone] = g[1]
				}
			}
		}
		if len(links) < n {
			time.Sleep(time.Second)
		}
	}
	res.Invitations = len(links)
	res.InviteTime = time.Since(inviteStart)
	say("%d invitations; posting %d replies, %d at a time", len(links), len(links), concurrency)

	type result struct {
		ref string
		d   time.Duration
		ok  bool
	}
	before, err := countFeedback(ctx, dynamodb.NewFromConfig(cfg), o.TableName)
	if err != nil {
		return res, err
	}
	work := make(chan string)
	results := make(chan result)
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: concurrency}}
	var wg sync.WaitGroup
	for w := 0; w < concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for link := range work {
				start := time.Now()
				req, _ := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(o.APIURL, "/")+link,
					strings.NewReader(url.Values{"rating": {"3"}, "comment": {LoadComment}}.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				req.Header.Set("Accept", "application/json")
				r := result{}
				if resp, err := client.Do(req); err == nil {
					var body struct{ Reference string }
					b, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					r.ok = resp.StatusCode == 200 && json.Unmarshal(b, &body) == nil && body.Reference != ""
					r.ref = body.Reference
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
	for r := range results {
		lat = append(lat, r.d)
		if r.ok {
			res.Answered200++
			refs = append(refs, r.ref)
		}
	}
	res.Duration = time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) > 0 {
		pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
		res.P50, res.P95, res.P99 = pct(0.50), pct(0.95), pct(0.99)
	}

	say("%d answered 200 in %.1f s; waiting for them to be stored", res.Answered200, res.Duration.Seconds())
	db := dynamodb.NewFromConfig(cfg)
	// Wait on one cheap count (the emulator is single-threaded: a query per reply per second would
	// slow the consumers it waits for), then check every reference once, and again for stragglers.
	for deadline, last := time.Now().Add(time.Duration(n)*time.Second+60*time.Second), time.Now(); time.Now().Before(deadline); time.Sleep(2 * time.Second) {
		total, err := countFeedback(ctx, db, o.TableName)
		if err != nil {
			return res, err
		}
		if total >= before+len(refs) {
			break
		}
		if time.Since(last) > 10*time.Second {
			say("%d of %d stored", total-before, len(refs))
			last = time.Now()
		}
	}
	pending := refs
	for attempt := 0; attempt < 10 && len(pending) > 0; attempt++ {
		if attempt > 0 {
			time.Sleep(3 * time.Second)
		}
		var still []string
		for _, ref := range pending {
			items, created, err := countStored(ctx, db, o.TableName, ref)
			if err != nil {
				return res, err
			}
			switch {
			case items == 0 || (items == 1 && created == 0): // not (completely) stored yet
				still = append(still, ref)
			case items == 1 && created == 1:
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
	st := dynamo.New(db, o.TableName, dynamo.Retention{})
	days := map[string]time.Time{}
	for _, t := range []time.Time{inviteStart, time.Now()} {
		days[t.UTC().Format(time.DateOnly)] = t
	}
	for attempt := 0; attempt < 5; attempt++ {
		res.CounterDiffs, res.Recounted = 0, 0
		for _, day := range days {
			rep, err := st.Recount(ctx, day, time.Now(), dynamo.RecountOptions{})
			if err != nil {
				return res, err
			}
			res.CounterDiffs += len(rep.Diffs)
			res.Recounted += rep.Replies
		}
		if res.CounterDiffs == 0 {
			break
		}
		time.Sleep(2 * time.Second)
	}
	return res, nil
}

// countFeedback counts every feedback item (the byCreated index holds exactly those).
func countFeedback(ctx context.Context, db *dynamodb.Client, table string) (int, error) {
	total := 0
	var start map[string]dtypes.AttributeValue
	for {
		out, err := db.Query(ctx, &dynamodb.QueryInput{TableName: aws.String(table), IndexName: aws.String("byCreated"),
			KeyConditionExpression: aws.String("gsiAll = :all"), Select: dtypes.SelectCount, ExclusiveStartKey: start,
			ExpressionAttributeValues: map[string]dtypes.AttributeValue{":all": &dtypes.AttributeValueMemberS{Value: "FEEDBACK"}}})
		if err != nil {
			return 0, err
		}
		total += int(out.Count)
		if start = out.LastEvaluatedKey; start == nil {
			return total, nil
		}
	}
}

// countStored counts the feedback items and "created" history events under a reference.
func countStored(ctx context.Context, db *dynamodb.Client, table, ref string) (items, created int, err error) {
	out, err := db.Query(ctx, &dynamodb.QueryInput{TableName: aws.String(table), KeyConditionExpression: aws.String("PK = :pk"),
		ExpressionAttributeValues: map[string]dtypes.AttributeValue{":pk": &dtypes.AttributeValueMemberS{Value: dynamo.FeedbackPK(ref)}}})
	if err != nil {
		return 0, 0, err
	}
	for _, it := range out.Items {
		sk := it["SK"].(*dtypes.AttributeValueMemberS).Value
		if sk == "ITEM" {
			items++
		} else if t, ok := it["type"].(*dtypes.AttributeValueMemberS); ok && t.Value == "created" {
			created++
		}
	}
	return items, created, nil
}
