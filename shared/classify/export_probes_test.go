package classify

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestExportFamilyProbes writes testdata/train_family_probes.jsonl, the foreign (and Danish/English)
// urgent models' training texts made of session 11's probes written as Go test tables: the concept
// families (family_selfharm_missing_test.go, family_threat_medical_test.go with its batch D), the twenty-second
// set's urgent concepts and counterparts (set22_test.go), the re-read (reread_test.go) and the renewal
// (renew_test.go). Each probe keeps the test's language and urgent flag; conduct is false and the
// category "other", since these tests do not label them. Run only when asked:
//
//	EXPORT_FAMILY_PROBES=1 go test ./shared/classify/ -run TestExportFamilyProbes
func TestExportFamilyProbes(t *testing.T) {
	if os.Getenv("EXPORT_FAMILY_PROBES") == "" {
		t.Skip("set EXPORT_FAMILY_PROBES=1 to rewrite testdata/train_family_probes.jsonl")
	}
	type probe struct {
		source, lang, text string
		urgent             bool
	}
	var ps []probe
	for _, p := range slices.Concat(selfHarmMissingProbes, selfHarmMissingSecondProbes, selfHarmMissingThirdProbes, selfHarmMissingGaps) {
		ps = append(ps, probe{"selfharm-missing", p.lang, p.text, p.want})
	}
	for _, p := range slices.Concat(familyProbes(), familyFreshBatchD()) {
		ps = append(ps, probe{"threat-medical", p.lang, p.text, p.want})
	}
	// the tables written inline in test functions: {name, text, want} (renew, reread) and the urgent
	// flagCase tables {name, text, rating, channel, want} of set22_test.go; the language is the name's
	// first word
	for _, file := range []string{"set22_test.go", "reread_test.go", "renew_test.go"} {
		f, err := parser.ParseFile(gotoken.NewFileSet(), file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					// checkFlag(t, "conduct", …) and checkCategories(…) do not label urgent
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "checkFlag" {
						if lit, ok := call.Args[1].(*ast.BasicLit); ok && lit.Value != `"urgent"` {
							return false
						}
					}
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "checkCategories" {
						return false
					}
				}
				cl, ok := n.(*ast.CompositeLit)
				if !ok || (len(cl.Elts) != 3 && len(cl.Elts) != 5) {
					return true
				}
				str := func(e ast.Expr) (string, bool) {
					lit, ok := e.(*ast.BasicLit)
					if !ok || lit.Kind != gotoken.STRING {
						return "", false
					}
					s, err := strconv.Unquote(lit.Value)
					return s, err == nil
				}
				name, ok1 := str(cl.Elts[0])
				text, ok2 := str(cl.Elts[1])
				want, ok3 := cl.Elts[len(cl.Elts)-1].(*ast.Ident)
				if !ok1 || !ok2 || !ok3 || (want.Name != "true" && want.Name != "false") {
					return true
				}
				lang, _, _ := strings.Cut(name, " ")
				ps = append(ps, probe{strings.TrimSuffix(file, "_test.go"), lang, text, want.Name == "true"})
				return false
			})
		}
	}
	out, err := os.Create("testdata/train_family_probes.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	seen := map[string]bool{}
	n := map[string]int{}
	for _, p := range ps {
		if seen[p.text] {
			continue
		}
		seen[p.text] = true
		n[p.source]++
		script := "latin"
		if strings.HasSuffix(p.lang, "-latn") {
			p.lang = strings.TrimSuffix(p.lang, "-latn")
		} else if strings.ContainsAny(p.text, "абвгдежзийклмнопрстуфхцчшщыьэюяіїє") {
			script = "cyrillic"
		} else if strings.ContainsFunc(p.text, func(r rune) bool { return r >= 0x0600 && r <= 0x06FF }) {
			script = "arabic"
		}
		slice := "other"
		if p.lang == "da" || p.lang == "en" {
			slice = p.lang
		}
		rating := 4
		if p.urgent {
			rating = 2
		}
		line, err := json.Marshal(Example{ID: fmt.Sprintf("fp11-%s-%03d", p.source, n[p.source]), Text: p.text, Rating: rating,
			Channel: "114", District: "fyn", Category: "other", Urgent: p.urgent, Language: p.lang, Script: script, Slice: slice})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(out, "%s\n", line)
	}
	t.Logf("%d probes written (%v)", len(seen), n)
}
