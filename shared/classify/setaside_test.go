package classify

import "testing"

// TestSetAsideOpensTheRereadOnlyForTense pins foreignEvidence.setAside with rereadSetAside: the foreign
// urgent model reads a text again only where every danger set aside was set aside as told in the past or
// negated; one asked about (the missing-person question of foreign_recall.go included), over or ended
// well keeps it decided, and the first reason is the one staff see.
func TestSetAsideOpensTheRereadOnlyForTense(t *testing.T) {
	tests := []struct {
		name      string
		whys      []string
		reread    bool
		firstWhy  string
		setAsideS string
	}{
		{"past", []string{"past"}, true, "past", "the foreign lists read the danger as past"},
		{"negated", []string{"negated"}, true, "negated", "the foreign lists read the danger as negated"},
		{"past then negated", []string{"past", "negated"}, true, "past", "the foreign lists read the danger as past"},
		{"asked about", []string{"asked about"}, false, "asked about", "the foreign lists read the danger as asked about"},
		{"past then over", []string{"past", "over"}, false, "past", "the foreign lists read the danger as past"},
		{"nothing set aside", nil, false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ev foreignEvidence
			for _, why := range tt.whys {
				ev.setAside(why)
			}
			if got := rereadSetAside(ev, readNotes{}); got != tt.reread {
				t.Errorf("rereadSetAside = %v, want %v", got, tt.reread)
			}
			if ev.setAsideAs != tt.firstWhy || ev.dangerSetAside != tt.setAsideS {
				t.Errorf("set aside as %q (%q), want %q (%q)", ev.setAsideAs, ev.dangerSetAside, tt.firstWhy, tt.setAsideS)
			}
		})
	}
}
