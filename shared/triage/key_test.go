package triage_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/triage"
)

// With a key loader (Secrets Manager in AWS, read on first use), a lift the key cannot be read for
// fails as a server error and leaves the entry; the next lift reads the key again and succeeds.
func TestLiftWithLoadedKey(t *testing.T) {
	store := newMemStore()
	listed(store, "+4520123456", feedback.SafetySensitive)
	reads := 0
	load := func(context.Context) (invite.PhoneKeys, error) {
		reads++
		if reads == 1 {
			return invite.PhoneKeys{}, errors.New("secrets manager unreachable")
		}
		return invite.PhoneKeys{Current: testPhoneKey}, nil
	}
	h := triage.NewHandler(triage.Config{Now: func() time.Time { return now }, Log: slog.New(slog.NewJSONHandler(io.Discard, nil)), LoadPhoneKey: load}, store, staff)
	const body = `{"phone":"+4520123456","reason":"Borgeren har bedt om det"}`
	for i, want := range []int{500, 201} {
		if rec := call(t, h, "POST", "/api/safety-list/lifts", "national", body); rec.Code != want {
			t.Fatalf("lift %d: %d, want %d: %s", i+1, rec.Code, want, rec.Body)
		}
	}
}

// After a rotation (the old key kept as previous) a lift removes the number's entry under every
// key it is stored under, so invite cannot find it under the old key and move it back; the answer
// is the current key's record when there is one.
func TestLiftUnderEveryKey(t *testing.T) {
	oldKey := []byte("the-old-key-0123456789")
	const phone = "+4520123456"
	cur, old := invite.PhoneHash(testPhoneKey, phone), invite.PhoneHash(oldKey, phone)
	entry := func(class string) feedback.SafetyEntry {
		return feedback.SafetyEntry{Class: class, ListedAt: now.AddDate(0, -1, 0), ListedUntil: now.AddDate(0, 23, 0)}
	}
	tests := []struct {
		name       string
		route      string
		body       string
		safety     map[string]feedback.SafetyEntry
		optedOut   map[string]time.Time
		previous   [][]byte
		want       int
		wantClass  string // safety-list lifts: the class answered
		wantAudits int
	}{
		{name: "listed under the old key only", route: "/api/safety-list/lifts", safety: map[string]feedback.SafetyEntry{old: entry(feedback.SafetyMinor)},
			previous: [][]byte{oldKey}, want: 201, wantClass: feedback.SafetyMinor, wantAudits: 1},
		{name: "listed under both keys: both lifted, the current key's record answered", route: "/api/safety-list/lifts",
			safety:   map[string]feedback.SafetyEntry{old: entry(feedback.SafetyMinor), cur: entry(feedback.SafetySensitive)},
			previous: [][]byte{oldKey}, want: 201, wantClass: feedback.SafetySensitive, wantAudits: 2},
		{name: "without the previous key configured the old entry is not found", route: "/api/safety-list/lifts",
			safety: map[string]feedback.SafetyEntry{old: entry(feedback.SafetyMinor)}, want: 404},
		{name: "opted out under both keys", route: "/api/opt-outs/lifts", optedOut: map[string]time.Time{old: now.AddDate(-1, 0, 0), cur: now.AddDate(0, -1, 0)},
			previous: [][]byte{oldKey}, want: 201, wantAudits: 2},
		{name: "opted out under the old key only", route: "/api/opt-outs/lifts", optedOut: map[string]time.Time{old: now.AddDate(-1, 0, 0)},
			previous: [][]byte{oldKey}, want: 201, wantAudits: 1},
		{name: "nothing under any key", route: "/api/opt-outs/lifts", previous: [][]byte{oldKey}, want: 404},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			store := newMemStore()
			for h, e := range tc.safety {
				store.safety[h] = e
			}
			if store.optedOut == nil {
				store.optedOut = map[string]time.Time{}
			}
			for h, at := range tc.optedOut {
				store.optedOut[h] = at
			}
			h := triage.NewHandler(triage.Config{Now: func() time.Time { return now }, Log: slog.New(slog.NewJSONHandler(io.Discard, nil)),
				PhoneKey: testPhoneKey, PreviousPhoneKeys: tc.previous}, store, staff)
			body := `{"phone":"` + phone + `","reason":"Borgeren har bedt om det"}`
			if tc.route == "/api/opt-outs/lifts" {
				body = `{"phone":"` + phone + `","consent":"Borgeren ringede 114 den 1.12. og bad om SMS igen"}`
			}
			rec := call(t, h, "POST", tc.route, "national", body)
			if rec.Code != tc.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.want, rec.Body)
			}
			if tc.want != 201 {
				return
			}
			if len(store.safety) != 0 || len(store.optedOut) != 0 {
				t.Errorf("left after the lift: %d safety-list entries, %d opt-outs", len(store.safety), len(store.optedOut))
			}
			if got := len(store.lifts) + len(store.optOutLifts); got != tc.wantAudits {
				t.Errorf("%d audit records, want %d", got, tc.wantAudits)
			}
			if tc.wantClass != "" && !strings.Contains(rec.Body.String(), `"class":"`+tc.wantClass+`"`) {
				t.Errorf("answer %s, want the class %s", rec.Body, tc.wantClass)
			}
		})
	}
}
