package classify

import (
	"reflect"
	"slices"
	"testing"
)

// TestForeignListsCompileOnFirstUse: a language's foreign lists are compiled by the first text read
// with them, not all at once (a Danish text pays for the Norwegian lists at most), and a text reads the
// same whichever languages were compiled before it. The state is swapped for an empty one; readers
// that hold the old one keep it (foreignState is never changed once stored).
func TestForeignListsCompileOnFirstUse(t *testing.T) {
	texts := []Input{
		{Text: "Betjenten var venlig, men jeg ventede 40 minutter i telefonen.", Rating: 2, Channel: "114"},
		{Text: "The officer was rude and laughed at my accent.", Rating: 1, Channel: "114"},
		{Text: "Policjant był niemiły i śmiał się ze mnie, a mąż znowu mnie bije teraz", Rating: 1, Channel: "112"},
		{Text: "Jeg ringte om naboen, men ingen kom før etter to timer.", Rating: 2, Channel: "114"},
		{Text: "el shorti 2alli ento dayman ba3mlo mashakel w sakkar", Rating: 1, Channel: "114"},
	}
	all := make([]any, len(texts))
	for i, in := range texts {
		all[i] = Classify(in)
	}

	foreignCompiled.Store(nil)
	defer foreignLists(allForeignLists)
	Classify(texts[0])
	if st := foreignCompiled.Load(); st != nil {
		for l := range st.langs {
			if l != "no" && l != "intl" {
				t.Errorf("a Danish text compiled the %s lists", l)
			}
		}
	}
	for i, in := range texts {
		if got := Classify(in); !reflect.DeepEqual(got, all[i]) {
			t.Errorf("%q read differently with the lists compiled on first use:\n got %+v\nwant %+v", in.Text, got, all[i])
		}
	}
	st := foreignCompiled.Load()
	if st == nil || st.langs["pl"] == nil {
		t.Fatalf("the Polish text did not compile the Polish lists")
	}
	if !slices.ContainsFunc(langCodes[:], func(l string) bool { return st.langs[l] == nil }) {
		t.Errorf("five texts in three languages and their relatives compiled every list")
	}
}

// TestMixedLanguageIsStable: a text whose second language is a tie between two reads the same every
// time (the counts are a map: its order must not choose).
func TestMixedLanguageIsStable(t *testing.T) {
	want := map[string]bool{"tr8c-ar-081": true, "t10b-tr-025": true, "t10d-uk-042": true}
	var found int
	for _, f := range []string{"testdata/train_multilingual.jsonl", "testdata/train_multilingual3.jsonl"} {
		ex, err := ReadExampleFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ex {
			if !want[e.ID] {
				continue
			}
			found++
			in := Input{Text: e.Text, Rating: e.Rating, Channel: e.Channel, District: e.District}
			first := Classify(in).Reasons[0]
			for range 30 {
				if got := Classify(in).Reasons[0]; got != first {
					t.Fatalf("%s: read %q, then %q", e.ID, first, got)
				}
			}
		}
	}
	if found != len(want) {
		t.Fatalf("found %d of the %d texts", found, len(want))
	}
}
