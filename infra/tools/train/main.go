// Command train trains the classifier's urgent model on the development split and writes it to
// shared/classify/urgent.model, which the classify package embeds. It prints the five-fold
// cross-validated trade-off between the model's threshold and urgent precision and recall, for the
// model alone and for the word lists with the model behind them, so the threshold
// (classify.UrgentThreshold) is chosen on text each model did not see.
//
//	go run ./infra/tools/train [-dev shared/classify/testdata/dev.jsonl] [-out shared/classify/urgent.model]
package main

import (
	"flag"
	"fmt"
	"os"

	"borgerfeedback/shared/classify"
)

func main() {
	dev := flag.String("dev", "shared/classify/testdata/dev.jsonl", "development split to train on")
	out := flag.String("out", "shared/classify/urgent.model", "model file to write; empty for none")
	folds := flag.Int("folds", 5, "cross-validation folds")
	o := classify.DefaultTrainOptions
	flag.IntVar(&o.Epochs, "epochs", o.Epochs, "training epochs")
	flag.Float64Var(&o.Rate, "rate", o.Rate, "learning rate of the first epoch")
	flag.Float64Var(&o.L2, "l2", o.L2, "weight decay")
	flag.Float64Var(&o.PositiveWeight, "positive-weight", o.PositiveWeight, "cost of a missed urgent text relative to a false one")
	flag.Parse()

	f, err := os.Open(*dev)
	if err != nil {
		fail(err)
	}
	examples, err := classify.ReadExamples(f)
	f.Close()
	if err != nil {
		fail(fmt.Errorf("%s: %w", *dev, err))
	}

	thresholds := []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}
	cv := classify.CrossValidateUrgent(examples, *folds, o, thresholds)
	fmt.Printf("%d examples, %d urgent; %d-fold cross-validation (each text scored by a model that did not see it)\n\n", len(examples), count(examples), *folds)
	fmt.Println("| threshold | model recall | model precision | rules+model recall | rules+model precision |")
	fmt.Println("|---|---|---|---|---|")
	for _, t := range thresholds {
		mr, mp := rate(examples, func(i int) bool { return cv.Prob[i] >= t })
		cr, cp := rate(examples, func(i int) bool { return cv.Urgent[t][i] })
		fmt.Printf("| %.2f | %.3f | %.3f | %.3f | %.3f |\n", t, mr, mp, cr, cp)
	}
	fmt.Printf("\nthresholds in use: %.2f with a danger or help word in the text (classify.UrgentThreshold), %.2f without (classify.UrgentThresholdAlone)\n", classify.UrgentThreshold, classify.UrgentThresholdAlone)

	if *out != "" {
		if err := os.WriteFile(*out, classify.TrainUrgent(examples, o), 0o644); err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stderr, "wrote %s\n", *out)
	}
}

func count(examples []classify.Example) int {
	n := 0
	for _, ex := range examples {
		if ex.Urgent {
			n++
		}
	}
	return n
}

// rate is urgent recall and precision of a decision over the examples.
func rate(examples []classify.Example, urgent func(i int) bool) (recall, precision float64) {
	tp, fp, fn := 0, 0, 0
	for i, ex := range examples {
		switch got := urgent(i); {
		case got && ex.Urgent:
			tp++
		case got:
			fp++
		case ex.Urgent:
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
