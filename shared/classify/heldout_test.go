package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// heldOutSet is issue 11's last blind batch: written from DOMAIN.md alone by sessions that saw no
// corpus, measured before any tuning on it (doc_intro.md, "The fifteenth blind set") and not tuned on.
const heldOutSet = "blind_multilingual13"

// TestHeldOutBlindSet keeps the last blind batch a blind split: none of its texts is in another
// labelled file (tuned or trained on) or copied into the package's code or tests, and the
// classifier stays at or above the figures it was measured at (no urgent text it found is lost).
// When a later session tunes on it, it moves to TestTunedBlindBatchFloors and a newer batch takes
// its place here.
func TestHeldOutBlindSet(t *testing.T) {
	held := readSplit(t, heldOutSet)
	if len(held) < 300 {
		t.Fatalf("%s has %d texts, want the 302 measured", heldOutSet, len(held))
	}
	texts := map[string]string{} // normalised text → id
	for _, e := range held {
		if len(strings.Fields(e.Text)) >= 5 { // "tak", "ok" recur by nature
			texts[normalisedText(e.Text)] = e.ID
		}
	}
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		if name == heldOutSet {
			continue
		}
		for _, e := range readSplit(t, name) {
			if id, ok := texts[normalisedText(e.Text)]; ok {
				t.Errorf("%s %s is the held-out text %s", name, e.ID, id)
			}
		}
	}
	sources, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range sources {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range held {
			// 40 characters of the text's start: enough to be the text, short enough to survive a
			// copy that changed its end.
			if r := []rune(e.Text); len(r) >= 40 && strings.Contains(string(src), string(r[:40])) {
				t.Errorf("%s holds the held-out text %s", f, e.ID)
			}
		}
	}

	rep := Evaluate(heldOutSet, held)
	// Measured at rules .150 (doc_intro.md): urgent 75/82, precision 75/79, conduct 41/44 and 41/42,
	// category 0.87. Urgent recall, below issue 11's target, may not fall by one text; the measures
	// that meet their target (urgent and conduct precision, conduct recall: ≥ 0.90) may not fall below
	// it; category accuracy not below the measure rounded down.
	for _, f := range []struct {
		name       string
		got, floor float64
	}{
		{"urgent recall", rep.Urgent.Recall, 75.0 / 82},
		{"urgent precision", rep.Urgent.Precision, 0.90},
		{"conduct recall", rep.Conduct.Recall, 0.90},
		{"conduct precision", rep.Conduct.Precision, 0.90},
		{"category accuracy", rep.Accuracy, 0.86},
	} {
		if f.got < f.floor-1e-9 {
			t.Errorf("%s %.3f below the held-out measure %.3f", f.name, f.got, f.floor)
		}
	}
}

func normalisedText(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
