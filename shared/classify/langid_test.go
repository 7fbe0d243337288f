package classify

import (
	"os"
	"reflect"
	"slices"
	"testing"

	"borgerfeedback/shared/feedback"
)

// TestIdentify pins the language, script and mixed marker of texts written for this test (none is in
// langid.txt).
func TestIdentify(t *testing.T) {
	tests := []struct {
		text, lang, script string
		mixed              bool
	}{
		{"Jeg ringede til jer i går og ventede meget længe", "da", scriptLatin, false},
		{"jeg ringede og ventede i 40 min, det er for dårligt", "da", scriptLatin, false},
		{"I waited for almost an hour and nobody picked up the phone", "en", scriptLatin, false},
		{"Jeg ringte dere i går og ventet veldig lenge før noen svarte meg", "no", scriptLatin, false},
		{"Jag ringde er i går och väntade väldigt länge innan någon svarade", "sv", scriptLatin, false},
		// Norwegian by its own spellings (two, and no Danish one), though the n-grams lean Danish
		{"Sønnen min har tatt en hel pakke piller og jeg fikk ikke tak i noen", "no", scriptLatin, false},
		{"Min søn har taget en hel pakke piller og jeg fik ikke fat i nogen", "da", scriptLatin, false},
		{"Ich habe gestern angerufen und sehr lange gewartet, bis jemand geantwortet hat", "de", scriptLatin, false},
		{"Dzwoniłem wczoraj i czekałem bardzo długo, zanim ktoś odebrał", "pl", scriptLatin, false},
		{"Dün aradım ve biri cevap verene kadar çok uzun süre bekledim", "tr", scriptLatin, false},
		{"Am sunat ieri și am așteptat foarte mult până a răspuns cineva", "ro", scriptLatin, false},
		{"Shalay ayaan wacay waxaanan sugayay muddo dheer ilaa qof ka jawaabay", "so", scriptLatin, false},
		{"اتصلت أمس وانتظرت وقتا طويلا حتى رد أحد", "ar", scriptArabic, false},
		{"دیروز زنگ زدم و خیلی منتظر ماندم تا کسی جواب داد", "fa", scriptArabic, false},
		{"Я вчора дзвонила і дуже довго чекала, поки хтось відповів", "uk", scriptCyrillic, false},
		{"Я вчера звонил и очень долго ждал, пока кто-то ответил", "ru", scriptCyrillic, false},
		{"ana et9alt embare7 w stanet ktir la7ad ma 7ada rad 3alaya", "ar", scriptLatin, false},
		{"Ya vchora dzvonyla i duzhe dovho chekala, poky khtos' vidpoviv", "uk", scriptLatin, false},
		{"Pomocy, mąż mnie bije, dzieci płaczą w pokoju obok, please help us now", "pl", scriptLatin, true},
		{"שלום, חיכיתי הרבה זמן בטלפון", langOther, "Hebr", false},
		{"ok", langOther, scriptLatin, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			li := identify(tokenize(tt.text))
			if li.lang != tt.lang || li.script != tt.script || li.mixed != tt.mixed {
				t.Errorf("identify = %s %s mixed=%v (second %q), want %s %s mixed=%v", li.lang, li.script, li.mixed, li.second, tt.lang, tt.script, tt.mixed)
			}
		})
	}
}

// TestLanguageAccuracy holds the identifier to the labelled languages of the multilingual dev texts and
// the issue-11 batch (a guard against a change that breaks one language).
func TestLanguageAccuracy(t *testing.T) {
	for _, split := range []string{"multilingual", "tune"} {
		ex := readSplit(t, split)
		right := map[string]int{}
		n := map[string]int{}
		for _, e := range ex {
			n[e.Language]++
			if Classify(Input{Text: e.Text, Rating: e.Rating, Channel: e.Channel}).Language == e.Language {
				right[e.Language]++
			}
		}
		for lang, total := range n {
			min := 0.85
			if lang == "no" {
				min = 0.4 // Norwegian and Danish are read alike; Danish is the default (docs)
			}
			if got := float64(right[lang]) / float64(total); got < min {
				t.Errorf("%s: language %s right in %d of %d (%.2f < %.2f)", split, lang, right[lang], total, got, min)
			}
		}
	}
}

// TestNeedsTranslation pins the safe default for a text the classifier cannot read and the marker for
// one it reads only through the foreign lists.
func TestNeedsTranslation(t *testing.T) {
	tests := []struct {
		name     string
		in       Input
		needs    bool
		priority string
		team     string
	}{
		{"unreadable 112 text goes to the duty centre at P2", Input{Text: "שלום, אני צריך שמישהו יקרא את זה בבקשה", Rating: 3, Channel: "112", District: "fyn"}, true, feedback.P2, "duty-fyn"},
		{"unreadable 112 text rated 1 is urgent", Input{Text: "שלום, אני צריך שמישהו יקרא את זה בבקשה", Rating: 1, Channel: "112", District: "fyn"}, true, feedback.P1, "duty-fyn"},
		{"unreadable 114 text rated 1 is not", Input{Text: "שלום, אני צריך שמישהו יקרא את זה בבקשה", Rating: 1, Channel: "114", District: "fyn"}, true, feedback.P3, feedback.TeamCitizenService},
		{"unreadable 114 text is read at P3", Input{Text: "ሰላም እባክዎ ይህንን ያንብቡ አመሰግናለሁ", Rating: 3, Channel: "114", District: "fyn"}, true, feedback.P3, feedback.TeamCitizenService},
		{"Polish waiting complaint keeps its category team", Input{Text: "Czekałem ponad godzinę, nikt nie odbierał telefonu", Rating: 3, Channel: "112", District: "fyn"}, true, feedback.P2, feedback.TeamCitizenService},
		{"Polish thanks are not raised", Input{Text: "Dziękuję bardzo, pani była bardzo miła", Rating: 5, Channel: "112", District: "fyn"}, true, feedback.P4, feedback.TeamCitizenService},
		{"Norwegian is read", Input{Text: "Jeg ventet i telefonkø i over 40 minutter før noen svarte meg", Rating: 2, Channel: "114", District: "fyn"}, false, feedback.P2, feedback.TeamCitizenService},
		{"emoji alone need no translator", Input{Text: "👍👍", Rating: 5, Channel: "114"}, false, feedback.P4, feedback.TeamCitizenService},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(tt.in)
			if c.NeedsTranslation != tt.needs || c.Priority != tt.priority || c.Team != tt.team {
				t.Errorf("needsTranslation=%v %s %s, want %v %s %s; reasons %q", c.NeedsTranslation, c.Priority, c.Team, tt.needs, tt.priority, tt.team, c.Reasons)
			}
			if c.Category == feedback.CategoryOther && c.NeedsTranslation && len(c.Reasons) < 2 {
				t.Errorf("a text that needs translation must say why: %q", c.Reasons)
			}
		})
	}
}

// TestLangidCorpusPacked: the embedded, packed corpus is langid.txt as it is now (make train packs it),
// and it inflates to exactly that.
func TestLangidCorpusPacked(t *testing.T) {
	corpus, err := os.ReadFile(LangidCorpusFile)
	if err != nil {
		t.Fatal(err)
	}
	if got := langidCorpus(); got != string(corpus) {
		t.Fatalf("the embedded corpus (%d bytes inflated) is not %s (%d bytes): run make train", len(got), LangidCorpusFile, len(corpus))
	}
	if string(PackText(LangidCorpusFile, corpus)) != langidPacked {
		t.Errorf("%s is not %s packed: run make train", LangidPackedFile, LangidCorpusFile)
	}
}

// TestForeignConceptsPacked: the embedded, packed concept tables are the tables as they are now (make
// train packs them; go run ./infra/tools/train -pack-only after editing one), and read back to exactly
// those tables.
func TestForeignConceptsPacked(t *testing.T) {
	if string(PackForeignConcepts()) != string(foreignConceptsPacked) {
		t.Fatalf("%s is not the concept tables packed: run make train (or go run ./infra/tools/train -pack-only)", ForeignConceptsPackedFile)
	}
	want := slices.DeleteFunc(conceptTables(), func(c foreignConcept) bool {
		return !slices.ContainsFunc(c.cues[:], func(cues []string) bool { return cues != nil })
	})
	if got := packedTables(); !reflect.DeepEqual(got, want) {
		t.Fatalf("the packed concept tables read back to %d concepts, want %d equal to the tables", len(got), len(want))
	}
}

// TestLatinRussianUkrainianWordsCountTogether: in a text the identifier is unsure of, Latin-letter
// Russian and Ukrainian words count together for its best guess (a word's letters rarely tell the two
// apart), so a short farewell in Russian tagged half Russian, half Ukrainian is Russian, read by the
// Russian lists, not English. Its counterpart: an English text with one Russian word stays English.
func TestLatinRussianUkrainianWordsCountTogether(t *testing.T) {
	c := Classify(Input{Text: "ja napisal pisma detjam i segodnja vsjo zakonchu, ne ishite menja", Rating: 3, Channel: "114"})
	if c.Language != "ru" || !c.Urgent {
		t.Errorf("farewell in Latin letters: language %s, urgent %v (%q); want ru and urgent", c.Language, c.Urgent, c.Reasons)
	}
	if c := Classify(Input{Text: "The operator was very kind and explained everything, spasibo", Rating: 5, Channel: "114"}); c.Language != "en" {
		t.Errorf("English with one Russian word: language %s, want en", c.Language)
	}
}

// TestNorwegianReadAsDanishIsReadForDanger: a short Norwegian text the identifier takes for Danish, in
// which the Danish lists find no danger word, is read by the Norwegian and Swedish lists for danger. Its
// counterparts: a Danish text whose danger word the Danish lists judged (a knife asked back), and one
// that is Danish through and through.
func TestNorwegianReadAsDanishIsReadForDanger(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no choking, read as Danish", "pappa har satt maten i halsen og klarer ikke å hoste eller snakke", 2, "112", true},
		{"da a knife asked back", "Hvornår får jeg min kniv tilbage som I tog i beslaglæggelse?", 2, "114", false},
		{"da the rules on knives", "Jeg ville høre om regler for at bære kniv", 3, "114", false},
	})
}
