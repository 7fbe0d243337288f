package devstack_test

import (
	"context"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
)

// contactOutcome reads the recorded outcome of a contact ("" until there is one).
func (e *env) contactOutcome(contactID string) (state, reason string) {
	e.t.Helper()
	got, err := e.db.GetItem(context.Background(), &dynamodb.GetItemInput{TableName: aws.String(e.stack.Outputs.TableName), ConsistentRead: aws.Bool(true),
		Key: map[string]dtypes.AttributeValue{"PK": s("CONTACT#" + contactID), "SK": s("CONTACT")}})
	if err != nil {
		e.t.Fatal(err)
	}
	str := func(k string) string {
		if v, ok := got.Item[k].(*dtypes.AttributeValueMemberS); ok {
			return v.Value
		}
		return ""
	}
	return str("state"), str("reason")
}

// TestOptOutFromTheLink: a citizen stops SMS from the link; the next contact from that number gets
// no SMS and its outcome says optedOut.
func TestOptOutFromTheLink(t *testing.T) {
	e := start(t)
	first := e.contact(nil)
	e.send(first)
	link := linkPattern.FindStringSubmatch(e.waitSMS(first.Caller.Phone)[0])[1]
	st, body := e.do("POST", link+"/stop", url.Values{}, "")
	if st != 200 || !strings.Contains(body, "Du får ikke flere SMS fra os") {
		t.Fatalf("stop: %d %s", st, body)
	}
	if st, _ := e.do("GET", link, nil, ""); st != 200 {
		t.Errorf("the link still works for a reply after stop: %d", st)
	}
	later := e.contact(func(c *feedback.Contact) { c.Caller.Phone = first.Caller.Phone })
	e.send(later)
	for end := time.Now().Add(20 * time.Second); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		if state, reason := e.contactOutcome(later.ContactID); state != "" {
			if state != "suppressed" || reason != "optedOut" {
				t.Fatalf("later contact: %s/%s, want suppressed/optedOut", state, reason)
			}
			if n := len(e.smsTo(first.Caller.Phone)); n != 1 {
				t.Fatalf("%d SMS to the number, want only the first", n)
			}
			return
		}
	}
	t.Fatal("the later contact got no outcome within 20 s")
}

// TestWithdrawFromTheLink: a stored reply is withdrawn from the receipt's link: its free text and
// contact details are gone, the history shows the citizen's withdrawal, the statistics are as
// before, and a replay is refused without changing anything.
func TestWithdrawFromTheLink(t *testing.T) {
	e := start(t)
	link := e.invite(nil)
	st, body := e.do("POST", link, url.Values{"rating": {"2"}, "comment": {"Ingen ringede tilbage. Ring på 20304050."},
		"contact_ok": {"yes"}, "contact": {"borger@example.dk"}}, "")
	ref := refPattern.FindString(body)
	if st != 200 || ref == "" || !strings.Contains(body, "/withdraw") {
		t.Fatalf("reply: %d, reference %q, withdraw offered %v", st, ref, strings.Contains(body, "/withdraw"))
	}
	stored := e.waitItem(ref)
	store := dynamo.New(e.dbcall, e.stack.Outputs.TableName, dynamo.Retention{})
	ctx := context.Background()
	day := stored.SubmittedAt
	var before []feedback.CounterRow
	for end := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) { // the count follows the item
		var err error
		if before, err = store.DailyCounters(ctx, day, day); err != nil {
			t.Fatal(err)
		}
		if counted(before) == 1 || time.Now().After(end) {
			break
		}
	}
	st, body = e.do("POST", link+"/withdraw", url.Values{}, "")
	if st != 200 || !strings.Contains(body, "Dit svar er trukket tilbage") {
		t.Fatalf("withdraw: %d %s", st, body)
	}
	it, _ := store.FeedbackItem(ctx, ref)
	if it.Text != "" || it.Contact != "" || it.ContactOK || it.WithdrawnAt == nil || it.Rating != 2 || it.Category != stored.Category {
		t.Errorf("withdrawn item %+v", it)
	}
	hist, _ := store.FeedbackHistory(ctx, ref)
	if last := hist[len(hist)-1]; last.Type != feedback.EventWithdrawn || last.Actor != feedback.ActorCitizen {
		t.Errorf("history ends %+v", last)
	}
	after, _ := store.DailyCounters(ctx, day, day)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("statistics changed: %v → %v", before, after)
	}
	if st, body := e.do("POST", link+"/withdraw", url.Values{}, "application/json"); st != 410 || !strings.Contains(body, "problem") && !strings.Contains(body, `"status":410`) {
		t.Errorf("replayed withdraw: %d %s", st, body)
	}
	if again, _ := store.FeedbackItem(ctx, ref); again.Version != it.Version {
		t.Error("a replay changed the item")
	}
}

func counted(rows []feedback.CounterRow) int64 {
	var n int64
	for _, r := range rows {
		n += r.Counts["count"]
	}
	return n
}
