package classify

import (
	"testing"

	"borgerfeedback/shared/feedback"
)

// TestSureModelHasTheLastWord: where the urgent model is all but certain (urgentThresholdSure) a text
// is urgent whatever the lists read, and the reason says the lists read it otherwise. These texts were
// written as counterparts to other rules, and the lists still read them right (found again, in prison,
// gone by himself, a question about "if", not here now, a habit, a goodbye letter long past): each is a
// false alarm the rule costs, kept here so that the cost stays visible and a change in the bar or the
// models shows. On the first sight of blind sets 18–23 the rule found 15 of 34 missed urgent texts
// and raised no false alarm (sure.go).
func TestSureModelHasTheLastWord(t *testing.T) {
	costs := []struct {
		name, text string
		rating     int
		channel    string
	}{
		{"de found this morning", "Meine Tochter war gestern verschwunden, heute Morgen wurde sie gefunden", 3, "114"},
		{"no outside again last year, in prison now", "Eksen sto utenfor døra igjen i fjor. Nå sitter han i fengsel.", 3, "114"},
		{"da sms he left by himself", "saa staar han og hamrer paa doren og jeg ringer og venter 30 min. han gik heldigvis selv til sidst", 2, "112"},
		{"en he's not here now", "What do I do if my ex turns up again? He's not here now, I'm just worried", 3, "114"},
		{"da breathing heavily on stairs", "Min far trækker vejret tungt, når han går op ad trapper. Kan I give råd om hjemmehjælp?", 3, "114"},
		{"en if someone breaks in", "If someone breaks into our flat while the kids are home, can I lock them in a room? Nobody on 114 knew.", 3, "114"},
		{"ro goodbye letter last year, fine now", "Anul trecut fiul meu a scris o scrisoare de adio, dar a primit ajutor și acum e bine", 3, "114"},
	}
	for _, tc := range costs {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{Text: tc.text, Rating: tc.rating, Channel: tc.channel, District: "fyn"}
			c := Classify(in)
			if !c.Urgent || !hasReason(c.Reasons, "all but certain") {
				t.Errorf("urgent = %v, want urgent by the sure model; reasons %q", c.Urgent, c.Reasons)
			}
			// without the rule the lists and gates read it as not urgent
			th := DefaultThresholds
			th.Sure = 0
			without := classify(in, loadedModels(), th)
			if without.Urgent {
				t.Errorf("urgent without the sure model too: the lists flag it; reasons %q", without.Reasons)
			}
		})
	}
}

// TestSureOfDangerOnlyAdds: the rule never speaks over a text already urgent, a text of fewer than four
// words or without models, and only at its bar.
func TestSureOfDangerOnlyAdds(t *testing.T) {
	text := "Meine Tochter war gestern verschwunden, heute Morgen wurde sie gefunden"
	toks := tokenize(text)
	models := loadedModels()
	tests := []struct {
		name    string
		c       feedback.Classification
		toks    []token
		models  modelSet
		lang    string
		flagged bool
	}{
		{"sure, not yet urgent", feedback.Classification{}, toks, models, "de", true},
		{"already urgent", feedback.Classification{Urgent: true}, toks, models, "de", false},
		{"three words", feedback.Classification{}, tokenize("Tochter heute gefunden"), models, "de", false},
		{"no models", feedback.Classification{}, toks, modelSet{}, "de", false},
		{"the rule left out", feedback.Classification{}, toks, models, "de", false},
		{"read by the Danish/English model, which is not sure", feedback.Classification{}, toks, models, "da", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.c
			var notes readNotes
			if tc.lang == "da" {
				notes.modelHashes = featureHashes(tc.toks)
			}
			th := DefaultThresholds
			if tc.name == "the rule left out" {
				th.Sure = 0
			}
			reasons := sureOfDanger(&c, tc.toks, tc.lang, notes, nil, tc.models, th)
			if got := len(reasons) > 0; got != tc.flagged {
				t.Errorf("flagged = %v, want %v (%q)", got, tc.flagged, reasons)
			}
			if tc.flagged && !c.Urgent {
				t.Error("a reason without the flag")
			}
		})
	}
}

// TestForeignConductModelCosts: the foreign conduct model's threshold (ForeignConductThreshold, 0.85 since
// session 12) flags conduct in these counterparts, which the lists read right: kept so the cost stays
// visible and a change in the threshold or the model shows.
func TestForeignConductModelCosts(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"ro writer told the police", "I-am spus politistului ca eu am sunat de doua ori"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Classify(Input{Text: tc.text, Rating: 3, Channel: "114", District: "fyn"})
			if !c.Conduct || !hasReason(c.Reasons, "conduct (model for") {
				t.Errorf("conduct = %v, want conduct by the foreign model; reasons %q", c.Conduct, c.Reasons)
			}
		})
	}
}
