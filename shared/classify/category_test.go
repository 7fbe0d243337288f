package classify

import "testing"

// Session 5's category mechanisms (issue 11), one row per mechanism and language, with counter-cases.
// Every sentence is written for the test; none is copied from a corpus file.

// TestCategoryMechanisms: the category each general fix gives, and what it must leave alone.
func TestCategoryMechanisms(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		rating  int
		channel string
		want    string
	}{
		// help called for and not come yet is the wait complained of, also inside a call for help
		{"pl awaited in an urgent text", "Tata leży na podłodze i nie oddycha, straży jeszcze nie ma", 1, "112", rt},
		{"fa awaited, Latin letters", "bache tab dare, khoon miad, ambulance kojast", 1, "112", rt},
		{"sv awaited with a cry of help", "Mamma har ramlat och andas tungt, ambulansen har inte kommit än. Hjälp", 1, "112", rt},
		{"sv: a follow-up not come is no wait", "Ingen ringde mig tillbaka och ärendenumret har inte kommit än", 2, "114", fu},
		{"da: no helper yet", "manden sparker stadig på døren og der er ingen patrulje endnu", 1, "112", rt},
		{"en: the ambulance hasn't come", "My wife fainted and is cold and pale and the ambulance hasn't come", 1, "112", rt},
		{"en: the police not here yet", "someone is smashing the windows downstairs, police not here yet", 1, "112", rt},
		{"en: a son not come home is no wait", "My son hasn't come home since yesterday, we are out looking for him", 2, "114", feedback_other},
		// a closing quote is no part of the word it ends
		{"tr quoted brush-off", "Kavga eden komşuları bildirdim, 'bu polis işi değil' dediler.", 2, "114", nts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: tt.rating, Channel: tt.channel})
			if c.Category != tt.want {
				t.Errorf("%q: category %s, want %s; reasons %q", tt.text, c.Category, tt.want, c.Reasons)
			}
		})
	}
}

// TestClosingQuoteEndsWord: a quote after a word is not part of it; an apostrophe inside one is.
func TestClosingQuoteEndsWord(t *testing.T) {
	for _, tt := range []struct{ text, last string }{
		{"'bu polis işi değil'", "değil"}, {"he said 'calm down’", "down"}, {"it wasn't", "wasn't"}, {"112'de", "112'de"},
	} {
		toks := tokenize(tt.text)
		if got := toks[len(toks)-1].word; got != tt.last {
			t.Errorf("tokenize(%q): last word %q, want %q", tt.text, got, tt.last)
		}
	}
}
