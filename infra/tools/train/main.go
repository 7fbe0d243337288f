// Command train trains the classifier's models (urgent, conduct and one per category) on the
// development split and writes them to shared/classify/models.bin, which the classify package embeds.
// It prints the five-fold cross-validated trade-offs between each model's threshold and the scores,
// for the model alone and for the whole classifier (the word lists with the models behind them), so
// the thresholds in shared/classify/model.go are chosen on text each model did not see.
//
//	go run ./infra/tools/train [-dev shared/classify/testdata/dev.jsonl] [-out shared/classify/models.bin]
package main

import (
	"flag"
	"fmt"
	"os"

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
	flag.Parse()

	examples, err := classify.ReadExampleFile(*dev)
	if err != nil {
		fail(err)
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

	if *out != "" {
		if err := os.WriteFile(*out, classify.TrainModels(examples, o), 0o644); err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stderr, "wrote %s\n", *out)
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
