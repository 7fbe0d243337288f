package invite

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
)

// The phone-hash key may come from a loader (Secrets Manager in AWS): a contact that needs the key
// fails while it cannot be loaded, so the queue retries it, and succeeds once it can; a key that is
// too short fails loudly; a contact without a number needs no key at all.
func TestLoadedPhoneKey(t *testing.T) {
	goodKey := []byte("0123456789abcdef0123")
	tests := []struct {
		name    string
		loads   []error // result of each load in turn: nil = the key
		key     []byte
		contact feedback.Contact
		wantErr []string // one per Handle call: "" = success, else a substring of the error
	}{
		{name: "a loaded key", loads: []error{nil}, key: goodKey, contact: contact(nil), wantErr: []string{""}},
		{name: "failed load fails the contact, the next attempt loads again", loads: []error{errors.New("secrets manager unreachable"), nil}, key: goodKey,
			contact: contact(nil), wantErr: []string{"secrets manager unreachable", ""}},
		{name: "a short key is refused", loads: []error{nil}, key: []byte("short"), contact: contact(nil), wantErr: []string{"want at least 16"}},
		{name: "a withheld number needs no key", loads: []error{errors.New("must not be called")}, key: goodKey,
			contact: contact(func(c *feedback.Contact) { c.Caller.Withheld = true; c.Caller.Phone = "" }), wantErr: []string{""}},
		{name: "a flagged contact's number goes on the safety list under the loaded key", loads: []error{errors.New("secrets manager unreachable"), nil}, key: goodKey,
			contact: contact(func(c *feedback.Contact) { c.Sensitive = true }), wantErr: []string{"secrets manager unreachable", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			load := func(context.Context) (PhoneKeys, error) {
				err := tc.loads[min(calls, len(tc.loads)-1)]
				calls++
				if err != nil {
					return PhoneKeys{}, err
				}
				return PhoneKeys{Current: tc.key}, nil
			}
			store := newFakeStore()
			cfg := Config{PublicBaseURL: "https://x.test", LoadPhoneKey: load, SamplingRate: 1}
			if err := cfg.Validate(); err != nil {
				t.Fatalf("a loader stands in for the key at start-up: %v", err)
			}
			svc := NewService(cfg, store, &fakeSMS{}, func() time.Time { return time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC) },
				slog.New(slog.NewTextHandler(io.Discard, nil)))
			for i, want := range tc.wantErr {
				err := svc.Handle(context.Background(), tc.contact)
				switch {
				case want == "" && err != nil:
					t.Fatalf("attempt %d: %v", i+1, err)
				case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
					t.Fatalf("attempt %d: error %v, want one with %q", i+1, err, want)
				}
			}
			if _, ok := store.done[tc.contact.ContactID]; ok != (tc.wantErr[len(tc.wantErr)-1] == "") {
				t.Errorf("outcome recorded = %v after the last attempt", ok)
			}
			if tc.contact.Sensitive {
				if _, ok := store.safety[PhoneHash(tc.key, tc.contact.Caller.Phone)]; !ok {
					t.Error("the number is not on the safety list under the loaded key")
				}
			}
		})
	}
	if err := (Config{PublicBaseURL: "https://x.test", SamplingRate: 1}).Validate(); err == nil {
		t.Error("neither a key nor a loader must fail at start-up")
	}
}

// contactIDPattern is what a contact id must match (validContactID is the same rule as a loop).
var contactIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$`)

func TestValidContactIDMatchesThePattern(t *testing.T) {
	pattern := contactIDPattern
	ids := []string{"", "c", "c-20261126-000123", "C.1:2_3-4", "-c", ".c", "c d", "c/1", "æ", "c\n", "c\x00", "9",
		strings.Repeat("a", 128), strings.Repeat("a", 129), "a" + strings.Repeat("-", 127), "ok\u00e6"}
	for _, id := range ids {
		if got, want := validContactID(id), pattern.MatchString(id); got != want {
			t.Errorf("validContactID(%q) = %v, want %v", id, got, want)
		}
	}
}

func FuzzValidContactID(f *testing.F) {
	pattern := contactIDPattern
	for _, s := range []string{"c-1", "-", "a.b", strings.Repeat("x", 129)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		if got, want := validContactID(id), pattern.MatchString(id); got != want {
			t.Errorf("validContactID(%q) = %v, want %v", id, got, want)
		}
	})
}
