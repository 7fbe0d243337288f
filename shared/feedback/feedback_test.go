package feedback

import (
	"encoding/base64"
	"errors"
	"testing"
	"time"
)

// TestTokens: ≥ 128 bits from crypto/rand, URL-safe, never repeated, stored only as a hash.
func TestTokens(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 10000; i++ {
		tok, err := NewToken()
		if err != nil {
			t.Fatal(err)
		}
		raw, err := base64.RawURLEncoding.DecodeString(tok)
		if err != nil || len(raw)*8 < 128 || !WellFormedToken(tok) {
			t.Fatalf("token %q: %d bits (%v)", tok, len(raw)*8, err)
		}
		if seen[tok] {
			t.Fatalf("token %q drawn twice", tok)
		}
		seen[tok] = true
		if h := HashToken(tok); len(h) != 64 || h == tok {
			t.Fatalf("hash of %q is %q", tok, h)
		}
	}
	for _, bad := range []string{"", "short", "A+AAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAA"} {
		if WellFormedToken(bad) {
			t.Errorf("%q must not be well-formed", bad)
		}
	}
}

func TestInvitationUsable(t *testing.T) {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	used := now.Add(-time.Minute)
	tests := []struct {
		name string
		inv  Invitation
		want error
	}{
		{"fresh", Invitation{ExpiresAt: now.Add(time.Hour)}, nil},
		{"expired", Invitation{ExpiresAt: now}, ErrGone},
		{"used", Invitation{ExpiresAt: now.Add(time.Hour), UsedAt: &used}, ErrGone},
	}
	for _, tt := range tests {
		if got := tt.inv.Usable(now); !errors.Is(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSLA(t *testing.T) {
	fri := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) // a Friday
	sla := DefaultSLA()
	tests := []struct {
		priority string
		want     time.Time
	}{
		{P1, fri.Add(time.Hour)},
		{P2, time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)}, // two working days: Monday, Tuesday
		{P3, fri.Add(10 * 24 * time.Hour)},
		{P4, fri.Add(30 * 24 * time.Hour)},
	}
	for _, tt := range tests {
		if got := sla.Due(tt.priority, fri); !got.Equal(tt.want) {
			t.Errorf("%s: due %v, want %v", tt.priority, got, tt.want)
		}
	}
	custom, err := ParseSLA("P1=2h, P3=5wd")
	if err != nil || custom.Due(P1, fri) != fri.Add(2*time.Hour) || custom.Due(P3, fri) != time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC) {
		t.Errorf("custom SLA: %v", err)
	}
	for _, bad := range []string{"P9=1h", "P1=1x", "P1=-1h", "P1"} {
		if _, err := ParseSLA(bad); err == nil {
			t.Errorf("%q must be refused", bad)
		}
	}
	it := Item{DueAt: fri, Status: StatusInProgress}
	if !it.Overdue(fri.Add(time.Second)) || it.Overdue(fri.Add(-time.Second)) {
		t.Error("overdue after the due time only")
	}
	it.Status = StatusResolved
	if it.Overdue(fri.Add(time.Hour)) {
		t.Error("a resolved item is never overdue")
	}
}
