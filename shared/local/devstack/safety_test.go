package devstack_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/triage"
)

// TestSafetyListEndToEnd is issue 19's check on the whole local system (emulator, consumers, HTTP
// routes, the national staff user of the pool), with the invite and triage clock moved forward:
// an ordinary contact is invited; a sensitive contact from the same number a day later lists it;
// an ordinary contact 40 days after that, beyond the 30-day frequency window, gets no SMS and the
// outcome safetyList; a national user lifts the entry with a reason; the next contact is invited;
// the history of lifts names the user; the statistics count safetyList per centre.
func TestSafetyListEndToEnd(t *testing.T) {
	var offset atomic.Int64
	clock := func() time.Time { return time.Now().Add(time.Duration(offset.Load())) }
	days := func(n int) { offset.Add(int64(time.Duration(n) * 24 * time.Hour)) }
	e := startOptions(t, motostack.Options{VisibilityTimeout: time.Second, Clock: clock}, devstack.Faults{})
	phone := e.contact(nil).Caller.Phone
	play := func(mod func(*feedback.Contact)) feedback.Contact {
		t.Helper()
		c := e.contact(func(c *feedback.Contact) {
			c.Caller.Phone, c.EndedAt = phone, clock().UTC()
			if mod != nil {
				mod(c)
			}
		})
		e.send(c)
		return c
	}
	first := play(nil)
	e.waitSMS(phone)
	if o := e.waitOutcome(first); o != "sent" {
		t.Fatalf("first contact: %s", o)
	}
	days(1)
	sensitive := play(func(c *feedback.Contact) { c.Sensitive = true })
	if o := e.waitOutcome(sensitive); o != "suppressed:sensitive" {
		t.Fatalf("sensitive contact: %s", o)
	}
	days(40)
	later := play(nil)
	if o := e.waitOutcome(later); o != "suppressed:safetyList" {
		t.Fatalf("ordinary contact 40 days after the sensitive one: %s, want suppressed:safetyList", o)
	}
	if n := len(e.smsTo(phone)); n != 1 {
		t.Fatalf("%d SMS to the number, want only the first", n)
	}

	token := e.staffToken()
	if code, body := e.staffAPI(token, "POST", "/api/safety-list/lifts", `{"phone":"`+phone+`","reason":"x"}`); code != 422 {
		t.Errorf("lift without a real reason: %d %s", code, body)
	}
	code, body := e.staffAPI(token, "POST", "/api/safety-list/lifts", `{"phone":"`+strings.TrimPrefix(phone, "+45")+`","reason":"Borgeren har selv bedt om SMS igen; vurderet forsvarligt"}`)
	if code != 201 {
		t.Fatalf("lift: %d %s", code, body)
	}
	var lift feedback.SafetyLift
	if err := json.Unmarshal([]byte(body), &lift); err != nil || lift.LiftedBy != e.stack.Outputs.StaffUsername || lift.Class != feedback.SafetySensitive {
		t.Fatalf("lift %+v (%v), want it to name %s", lift, err, e.stack.Outputs.StaffUsername)
	}
	if strings.Contains(body, strings.TrimPrefix(phone, "+")) {
		t.Errorf("the lift answered with the number: %s", body)
	}

	days(1)
	next := play(nil)
	if o := e.waitOutcome(next); o != "sent" {
		t.Fatalf("contact after the lift: %s, want sent", o)
	}
	if n := len(e.waitSMSCount(phone, 2)); n != 2 {
		t.Errorf("%d SMS to the number, want 2", n)
	}

	_, body = e.staffAPI(token, "GET", "/api/safety-list/lifts", "")
	var lifts triage.Lifts
	if err := json.Unmarshal([]byte(body), &lifts); err != nil || len(lifts.Lifts) != 1 || lifts.Lifts[0].LiftedBy != e.stack.Outputs.StaffUsername || !strings.Contains(lifts.Lifts[0].Reason, "vurderet forsvarligt") {
		t.Errorf("history of lifts: %s", body)
	}

	from, to := time.Now().UTC().Format(time.DateOnly), clock().UTC().Format(time.DateOnly)
	_, body = e.staffAPI(token, "GET", "/api/stats?from="+from+"&to="+to, "")
	var st triage.Stats
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		t.Fatal(err)
	}
	var centre *triage.Keyed
	for i, k := range st.ByDim["centre"] {
		if k.Value == "fyn-vagtcentral" {
			centre = &st.ByDim["centre"][i]
		}
	}
	if centre == nil || centre.Invitations.Suppressed["safetyList"] != 1 || centre.Invitations.Suppressed["sensitive"] != 1 || centre.Invitations.Sent != 2 {
		t.Errorf("statistics of the centre: %+v", centre)
	}
}

// waitOutcome waits for a contact's recorded outcome: "sent" or "suppressed:<reason>".
func (e *env) waitOutcome(c feedback.Contact) string {
	e.t.Helper()
	ctx := context.Background()
	sec, err := secretsmanager.NewFromConfig(motostack.AWSConfig(ctx, e.stack.Outputs.AWSEndpoint)).GetSecretValue(ctx,
		&secretsmanager.GetSecretValueInput{SecretId: aws.String(e.stack.Outputs.PhoneHashSecretARN)})
	if err != nil {
		e.t.Fatal(err)
	}
	hash := invite.PhoneHash([]byte(aws.ToString(sec.SecretString)), c.Caller.Phone)
	st := dynamo.New(e.dbcall, e.stack.Outputs.TableName, dynamo.Retention{})
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		o, err := st.ContactOutcome(ctx, c.ContactID, hash)
		if err != nil {
			e.t.Fatal(err)
		}
		if o != "" {
			return o
		}
	}
	e.t.Fatalf("contact %s has no outcome after 30 s", c.ContactID)
	return ""
}

// staffToken signs the stack's staff user (national unit) in through the console's login route.
func (e *env) staffToken() string {
	e.t.Helper()
	b, _ := json.Marshal(map[string]string{"username": e.stack.Outputs.StaffUsername, "password": e.stack.Outputs.StaffPassword})
	resp, err := http.Post(e.api+"/console/auth/login", "application/json", bytes.NewReader(b))
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var tok struct {
		IDToken string `json:"idToken"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil || tok.IDToken == "" {
		e.t.Fatalf("staff login: %s %v", resp.Status, err)
	}
	return tok.IDToken
}

// staffAPI calls the staff API with a bearer token.
func (e *env) staffAPI(token, method, path, body string) (int, string) {
	e.t.Helper()
	req, err := http.NewRequest(method, e.api+path, strings.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	_, _ = buf.ReadFrom(resp.Body)
	return resp.StatusCode, buf.String()
}
