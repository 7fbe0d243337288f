package devstack_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
)

// faultyTransport fails the AWS requests whose X-Amz-Target matches while it is switched on.
type faultyTransport struct {
	next   http.RoundTripper
	target string // e.g. "DynamoDB_20120810." or "AmazonSQS.SendMessage"
	status int    // HTTP status to answer with; 0 drops the connection
	code   string // AWS error code in the body
	// bodyContains, when set, narrows the fault to requests whose body contains it.
	bodyContains string
	on           atomic.Bool
	hits         atomic.Int64
}

// matches reports whether a request is one to fail (the body is read and put back).
func (f *faultyTransport) matches(r *http.Request) bool {
	if !f.on.Load() || !strings.HasPrefix(r.Header.Get("X-Amz-Target"), f.target) {
		return false
	}
	if f.bodyContains == "" || r.Body == nil {
		return true
	}
	b, _ := io.ReadAll(r.Body)
	r.Body.Close()
	r.Body = io.NopCloser(bytes.NewReader(b))
	return bytes.Contains(b, []byte(f.bodyContains))
}

func (f *faultyTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if f.matches(r) {
		f.hits.Add(1)
		if f.status == 0 {
			return nil, errors.New("connection refused (injected)")
		}
		body := fmt.Sprintf(`{"__type":"com.amazonaws.dynamodb.v20120810#%s","message":"injected"}`, f.code)
		return &http.Response{StatusCode: f.status, Header: http.Header{"Content-Type": {"application/x-amz-json-1.0"}, "X-Amzn-Query-Error": {f.code + ";Sender"}},
			Body: io.NopCloser(strings.NewReader(body)), Request: r}, nil
	}
	return f.next.RoundTrip(r)
}

// submitReplies invites n contacts, then (after ready) submits their replies and returns the references.
func submitReplies(t *testing.T, e *env, n int, ready ...func()) []string {
	t.Helper()
	var links, refs []string
	for i := 0; i < n; i++ {
		links = append(links, e.invite(nil))
	}
	for _, f := range ready {
		f()
	}
	for i, link := range links {
		st, body := e.do("POST", link, url.Values{"rating": {"3"}, "comment": {fmt.Sprintf("svar nummer %d, ventede længe", i)}}, "application/json")
		ref := refPattern.FindString(body)
		if st != 200 || ref == "" {
			t.Fatalf("POST %d: %d %s", i, st, body)
		}
		refs = append(refs, ref)
	}
	return refs
}

// assertStoredOnce checks every reference has exactly one item (and no stored history: the
// created event is derived from the item), and, once each is counted, that the day's counters
// counted each exactly once.
func assertStoredOnce(t *testing.T, e *env, refs []string) {
	t.Helper()
	ctx := context.Background()
	for _, ref := range refs {
		e.waitItem(ref)
		q, err := e.db.Query(ctx, &dynamodb.QueryInput{TableName: aws.String(e.stack.Outputs.TableName), KeyConditionExpression: aws.String("PK = :pk"),
			ExpressionAttributeValues: map[string]dtypes.AttributeValue{":pk": s(dynamo.FeedbackPK(ref))}, ConsistentRead: aws.Bool(true)})
		if err != nil {
			t.Fatal(err)
		}
		if len(q.Items) != 1 {
			t.Errorf("%s: %d items under the reference, want the item alone", ref, len(q.Items))
		}
	}
	store := dynamo.New(e.dbcall, e.stack.Outputs.TableName, dynamo.Retention{})
	counted := func() int64 {
		rows, err := store.DailyCounters(ctx, time.Now(), time.Now())
		if err != nil {
			t.Fatal(err)
		}
		var n int64
		for _, r := range rows {
			n += r.Counts["count"]
		}
		return n
	}
	// Counting follows storing: wait for it (up to a minute: redeliveries after throttling wait out
	// visibility timeouts on a loaded machine), then make sure nothing more is added.
	for end := time.Now().Add(60 * time.Second); counted() < int64(len(refs)) && time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
	}
	time.Sleep(time.Second)
	if got := counted(); got != int64(len(refs)) {
		t.Errorf("reply counters %d for %d replies: a reply was counted twice or not at all", got, len(refs))
	}
}

// TestClassifyDiesMidBatch: the consumer stores part of a batch, then crashes; after redelivery
// every message is stored exactly once.
func TestClassifyDiesMidBatch(t *testing.T) {
	var crashed atomic.Bool
	e := startWithFaults(t, devstack.Faults{Consumer: func(fn string, h motostack.SQSHandler) motostack.SQSHandler {
		if fn != resources.FunctionClassify {
			return h
		}
		return func(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
			if len(ev.Records) >= 2 && crashed.CompareAndSwap(false, true) {
				_, _ = h(ctx, events.SQSEvent{Records: ev.Records[:1]}) // the first record is stored …
				panic("consumer crashed mid-batch")                     // … then the process dies
			}
			return h(ctx, ev)
		}
	}})
	// Hold the consumer back so the replies arrive as one batch.
	refs := submitReplies(t, e, 4)
	assertStoredOnce(t, e, refs)
	if !crashed.Load() {
		t.Log("no batch of two or more formed; the crash path was not exercised this run")
	}
}

// TestDynamoDBThrottled: while DynamoDB throttles the writes that store replies, they wait on the
// queue (the SDK backs off, then the records fail and are redelivered); once it recovers each is
// stored once.
func TestDynamoDBThrottled(t *testing.T) {
	// A reply is stored by an UpdateItem of its invitation's item that sets the index attributes
	// (the form's mark-used and the counters are UpdateItems too, and not under test).
	ft := &faultyTransport{target: "DynamoDB_20120810.UpdateItem", bodyContains: `"gsiAll"`, status: 400, code: "ProvisionedThroughputExceededException"}
	e := startWithFaults(t, devstack.Faults{AWSTransport: func(rt http.RoundTripper) http.RoundTripper { ft.next = rt; return ft }})
	refs := submitReplies(t, e, 3, func() { ft.on.Store(true) }) // after the invitations: invite's writes are not under test
	time.Sleep(4 * time.Second)                                  // several receives fail under throttling
	if ft.hits.Load() == 0 {
		t.Fatal("the fault was never hit")
	}
	ft.on.Store(false)
	assertStoredOnce(t, e, refs)
}

// TestQueueRefusesSubmission: when SQS refuses the form's write the citizen sees an error, the link
// stays usable, and a retry succeeds.
func TestQueueRefusesSubmission(t *testing.T) {
	ft := &faultyTransport{target: "AmazonSQS.SendMessage", status: 0}
	e := startWithFaults(t, devstack.Faults{AWSTransport: func(rt http.RoundTripper) http.RoundTripper { ft.next = rt; return ft }})
	link := e.invite(nil)
	ft.on.Store(true)
	st, body := e.do("POST", link, url.Values{"rating": {"4"}, "comment": {"ok"}}, "")
	if st < 500 || refPattern.MatchString(body) {
		t.Fatalf("with the queue down: %d (reference shown: %v), want a 5xx error page without a reference", st, refPattern.MatchString(body))
	}
	ft.on.Store(false)
	if st, _ := e.do("GET", link, nil, ""); st != 200 {
		t.Fatalf("the link must stay usable: GET %d", st)
	}
	st, body = e.do("POST", link, url.Values{"rating": {"4"}, "comment": {"ok"}}, "")
	ref := refPattern.FindString(body)
	if st != 200 || ref == "" {
		t.Fatalf("retry: %d", st)
	}
	assertStoredOnce(t, e, []string{ref})
}

// TestPoisonThenRedrive: a message the consumer cannot handle reaches the DLQ (the alarm's metric,
// visible messages, goes above zero); once fixed, redrive moves it back and it is stored.
func TestPoisonThenRedrive(t *testing.T) {
	var broken atomic.Bool
	broken.Store(true)
	e := startWithFaults(t, devstack.Faults{Consumer: func(fn string, h motostack.SQSHandler) motostack.SQSHandler {
		if fn != resources.FunctionClassify {
			return h
		}
		return func(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
			if broken.Load() { // a bug that fails every record
				var r events.SQSEventResponse
				for _, rec := range ev.Records {
					r.BatchItemFailures = append(r.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: rec.MessageId})
				}
				return r, nil
			}
			return h(ctx, ev)
		}
	}})
	refs := submitReplies(t, e, 1)
	ctx := context.Background()
	dlq := e.stack.Outputs.FeedbackDLQURL
	var visible string
	for end := time.Now().Add(40 * time.Second); time.Now().Before(end) && visible != "1"; time.Sleep(500 * time.Millisecond) {
		a, err := e.sqs.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(dlq), AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameApproximateNumberOfMessages}})
		if err != nil {
			t.Fatal(err)
		}
		visible = a.Attributes[string(sqstypes.QueueAttributeNameApproximateNumberOfMessages)]
	}
	if visible != "1" {
		t.Fatalf("DLQ depth %q, want 1 after %d receives", visible, resources.FeedbackQueue.MaxReceiveCount)
	}
	broken.Store(false)
	n, err := devstack.Redrive(ctx, e.sqs, dlq, e.stack.Outputs.FeedbackQueueURL)
	if err != nil || n != 1 {
		t.Fatalf("redrive moved %d (%v), want 1", n, err)
	}
	assertStoredOnce(t, e, refs)
}
