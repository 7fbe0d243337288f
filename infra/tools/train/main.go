// Command train trains the classifier's models (urgent, conduct and one per category) on the
// development split and writes them to shared/classify/models.bin, which the classify package embeds.
// With -dev-extra, labelled files are appended to dev (the last fold's texts; weighted as
// classify.TrainingBatchFiles say): to measure what training on them would do (with -out "").
// It prints the five-fold cross-validated trade-offs between each model's threshold and the scores,
// for the model alone and for the whole classifier (the word lists with the models behind them), so
// the thresholds in shared/classify/model.go are chosen on text each model did not see. The foreign
// models (urgent and conduct in the other languages, shared/classify/model_foreign.go) are trained on
// classify.ForeignTrainingFiles and cross-validated on each of classify.ForeignCVFiles; their tables come first,
// then each training file left out in turn, without and with classify.ForeignCandidateFiles in the pool.
//
//	go run ./infra/tools/train [-dev shared/classify/testdata/dev.jsonl] [-out shared/classify/models.bin]
//	go run ./infra/tools/train -foreign-only [-foreign-bits 14 -foreign-prune 0.05 …]   (the foreign tables only, in seconds)
//	go run ./infra/tools/train -foreign-pool blind_multilingual9,…   (files as more foreign training data: each left out in turn, with and without them)
//	go run ./infra/tools/train -pack-only   (only the packed language corpus and foreign concept tables, after editing them)
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"borgerfeedback/shared/classify"
	"borgerfeedback/shared/feedback"
)

func main() {
	dev := flag.String("dev", "shared/classify/testdata/dev.jsonl", "development split to train on")
	out := flag.String("out", "shared/classify/models.bin", "model file to write; empty for none")
	folds := flag.Int("folds", 5, "cross-validation folds")
	o := classify.DefaultTrainOptions
	flag.IntVar(&o.Epochs, "epochs", o.Epochs, "training epochs")
	flag.Float64Var(&o.Rate, "rate", o.Rate, "learning rate of the first epoch")
	flag.Float64Var(&o.L2, "l2", o.L2, "weight decay")
	flag.Float64Var(&o.PositiveWeight, "positive-weight", o.PositiveWeight, "cost of a missed urgent text relative to a false one")
	flag.IntVar(&o.Bits, "bits", o.Bits, "the urgent model has 2^bits weights")
	testdata := flag.String("testdata", "shared/classify/testdata", "folder of the foreign models' training files (classify.ForeignTrainingFiles) and held-out sets")
	fo := classify.ForeignTrainOptions()
	flag.IntVar(&fo.Bits, "foreign-bits", fo.Bits, "the foreign models have 2^bits weights")
	flag.Float64Var(&fo.Prune, "foreign-prune", fo.Prune, "foreign weights below this fraction of the largest are zero")
	flag.Float64Var(&fo.L2, "foreign-l2", fo.L2, "weight decay of the foreign models")
	flag.Float64Var(&fo.Rate, "foreign-rate", fo.Rate, "learning rate of the foreign models' first epoch")
	flag.IntVar(&fo.Epochs, "foreign-epochs", fo.Epochs, "training epochs of the foreign models")
	flag.Float64Var(&fo.PositiveWeight, "foreign-positive-weight", fo.PositiveWeight, "cost of a missed urgent text in the foreign urgent model")
	foreignOnly := flag.Bool("foreign-only", false, "only the foreign models' tables (the dev models' cross-validation takes minutes); writes nothing")
	devExtra := flag.String("dev-extra", "", "comma-separated labelled files of -testdata (names without .jsonl) to train the Danish/English models on with dev, e.g. train_danish_english: to measure them (with -out \"\")")
	poolCandidates := flag.String("foreign-pool", "", "comma-separated labelled files of -testdata to measure as more training data for the foreign models (each file left out in turn, the pool of classify.ForeignTrainingFiles with and without them); prints and exits")
	packOnly := flag.Bool("pack-only", false, "only write the packed copies beside -out (the language identifier's corpus, the foreign concept tables): after editing them, in seconds")
	flag.Parse()
	if *packOnly {
		writePacked(filepath.Dir(*out))
		return
	}

	if *poolCandidates != "" {
		foreignPoolCV(*testdata, strings.Split(*poolCandidates, ","), fo)
		return
	}

	examples, err := classify.ReadExampleFile(*dev)
	if err != nil {
		fail(err)
	}
	devN := len(examples)
	// files appended to dev as its last fold's texts (weighted to its urgent share where they are one of
	// classify.TrainingBatchFiles)
	var extra []string
	if *devExtra != "" {
		extra = strings.Split(*devExtra, ",")
	}
	examples, err = classify.ReadTrainingFiles(*testdata, extra, examples, false)
	if err != nil {
		fail(err)
	}
	foreignPool, err := classify.ReadTrainingFiles(*testdata, classify.ForeignTrainingFiles, nil, true)
	if err != nil {
		fail(err)
	}
	for _, name := range classify.ForeignCVFiles {
		ids, err := classify.ReadExampleFile(*testdata + "/" + name + ".jsonl")
		if err != nil {
			fail(err)
		}
		// the cross-validated file's texts as the pool has them (weighted where they are a batch)
		cvSet := slices.DeleteFunc(slices.Clone(foreignPool), func(ex classify.Example) bool {
			return !slices.ContainsFunc(ids, func(c classify.Example) bool { return c.ID == ex.ID })
		})
		foreignCVTable(foreignPool, cvSet, name, *folds, fo)
	}
	foreignPoolCV(*testdata, classify.ForeignCandidateFiles, fo)
	if *foreignOnly {
		return
	}

	levels := []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}
	var ths []classify.Thresholds
	off := classify.Thresholds{Urgent: 2, UrgentAlone: 2, Conduct: 2, Category: 2} // a probability never reaches 2
	for _, l := range levels {
		u, c, k := off, off, off
		u.Urgent, u.UrgentAlone = l, classify.UrgentThresholdAlone
		c.Conduct = l
		k.Category = l
		ths = append(ths, u, c, k)
	}
	ths = append(ths, off, classify.DefaultThresholds)
	cv := classify.CrossValidate(examples, *folds, o, ths)
	rulesOnly, inUse := cv.Result[len(ths)-2], cv.Result[len(ths)-1]

	fmt.Printf("%d examples, %d urgent, %d conduct; %d-fold cross-validation (each text scored by models that did not see it)\n",
		len(examples), count(examples, func(e classify.Example) bool { return e.Urgent }), count(examples, func(e classify.Example) bool { return e.Conduct }), *folds)
	fmt.Println("The word lists were written with all of dev in view, so the whole-classifier columns flatter them; the model-alone columns are the honest ones.")
	fmt.Println()
	fmt.Println("| threshold | urgent model R | P | classifier urgent R | P | conduct model R | P | classifier conduct R | P | classifier accuracy |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	for i, l := range levels {
		u, c, k := cv.Result[3*i], cv.Result[3*i+1], cv.Result[3*i+2]
		ur, up := rate(examples, func(j int) bool { return cv.Prob["urgent"][j] >= l }, urgent)
		cur, cup := rate(examples, func(j int) bool { return u[j].Urgent }, urgent)
		cr, cp := rate(examples, func(j int) bool { return cv.Prob["conduct"][j] >= l }, conduct)
		ccr, ccp := rate(examples, func(j int) bool { return c[j].Conduct }, conduct)
		fmt.Printf("| %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n", l, ur, up, cur, cup, cr, cp, ccr, ccp, accuracy(examples, k))
	}
	fmt.Println("\nurgent model alone on the texts with no danger or help word the lists know (where classify.UrgentThresholdAlone applies):")
	fmt.Println("| threshold | recall | precision |")
	fmt.Println("|---|---|---|")
	for _, l := range levels {
		var sub []classify.Example
		var probs []float64
		for j, ex := range examples {
			if !cv.DangerWord[j] {
				sub, probs = append(sub, ex), append(probs, cv.Prob["urgent"][j])
			}
		}
		r, p := rate(sub, func(j int) bool { return probs[j] >= l }, urgent)
		fmt.Printf("| %.2f | %.3f | %.3f |\n", l, r, p)
	}
	fmt.Printf("\ncategory models alone (most probable category): accuracy %.3f\n", modelAccuracy(examples, cv.Prob))
	for _, r := range []struct {
		name string
		got  []feedback.Classification
	}{{"word lists alone", rulesOnly}, {fmt.Sprintf("with the models at the thresholds in use (urgent %.2f / %.2f alone, conduct %.2f, category %.2f)",
		classify.UrgentThreshold, classify.UrgentThresholdAlone, classify.ConductThreshold, classify.CategoryThreshold), inUse}} {
		ur, up := rate(examples, func(j int) bool { return r.got[j].Urgent }, urgent)
		cr, cp := rate(examples, func(j int) bool { return r.got[j].Conduct }, conduct)
		fmt.Printf("%s: accuracy %.3f, urgent recall %.3f precision %.3f, conduct recall %.3f precision %.3f\n", r.name, accuracy(examples, r.got), ur, up, cr, cp)
	}

	// the -dev-extra texts, out of fold (they fall in the last fold, with dev's last texts)
	if len(examples) > devN {
		fresh := examples[devN:]
		for _, r := range []struct {
			name string
			got  []feedback.Classification
		}{{"word lists alone", rulesOnly[devN:]}, {"with the models at the thresholds in use", inUse[devN:]}} {
			ur, up := rate(fresh, func(j int) bool { return r.got[j].Urgent }, urgent)
			cr, cp := rate(fresh, func(j int) bool { return r.got[j].Conduct }, conduct)
			fmt.Printf("%s, out of fold on the %d texts of %v: accuracy %.3f, urgent recall %.3f precision %.3f, conduct recall %.3f precision %.3f\n",
				r.name, len(fresh), extra, accuracy(fresh, r.got), ur, up, cr, cp)
		}
	}

	if *out != "" {
		if err := os.WriteFile(*out, classify.TrainModels(examples, foreignPool, o, fo), 0o644); err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stderr, "wrote %s\n", *out)
		writePacked(filepath.Dir(*out))
	}
}

// writePacked writes the packed copies the classify package embeds beside its models: its text files
// (classify.PackedTextFiles: the language identifier's corpus, the foreign category concepts) and the
// foreign concept tables written in Go (classify.PackForeignConcepts).
func writePacked(dir string) {
	write := func(name string, data []byte) {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stderr, "wrote %s\n", path)
	}
	for _, f := range classify.PackedTextFiles {
		raw, err := os.ReadFile(filepath.Join(dir, f[0]))
		if err != nil {
			fail(err)
		}
		write(f[1], classify.PackText(f[0], raw))
	}
	write(classify.ForeignConceptsPackedFile, classify.PackForeignConcepts())
}

// foreignCVTable prints the foreign models' cross-validated table on one file of training texts written for them
// (the other training files always in the training folds) and, measured and not chosen on, the
// classifier before and after them on the later tuning sets, which they never train on.
func foreignCVTable(pool, cvSet []classify.Example, cvName string, folds int, fo classify.TrainOptions) {
	var others []classify.Example
	for _, ex := range pool {
		if !slices.ContainsFunc(cvSet, func(c classify.Example) bool { return c.ID == ex.ID }) {
			others = append(others, ex)
		}
	}
	levels := []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98}
	off := classify.DefaultThresholds
	off.ForeignUrgent, off.ForeignConduct = 0, 0
	var ths []classify.Thresholds
	for _, l := range levels {
		u, c := off, off
		u.ForeignUrgent, c.ForeignConduct = l, l
		ths = append(ths, u, c)
	}
	ths = append(ths, off, classify.DefaultThresholds)
	cv := classify.CrossValidateForeign(cvSet, others, folds, fo, ths)
	before, inUse := cv.Result[len(ths)-2], cv.Result[len(ths)-1]
	fmt.Printf("Foreign models (2^%d weights, pruned below %.3f of the largest): %d-fold cross-validation on %s (%d texts, every %d-th text a fold), the other %d foreign training texts always trained on\n\n",
		fo.Bits, fo.Prune, folds, cvName, len(cvSet), folds, len(classify.ForeignExamples(others)))
	fmt.Println("| threshold | urgent model alone R | P | classifier urgent R | P | added right / added | conduct model alone R | P | classifier conduct R | P | added right / added |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|")
	added := func(got []feedback.Classification, flag func(feedback.Classification) bool, label func(classify.Example) bool) string {
		right, all := 0, 0
		for j, ex := range cvSet {
			if flag(got[j]) && !flag(before[j]) {
				all++
				if label(ex) {
					right++
				}
			}
		}
		return fmt.Sprintf("%d / %d", right, all)
	}
	isUrgent := func(c feedback.Classification) bool { return c.Urgent }
	isConduct := func(c feedback.Classification) bool { return c.Conduct }
	for i, l := range levels {
		u, c := cv.Result[2*i], cv.Result[2*i+1]
		ur, up := rate(cvSet, func(j int) bool { return cv.Prob["urgent:foreign"][j] >= l }, urgent)
		cur, cup := rate(cvSet, func(j int) bool { return u[j].Urgent }, urgent)
		cr, cp := rate(cvSet, func(j int) bool { return cv.Prob["conduct:foreign"][j] >= l }, conduct)
		ccr, ccp := rate(cvSet, func(j int) bool { return c[j].Conduct }, conduct)
		fmt.Printf("| %.2f | %.3f | %.3f | %.3f | %.3f | %s | %.3f | %.3f | %.3f | %.3f | %s |\n", l, ur, up, cur, cup, added(u, isUrgent, urgent), cr, cp, ccr, ccp, added(c, isConduct, conduct))
	}
	for _, r := range []struct {
		name string
		got  []feedback.Classification
	}{{"without the foreign models", before}, {fmt.Sprintf("with them at the thresholds in use (urgent %.2f, conduct %.2f)", classify.ForeignUrgentThreshold, classify.ForeignConductThreshold), inUse}} {
		ur, up := rate(cvSet, func(j int) bool { return r.got[j].Urgent }, urgent)
		cr, cp := rate(cvSet, func(j int) bool { return r.got[j].Conduct }, conduct)
		fmt.Printf("%s: urgent recall %.3f precision %.3f, conduct recall %.3f precision %.3f, accuracy %.3f\n", r.name, ur, up, cr, cp, accuracy(cvSet, r.got))
	}

	fmt.Println("\nper language and script, out of fold (urgent found / urgent; false alarms), without → with the foreign models:")
	type key struct{ lang, script string }
	var keys []key
	found := map[key][4]int{} // found before, found after, false alarms before, after
	total := map[key]int{}
	for j, ex := range cvSet {
		k := key{ex.Language, ex.Script}
		if _, ok := total[k]; !ok {
			keys = append(keys, k)
			total[k] = 0
		}
		f := found[k]
		for side, got := range []feedback.Classification{before[j], inUse[j]} {
			switch {
			case got.Urgent && ex.Urgent:
				f[side]++
			case got.Urgent:
				f[2+side]++
			}
		}
		found[k] = f
		if ex.Urgent {
			total[k]++
		}
	}
	for _, k := range keys {
		f := found[k]
		fmt.Printf("  %s (%s): %d/%d → %d/%d; false alarms %d → %d\n", k.lang, k.script, f[0], total[k], f[1], total[k], f[2], f[3])
	}
}

func urgent(e classify.Example) bool  { return e.Urgent }
func conduct(e classify.Example) bool { return e.Conduct }

func count(examples []classify.Example, label func(classify.Example) bool) int {
	n := 0
	for _, ex := range examples {
		if label(ex) {
			n++
		}
	}
	return n
}

func accuracy(examples []classify.Example, got []feedback.Classification) float64 {
	ok := 0
	for i, ex := range examples {
		if got[i].Category == ex.Category {
			ok++
		}
	}
	return float64(ok) / float64(len(examples))
}

func modelAccuracy(examples []classify.Example, prob map[string][]float64) float64 {
	ok := 0
	for i, ex := range examples {
		best, bp := "", -1.0
		for _, c := range classify.Categories {
			if p := prob["category:"+c][i]; p > bp {
				best, bp = c, p
			}
		}
		if best == ex.Category {
			ok++
		}
	}
	return float64(ok) / float64(len(examples))
}

// rate is recall and precision of a decision over the examples against a label.
func rate(examples []classify.Example, got func(i int) bool, label func(classify.Example) bool) (recall, precision float64) {
	tp, fp, fn := 0, 0, 0
	for i, ex := range examples {
		switch g, want := got(i), label(ex); {
		case g && want:
			tp++
		case g:
			fp++
		case want:
			fn++
		}
	}
	recall, precision = 1, 1
	if tp+fn > 0 {
		recall = float64(tp) / float64(tp+fn)
	}
	if tp+fp > 0 {
		precision = float64(tp) / float64(tp+fp)
	}
	return recall, precision
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "train:", err)
	os.Exit(2)
}
