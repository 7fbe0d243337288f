package classify

import "testing"

// TestWhoConductIsAbout: a conduct word in a clause that names someone else and no staff is theirs;
// the person the citizen reported is not staff.
func TestWhoConductIsAbout(t *testing.T) {
	tests := []struct {
		text    string
		conduct bool
	}{
		{"My landlord was really rude and called me a stupid foreigner, and the police said it was a civil matter.", false},
		{"The man I reported was aggressive and shouting at me, but the officers were calm and kind.", false},
		{"Manden jeg anmeldte var aggressiv og råbte ad mig, men betjentene var rolige.", false},
		{"The officer was rude and called me a stupid foreigner.", true},
		{"Betjenten var uhøflig og kaldte mig dum.", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: 2, Channel: "114"})
			if c.Conduct != tt.conduct {
				t.Errorf("conduct=%v, want %v; reasons %q", c.Conduct, tt.conduct, c.Reasons)
			}
		})
	}
}
