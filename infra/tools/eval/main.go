// Command eval measures the classifier on the labelled corpus: it prints per-category precision,
// recall and F1, the confusion matrix and the urgent and conduct scores, and rewrites
// docs/classification.md with them. It exits 1 when the test split, the blind split or a given hold-out
// misses a target.
//
//	go run ./infra/tools/eval [-dev shared/classify/testdata/dev.jsonl] [-test shared/classify/testdata/test.jsonl] [-out docs/classification.md]
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"borgerfeedback/shared/classify"
)

func main() {
	dev := flag.String("dev", "shared/classify/testdata/dev.jsonl", "development split (tuned on)")
	test := flag.String("test", "shared/classify/testdata/test.jsonl", "test split (not tuned on); the targets apply here")
	blind := flag.String("blind", "shared/classify/testdata/blind.jsonl", "blind split: written by others, measured once, never tuned or trained on")
	extra := flag.String("holdout", "", "optional further labelled set, e.g. an independent hold-out")
	out := flag.String("out", "docs/classification.md", "report to rewrite; empty for none")
	flag.Parse()

	var reports []classify.Report
	for _, s := range []struct{ name, path string }{{"test", *test}, {"blind", *blind}, {"dev", *dev}, {"hold-out", *extra}} {
		if s.path == "" {
			continue
		}
		ex, err := classify.ReadExampleFile(s.path)
		if err != nil {
			fail(err)
		}
		reports = append(reports, classify.Evaluate(s.name+" split ("+s.path+")", ex))
	}
	body := classify.ReportDoc(reports)
	fmt.Print(body)
	if *out != "" {
		if err := os.WriteFile(*out, []byte(body), 0o644); err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stderr, "wrote %s\n", *out)
	}
	failed := false
	for _, r := range reports {
		if r.Name == "dev" || strings.HasPrefix(r.Name, "dev ") {
			continue // tuned on: reported, not judged
		}
		if f := r.Failures(); len(f) > 0 {
			fmt.Fprintf(os.Stderr, "targets missed on the %s: %s\n", r.Name, strings.Join(f, "; "))
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "eval:", err)
	os.Exit(2)
}
