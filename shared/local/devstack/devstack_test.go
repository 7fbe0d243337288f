package devstack_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
)

// env is a running system for one test: emulator, resources, consumers and the HTTP routes.
type env struct {
	t      *testing.T
	stack  *devstack.Stack
	api    string
	moto   string
	sqs    *sqs.Client
	db     *dynamodb.Client
	dbcall *dynamocall.Client // the functions' client, for shared/dynamo
	phoneN atomic.Int64
}

func start(t *testing.T) *env { return startWith(t, time.Second, devstack.Faults{}) }

// startWithFaults redelivers after 2 s, so a consumer's deadline is 1.8 s: the counting is at most
// once (a reply whose write DynamoDB took but whose answer came after the deadline is stored
// without its count), and at 0.9 s a loaded machine lost counts in TestDynamoDBThrottled.
func startWithFaults(t *testing.T, faults devstack.Faults) *env {
	return startWith(t, 2*time.Second, faults)
}

// startWith starts a system whose queues redeliver after visibility (0: the production setting).
func startWith(t *testing.T, visibility time.Duration, faults devstack.Faults) *env {
	t.Helper()
	return startOptions(t, motostack.Options{VisibilityTimeout: visibility}, faults)
}

func startOptions(t *testing.T, opt motostack.Options, faults devstack.Faults) *env {
	t.Helper()
	st, stop, err := devstack.Serve(opt, faults)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	cfg := motostack.AWSConfig(context.Background(), st.Outputs.AWSEndpoint)
	e := &env{t: t, stack: st, api: st.Outputs.APIURL, moto: st.Outputs.AWSEndpoint, sqs: sqs.NewFromConfig(cfg), db: dynamodb.NewFromConfig(cfg), dbcall: dynamocall.New(cfg)}
	e.phoneN.Store(time.Now().UnixNano() % 1_000_000)
	return e
}

func (e *env) contact(mod func(*feedback.Contact)) feedback.Contact {
	n := e.phoneN.Add(1)
	c := feedback.Contact{ContactID: fmt.Sprintf("c-test-%07d", n), Channel: "114", EndedAt: time.Now().UTC(), Language: "da",
		Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Caller: feedback.Caller{Phone: fmt.Sprintf("+452%07d", n)}}
	if mod != nil {
		mod(&c)
	}
	return c
}

func (e *env) send(c feedback.Contact) {
	e.t.Helper()
	b, _ := json.Marshal(c)
	if _, err := e.sqs.SendMessage(context.Background(), &sqs.SendMessageInput{QueueUrl: aws.String(e.stack.Outputs.ContactQueueURL), MessageBody: aws.String(string(b))}); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) smsTo(phone string) []string {
	e.t.Helper()
	all, err := devstack.SentSMS(context.Background(), e.moto)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []string
	for _, m := range all {
		if m.Phone == phone {
			out = append(out, m.Message)
		}
	}
	return out
}

// waitSMS waits for at least one SMS to phone.
// A transient emulator error after the claim (seen on a loaded machine) leaves the contact leased for
// invite's 30 s lease before the retry can send, so the wait is longer than one lease.
func (e *env) waitSMS(phone string) []string {
	e.t.Helper()
	return e.waitSMSCount(phone, 1)
}

// waitSMSCount waits for at least n SMS to phone. A sent contact's outcome (its invitation) is stored
// before SNS is asked to send, so a test that has seen the outcome "sent" waits for the SMS itself.
func (e *env) waitSMSCount(phone string, n int) []string {
	e.t.Helper()
	var got []string
	for end := time.Now().Add(75 * time.Second); time.Now().Before(end); time.Sleep(300 * time.Millisecond) {
		if got = e.smsTo(phone); len(got) >= n {
			return got
		}
	}
	e.t.Fatalf("%d SMS to %s within 75 s, want %d", len(got), phone, n)
	return nil
}

var linkPattern = regexp.MustCompile(`https?://\S+(/f/[A-Za-z0-9_-]+)`)

func (e *env) invite(mod func(*feedback.Contact)) string {
	e.t.Helper()
	c := e.contact(mod)
	e.send(c)
	m := linkPattern.FindStringSubmatch(e.waitSMS(c.Caller.Phone)[0])
	if m == nil {
		e.t.Fatal("SMS without a link")
	}
	return m[1]
}

func (e *env) do(method, path string, form url.Values, accept string) (int, string) {
	e.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, _ := http.NewRequest(method, e.api+path, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (e *env) waitItem(ref string) feedback.Item {
	e.t.Helper()
	for end := time.Now().Add(20 * time.Second); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		it, err := dynamo.New(e.dbcall, e.stack.Outputs.TableName, dynamo.Retention{}).FeedbackItem(context.Background(), ref)
		if err == nil { // the item holds the invitation until the reply
			return it
		}
	}
	e.t.Fatalf("%s not stored within 20 s", ref)
	return feedback.Item{}
}

var refPattern = regexp.MustCompile(`FB-[0-9A-Z]{8}`)

// TestCitizenPath follows one citizen from the call to the stored, classified reply.
func TestCitizenPath(t *testing.T) {
	e := start(t)
	c := e.contact(func(c *feedback.Contact) { c.EndedAt = time.Date(2026, 7, 1, 12, 3, 0, 0, time.UTC) }) // 14.03 Danish summer time
	e.send(c)
	sms := e.waitSMS(c.Caller.Phone)
	if len(sms) != 1 || len([]rune(sms[0])) > 160 {
		t.Fatalf("want one SMS of ≤ 160 characters, got %q", sms)
	}
	m := linkPattern.FindStringSubmatch(sms[0])
	if m == nil || len(m[1])-len("/f/") < 22 || !strings.HasPrefix(sms[0], "Politiet") || !strings.HasSuffix(sms[0], "Afmeld: samme link") {
		t.Fatalf("SMS %q: want a Danish text with a /f/<token ≥ 22 chars> link and the opt-out hint", sms[0])
	}
	link := m[1]
	if st, body := e.do("GET", link, nil, ""); st != 200 || !strings.Contains(body, `name="rating"`) {
		t.Fatalf("GET form: %d", st)
	} else if !strings.Contains(body, "Det drejer sig om din opringning til 114 den 1. juli kl. 14.03.") || strings.Contains(body, "fyn-vagtcentral") {
		t.Errorf("the form must name the call by channel and Danish time, and nothing else from the event")
	}
	if st, body := e.do("GET", "/f/aegte?lang=pl", nil, ""); st != 200 || !strings.Contains(body, "Czy ten SMS jest prawdziwy?") || !strings.Contains(body, e.api+"/f/") {
		t.Errorf("GET /f/aegte: %d, want the Polish trust page naming %s/f/", st, e.api)
	}
	if st, _ := e.do("POST", link, url.Values{"rating": {"9"}}, ""); st < 400 || st >= 500 {
		t.Fatalf("rating=9: %d, want 4xx", st)
	}
	if st, _ := e.do("GET", link, nil, ""); st != 200 {
		t.Fatalf("the link must still work after a refused POST: %d", st)
	}
	comment := "Jeg ventede over 30 minutter i telefonkøen på 114 før nogen svarede. Mit CPR-nummer er 010190-1234."
	st, body := e.do("POST", link, url.Values{"rating": {"2"}, "comment": {comment}, "contact_ok": {"no"}}, "")
	ref := refPattern.FindString(body)
	if st != 200 || ref == "" {
		t.Fatalf("valid POST: %d, reference %q", st, ref)
	}
	if st, _ := e.do("POST", link, url.Values{"rating": {"3"}}, ""); st < 400 || st >= 500 {
		t.Fatalf("second POST on the same link: %d, want 4xx", st)
	}
	if st, _ := e.do("GET", "/f/"+strings.Repeat("A", 24), nil, ""); st != 404 {
		t.Fatalf("unknown token: %d, want 404", st)
	}
	it := e.waitItem(ref)
	if it.Category != feedback.CategoryResponseTime || it.Status != feedback.StatusNew || it.District != "fyn" || it.Rating != 2 {
		t.Errorf("stored %+v", it)
	}
	if strings.Contains(it.Text, "010190-1234") || !strings.Contains(it.Text, "telefonkøen") {
		t.Errorf("CPR must be redacted and the rest kept: %q", it.Text)
	}
	if it.ClassifierVersion == "" || it.DueAt.IsZero() {
		t.Errorf("classifier version and SLA due time must be stored: %+v", it)
	}

	// A JSON client.
	link2 := e.invite(func(c *feedback.Contact) { c.Language = "en" })
	st, body = e.do("POST", link2, url.Values{"rating": {"5"}, "comment": {"Thank you, very helpful"}}, "application/json")
	var got struct{ Reference string }
	if st != 200 || json.Unmarshal([]byte(body), &got) != nil || !refPattern.MatchString(got.Reference) {
		t.Fatalf("JSON POST: %d %s", st, body)
	}
	if it := e.waitItem(got.Reference); it.Category != feedback.CategoryPraise {
		t.Errorf("praise classified as %s", it.Category)
	}
}

// TestSuppressionAndIdempotency: no SMS for suppressed contacts, one for a duplicated event, none for
// a second contact from the same number within the window.
func TestSuppressionAndIdempotency(t *testing.T) {
	e := start(t)
	suppressed := map[string]feedback.Contact{
		"doNotContact": e.contact(func(c *feedback.Contact) { c.DoNotContact = true }),
		"sensitive":    e.contact(func(c *feedback.Contact) { c.Sensitive = true }),
		"withheld":     e.contact(func(c *feedback.Contact) { c.Caller.Withheld = true }),
		"minor":        e.contact(func(c *feedback.Contact) { c.Caller.Minor = true }),
		"landline":     e.contact(func(c *feedback.Contact) { c.Caller.Phone = "+4533141448" }),
	}
	for _, c := range suppressed {
		e.send(c)
	}
	dup := e.contact(nil)
	e.send(dup)
	e.send(dup)
	first := e.contact(nil)
	e.send(first)
	e.waitSMS(first.Caller.Phone)
	again := e.contact(func(c *feedback.Contact) { c.Caller.Phone = first.Caller.Phone })
	e.send(again)
	marker := e.contact(nil) // sent last: once it has its SMS, the others have been processed
	e.send(marker)
	e.waitSMS(marker.Caller.Phone)
	e.waitSMS(dup.Caller.Phone)
	time.Sleep(3 * time.Second) // a duplicate held back by the lease is retried after the visibility timeout
	for why, c := range suppressed {
		if got := e.smsTo(c.Caller.Phone); len(got) != 0 {
			t.Errorf("%s: got %d SMS, want none", why, len(got))
		}
	}
	if got := e.smsTo(dup.Caller.Phone); len(got) != 1 {
		t.Errorf("duplicated event: %d SMS, want 1", len(got))
	}
	if got := e.smsTo(first.Caller.Phone); len(got) != 1 {
		t.Errorf("second contact within 30 days: %d SMS in all, want 1", len(got))
	}
}

// TestPoisonMessageEndsInDLQ: an unparsable intake message is retried, then moved to the DLQ.
func TestPoisonMessageEndsInDLQ(t *testing.T) {
	e := start(t)
	ctx := context.Background()
	if _, err := e.sqs.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(e.stack.Outputs.FeedbackQueueURL), MessageBody: aws.String(`{"reference":"nope"}`)}); err != nil {
		t.Fatal(err)
	}
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(500 * time.Millisecond) {
		got, err := e.sqs.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(e.stack.Outputs.FeedbackDLQURL), MessageSystemAttributeNames: []sqstypes.MessageSystemAttributeName{sqstypes.MessageSystemAttributeNameApproximateReceiveCount}})
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Messages) == 1 && aws.ToString(got.Messages[0].Body) == `{"reference":"nope"}` {
			return
		}
	}
	t.Fatal("the poison message did not reach the DLQ within 30 s")
}

// TestLoadSmall: 50 contacts and replies with concurrency; none lost, none stored twice, the DLQs
// empty, the counters equal to a recount of the stored replies; and the check after the POSTs
// reads the table a few times whatever N is, not once per reply (a query per reply costs the
// emulator a pass over the whole table each: at N=1500 the check alone took many silent minutes). The consumers get make loadtest's
// emulator-sized timeout (25 s, below invite's lease) with the production visibility timeout: the
// machine running make test may be busy, and a batch cut off by the emulator's slowness is no
// finding about the code.
func TestLoadSmall(t *testing.T) {
	e := startOptions(t, motostack.Options{FunctionTimeout: 25 * time.Second}, devstack.Faults{})
	res, err := devstack.Load(context.Background(), e.stack.Outputs, 50, 8, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(res)
	if !res.OK() || res.Recounted < 50 {
		t.Errorf("load: %s", res)
	}
	if res.CheckReads == 0 || res.CheckReads >= res.Contacts/2 {
		t.Errorf("the check made %d DynamoDB reads for %d replies: want a few (a scan's pages and the recount), not one per reply", res.CheckReads, res.Contacts)
	}
}

// s is a DynamoDB string attribute.
func s(v string) dtypes.AttributeValue { return &dtypes.AttributeValueMemberS{Value: v} }
