package classify

import "testing"

func TestQuotedRemark(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"ascii double", `the officer said "people like you" and laughed`, true},
		{"ascii single", "han sagde 'det er jo typisk' og lo", true},
		{"single at the start", "'Na, junge Dame?' sagte er", true},
		{"danish guillemets inward", "hun svarede: »Nå, så ender det vel som sædvanlig.«", true},
		{"french guillemets", "قال لي «انتو دايماً بتعملوا مشاكل» وسكّر", true},
		{"danish right quotes both sides", "sagde til mig: ”Små piger skal ikke køre alene”", true},
		{"german low-high", "er sagte „wieder so eine Geschichte“ und tippte", true},
		{"curly english", "she asked “and what were you wearing?” twice", true},
		{"apostrophe inside a word before the end", "he said 'I can't help you' and hung up", true},
		{"arabizi digits inside", "el shorti 2alli 'ento dayman ba3mlo mashakel' w sakkar", true},
		{"contractions only", "I didn't know and they couldn't say", false},
		{"turkish suffix apostrophes", "112'ye aradım, Aarhus'ta bekledim", false},
		{"a possessive then a contraction", "my son's bike was stolen and it's gone", false},
		{"unclosed", `he said "wait and then nothing`, false},
		{"closed on another line only", "he said \"wait\nand\" then", false},
		{"one letter quoted", `grade "A" maybe`, false},
		{"no quotes", "Betjenten var uhøflig og afbrød mig hele tiden", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quotedRemark(tc.text); got != tc.want {
				t.Errorf("quotedRemark(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestQuotedRemarkLowersTheConductBar: a remark given word for word, which the conduct model reads as
// conduct but below the bar a text without it needs, is conduct (quoted.go); the same texts without the
// rule are not. Quotes that are not staff's conduct (an offender's message, advice given, a promise to
// call back, a civil matter) stay what they were: the model reads them far below the bar.
func TestQuotedRemarkLowersTheConductBar(t *testing.T) {
	tests := []struct {
		name, text string
		rating     int
		conduct    bool
	}{
		{"ro asked what she was doing there", "Operatorul m-a întrebat 'și ce căutați acolo la ora aia?' de parcă eu eram vinovata.", 1, true},
		{"so told she cannot speak and laughed at", "Askariga ayaa yiri 'adigu ma aqaan sida loo hadlo' oo qoslay.", 1, true},
		{"da ex's message last week, moved away", "Min eks skrev 'jeg finder dig' i sidste uge, men nu er han flyttet til Aalborg.", 3, false},
		{"no not enough staff tonight", "Han sa 'vi har ikke folk nok i kveld', så ingen kom før morgenen.", 2, false},
		{"en stay on the line", "The operator said 'stay on the line, help is coming' and they came fast.", 5, false},
		{"da take it up with the municipality", "Hun sagde 'det må du tage med kommunen', så nu venter jeg på dem.", 3, false},
		{"de a civil matter", "Er meinte 'das ist eine Zivilsache' und ich solle einen Anwalt fragen.", 2, false},
		{"sv we will get back to you", "Polisen sa 'vi återkommer', men ingen har hört av sig på tre veckor.", 2, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{Text: tc.text, Rating: tc.rating, Channel: "114", District: "fyn"}
			c := Classify(in)
			if c.Conduct != tc.conduct {
				t.Fatalf("conduct = %v, want %v; reasons %q", c.Conduct, tc.conduct, c.Reasons)
			}
			if !tc.conduct {
				return
			}
			th := DefaultThresholds
			th.ConductQuoted = 0
			if without := classify(in, loadedModels(), th); without.Conduct {
				t.Errorf("conduct without the quoted bar too: another rule finds it; reasons %q", without.Reasons)
			}
		})
	}
}

// TestQuotedQuestionIsNotTheWriterAsking: a question mark inside quotation marks is the quoted
// person's; the sentence is still a question to the models (their features are unchanged), but the
// writer does not ask it, so the gates for "a text that asks" do not hold it (evidence.asks).
func TestQuotedQuestionIsNotTheWriterAsking(t *testing.T) {
	tests := []struct {
		name, text string
		asks       bool
		conduct    bool
	}{
		{"da staff's quoted question", "Hun spurgte 'hvad laver sådan en som dig herude om natten?' da jeg ringede om indbruddet.", false, true},
		{"en staff's quoted question", `He asked me "and what were you wearing?" and that was all.`, false, false},
		{"da the writer asks", "Hvorfor spurgte ingen om mit telefonnummer?", true, false},
		{"en both: quoted, then the writer's own", "She said 'are you sure?' Why would I call if I wasn't?", true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize(tc.text)
			question := false
			for _, tok := range toks {
				question = question || tok.question
			}
			if !question {
				t.Fatalf("no token marked question: the models' features changed")
			}
			e := &evidence{toks: toks}
			if got := e.asks(); got != tc.asks {
				t.Errorf("asks = %v, want %v", got, tc.asks)
			}
			if tc.conduct {
				if c := Classify(Input{Text: tc.text, Rating: 1, Channel: "114", District: "fyn"}); !c.Conduct {
					t.Errorf("conduct = false, want true; reasons %q", c.Reasons)
				}
			}
		})
	}
}
