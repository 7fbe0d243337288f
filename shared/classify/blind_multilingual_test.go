package classify

import "testing"

// TestTunedBlindBatchFloors holds the classifier on the multilingual batches that were written blind
// from DOMAIN.md alone, measured before any tuning for them (docs/classification.md: the third batch's
// urgent recall 0.96, category 0.77, conduct 0.82/0.83; the fourth's other-language urgent recall 0.73)
// and tuned on since (the third in session 4, the fourth since rules-20261207.37, the fifth since session 5, the seventh set since session 6, the eighth at its end, the ninth and tenth in session 7, the eleventh at its end, the twelfth in session 8, the thirteenth at its end, the fourteenth in session 9, the fifteenth to seventeenth (blind_multilingual13–15) since session 10, the eighteenth and nineteenth (blind_multilingual16–17) since session 10's second round, the twentieth (blind_multilingual18) since its third round, the twenty-first (blind_multilingual19) since its fourth, the twenty-second (blind_multilingual20) since session 11, the twenty-third (blind_multilingual21) since its third round). So these floors are
// the tuned figures less a small margin, a guard against regression — not evidence for issue 11's
// targets, which only a fresh blind set gives. Urgent recall has no margin: a missed urgent text is the
// worst failure (1.00, but where a set's tuning has not yet found every urgent text: then no text found may be lost). From rules .152 the foreign urgent model also trains on sets 5–12 (ForeignCandidateFiles),
// from .165 on sets 15–17 too, so for their other-language texts these floors are in-sample for the model as well.
func TestTunedBlindBatchFloors(t *testing.T) {
	for _, batch := range []struct {
		split                                                         string
		urgentPrecision, conductRecall, conductPrecision, categoryAcc float64
		urgentFound, urgent                                           int // 0, 0: every urgent text found
	}{
		{"blind_multilingual", 0.95, 0.94, 0.95, 0.93, 0, 0},
		{"blind_multilingual2", 0.92, 0.95, 0.88, 0.75, 0, 0},
		{"blind_multilingual3", 0.95, 0.95, 0.95, 0.75, 0, 0},  // tuned on from session 5
		{"blind_multilingual4", 0.95, 0.95, 0.94, 0.89, 0, 0},  // measured once untuned (.49), tuned on from session 5's last round (.55)
		{"blind_multilingual5", 0.95, 0.95, 0.97, 0.95, 0, 0},  // measured once untuned (.55), tuned on in session 6 (urgent recall 0.85 → 1.00), category tuned on in session 7 (0.951 → 0.959)
		{"blind_multilingual6", 0.92, 0.96, 0.93, 0.89, 0, 0},  // measured untuned (.58, .69), tuned on at session 6's end (urgent recall 0.88 → 1.00, precision 0.94), category tuned on in session 7 (0.822 → 0.900)
		{"blind_multilingual7", 0.97, 0.97, 0.97, 0.88, 0, 0},  // measured once untuned (.74), tuned on in session 7 (urgent 0.94/0.84 → 1.00/1.00, conduct 0.90/0.90 → 1.00/1.00, category 0.810 → 0.894; held out for the category steps 1–3: 0.816)
		{"blind_multilingual8", 0.93, 0.96, 0.94, 0.89, 0, 0},  // measured once untuned (.74), tuned on in session 7 (urgent recall 0.78 → 1.00, precision 0.86 → 0.94); session 8 tuning figures (.121, cls-cat8): conduct 0.79/0.94 → 0.96/0.95, category 0.802 → 0.888) (.129, cls-conv: an urgent text is never praise, 0.888 → 0.894)
		{"blind_multilingual9", 1.00, 0.98, 0.91, 0.90, 0, 0},  // measured blind (.74–.107), tuned on at session 7's end (.113: urgent recall 0.87 → 1.00, precision 0.93 → 1.00); session 8 tuning figures (.120: conduct 0.78/0.84 → 0.98/0.91, category 0.737 → 0.897) (.123, cls-cat8: staff laughing in Swedish read by the lists, the foreign conduct model not over advice: conduct back to 0.98/0.91) (.129, cls-conv: an urgent text is never praise, category 0.897 → 0.905)
		{"blind_multilingual10", 0.98, 1.00, 0.95, 0.90, 0, 0}, // measured blind (.74–.113), tuned on in session 8 (.114: conduct 0.80/0.88 → 0.91/0.95, category 0.722 → 0.772; .115: urgent recall 0.83 → 1.00, precision 0.92 → 1.00; .121, cls-cat8: conduct → 1.00/0.98, category → 0.907); .203, the quoted remark's bar (quoted.go): conduct precision 0.978 → 0.957, one Norwegian text of quoted advice, the price of 8 conduct texts found on the held-out sets
		{"blind_multilingual11", 0.99, 0.81, 0.90, 0.78, 0, 0}, // measured blind (.113, .129, .134: urgent R 0.89 overall, 0.85 in the other languages), tuned on from .135 (cls-13: urgent recall 0.890 → 1.000, precision 0.936 → 0.976; .136: → 1.000; conduct 0.818/0.900 untuned, category 0.785 → 0.791)
		{"blind_multilingual12", 0.99, 0.97, 0.97, 0.82, 0, 0}, // measured blind (.113, .136: urgent R 0.91, 0.90 in the other languages), tuned on from .141 (cls-14u: urgent recall 0.915 → 1.000, precision 0.904 → 1.000, conduct 0.977/0.977 → 1.000/1.000, category 0.838 → 0.844)
		{"blind_multilingual13", 0.98, 0.97, 0.97, 0.90, 0, 0}, // measured blind in session 9 (.136–.153: urgent 75/82, P 0.938, conduct 0.932/0.976, category 0.868), tuned on since session 10 (cls-16c, category .154 → .160: 0.868 → 0.901; cls-16u, .160–.161: urgent 82/82, P 0.988, 1.00 at .162, conduct 1.00/1.00)
		{"blind_multilingual14", 0.98, 0.97, 0.97, 0.89, 0, 0}, // measured blind in session 9 (.152, .153: urgent 76/83, P 0.938, conduct 0.956/0.956, category 0.797), tuned on since session 10 (cls-16c, category .154 → .160: 0.797 → 0.894; cls-16u, .160–.161: urgent 83/83, P 1.00, conduct 1.00/1.00)
		{"blind_multilingual15", 0.98, 0.97, 0.97, 0.89, 0, 0}, // measured blind in session 9 (.152, .153: urgent 46/52, P 0.885, conduct 0.885/0.958, category 0.758), tuned on since session 10 (cls-16c, category .154 → .160: 0.758 → 0.890; cls-16u, .160–.161: urgent 52/52, P 1.00, conduct 1.00/1.00)
		{"blind_multilingual16", 0.97, 0.97, 0.97, 0.93, 0, 0}, // precision 0.98 → 0.976 at .197: one false alarm of the sure model's last word (sure.go); measured blind in session 10 (.153, .165: urgent 74/82, P 74/77, conduct 39/44, P 39/40, category 0.84), tuned on since session 10's second round (cls-17c, category .166–.169: 0.921; cls-17u, .170: urgent 82/82, P 82/83, conduct 44/44, P 44/44, category 0.944)
		{"blind_multilingual17", 0.98, 0.97, 0.97, 0.95, 0, 0}, // measured blind in session 10 (.153, .165: urgent 49/52, P 49/51, conduct 23/26, P 23/24, category 0.87), tuned on since session 10's second round (cls-17c, category .166–.169: 0.940; cls-17u, .170: urgent 52/52, P 1.00, conduct 1.00/1.00, category 0.962)
		{"blind_multilingual18", 0.98, 0.97, 0.97, 0.92, 0, 0}, // measured blind in session 10 (.153, .165, .171: urgent 80/82 at .171, P 80/81, conduct 39/44, P 39/39, category 0.88), tuned on since session 10's third round (cls-18u, .173: urgent 82/82, P 1.00, conduct 1.00/1.00, category 0.900; .174: category 0.920, .175: 0.927)
		{"blind_multilingual19", 0.98, 0.97, 0.97, 0.85, 0, 0}, // measured blind in session 10 (.153, .165, .171, .175: urgent 83/85 at .175, P 83/85, conduct 40/44, P 40/40, category 0.84), tuned on since session 10's fourth round (cls-19u, .176: urgent 85/85, P 1.00, conduct 44/44, P 1.00, category 0.860)
		{"blind_multilingual20", 0.98, 0.97, 0.95, 0.90, 0, 0}, // measured blind in session 10 (.153, .175, .177: urgent 75/82 at .177, P 75/82, da-formal 9/10 at P 0.82, da-sms 9/10 at P 0.82, en 8/10, other languages 49/52; conduct 39/44, P 39/41; category da 0.82, en 0.88, other 0.83), tuned on since session 11's first round (cls-20u, .178: urgent 82/82, P 82/89, category 0.847; .179: urgent P 1.00, conduct 40/44, P 40/42, category 0.853; .180: conduct 44/44, P 44/45, category 0.870; .181: category 0.907)
		{"blind_multilingual21", 0.99, 0.99, 0.93, 0.82, 0, 0}, // measured blind in session 11 (.177, .183, .184, .190: urgent 77/82 at .190, P 77/82, da-formal 8/10, da-sms 9/10 at P 0.90, en 9/10, other languages 51/52 at P 0.93; conduct 41/44, P 41/44; category da 0.81, en 0.75, other 0.79, all 0.787), tuned on since session 11's third round (cls-22u, .191: urgent 82/82, P 82/84; .192: P 1.00; .193: conduct 44/44, P 44/47; .194: category en 0.75 → 0.85; .195: da 0.81 → 0.89, all 0.827)
		{"blind_multilingual26", 0.98, 0.98, 0.98, 0.92, 0, 0}, // measured blind in session 12 (.196: urgent 77/85, P 0.90; .197: 80/85, P 0.90, conduct 36/51, P 36/39, category 0.78), tuned on in its round (cls-26u .198–.199: urgent 85/85, P 85/86; cls-26c .200: conduct 51/51, P 1.00; cls-26k .201: category 0.831 → 0.934)
	} {
		t.Run(batch.split, func(t *testing.T) {
			rep := Evaluate(batch.split, readSplit(t, batch.split))
			urgentFloor := 1.0
			if batch.urgent > 0 {
				urgentFloor = float64(batch.urgentFound) / float64(batch.urgent)
			}
			floors := []struct {
				name       string
				got, floor float64
			}{
				{"urgent recall", rep.Urgent.Recall, urgentFloor},
				{"urgent precision", rep.Urgent.Precision, batch.urgentPrecision},
				{"conduct recall", rep.Conduct.Recall, batch.conductRecall},
				{"conduct precision", rep.Conduct.Precision, batch.conductPrecision},
				{"category accuracy", rep.Accuracy, batch.categoryAcc},
			}
			for _, f := range floors {
				if f.got < f.floor-1e-9 {
					t.Errorf("%s %.3f below the tuned floor %.3f", f.name, f.got, f.floor)
				}
			}
			for _, m := range rep.Misses {
				if m.Example.Urgent && !m.Got.Urgent {
					t.Logf("urgent missed: %s (%s)", m.Example.ID, m.Example.Language)
				}
			}
		})
	}
}

// TestIssue11Checks: the checks `make eval HOLDOUT=…` prints name each of issue 11's targets and can fail.
func TestIssue11Checks(t *testing.T) {
	ex := []Example{
		{ID: "1", Text: "Mein Nachbar schlägt mich gerade, bitte kommen", Rating: 1, Channel: "112", Category: "other", Urgent: true, Language: "de", Script: "latin", Slice: "other"},
		{ID: "2", Text: "Tak for god hjælp", Rating: 5, Channel: "114", Category: "praise", Language: "da", Script: "latin", Slice: "da-formal"},
		{ID: "3", Text: "the wait was long", Rating: 2, Channel: "114", Category: "praise", Urgent: true, Language: "en", Script: "latin", Slice: "en"}, // mislabelled on purpose
	}
	rep := Evaluate("checks", ex)
	got := map[string]bool{}
	for _, c := range rep.Issue11Checks() {
		got[c.Target] = c.Met
	}
	want := map[string]bool{
		"languages other than da/en: urgent recall 1.00, precision ≥ 0.90": true,
		"slice da-formal: urgent recall 1.00, precision ≥ 0.90":            true,
		"slice en: urgent recall 1.00, precision ≥ 0.90":                   false,
		"language en: category accuracy ≥ 0.90":                            false,
		"language da: category accuracy ≥ 0.90":                            true,
	}
	for target, met := range want {
		if m, ok := got[target]; !ok || m != met {
			t.Errorf("%s: met=%v (present %v), want %v; all %v", target, m, ok, met, got)
		}
	}
}
