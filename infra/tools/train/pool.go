package main

import (
	"fmt"
	"slices"
	"strings"

	"borgerfeedback/shared/classify"
	"borgerfeedback/shared/feedback"
)

// foreignPoolCV measures whether more training files help the foreign models: each file's foreign
// texts are scored by foreign models trained on the rest of a pool and never on that file (leave one
// file out), once with the pool of classify.ForeignTrainingFiles and once with the candidate files
// added; the texts scored are the same both times (every file of both pools), so the two rows of a
// group compare the same texts. The lists were tuned on some of these files (the tuning sets, the
// probes), so there the whole classifier's figures flatter the lists; the model-alone columns and the
// files written for training (train_multilingual*) are the honest ones.
func foreignPoolCV(testdata string, candidates []string, fo classify.TrainOptions) {
	base := slices.DeleteFunc(slices.Clone(classify.ForeignTrainingFiles), func(n string) bool { return slices.Contains(candidates, n) })
	all := append(slices.Clone(base), candidates...)
	levels := []float64{0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99}
	off := classify.DefaultThresholds
	off.ForeignUrgent, off.ForeignConduct = 0, 0
	ths := []classify.Thresholds{off}
	for _, l := range levels {
		u := off
		u.ForeignUrgent, u.ForeignConduct = l, classify.ForeignConductThreshold
		ths = append(ths, u)
	}
	ths = append(ths, classify.DefaultThresholds)

	type scored struct {
		ex   []classify.Example
		prob map[string][]float64
		res  [][]feedback.Classification
	}
	// run scores every file of all by models trained on pool without that file
	run := func(pool []string) map[string]scored {
		examples, err := classify.ReadTrainingFiles(testdata, pool, nil, true)
		if err != nil {
			fail(err)
		}
		out := map[string]scored{}
		for _, name := range all {
			own, err := classify.ReadExampleFile(testdata + "/" + name + ".jsonl")
			if err != nil {
				fail(err)
			}
			ids := map[string]bool{}
			for _, ex := range own {
				ids[ex.ID] = true
			}
			rest := slices.DeleteFunc(slices.Clone(examples), func(ex classify.Example) bool { return ids[ex.ID] })
			set := classify.ForeignExamples(own)
			cv := classify.CrossValidateForeign(set, rest, 1, fo, ths)
			out[name] = scored{set, cv.Prob, cv.Result}
		}
		return out
	}
	before, after := run(base), run(all)

	trainingBatch := func(n string) bool { return strings.HasPrefix(n, "train_multilingual") }
	oneOf := func(names ...string) func(string) bool {
		return func(n string) bool { return slices.Contains(names, n) }
	}
	sets5to12 := oneOf("blind_multilingual5", "blind_multilingual6", "blind_multilingual7", "blind_multilingual8",
		"blind_multilingual9", "blind_multilingual10", "blind_multilingual11", "blind_multilingual12")
	sets15to17 := oneOf("blind_multilingual13", "blind_multilingual14", "blind_multilingual15")
	sets18to22 := oneOf("blind_multilingual16", "blind_multilingual17", "blind_multilingual18", "blind_multilingual19", "blind_multilingual20")
	groups := []struct {
		name  string
		files func(string) bool
	}{
		{"written for training (train_multilingual*)", trainingBatch},
		{"tuning sets 5–12 (the lists tuned on them)", sets5to12},
		{"tuning sets 15–17 (blind_multilingual13–15: the lists tuned on them since session 10)", sets15to17},
		{"written for training and the tuning sets 15–17 (the measure of session 10's added data)", func(n string) bool { return trainingBatch(n) || sets15to17(n) }},
		{"tuning sets 18–22 (blind_multilingual16–20: the lists tuned on them in sessions 10 and 11)", sets18to22},
		{"session 11's family probes (train_family_probes: the lists tuned on them)", oneOf("train_family_probes")},
		{"probes (the lists tuned on them)", func(n string) bool { return strings.HasPrefix(n, "probe_") }},
		{"older sets (multilingual, tune, tune2, blind_multilingual1–4)", oneOf("multilingual", "tune", "tune2", "blind_multilingual", "blind_multilingual2", "blind_multilingual3", "blind_multilingual4")},
	}
	fmt.Printf("Foreign models, each file left out in turn: pool of %d files (%v) → with %v\n", len(base), base, candidates)
	fmt.Println("(model alone: urgent R / P of its probability at the level; classifier: urgent R / P with the foreign urgent model at the level, conduct model at its threshold in use; added: right / all the urgent flags the model adds to the lists')")
	for _, g := range groups {
		var files []string
		for _, n := range all {
			if g.files(n) {
				files = append(files, n)
			}
		}
		if len(files) == 0 {
			continue
		}
		for _, side := range []struct {
			name string
			s    map[string]scored
		}{{"current pool", before}, {"enlarged pool", after}} {
			var ex []classify.Example
			var pu, pc []float64
			res := make([][]feedback.Classification, len(ths))
			for _, n := range files {
				s := side.s[n]
				ex = append(ex, s.ex...)
				pu, pc = append(pu, s.prob["urgent:foreign"]...), append(pc, s.prob["conduct:foreign"]...)
				for t := range ths {
					res[t] = append(res[t], s.res[t]...)
				}
			}
			nu := count(ex, urgent)
			fmt.Printf("\n%s, %s: %d texts in other languages, %d urgent, %d conduct\n", g.name, side.name, len(ex), nu, count(ex, conduct))
			lr, lp := rate(ex, func(j int) bool { return res[0][j].Urgent }, urgent)
			cr, cp := rate(ex, func(j int) bool { return res[0][j].Conduct }, conduct)
			fmt.Printf("  lists alone: urgent %.3f / %.3f, conduct %.3f / %.3f\n", lr, lp, cr, cp)
			fmt.Println("  | level | model alone R | P | classifier R | P | added right / added |")
			fmt.Println("  |---|---|---|---|---|---|")
			for i, l := range levels {
				r := res[1+i]
				mr, mp := rate(ex, func(j int) bool { return pu[j] >= l }, urgent)
				ur, up := rate(ex, func(j int) bool { return r[j].Urgent }, urgent)
				right, added := 0, 0
				for j := range ex {
					if r[j].Urgent && !res[0][j].Urgent {
						added++
						if ex[j].Urgent {
							right++
						}
					}
				}
				fmt.Printf("  | %.2f | %.3f | %.3f | %.3f | %.3f | %d / %d |\n", l, mr, mp, ur, up, right, added)
			}
			inUse := res[len(ths)-1]
			ur, up := rate(ex, func(j int) bool { return inUse[j].Urgent }, urgent)
			cr, cp = rate(ex, func(j int) bool { return inUse[j].Conduct }, conduct)
			mcr, mcp := rate(ex, func(j int) bool { return pc[j] >= classify.ForeignConductThreshold }, conduct)
			sure, placed := classify.ForeignUrgentBars()
			fmt.Printf("  at the thresholds in use (urgent %.2f, %.2f sure, %.2f placed; conduct %.2f): urgent %.3f / %.3f, conduct %.3f / %.3f (conduct model alone %.3f / %.3f), accuracy %.3f\n",
				classify.ForeignUrgentThreshold, sure, placed, classify.ForeignConductThreshold, ur, up, cr, cp, mcr, mcp, accuracy(ex, inUse))
		}
	}
	fmt.Printf("\nper file, left out, the whole classifier at the thresholds in use (other languages: urgent found / urgent, right / flagged), current → enlarged pool:\n")
	for _, n := range all {
		b, a := before[n], after[n]
		inUse := len(ths) - 1
		cell := func(s scored) string {
			tp, flagged := 0, 0
			for j, ex := range s.ex {
				if s.res[inUse][j].Urgent {
					flagged++
					if ex.Urgent {
						tp++
					}
				}
			}
			return fmt.Sprintf("%d/%d, %d/%d", tp, count(s.ex, urgent), tp, flagged)
		}
		fmt.Printf("  %s: %s → %s\n", n, cell(b), cell(a))
	}
	fmt.Println()
}
