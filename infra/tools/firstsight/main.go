// Command firstsight classifies each tuned blind set by the rules it was first measured with, before
// any tuning on it, and writes one JSON line per text: the verdicts then, the reasons then and the
// urgent, conduct and category models' probabilities then. A rule measured on these lines — does it find the texts
// missed then, and at how many false alarms? — is measured on text the rules had not been tuned on:
// the method behind session 12's sure rule and foreign conduct bar (shared/classify/doc_intro.md).
// Measuring a change to the rules themselves means applying it in each revision's worktree (-keep
// leaves them).
//
//	go run ./infra/tools/firstsight -out /tmp/firstsight.jsonl
//
// Each revision is checked out in a temporary git worktree; a test file added there reads the
// classifier's internals (those revisions have no API for the probabilities), runs on the labelled
// files of the current tree, and the worktree is removed. Held-out sets (classify.HeldOut) are refused:
// they stay unread. When a tuned set joins, add it to firstSights with the revision it was first
// measured at (its eval flag's help names it).
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"borgerfeedback/shared/classify"
)

// firstSights are the tuned blind sets with the main each was first measured at (its rules version).
var firstSights = []struct {
	rev, rules string
	sets       []string
}{
	{"7fc40a7", "rules-20261207.153", []string{"blind_multilingual16", "blind_multilingual17", "blind_multilingual18", "blind_multilingual19", "blind_multilingual20"}},
	{"bd77a93", "rules-20261207.177", []string{"blind_multilingual21"}},
	{"0c135d9", "rules-20261207.196", []string{"blind_multilingual26"}},
}

// dumpTest is added to shared/classify at each revision. It uses only names every listed revision has.
const dumpTest = `package classify

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestFirstSightDump(t *testing.T) {
	out, err := os.Create(os.Getenv("FIRSTSIGHT_OUT"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	ms := loadedModels()
	prob := func(name string, hs []uint32) float64 {
		if m := ms[name]; m != nil {
			return m.probOf(hs)
		}
		return -1
	}
	for _, f := range strings.Split(os.Getenv("FIRSTSIGHT_FILES"), ",") {
		ex, err := ReadExampleFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ex {
			toks := tokenize(e.Text)
			dh, fh := featureHashes(toks), foreignHashes(toks)
			c := Classify(Input{Text: e.Text, Rating: e.Rating, Channel: e.Channel, District: e.District})
			pCategory := map[string]float64{}
			for _, cat := range Categories {
				pCategory[cat] = prob(modelCategory+cat, dh)
			}
			b, err := json.Marshal(map[string]any{"id": e.ID, "file": f, "slice": e.Slice, "language": c.Language,
				"words": len(toks), "reasons": c.Reasons,
				"urgent": e.Urgent, "conduct": e.Conduct, "category": e.Category,
				"gotUrgent": c.Urgent, "gotConduct": c.Conduct, "gotCategory": c.Category,
				"pUrgent": prob(modelUrgent, dh), "pUrgentForeign": prob(modelUrgentForeign, fh),
				"pConduct": prob(modelConduct, dh), "pConductForeign": prob(modelConductForeign, fh),
				"pCategory": pCategory})
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(out, string(b))
		}
	}
}
`

func main() {
	outPath := flag.String("out", "", "JSON lines to write (required)")
	keep := flag.Bool("keep", false, "leave the worktrees (to apply a rule change in them and run again there)")
	flag.Parse()
	if *outPath == "" {
		fmt.Fprintln(os.Stderr, "usage: go run ./infra/tools/firstsight -out FILE [-keep]")
		os.Exit(2)
	}
	if err := run(*outPath, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "firstsight:", err)
		os.Exit(1)
	}
}

func run(outPath string, keep bool) error {
	root, err := gitOutput("", "rev-parse", "--show-toplevel")
	if err != nil {
		return err
	}
	out, err := os.Create(outPath)
	if err != nil {
		return err
	}
	defer out.Close()
	w := bufio.NewWriter(out)
	for _, fs := range firstSights {
		var files []string
		for _, s := range fs.sets {
			if classify.HeldOut[s] {
				return fmt.Errorf("%s is held out (classify.HeldOut): it stays unread", s)
			}
			files = append(files, filepath.Join(root, "shared/classify/testdata", s+".jsonl"))
		}
		n, err := dumpAt(root, fs.rev, fs.rules, files, w, keep)
		if err != nil {
			return fmt.Errorf("%s (%s): %w", fs.rev, fs.rules, err)
		}
		fmt.Fprintf(os.Stderr, "%s (%s): %d texts of %s\n", fs.rev, fs.rules, n, strings.Join(fs.sets, ", "))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return out.Close()
}

// dumpAt checks rev out in a temporary worktree, runs dumpTest there on files and copies its lines to
// w with the revision and rules added; it returns the number of texts.
func dumpAt(root, rev, rules string, files []string, w *bufio.Writer, keep bool) (int, error) {
	dir, err := os.MkdirTemp("", "firstsight-"+rev+"-")
	if err != nil {
		return 0, err
	}
	if err := os.Remove(dir); err != nil { // git worktree add makes it
		return 0, err
	}
	if _, err := gitOutput(root, "worktree", "add", "--detach", dir, rev); err != nil {
		return 0, err
	}
	if keep {
		fmt.Fprintln(os.Stderr, "kept worktree", dir)
	} else {
		defer func() { _, _ = gitOutput(root, "worktree", "remove", "--force", dir) }()
	}
	if err := os.WriteFile(filepath.Join(dir, "shared/classify/zz_firstsight_test.go"), []byte(dumpTest), 0o600); err != nil {
		return 0, err
	}
	dump := filepath.Join(dir, "firstsight.jsonl")
	cmd := exec.Command("go", "test", "./shared/classify", "-run", "^TestFirstSightDump$", "-count=1")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "FIRSTSIGHT_FILES="+strings.Join(files, ","), "FIRSTSIGHT_OUT="+dump)
	if b, err := cmd.CombinedOutput(); err != nil {
		return 0, fmt.Errorf("go test: %w\n%s", err, b)
	}
	f, err := os.Open(dump)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			return n, err
		}
		line["rev"], line["rules"] = rev, rules
		b, err := json.Marshal(line)
		if err != nil {
			return n, err
		}
		if _, err := w.Write(append(b, '\n')); err != nil {
			return n, err
		}
		n++
	}
	return n, sc.Err()
}

func gitOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	b, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return "", fmt.Errorf("git %s: %w: %s", strings.Join(args, " "), err, ee.Stderr)
		}
		return "", fmt.Errorf("git %s: %w", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(b)), nil
}
