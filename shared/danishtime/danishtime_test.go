package danishtime

import (
	"testing"
	"time"
)

// TestEmbeddedZoneMatchesTheSystem: the embedded zone agrees with the machine's tz database over
// ten years, every six hours (skipped where the machine has none).
func TestEmbeddedZoneMatchesTheSystem(t *testing.T) {
	sys, err := time.LoadLocation(Zone)
	if err != nil {
		t.Skipf("no system tz database: %v", err)
	}
	for at := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC); at.Year() < 2030; at = at.Add(6 * time.Hour) {
		if a, b := at.In(Location).Format(time.RFC3339), at.In(sys).Format(time.RFC3339); a != b {
			t.Fatalf("%s: embedded %s, system %s", at, a, b)
		}
	}
}

func TestLoad(t *testing.T) {
	for _, tc := range []struct {
		name   string
		wantOK bool
	}{
		{Zone, true},
		{"UTC", true},
		{"Mars/Olympus", false},
	} {
		loc, err := Load(tc.name)
		if (err == nil) != tc.wantOK {
			t.Errorf("Load(%q): %v, want ok %v", tc.name, err, tc.wantOK)
		}
		if err == nil && loc.String() != tc.name {
			t.Errorf("Load(%q) is %q", tc.name, loc)
		}
	}
	// Summer and winter time, without any tz database.
	for _, tc := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC), "14:00 CEST"},
		{time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC), "13:00 CET"},
	} {
		if got := tc.at.In(Location).Format("15:04 MST"); got != tc.want {
			t.Errorf("%s in Danish time is %s, want %s", tc.at, got, tc.want)
		}
	}
}
