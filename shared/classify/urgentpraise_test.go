package classify

import (
	"path/filepath"
	"testing"

	"borgerfeedback/shared/feedback"
)

// TestUrgentIsNeverPraise pins the labelling convention (doc_intro.md, Corpus): an urgent text keeps
// the category of its complaint, else "other" — thanks for an earlier call beside danger now, or a
// farewell that thanks the staff, are no praise — whichever stage read the thanks (the Danish/English
// lists, the foreign lists, the category model). Thanks after danger that is over stay praise.
func TestUrgentIsNeverPraise(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		rating     int
		channel    string
		wantUrgent bool
		want       string
	}{
		{"da thanks, then danger now", "Tusind tak for hjælpen i sidste uge. Men nu står min eksmand ude på trappen igen og råber at han vil slå mig ihjel", 4, "112", true, feedback.CategoryOther},
		{"en thanks, then danger now", "Thanks so much to the lady who answered last time. He is back outside my flat right now and kicking the door", 5, "112", true, feedback.CategoryOther},
		{"da farewell that thanks", "Tak fordi I lyttede til mig. Jeg har skrevet farvel til min søster og pillerne ligger klar i aften", 4, "114", true, feedback.CategoryOther},
		{"de thanks, then danger now (foreign lists)", "Danke für die freundliche Hilfe letzte Woche. Jetzt steht er wieder vor der Tür und droht mich umzubringen", 4, "112", true, feedback.CategoryOther},
		{"sv thanks, then danger now (both lists)", "Tack för hjälpen förra veckan. Nu står han utanför dörren igen och hotar att döda mig", 4, "112", true, feedback.CategoryOther},
		{"pl thanks, then danger now (foreign lists)", "Dziękuję za pomoc w zeszłym tygodniu. Teraz on znowu stoi pod drzwiami i grozi, że mnie zabije", 4, "112", true, feedback.CategoryOther},
		{"en thanks, danger now and a wait: the wait", "Thank you for the help before, but he is hitting her again right now and I called 40 minutes ago and still nobody has come", 3, "112", true, rt},
		{"da thanks, danger now and a wait: the wait", "Tak for sidst, I var søde. Men han slår hende igen lige nu og jeg ringede for en halv time siden og der er stadig ingen kommet", 3, "112", true, rt},
		{"en thanks, a fire now and no brigade: the wait", "Thank you for coming last time, but the fire is spreading to the next house now and the fire brigade is not here", 2, "112", true, rt},
		{"da call to hurry is no praise", "min mand er faldet om og trækker ikke vejret, send en ambulance hurtigt!!", 1, "112", true, feedback.CategoryOther},
		{"not: da danger over, thanks stay praise", "Han truede mig med en kniv i går, men han blev anholdt og nu er jeg i sikkerhed. Tusind tak for hjælpen", 5, "112", false, ros},
		{"not: en illness over, thanks stay praise", "My dad had a heart attack last week but he is home and doing fine now. Thank you to the dispatcher who talked me through CPR", 5, "112", false, ros},
		{"not: en suicide thoughts over, thanks stay praise", "I wanted to end my life last winter, but I am doing much better now. Thank you for staying on the phone with me that night", 5, "114", false, ros},
		{"not: en the fire crew thanked is no fire", "Thank you to the fire crew and the officers, all of them lovely", 5, "112", false, ros},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: tt.rating, Channel: tt.channel})
			if c.Urgent != tt.wantUrgent || c.Category != tt.want {
				t.Errorf("%q: urgent %v, category %s; want %v, %s; reasons %q", tt.text, c.Urgent, c.Category, tt.wantUrgent, tt.want, c.Reasons)
			}
		})
	}
}

// TestNoUrgentPraiseInCorpus: no labelled text the classifier flags urgent comes out as praise, whatever
// its label (the convention holds on every path, not only on the texts above).
func TestNoUrgentPraiseInCorpus(t *testing.T) {
	names, err := filepath.Glob("testdata/*.jsonl")
	if err != nil || len(names) == 0 {
		t.Fatalf("no labelled sets: %v", err)
	}
	for _, name := range names {
		ex, err := ReadExampleFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ex {
			if c := Classify(Input{Text: e.Text, Rating: e.Rating, Channel: e.Channel, District: e.District}); c.Urgent && c.Category == ros {
				t.Errorf("%s %s: urgent and praise; reasons %q", name, e.ID, c.Reasons)
			}
		}
	}
}
