// Command verdicts writes the classifier's verdict on every text of the labelled files that are not held
// out, one JSON line per text, and compares two such runs: the measure of what a change to the rules
// costs on the texts they came into, text by text (shared/classify/doc_intro.md: each structural rule of
// sessions 12 and 13 was chosen on the first sight of earlier sets, `make firstsight`, then weighed
// here, then measured once on the held-out sets).
//
//	go run ./infra/tools/verdicts -out /tmp/before.jsonl          # before the change
//	go run ./infra/tools/verdicts -compare /tmp/before.jsonl      # after it: each verdict that moved
//	go run ./infra/tools/verdicts -heldout                        # the held-out sets' figures only
//
// The held-out sets (classify.HeldOut) are never written: -heldout prints their counts alone, no ids
// and no texts, so a rule can be measured on them without anyone reading them.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"borgerfeedback/shared/classify"
	"borgerfeedback/shared/feedback"
)

// verdict is one text's labels and what the classifier made of it.
type verdict struct {
	File        string   `json:"file"`
	ID          string   `json:"id"`
	Urgent      bool     `json:"urgent"`
	Conduct     bool     `json:"conduct"`
	Category    string   `json:"category"`
	GotUrgent   bool     `json:"gotUrgent"`
	GotConduct  bool     `json:"gotConduct"`
	GotCategory string   `json:"gotCategory"`
	Reasons     []string `json:"reasons,omitempty"`
}

func main() {
	dir := flag.String("testdata", "shared/classify/testdata", "folder of the labelled files")
	out := flag.String("out", "", "write the verdicts here (JSON lines); empty: standard output unless -compare")
	compare := flag.String("compare", "", "an earlier run's file: print every verdict that moved since, right or wrong, and a summary")
	heldOut := flag.Bool("heldout", false, "print the held-out sets' figures (counts only) instead")
	flag.Parse()
	if err := run(*dir, *out, *compare, *heldOut, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "verdicts:", err)
		os.Exit(1)
	}
}

func run(dir, out, compare string, heldOut bool, stdout io.Writer) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no labelled files in %s", dir)
	}
	if heldOut {
		for _, f := range files {
			name := strings.TrimSuffix(filepath.Base(f), ".jsonl")
			if !classify.HeldOut[name] {
				continue
			}
			vs, err := classifyFile(f)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "%s %s\n", name, figures(vs))
		}
		return nil
	}
	var now []verdict
	for _, f := range files {
		if classify.HeldOut[strings.TrimSuffix(filepath.Base(f), ".jsonl")] {
			continue
		}
		vs, err := classifyFile(f)
		if err != nil {
			return err
		}
		now = append(now, vs...)
	}
	if out != "" || compare == "" {
		w := stdout
		if out != "" {
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			defer f.Close()
			w = f
		}
		enc := json.NewEncoder(w)
		for _, v := range now {
			if err := enc.Encode(v); err != nil {
				return err
			}
		}
	}
	if compare == "" {
		return nil
	}
	before, err := readVerdicts(compare)
	if err != nil {
		return err
	}
	changes, summary := moved(before, now)
	for _, c := range changes {
		fmt.Fprintln(stdout, c)
	}
	fmt.Fprintln(stdout, summary)
	return nil
}

// classifyFile classifies every text of a labelled file.
func classifyFile(path string) ([]verdict, error) {
	ex, err := classify.ReadExampleFile(path)
	if err != nil {
		return nil, err
	}
	vs := make([]verdict, 0, len(ex))
	for _, e := range ex {
		c := classify.Classify(classify.Input{Text: e.Text, Rating: e.Rating, Channel: e.Channel, District: e.District})
		vs = append(vs, verdict{File: filepath.Base(path), ID: e.ID, Urgent: e.Urgent, Conduct: e.Conduct, Category: e.Category,
			GotUrgent: c.Urgent, GotConduct: c.Conduct, GotCategory: c.Category, Reasons: c.Reasons})
	}
	return vs, nil
}

func readVerdicts(path string) ([]verdict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var vs []verdict
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var v verdict
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		vs = append(vs, v)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(vs) == 0 {
		return nil, errors.New(path + ": no verdicts")
	}
	return vs, nil
}

// moved lists each verdict (urgent, conduct, category) that differs between the runs, marked "+" where
// it is now right and "-" where it is now wrong, and sums them up; a text in only one run is counted
// apart (a labelled file added or changed).
func moved(before, now []verdict) ([]string, string) {
	type key struct{ file, id string }
	old := make(map[key]verdict, len(before))
	for _, v := range before {
		old[key{v.File, v.ID}] = v
	}
	var changes []string
	right, wrong := map[string]int{}, map[string]int{}
	unmatched := 0
	note := func(what string, nowRight bool, v verdict, from, to any) {
		sign := "-"
		if nowRight {
			sign, right[what] = "+", right[what]+1
		} else {
			wrong[what]++
		}
		changes = append(changes, fmt.Sprintf("%s %s %s %s: %v → %v", sign, what, v.File, v.ID, from, to))
	}
	for _, v := range now {
		o, ok := old[key{v.File, v.ID}]
		if !ok {
			unmatched++
			continue
		}
		if o.GotUrgent != v.GotUrgent {
			note("urgent", v.GotUrgent == v.Urgent, v, o.GotUrgent, v.GotUrgent)
		}
		if o.GotConduct != v.GotConduct {
			note("conduct", v.GotConduct == v.Conduct, v, o.GotConduct, v.GotConduct)
		}
		if o.GotCategory != v.GotCategory {
			note("category", v.GotCategory == v.Category, v, o.GotCategory, v.GotCategory)
		}
	}
	sort.Strings(changes)
	summary := fmt.Sprintf("moved: urgent %d right, %d wrong; conduct %d right, %d wrong; category %d right, %d wrong",
		right["urgent"], wrong["urgent"], right["conduct"], wrong["conduct"], right["category"], wrong["category"])
	if unmatched > 0 {
		summary += fmt.Sprintf("; %d texts not in the earlier run", unmatched)
	}
	return changes, summary
}

// figures are a set's counts: urgent found of all and of all flagged, the same for conduct, and category
// accuracy, counted by the eval tool's own measure (classify.EvaluateWith).
func figures(vs []verdict) string {
	got := make(map[string]feedback.Classification, len(vs))
	examples := make([]classify.Example, len(vs))
	for i, v := range vs {
		examples[i] = classify.Example{ID: fmt.Sprint(i), Category: v.Category, Urgent: v.Urgent, Conduct: v.Conduct}
		got[examples[i].ID] = feedback.Classification{Category: v.GotCategory, Urgent: v.GotUrgent, Conduct: v.GotConduct}
	}
	r := classify.EvaluateWith("", examples, func(e classify.Example) feedback.Classification { return got[e.ID] })
	u, c := r.Urgent, r.Conduct
	return fmt.Sprintf("urgent %d/%d P %d/%d, conduct %d/%d P %d/%d, category %.3f (%d texts)",
		u.TP, u.TP+u.FN, u.TP, u.TP+u.FP, c.TP, c.TP+c.FN, c.TP, c.TP+c.FP, r.Accuracy, r.N)
}
