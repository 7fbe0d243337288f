package invite

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/sqsbatch"
)

func contact(mod func(*feedback.Contact)) feedback.Contact {
	c := feedback.Contact{ContactID: "c-1", Channel: "114", EndedAt: time.Date(2026, 11, 26, 14, 3, 0, 0, time.UTC), Language: "da",
		Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Caller: feedback.Caller{Phone: "+4520123456"}}
	if mod != nil {
		mod(&c)
	}
	return c
}

func TestStaticSuppressionInOrder(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*feedback.Contact)
		want string
	}{
		{"plain contact", nil, ""},
		{"do not contact wins over everything", func(c *feedback.Contact) { c.DoNotContact, c.Sensitive, c.Caller.Minor = true, true, true }, ReasonDoNotContact},
		{"sensitive before minor", func(c *feedback.Contact) { c.Sensitive, c.Caller.Minor = true, true }, ReasonSensitive},
		{"minor", func(c *feedback.Contact) { c.Caller.Minor = true }, ReasonMinor},
		{"withheld", func(c *feedback.Contact) { c.Caller.Withheld = true }, ReasonWithheld},
		{"no number", func(c *feedback.Contact) { c.Caller.Phone = "" }, ReasonWithheld},
		{"Danish landline", func(c *feedback.Contact) { c.Caller.Phone = "+4533141448" }, ReasonNonMobile},
		{"too short", func(c *feedback.Contact) { c.Caller.Phone = "+45201" }, ReasonNonMobile},
		{"bare Danish mobile", func(c *feedback.Contact) { c.Caller.Phone = "20 12 34 56" }, ""},
		{"foreign number", func(c *feedback.Contact) { c.Caller.Phone = "+46701234567" }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := staticSuppression(contact(tt.mod)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMessageFitsOneGSM7Segment(t *testing.T) {
	for _, base := range []string{"http://127.0.0.1:8080", "https://abcdefghij.execute-api.eu-north-1.amazonaws.com", "https://feedback.politi.dk"} {
		for _, lang := range []string{"da", "en"} {
			tok, _ := feedback.NewToken()
			link := base + "/f/" + tok
			m, err := Message(lang, link, 7*24*time.Hour)
			if err != nil {
				t.Fatalf("%s %s: %v", lang, base, err)
			}
			n, ok := GSM7Length(m)
			if !ok || n > SMSMaxChars || !strings.Contains(m, link) {
				t.Errorf("%s %s: %q is %d septets (gsm7 %v)", lang, base, m, n, ok)
			}
		}
	}
	if _, err := Message("da", "https://"+strings.Repeat("x", 150)+"/f/t", 0); err == nil {
		t.Error("a link too long for one segment must be refused")
	}
	if _, ok := GSM7Length("emoji 🙂"); ok {
		t.Error("an emoji is not GSM-7")
	}
}

func TestSampledIsDeterministicAndProportional(t *testing.T) {
	in := 0
	for i := 0; i < 10000; i++ {
		id := "c-" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + time.Duration(i).String()
		if Sampled(id, 0.25) {
			in++
		}
		if Sampled(id, 0.25) != Sampled(id, 0.25) {
			t.Fatal("not deterministic")
		}
	}
	if in < 2200 || in > 2800 {
		t.Errorf("sampled %d of 10000 at 25%%", in)
	}
	if !Sampled("x", 1) || Sampled("x", 0) {
		t.Error("rates 1 and 0 must be all and none")
	}
}

func TestReferenceShape(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 100; i++ {
		tok, err := feedback.NewToken()
		if err != nil {
			t.Fatal(err)
		}
		r := feedback.ReferenceOf(feedback.HashToken(tok))
		if len(r) != 11 || !strings.HasPrefix(r, "FB-") || strings.ContainsAny(r[3:], "ILOU") || seen[r] {
			t.Fatalf("bad or repeated reference %q", r)
		}
		if r != feedback.ReferenceOf(feedback.HashToken(tok)) {
			t.Fatal("a token's reference must not change")
		}
		seen[r] = true
	}
}

// fakeStore and fakeSMS are small in-memory stand-ins for the unit test of the decision flow.
type fakeStore struct {
	done     map[string]Outcome
	phones   map[string]time.Time
	optedOut map[string]bool
	invs     []feedback.Invitation
	safety   map[string]feedback.SafetyEntry
	// lastContact is the contact that reserved each phone hash.
	lastContact map[string]string
	// migrations counts MigratePhone calls (reads under a previous key).
	migrations int
}

func newFakeStore() *fakeStore {
	return &fakeStore{done: map[string]Outcome{}, phones: map[string]time.Time{}, optedOut: map[string]bool{}, safety: map[string]feedback.SafetyEntry{}, lastContact: map[string]string{}}
}

func (f *fakeStore) PhoneState(_ context.Context, h string, now time.Time) (PhoneState, error) {
	e, ok := f.safety[h]
	return PhoneState{SafetyListed: ok && e.Active(now), OptedOut: f.optedOut[h], LastContact: f.lastContact[h]}, nil
}
func (f *fakeStore) MigratePhone(ctx context.Context, old, cur string, now time.Time) (PhoneState, error) {
	f.migrations++
	ps, _ := f.PhoneState(ctx, old, now)
	if e, ok := f.safety[old]; ok && e.Active(now) {
		e.PhoneHash = cur
		_ = f.AddToSafetyList(ctx, e)
	}
	if f.optedOut[old] {
		f.optedOut[cur] = true
	}
	if t, ok := f.phones[old]; ok {
		if have, ok := f.phones[cur]; !ok || have.Before(t) {
			f.phones[cur], f.lastContact[cur] = t, f.lastContact[old]
		}
	}
	return ps, nil
}
func (f *fakeStore) AddToSafetyList(_ context.Context, e feedback.SafetyEntry) error {
	if old, ok := f.safety[e.PhoneHash]; !ok || old.ListedUntil.Before(e.ListedUntil) {
		f.safety[e.PhoneHash] = e
	}
	return nil
}

func (f *fakeStore) CheckContact(_ context.Context, id string) error {
	if _, ok := f.done[id]; ok {
		return ErrAlreadyDone
	}
	return nil
}
func (f *fakeStore) ReservePhone(_ context.Context, h, cid, _ string, now, cutoff time.Time, _ time.Duration) error {
	if f.lastContact[h] == cid {
		for _, inv := range f.invs {
			if inv.ContactID == cid {
				return ErrAlreadyDone
			}
		}
		return nil
	}
	if t, ok := f.phones[h]; ok && !t.Before(cutoff) {
		return feedback.ErrConflict
	}
	f.phones[h], f.lastContact[h] = now, cid
	return nil
}
func (f *fakeStore) CreateInvitation(_ context.Context, inv feedback.Invitation) error {
	f.invs = append(f.invs, inv)
	return nil
}
func (f *fakeStore) CancelInvitation(_ context.Context, inv feedback.Invitation) error {
	f.invs = slices.DeleteFunc(f.invs, func(i feedback.Invitation) bool { return i.Reference == inv.Reference })
	return nil
}
func (f *fakeStore) FinishContact(_ context.Context, c feedback.Contact, o Outcome, _ time.Time) error {
	f.done[c.ContactID] = o
	return nil
}
func (f *fakeStore) SuppressContact(_ context.Context, c feedback.Contact, reason string, _ time.Time) error {
	if _, ok := f.done[c.ContactID]; ok {
		return ErrAlreadyDone
	}
	f.done[c.ContactID] = Outcome{Reason: reason}
	return nil
}

type fakeSMS struct {
	sent []string
	fail error
}

func (f *fakeSMS) Send(_ context.Context, _, m string) error {
	if f.fail != nil {
		return f.fail
	}
	f.sent = append(f.sent, m)
	return nil
}
func (f *fakeSMS) OptedOut(_ context.Context, phone string) (bool, error) {
	return strings.HasSuffix(phone, "99"), nil
}

func TestHandleFlow(t *testing.T) {
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	store := newFakeStore()
	sms := &fakeSMS{}
	svc := NewService(Config{PublicBaseURL: "https://x.test", PhoneKey: []byte("0123456789abcdef0123"), SamplingRate: 1}, store, sms,
		func() time.Time { return now }, slog.New(slog.NewTextHandler(io.Discard, nil)))
	var emf bytes.Buffer
	svc.WithMetrics(metrics.New(&emf, "Borgerfeedback", "invite"))
	ctx := context.Background()
	steps := []struct {
		name     string
		c        feedback.Contact
		wantSent int
		want     Outcome
	}{
		{"first contact is invited", contact(nil), 1, Outcome{Sent: true}},
		{"duplicate delivery sends nothing more", contact(nil), 1, Outcome{Sent: true}},
		{"same number within the window", contact(func(c *feedback.Contact) { c.ContactID = "c-2" }), 1, Outcome{Reason: ReasonFrequency}},
		{"provider opt-out", contact(func(c *feedback.Contact) { c.ContactID = "c-3"; c.Caller.Phone = "+4520000099" }), 1, Outcome{Reason: ReasonOptedOut}},
		{"English caller", contact(func(c *feedback.Contact) { c.ContactID = "c-4"; c.Language = "en"; c.Caller.Phone = "+4520000001" }), 2, Outcome{Sent: true}},
		{"minor", contact(func(c *feedback.Contact) { c.ContactID = "c-6"; c.Caller.Minor = true }), 2, Outcome{Reason: ReasonMinor}},
		{"a sent contact delivered again, now flagged, keeps its outcome", contact(func(c *feedback.Contact) { c.DoNotContact = true }), 2, Outcome{Sent: true}},
		{"a suppressed contact delivered again keeps its outcome", contact(func(c *feedback.Contact) { c.ContactID = "c-6"; c.Caller.Minor = true }), 2, Outcome{Reason: ReasonMinor}},
		{"Arabic caller", contact(func(c *feedback.Contact) { c.ContactID = "c-7"; c.Language = "AR"; c.Caller.Phone = "+4520000003" }), 3, Outcome{Sent: true}},
	}
	for _, st := range steps {
		if err := svc.Handle(ctx, st.c); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		got := store.done[st.c.ContactID]
		if got.Sent != st.want.Sent || got.Reason != st.want.Reason || len(sms.sent) != st.wantSent {
			t.Errorf("%s: outcome %+v, %d SMS; want %+v, %d SMS", st.name, got, len(sms.sent), st.want, st.wantSent)
		}
	}
	// The EMF lines: one per outcome, none for a duplicate delivery.
	counts := map[string]float64{}
	for _, line := range strings.Split(strings.TrimSpace(emf.String()), "\n") {
		var doc struct {
			AWS struct {
				CloudWatchMetrics []struct {
					Namespace  string
					Dimensions [][]string
					Metrics    []struct{ Name, Unit string }
				}
			} `json:"_aws"`
			Function, Reason                string
			InviteSMSSent, InviteSuppressed float64
		}
		if err := json.Unmarshal([]byte(line), &doc); err != nil || len(doc.AWS.CloudWatchMetrics) != 1 ||
			doc.AWS.CloudWatchMetrics[0].Namespace != "Borgerfeedback" || doc.Function != "invite" || doc.AWS.CloudWatchMetrics[0].Metrics[0].Unit != "Count" {
			t.Fatalf("not an invite EMF line: %s", line)
		}
		counts[doc.AWS.CloudWatchMetrics[0].Metrics[0].Name+"/"+doc.Reason] += doc.InviteSMSSent + doc.InviteSuppressed
	}
	if want := map[string]float64{"InviteSMSSent/": 3, "InviteSuppressed/frequency": 1, "InviteSuppressed/optedOut": 1, "InviteSuppressed/minor": 1}; !maps.Equal(counts, want) {
		t.Errorf("metrics %v, want %v", counts, want)
	}
	if !strings.HasPrefix(sms.sent[1], "Thank you") || !strings.HasPrefix(sms.sent[0], "Tak") {
		t.Errorf("languages: %q / %q", sms.sent[0], sms.sent[1])
	}
	if len(store.invs) == 0 || !store.invs[0].EndedAt.Equal(contact(nil).EndedAt) || store.invs[0].Channel != "114" {
		t.Errorf("the invitation must carry the contact's channel and end time (the form names the call by them): %+v", store.invs)
	}
	for _, inv := range store.invs {
		if inv.ContactID == "c-7" && (inv.Language != "en" || inv.CallLanguage != "ar" || !strings.HasPrefix(sms.sent[2], "Thank you")) {
			t.Errorf("Arabic caller: SMS %q, invitation language %q, call language %q; want an English SMS and the call's language kept for the form", sms.sent[2], inv.Language, inv.CallLanguage)
		}
	}
	if strings.Contains(strings.Join(sms.sent, " "), "+4520") {
		t.Error("an SMS must not carry the phone number")
	}
	sms.fail = errors.New("SNS down")
	if err := svc.Handle(ctx, contact(func(c *feedback.Contact) { c.ContactID = "c-5"; c.Caller.Phone = "+4520000002" })); err == nil {
		t.Error("a failed send must be retried (error), not recorded")
	}
	if _, ok := store.done["c-5"]; ok {
		t.Error("a failed send must not record an outcome")
	}
}

func TestParseContact(t *testing.T) {
	good := `{"contactId":"c-20261126-000123","channel":"114","endedAt":"2026-11-26T14:03:00Z","language":"da","centre":{"id":"fyn-vagtcentral","kind":"duty","district":"fyn"},"caller":{"phone":"+4520123456","withheld":false,"minor":false},"doNotContact":false,"sensitive":false}`
	tests := []struct {
		name, body string
		ok         bool
	}{
		{"sample", good, true},
		{"unknown extra field is tolerated", strings.Replace(good, `"sensitive":false`, `"sensitive":false,"newField":1`, 1), true},
		{"bad channel", strings.Replace(good, `"114"`, `"113"`, 1), false},
		{"unknown district", strings.Replace(good, `"district":"fyn"`, `"district":"mars"`, 1), false},
		{"bad kind", strings.Replace(good, `"duty"`, `"hq"`, 1), false},
		{"missing contact id", strings.Replace(good, `"c-20261126-000123"`, `""`, 1), false},
		{"not JSON", "{", false},
		{"too big", `{"contactId":"` + strings.Repeat("x", MaxEventBytes) + `"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseContact([]byte(tt.body))
			if (err == nil) != tt.ok {
				t.Errorf("err = %v, want ok=%v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, feedback.ErrInvalid) {
				t.Errorf("error %v is not ErrInvalid", err)
			}
		})
	}
}

func FuzzParseContact(f *testing.F) {
	f.Add([]byte(`{"contactId":"c-1","channel":"112","endedAt":"2026-11-26T14:03:00Z","centre":{"id":"a","kind":"alarm","district":"fyn"},"caller":{"phone":"+4520123456"}}`))
	f.Add([]byte(`{"contactId":"c-1","channel":"114","endedAt":"bad"}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, body []byte) {
		c, err := ParseContact(body)
		if err == nil && (!contactIDPattern.MatchString(c.ContactID) || !feedback.IsDistrict(c.Centre.District)) {
			t.Fatalf("accepted an invalid contact: %+v", c)
		}
		_ = staticSuppression(c)
	})
}

// TestLogsAreInjectionSafeAndPersonalDataFree: a hostile record body cannot forge log lines, and
// the phone number never reaches the log.
func TestLogsAreInjectionSafeAndPersonalDataFree(t *testing.T) {
	var buf strings.Builder
	store := newFakeStore()
	svc := NewService(Config{PublicBaseURL: "https://x.test", PhoneKey: []byte("0123456789abcdef0123"), SamplingRate: 1}, store, &fakeSMS{},
		time.Now, slog.New(slog.NewJSONHandler(&buf, nil)))
	good, _ := json.Marshal(contact(nil))
	_, _ = sqsConsumer(svc).HandleSQS(context.Background(), events.SQSEvent{Records: []events.SQSMessage{
		{MessageId: "m1\n{\"level\":\"INFO\",\"msg\":\"forged\"}", Body: "x\n{\"msg\":\"forged\"}"},
		{MessageId: "m2", Body: string(good)},
	}})
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	for _, l := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("log line is not one JSON object: %q", l)
		}
		if v["msg"] == "forged" {
			t.Fatal("a record forged a log line")
		}
	}
	if strings.Contains(buf.String(), "20123456") {
		t.Error("the phone number reached the log")
	}
}

// TestLeaseFitsBetweenTimeoutAndVisibility: a redelivered contact (after a crash) must find the
// lease expired, and a running one must never lose it.
func TestLeaseFitsBetweenTimeoutAndVisibility(t *testing.T) {
	lease := Config{}.Defaults().Lease
	if lease <= resources.FunctionTimeout(resources.FunctionInvite) || lease >= resources.ContactQueue.VisibilityTimeout {
		t.Errorf("lease %v must lie between the function timeout %v and the visibility timeout %v",
			lease, resources.FunctionTimeout(resources.FunctionInvite), resources.ContactQueue.VisibilityTimeout)
	}
}

func TestCallLanguage(t *testing.T) {
	for in, want := range map[string]string{"ar": "ar", " PL ": "pl", "da": "da", "": "", "ara": "", "a1": "", "zh-Hans": "", "ø": ""} {
		if got := callLanguage(in); got != want {
			t.Errorf("callLanguage(%q) = %q, want %q", in, got, want)
		}
	}
}

// sqsConsumer is svc behind the SQS adapter, as inviteapp wires it.
func sqsConsumer(svc *Service) *sqsbatch.Consumer[ContactEvent] {
	return &sqsbatch.Consumer[ContactEvent]{Decode: DecodeContactEvent, Handle: svc.HandleEvent, Log: svc.log}
}

// TestRefusedSMSIsRetried: an SMS the provider refuses (or a send the deadline cut short) takes
// the invitation back, so the redelivered contact is texted; once sent, a redelivery sends nothing.
func TestRefusedSMSIsRetried(t *testing.T) {
	store, sms := newFakeStore(), &fakeSMS{fail: errors.New("SNS refused")}
	svc := NewService(Config{PublicBaseURL: "https://x.test", PhoneKey: []byte("0123456789abcdef0123"), SamplingRate: 1}, store, sms,
		func() time.Time { return time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC) }, slog.New(slog.NewTextHandler(io.Discard, nil)))
	c := feedback.Contact{ContactID: "c-retry", Channel: "114", EndedAt: time.Date(2026, 12, 1, 11, 0, 0, 0, time.UTC), Language: "da",
		Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Caller: feedback.Caller{Phone: "+4520123456"}}
	if err := svc.Handle(context.Background(), c); err == nil {
		t.Fatal("a refused SMS must fail the message, so it is retried")
	}
	if len(store.invs) != 0 {
		t.Fatalf("the refused SMS's invitation is kept: %d invitations", len(store.invs))
	}
	sms.fail = nil
	for range 2 { // the retry, then a duplicate delivery
		if err := svc.Handle(context.Background(), c); err != nil {
			t.Fatal(err)
		}
	}
	if len(sms.sent) != 1 || len(store.invs) != 1 {
		t.Errorf("%d SMS and %d invitations after the retry and a duplicate, want 1 and 1", len(sms.sent), len(store.invs))
	}
}

// deadlineSMS is an SNS that takes the SMS and then answers only after the deadline (takes=true),
// or never takes it (takes=false): both end in the context's error.
type deadlineSMS struct {
	fakeSMS
	takes bool
	slow  bool
}

func (f *deadlineSMS) Send(ctx context.Context, p, m string) error {
	if !f.slow {
		return f.fakeSMS.Send(ctx, p, m)
	}
	if f.takes {
		f.sent = append(f.sent, m)
	}
	<-ctx.Done()
	return fmt.Errorf("publish: %w", ctx.Err())
}

// TestSendCutShortByTheDeadline: when the deadline ends the SMS call after it started, SNS may have
// taken it: the invitation stays (the link in that SMS works) and no second SMS is sent; when the
// deadline has passed before the send, nothing went out and the retry texts the contact once.
func TestSendCutShortByTheDeadline(t *testing.T) {
	c := feedback.Contact{ContactID: "c-deadline", Channel: "114", EndedAt: time.Date(2026, 12, 1, 11, 0, 0, 0, time.UTC), Language: "da",
		Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Caller: feedback.Caller{Phone: "+4520123456"}}
	for _, tc := range []struct {
		name             string
		takes, preCancel bool
		wantErr          bool
		wantInvsAfter1   int
	}{
		{name: "SNS took it, then the deadline", takes: true, wantInvsAfter1: 1},
		{name: "the deadline during the call, SNS never took it", takes: false, wantInvsAfter1: 1},
		{name: "the deadline before the send", preCancel: true, wantErr: true, wantInvsAfter1: 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store, sms := newFakeStore(), &deadlineSMS{takes: tc.takes, slow: !tc.preCancel}
			svc := NewService(Config{PublicBaseURL: "https://x.test", PhoneKey: []byte("0123456789abcdef0123"), SamplingRate: 1}, store, sms,
				func() time.Time { return time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC) }, slog.New(slog.NewTextHandler(io.Discard, nil)))
			ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
			if tc.preCancel {
				cancel()
			}
			err := svc.Handle(ctx, c)
			cancel()
			if (err != nil) != tc.wantErr {
				t.Fatalf("first attempt: error %v, want error %v", err, tc.wantErr)
			}
			if len(store.invs) != tc.wantInvsAfter1 {
				t.Fatalf("after the first attempt: %d invitations, want %d", len(store.invs), tc.wantInvsAfter1)
			}
			sms.slow = false
			if err := svc.Handle(context.Background(), c); err != nil { // the redelivery
				t.Fatal(err)
			}
			wantSMS := 1
			if !tc.takes && !tc.preCancel {
				wantSMS = 0 // at most once: an unknown outcome is not sent again
			}
			if len(sms.sent) != wantSMS || len(store.invs) != 1 {
				t.Errorf("after the redelivery: %d SMS and %d invitations, want %d and 1", len(sms.sent), len(store.invs), wantSMS)
			}
		})
	}
}
