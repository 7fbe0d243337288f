package triage_test

import (
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/triage"
)

// Comments that try to become formulas in some reading of the export: behind the other delimiter, after
// a line break, as fullwidth or small forms, after spaces, behind a quote.
var formulaComments = []string{
	"hej;=1+1;@SUM(2)",
	"hej,=1+1,@SUM(2)",
	"hej\n=1+1\r\n+2\r-3",
	"=HYPERLINK(\"http://evil\";\"klik\")",
	"＝1+1;＋2,＠SUM(1)；－3",
	"﹦cmd|' /C calc'!A0",
	"a;\t=1",
	"a, ; =1",
	"\"=1+1\";\"@x\"",
	"a\"\",=2",
	"−5 kr; –6; —7",
	"\r=cr first",
	"\t@tab first",
	" =space first",
}

// TestExportNeverStartsACellWithAFormula reads the comma and the semicolon export back with both
// delimiters, as a CSV reader (strict where it can be, lenient where it must), and as a naive reader that
// splits at every delimiter and line break ignoring quotes: no cell in any reading starts with =, +, -, @,
// tab or CR, also after NFKC.
func TestExportNeverStartsACellWithAFormula(t *testing.T) {
	var items []feedback.Item
	for i, c := range formulaComments {
		it := fixture(fmt.Sprintf("FB-CSV%05d", i), "fyn", false, feedback.StatusNew, feedback.P3, 0)
		it.Text = c
		it.Assignee = "=evil@politi.dk" // staff-set fields are neutralised too
		items = append(items, it)
	}
	h := newTestHandler(t, newMemStore(items...))
	for _, export := range []struct {
		name, query string
		comma       rune
	}{{"comma", "", ','}, {"semicolon", "?delimiter=semicolon", ';'}} {
		rec := call(t, h, "GET", "/api/export.csv"+export.query, "national", "")
		if rec.Code != 200 {
			t.Fatalf("%s export: %d %s", export.name, rec.Code, rec.Body)
		}
		body := strings.TrimPrefix(rec.Body.String(), "\ufeff")
		// Its own delimiter, strictly: every row whole, every comment back with only its apostrophes added.
		r := csv.NewReader(strings.NewReader(body))
		r.Comma = export.comma
		rows, err := r.ReadAll()
		if err != nil || len(rows) != len(items)+1 {
			t.Fatalf("%s export read with its own delimiter: %d rows, %v", export.name, len(rows), err)
		}
		for _, row := range rows[1:] {
			if !quotedEverywhere(body, row[0]) {
				t.Errorf("%s export: row %s has an unquoted field", export.name, row[0])
			}
		}
		for _, comma := range []rune{',', ';'} {
			for _, trim := range []bool{false, true} {
				r := csv.NewReader(strings.NewReader(body))
				r.Comma, r.LazyQuotes, r.FieldsPerRecord, r.TrimLeadingSpace = comma, true, -1, trim
				for {
					rec, err := r.Read()
					if err == io.EOF {
						break
					}
					if err != nil {
						t.Fatalf("%s export read with %q: %v", export.name, comma, err)
					}
					for _, cell := range rec {
						checkCell(t, fmt.Sprintf("%s export read as CSV with %q (trim %v)", export.name, comma, trim), cell)
					}
				}
			}
			for _, line := range regexp.MustCompile(`\r\n|\n|\r`).Split(body, -1) {
				for _, cell := range strings.Split(line, string(comma)) {
					checkCell(t, fmt.Sprintf("%s export split naively at %q and line breaks", export.name, comma),
						strings.TrimLeft(strings.TrimPrefix(cell, `"`), " "))
				}
			}
		}
	}
}

func checkCell(t *testing.T, reading, cell string) {
	t.Helper()
	if cell == "" {
		return
	}
	first := []rune(norm.NFKC.String(cell))[0]
	if strings.ContainsRune("=+-@\t\r−–—", first) {
		t.Errorf("%s: cell %q starts like a formula", reading, cell)
	}
}

// quotedEverywhere reports whether the line of the export that starts with the row's id has every
// field quoted: it starts with a quote and every delimiter outside quotes is followed by one.
func quotedEverywhere(body, id string) bool {
	i := strings.Index(body, `"`+id+`"`)
	if i < 0 {
		return false
	}
	in := false
	for j := i; j < len(body); j++ {
		c := body[j]
		switch {
		case c == '"':
			in = !in
		case !in && (c == '\r' || c == '\n'):
			return true
		case !in && (c == ',' || c == ';'):
			if j+1 >= len(body) || body[j+1] != '"' {
				return false
			}
		}
	}
	return true
}

func TestNeutraliseCellInside(t *testing.T) {
	for in, want := range map[string]string{
		"hej;=1+1;@SUM(2)": "hej;'=1+1;'@SUM(2)",
		"a\n+2":            "a\n'+2",
		"＝1":               "'＝1",
		" =1":              " '=1",
		"kl. 14-15":        "kl. 14-15",
		"2026-11-26":       "2026-11-26",
	} {
		if got := triage.NeutraliseCell(in); got != want {
			t.Errorf("NeutraliseCell(%q) = %q, want %q", in, got, want)
		}
	}
}
