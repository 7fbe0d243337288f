package invite

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
)

var testKey = []byte("0123456789abcdef0123")

func newTestService(store *fakeStore, sms *fakeSMS, now *time.Time, cfg Config) *Service {
	cfg.PublicBaseURL, cfg.PhoneKey = "https://x.test", testKey
	if cfg.SamplingRate == 0 {
		cfg.SamplingRate = 1
	}
	return NewService(cfg, store, sms, func() time.Time { return *now }, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

// TestSuppressionOrder pins DESIGN.md's order: the contact's own flags, then the safety list,
// then opt-out (ours, then the provider's), sampling, frequency. Each case sets up a number that
// every later rule would also suppress, so only the first rule in the order can give the reason.
func TestSuppressionOrder(t *testing.T) {
	const listed, optedOut, recent = "+4520000001", "+4520000002", "+4520000003"
	const providerOut = "+4520000099" // the fake provider says numbers ending in 99 replied STOP
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		mod      func(*feedback.Contact)
		sampling float64
		want     string
	}{
		{"own flag doNotContact before the safety list", func(c *feedback.Contact) { c.Caller.Phone, c.DoNotContact = listed, true }, 1, ReasonDoNotContact},
		{"own flag sensitive before the safety list", func(c *feedback.Contact) { c.Caller.Phone, c.Sensitive = listed, true }, 1, ReasonSensitive},
		{"own flag minor before the safety list", func(c *feedback.Contact) { c.Caller.Phone, c.Caller.Minor = listed, true }, 1, ReasonMinor},
		{"withheld stays withheld", func(c *feedback.Contact) { c.Caller.Phone, c.Caller.Withheld = listed, true }, 1, ReasonWithheld},
		{"safety list whatever the contact's own flags say", func(c *feedback.Contact) { c.Caller.Phone = listed }, 1, ReasonSafetyList},
		{"safety list before sampling", func(c *feedback.Contact) { c.Caller.Phone = listed }, 0.000001, ReasonSafetyList},
		{"our opt-out before the provider's and sampling", func(c *feedback.Contact) { c.Caller.Phone = optedOut }, 0.000001, ReasonOptedOut},
		{"provider opt-out", func(c *feedback.Contact) { c.Caller.Phone = providerOut }, 0.000001, ReasonOptedOut},
		{"sampling before frequency", func(c *feedback.Contact) { c.Caller.Phone = recent }, 0.000001, ReasonSampling},
		{"frequency last", func(c *feedback.Contact) { c.Caller.Phone = recent }, 1, ReasonFrequency},
		{"a free number is invited", func(c *feedback.Contact) { c.Caller.Phone = "+4520000004" }, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store, sms := newFakeStore(), &fakeSMS{}
			store.safety[PhoneHash(testKey, listed)] = feedback.SafetyEntry{Class: feedback.SafetySensitive, ListedUntil: now.AddDate(1, 0, 0)}
			store.optedOut[PhoneHash(testKey, optedOut)] = true
			store.optedOut[PhoneHash(testKey, providerOut)] = false
			store.phones[PhoneHash(testKey, recent)] = now.Add(-24 * time.Hour)
			store.phones[PhoneHash(testKey, listed)] = now.Add(-24 * time.Hour)
			svc := newTestService(store, sms, &now, Config{SamplingRate: tt.sampling})
			c := contact(tt.mod)
			c.ContactID = "c-order" // not sampled at 0.000001
			if err := svc.Handle(context.Background(), c); err != nil {
				t.Fatal(err)
			}
			got := store.done[c.ContactID]
			if got.Reason != tt.want || got.Sent != (tt.want == "") || len(sms.sent) != len(store.invs) {
				t.Errorf("outcome %+v (%d SMS), want reason %q", got, len(sms.sent), tt.want)
			}
		})
	}
}

// TestFlaggedContactsListTheNumber: which contacts put their number on the list, with which class
// and for how long.
func TestFlaggedContactsListTheNumber(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	months := map[string]int{feedback.SafetyDoNotContact: 6, feedback.SafetySensitive: 24, feedback.SafetyMinor: 36}
	tests := []struct {
		name      string
		mod       func(*feedback.Contact)
		wantClass string
		wantUntil time.Time
	}{
		{"ordinary contact lists nothing", nil, "", time.Time{}},
		{"doNotContact", func(c *feedback.Contact) { c.DoNotContact = true }, feedback.SafetyDoNotContact, now.AddDate(0, 6, 0)},
		{"sensitive", func(c *feedback.Contact) { c.Sensitive = true }, feedback.SafetySensitive, now.AddDate(0, 24, 0)},
		{"minor", func(c *feedback.Contact) { c.Caller.Minor = true }, feedback.SafetyMinor, now.AddDate(0, 36, 0)},
		{"several flags: the longest class", func(c *feedback.Contact) { c.DoNotContact, c.Sensitive, c.Caller.Minor = true, true, true }, feedback.SafetyMinor, now.AddDate(0, 36, 0)},
		{"sensitive and doNotContact: sensitive runs longer", func(c *feedback.Contact) { c.DoNotContact, c.Sensitive = true, true }, feedback.SafetySensitive, now.AddDate(0, 24, 0)},
		{"withheld number: nothing to list", func(c *feedback.Contact) { c.Sensitive, c.Caller.Withheld = true, true }, "", time.Time{}},
		{"Danish landline: never texted, not listed", func(c *feedback.Contact) { c.Sensitive, c.Caller.Phone = true, "+4533141448" }, "", time.Time{}},
		{"bare mobile number is listed under its normalised hash", func(c *feedback.Contact) { c.Sensitive, c.Caller.Phone = true, "20 12 34 56" }, feedback.SafetySensitive, now.AddDate(0, 24, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := newFakeStore()
			svc := newTestService(store, &fakeSMS{}, &now, Config{SafetyListMonths: months})
			if err := svc.Handle(context.Background(), contact(tt.mod)); err != nil {
				t.Fatal(err)
			}
			e, ok := store.safety[PhoneHash(testKey, "+4520123456")]
			if tt.wantClass == "" {
				if len(store.safety) != 0 {
					t.Errorf("listed %+v, want nothing", store.safety)
				}
				return
			}
			if !ok || e.Class != tt.wantClass || !e.ListedUntil.Equal(tt.wantUntil) || !e.ListedAt.Equal(now) {
				t.Errorf("entry %+v (listed %v), want class %s until %v", e, ok, tt.wantClass, tt.wantUntil)
			}
		})
	}
}

// TestSafetyListAcrossContacts is the story on the service: a sensitive call, then an
// ordinary call from the same number 40 days later (beyond the 30-day frequency window) gets no
// SMS; once the entry is gone (lifted or run out) the next contact is invited.
func TestSafetyListAcrossContacts(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	store, sms := newFakeStore(), &fakeSMS{}
	svc := newTestService(store, sms, &now, Config{})
	ctx := context.Background()
	handle := func(id string, sensitive bool) Outcome {
		t.Helper()
		c := contact(func(c *feedback.Contact) { c.ContactID, c.Sensitive = id, sensitive })
		if err := svc.Handle(ctx, c); err != nil {
			t.Fatal(err)
		}
		return store.done[id]
	}
	if o := handle("c-ordinary-before", false); !o.Sent {
		t.Fatalf("first ordinary contact: %+v", o)
	}
	now = now.AddDate(0, 0, 1)
	if o := handle("c-sensitive", true); o.Reason != ReasonSensitive {
		t.Fatalf("sensitive contact: %+v", o)
	}
	now = now.AddDate(0, 0, 40)
	if o := handle("c-40-days-later", false); o.Reason != ReasonSafetyList || len(sms.sent) != 1 {
		t.Fatalf("40 days later: %+v, %d SMS; want safetyList and still 1 SMS", o, len(sms.sent))
	}
	now = now.AddDate(0, 24, 0) // the entry has run out
	if o := handle("c-after-expiry", false); !o.Sent {
		t.Fatalf("after the entry ran out: %+v", o)
	}
}

func TestSafetyListMonthsValidated(t *testing.T) {
	base := Config{PublicBaseURL: "https://x.test", PhoneKey: testKey, SamplingRate: 1}
	for _, tt := range []struct {
		name   string
		months map[string]int
		ok     bool
	}{
		{"defaults", nil, true},
		{"per class", map[string]int{feedback.SafetyMinor: 60}, true},
		{"unknown class", map[string]int{"bike": 3}, false},
		{"negative", map[string]int{feedback.SafetySensitive: -1}, false},
	} {
		c := base
		c.SafetyListMonths = tt.months
		if err := c.Validate(); (err == nil) != tt.ok {
			t.Errorf("%s: Validate() = %v, want ok %v", tt.name, err, tt.ok)
		}
	}
	if got := (Config{}).Defaults().SafetyListMonths; got[feedback.SafetySensitive] != 24 || got[feedback.SafetyMinor] != 24 || got[feedback.SafetyDoNotContact] != 24 {
		t.Errorf("default months %v, want 24 each", got)
	}
}
