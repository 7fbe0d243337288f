package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// heldOutSets are issue 11's last blind batches not yet tuned on: written from DOMAIN.md alone by sessions
// that saw no corpus and measured before any tuning on them. Their floors: urgent recall, below issue 11's
// target, may not lose a text; the measures that meet their target (≥ 0.90) may not fall below it;
// category accuracy not below the measure rounded down. The fifteenth to seventeenth sets
// (blind_multilingual13–15) are tuned on since session 10, the eighteenth and nineteenth
// (blind_multilingual16–17, measured blind at .153 and .165) since session 10's second round: all moved to
// TestTunedBlindBatchFloors. The twentieth (blind_multilingual18, written in session 10's second round,
// measured blind at .153, .165 and .171) is tuned on since session 10's third round and moved there too.
// The twenty-first (blind_multilingual19, written in session 10's third round, measured blind at .153,
// .165, .171 and .175) is tuned on since session 10's fourth round and moved there too. The
// twenty-second (blind_multilingual20, written in session 10's fourth round, measured blind at .153,
// .175 and .177) is tuned on since session 11's first round and moved there too. The twenty-third
// (blind_multilingual21, written at session 11's start, measured blind at .177, .183, .184 and .190) is
// tuned on since session 11's third round and moved there too. The twenty-fourth (blind_multilingual22,
// written in session 11's first round) stays held out, as do the twenty-fifth (blind_multilingual23,
// written at session 11's second round's start), the twenty-sixth (blind_multilingual24, written at its
// end), the twenty-seventh (blind_multilingual25, written at session 12's start), the twenty-ninth
// (blind_multilingual27, written at its end; the twenty-eighth, blind_multilingual26, is tuned on) and the
// thirtieth to thirty-second (blind_multilingual28 to 30, written in session 13) and the thirty-third
// (blind_multilingual31, written at session 14's start). A floor below the
// issue's target is the measure, rounded down: it may not fall, and is not a goal.
var heldOutSets = []struct {
	name                                string
	urgentFound, urgent                 int // urgent texts found at the measure, of all urgent texts
	urgentPrecision, conductR, conductP float64
	categoryAcc                         float64
}{
	// twenty-fourth set (302): at .177 urgent 80/84, P 80/84, conduct 40/44, P 40/40, category 0.805; at
	// .202 (the foreign conduct model at 0.85) urgent 82/84, P 82/87, conduct 41/44, P 41/41, category 0.815
	{"blind_multilingual22", 82, 84, 0.90, 0.90, 0.90, 0.81},
	// twenty-fifth set (299): at .177 and .183 urgent 78/82, P 78/83, conduct 39/44, P 39/42, category 0.823;
	// at .197 (the sure model's last word) urgent 79/82, P 79/86, category 0.819; at .201 (after the
	// round on set 28) conduct 40/44, P 40/43, category 0.826; at .203 (the quoted remark's bar) conduct
	// 41/44, P 41/44, category 0.829; at .206 (the foreign category models) category 0.833; at .208
	// (session 14's counterpart concepts) urgent P 79/85
	{"blind_multilingual23", 79, 82, 0.90, 0.90, 0.90, 0.83},
	// twenty-sixth set (302, written at session 11's end after all its rule changes): at .177 urgent 80/84,
	// P 80/81; at .195 urgent 81/84, P 81/83, conduct 40/44, P 40/41, category 0.861; at .202 conduct 42/44,
	// P 42/43, category 0.868; at .206 category 0.871
	{"blind_multilingual24", 81, 84, 0.90, 0.90, 0.90, 0.86},
	// twenty-seventh set (301, written at session 12's start): at .196 urgent 71/85, P 71/89, conduct 27/49,
	// P 27/29, category 0.704; at .197 urgent 74/85, P 74/92, category 0.701; at .201 (after the round on
	// set 28) conduct 28/49, P 28/30, category 0.708; at .202 conduct 30/49, P 30/32, category 0.714; at
	// .203 (the quoted remark's bar) conduct 32/49, P 32/34, category 0.721; at .206 category 0.728; at
	// .208 (session 14's counterpart concepts) urgent P 74/90
	{"blind_multilingual25", 74, 85, 0.82, 0.65, 0.90, 0.72},
	// twenty-ninth set (302, written at session 12's end): at .196 urgent 82/85, P 82/88, conduct 34/49,
	// P 34/38, category 0.758; at .201 urgent 83/85, P 83/89, category 0.765; at .202 conduct 35/49, P 35/39,
	// category 0.768; at .203 (the quoted remark's bar) conduct 38/49, P 38/42, category 0.778; at .206
	// category 0.781
	{"blind_multilingual27", 83, 85, 0.90, 0.77, 0.90, 0.78},
	// thirtieth set (301, written at session 13's start): at .202 urgent 84/84, P 84/90, conduct 42/51,
	// P 42/45, category 0.844; at .203 (the quoted remark's bar) conduct 44/51, P 44/47, category 0.844
	{"blind_multilingual28", 84, 84, 0.90, 0.86, 0.90, 0.84},
	// thirty-first set (300, written in session 13 after the quoted remark's bar): at .205 urgent 84/85,
	// P 84/96, conduct 40/52, P 40/47, category 0.750; the same verdicts at .202; at .206 category 0.757
	{"blind_multilingual29", 84, 85, 0.87, 0.76, 0.85, 0.75},
	// thirty-second set (302, written at session 13's end, after all its rule changes): at .206 urgent
	// 84/85, P 84/92, conduct 40/51, P 40/43, category 0.815; at .202 conduct 39/51, P 39/42, category 0.811
	{"blind_multilingual30", 84, 85, 0.91, 0.78, 0.90, 0.81},
	// thirty-third set (301, written at session 14's start): at .206 urgent 84/85, P 84/95, conduct 45/51,
	// P 45/50, category 0.817
	{"blind_multilingual31", 84, 85, 0.88, 0.88, 0.90, 0.81},
}

// TestHeldOutBlindSet keeps the last blind batches blind splits: none of their texts is in another
// labelled file (tuned or trained on) or copied into the package's code or tests, and the classifier
// stays at or above the figures they were measured at. When a later session tunes on one, it moves to
// TestTunedBlindBatchFloors and a newer batch takes its place here.
func TestHeldOutBlindSet(t *testing.T) {
	files, sources := labelledFilesAndSources(t)
	listed := map[string]bool{}
	for _, set := range heldOutSets {
		listed[set.name] = true
		if !HeldOut[set.name] {
			t.Errorf("%s is held out here but not in HeldOut (eval.go): the eval tool would print its texts", set.name)
		}
	}
	for _, probe := range heldOutProbes {
		listed[probe.name] = true
		if !HeldOut[probe.name] {
			t.Errorf("%s is held out here but not in HeldOut (eval.go): the eval tool would print its texts", probe.name)
		}
	}
	for name := range HeldOut {
		if !listed[name] {
			t.Errorf("HeldOut (eval.go) names %s, which heldOutSets does not hold out", name)
		}
	}
	if len(heldOutSets) == 0 {
		t.Skip("no held-out blind set: sets 15–23 are tuned on since session 10 (TestTunedBlindBatchFloors); the lead adds the next one here")
	}
	for _, set := range heldOutSets {
		t.Run(set.name, func(t *testing.T) {
			held := readSplit(t, set.name)
			if len(held) < 180 {
				t.Fatalf("%s has %d texts, want the 182–302 measured", set.name, len(held))
			}
			checkNotLeaked(t, set.name, held, files, sources)
			rep := Evaluate(set.name, held)
			for _, f := range []struct {
				name       string
				got, floor float64
			}{
				{"urgent recall", rep.Urgent.Recall, float64(set.urgentFound) / float64(set.urgent)},
				{"urgent precision", rep.Urgent.Precision, set.urgentPrecision},
				{"conduct recall", rep.Conduct.Recall, set.conductR},
				{"conduct precision", rep.Conduct.Precision, set.conductP},
				{"category accuracy", rep.Accuracy, set.categoryAcc},
			} {
				if f.got < f.floor-1e-9 {
					t.Errorf("%s %.3f below the held-out measure %.3f", f.name, f.got, f.floor)
				}
			}
		})
	}
}

func normalisedText(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// labelledFilesAndSources lists the package's labelled files and its Go sources, tests included: where
// a held-out text may not be.
func labelledFilesAndSources(t *testing.T) (files, sources []string) {
	t.Helper()
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	sources, err = filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	return files, sources
}

// checkNotLeaked fails when a text of the held-out set name is in another labelled file (tuned or
// trained on) or copied into the package's code or tests.
func checkNotLeaked(t *testing.T, name string, held []Example, files, sources []string) {
	t.Helper()
	texts := map[string]string{} // normalised text → id
	for _, e := range held {
		if len(strings.Fields(e.Text)) >= 5 { // "tak", "ok" recur by nature
			texts[normalisedText(e.Text)] = e.ID
		}
	}
	for _, f := range files {
		other := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		if other == name {
			continue
		}
		for _, e := range readSplit(t, other) {
			if id, ok := texts[normalisedText(e.Text)]; ok {
				t.Errorf("%s %s is the held-out text %s", other, e.ID, id)
			}
		}
	}
	for _, f := range sources {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range held {
			// 60 characters of the text's start: enough to be the text, short enough to
			// survive a copy that changed its end.
			if r := []rune(e.Text); len(r) >= 60 && strings.Contains(string(src), string(r[:60])) {
				t.Errorf("%s holds the held-out text %s", f, e.ID)
			}
		}
	}
}

// heldOutProbes are fresh sets of one kind, held out as the blind sets are (HeldOut, no text elsewhere):
// every text is labelled not urgent, so their measure is how many the classifier flags urgent, which may
// not grow.
var heldOutProbes = []struct {
	name        string
	falseUrgent int // at most this many flagged urgent: the measure
}{
	// session 14's second counterparts set (470 near-twins of danger, not urgent, in the eleven other
	// languages), written blind after the concepts of counterparts14.go were chosen on the first set
	// (train_counterparts14): 55 flagged urgent at .206, before them; 52 at .209
	{"probe_counterparts14b", 52},
}

// TestHeldOutProbe keeps heldOutProbes unread and holds their measure.
func TestHeldOutProbe(t *testing.T) {
	files, sources := labelledFilesAndSources(t)
	for _, probe := range heldOutProbes {
		t.Run(probe.name, func(t *testing.T) {
			held := readSplit(t, probe.name)
			checkNotLeaked(t, probe.name, held, files, sources)
			flagged := 0
			for _, e := range held {
				if e.Urgent {
					t.Fatalf("%s %s is labelled urgent: a probe of this kind holds none", probe.name, e.ID)
				}
				if Classify(Input{Text: e.Text, Rating: e.Rating, Channel: e.Channel, District: e.District}).Urgent {
					flagged++
				}
			}
			if flagged > probe.falseUrgent {
				t.Errorf("%d of %d flagged urgent, more than the held-out measure %d", flagged, len(held), probe.falseUrgent)
			}
		})
	}
}
