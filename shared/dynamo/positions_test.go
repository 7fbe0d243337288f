package dynamo

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// The regular expressions the position checks replace.
var (
	createdPattern = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9}Z#[A-Za-z0-9-]{1,64}$`)
	urgencyPattern = regexp.MustCompile(`^[A-Za-z0-9]{0,16}#-?[0-9]{19}#[A-Za-z0-9-]{1,64}$`)
)

func checkPositions(t *testing.T, s string) {
	t.Helper()
	if got, want := createdPosition(s), createdPattern.MatchString(s); got != want {
		t.Errorf("createdPosition(%q) = %v, the regexp says %v", s, got, want)
	}
	if got, want := urgencyPosition(s), urgencyPattern.MatchString(s); got != want {
		t.Errorf("urgencyPosition(%q) = %v, the regexp says %v", s, got, want)
	}
}

var positionSeeds = []string{
	"", "#", "##", CreatedKey(time.Date(2026, 11, 26, 12, 0, 0, 5, time.UTC), "FB-AAAAAAAA"),
	UrgencyKey("P1", time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC), time.Time{}, "FB-AAAAAAAA"),
	UrgencyKey("P3", time.Time{}, time.Time{}, "FB-1"), // before 1970: a negative number
	"2026-11-26T12:00:00.000000000Z#" + strings.Repeat("a", 64), "2026-11-26T12:00:00.000000000Z#" + strings.Repeat("a", 65),
	"2026-11-26T12:00:00.000000000Z#", "2026-11-26T12:00:00.000000000Z#FB-1\n", "2026-11-26T12:00:00.00000000Z#FB-1",
	"2026-11-26T12:00:00.000000000Z#FB_1", "2026-11-26 12:00:00.000000000Z#FB-1", "٢٠٢٦-11-26T12:00:00.000000000Z#FB-1",
	strings.Repeat("P", 16) + "#0000000000000000001#x", strings.Repeat("P", 17) + "#0000000000000000001#x",
	"#-0000000000000000001#x", "P1#--0000000000000000001#x", "P1#000000000000000001#x", "P1#00000000000000000001#x",
	"P1#0000000000000000001#", "P1#0000000000000000001#é", "P-1#0000000000000000001#x", "P1#0000000000000000001x",
}

// TestPositionShapes: the hand-written checks say what the regular expressions say.
func TestPositionShapes(t *testing.T) {
	for _, s := range positionSeeds {
		checkPositions(t, s)
	}
}

func FuzzPositionShapes(f *testing.F) {
	for _, s := range positionSeeds {
		f.Add(s)
	}
	f.Fuzz(checkPositions)
}
