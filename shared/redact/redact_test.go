package redact

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// cprVariants are CPR numbers in every spelling of issue 20 and more a keyboard or a phone produces: each
// must be stored as "[CPR]". 010190-1234 fails the modulus-11 check, as numbers issued since 2007 may.
var cprVariants = []struct{ name, in, want string }{
	{"dash", "mit cpr er 010190-1234.", "mit cpr er [CPR]."},
	{"ten digits", "0101901234 tak", "[CPR] tak"},
	{"en dash", "nr 010190–1234", "nr [CPR]"},
	{"one space", "010190 1234", "[CPR]"},
	{"cpr glued before", "cpr0101901234", "cpr[CPR]"},
	{"CPR glued before a dash", "CPR010190-1234", "CPR[CPR]"},
	{"spaces around the dash", "født 010190 - 1234", "født [CPR]"},
	{"two spaces", "010190  1234", "[CPR]"},
	{"a long run of spaces", "010190        1234", "[CPR]"},
	{"tabs", "010190\t\t1234", "[CPR]"},
	{"slash", "010190/1234", "[CPR]"},
	{"non-breaking hyphen U+2011", "010190\u20111234", "[CPR]"},
	{"hyphen U+2010", "010190\u20101234", "[CPR]"},
	{"figure dash U+2012", "010190\u20121234", "[CPR]"},
	{"minus sign U+2212", "010190\u22121234", "[CPR]"},
	{"em dash", "010190—1234", "[CPR]"},
	{"fullwidth digits and dash", "０１０１９０－１２３４", "[CPR]"},
	{"fullwidth CPR and colon", "ＣＰＲ：０１０１９０－１２３４", "CPR:[CPR]"},
	{"unit glued after", "betalte 0101901234kr", "betalte [CPR]kr"},
	{"unit glued after a dash", "010190-1234kr", "[CPR]kr"},
	{"dotted date", "01.01.90-1234", "[CPR]"},
	{"spaced date", "01 01 90 1234", "[CPR]"},
	{"slashed date", "01/01/90-1234", "[CPR]"},
	{"dashed date", "01-01-90-1234", "[CPR]"},
	{"spaced in pairs", "01 01 90 12 34", "[CPR]"},
	{"cpr-nr. with odd grouping", "cpr-nr. 0101 901234", "cpr-nr. [CPR]"},
	{"personnummer with odd grouping", "personnummer: 01 0190 1234", "personnummer: [CPR]"},
	{"CPR-nummer", "Mit CPR-nummer er 010190-1234.", "Mit CPR-nummer er [CPR]."},
	{"across a line break after the keyword", "CPR:\n010190-1234", "CPR:\n[CPR]"},
	{"line break after the dash", "010190-\n1234", "[CPR]"},
	{"line break instead of the dash", "010190\r\n1234", "[CPR]"},
	{"non-breaking space", "010190\u00a01234", "[CPR]"},
	{"narrow non-breaking space", "010190\u202f1234", "[CPR]"},
	{"zero-width space inside", "01019\u200b01234", "[CPR]"},
	{"soft hyphen inside", "010190\u00ad1234", "[CPR]"},
	{"Arabic-Indic digits", "٠١٠١٩٠-١٢٣٤", "[CPR]"},
	{"four-digit year after cpr", "cpr 01.01.1990-1234", "cpr [CPR]"},
	{"29 February in a leap year", "290200-1234", "[CPR]"},
	{"in brackets", "(0101901234)", "([CPR])"},
	{"two", "010190-1234 og 0202021234", "[CPR] og [CPR]"},
	{"æøå around", "Søren 010190-1234 år", "Søren [CPR] år"},
	{"personnr. across a line", "mit personnr.\ner 311299 1234", "mit personnr.\ner [CPR]"},
	{"social security number", "my social security number is 1501851234", "my social security number is [CPR]"},
}

// cprLookalikes are numbers a citizen writes that are not CPR numbers: CPR must leave each unchanged.
var cprLookalikes = []struct{ name, in string }{
	{"case number", "sag 1234-12345-00123-26"},
	{"journal number", "journalnr 0100-12345-00001-26"},
	{"police case number", "sagsnr. 0100-83731-00412-25"},
	{"date and time with colon", "den 01.01.2026 12:34"},
	{"date and time after kl.", "den 01.01.2026 kl. 12.34"},
	{"dashed date and time", "26-11-2026 14.30"},
	{"two-digit year and time", "d. 01.12.25 14.30 ringede jeg"},
	{"two-digit year and time without dot", "d. 01.12.25 1430 ringede jeg"},
	{"dashed date then a number", "01-01-90 1234 kroner"},
	{"invalid day, ten digits", "ordre 3213901234"},
	{"invalid month, ten digits", "ordre 0113901234"},
	{"31 November", "3111901234"},
	{"29 February not leap", "290201-1234"},
	{"eleven digits", "01019012345"},
	{"twelve digits", "010190123456"},
	{"six and five digits", "010190 12345"},
	{"phone with country code", "+4520123456"},
	{"grouped phone with country code", "+45 20 11 90 12"},
	{"a list of pairs", "koder 20 11 90 12 34 56"},
	{"phone", "ring 20 11 90 12"},
	{"amount with decimals", "kr. 1.250.000,00"},
	{"amount in thousands", "beløb 12.500.000 kr"},
	{"small amount", "2000 kr"},
	{"time", "kl 14:30"},
	{"postcode", "postnr 2100 København Ø"},
	{"postcode and town", "8000 Aarhus C"},
	{"IBAN", "IBAN DK50 0040 0440 1162 43"},
	{"ISBN", "ISBN 978-87-02-12345-6"},
	{"EAN", "EAN 5798000012345"},
	{"date alone", "01.01.90"},
	{"six digits", "dato 010190"},
	{"words between", "mellem 010190 og 1234"},
	{"version", "app version 1.2.3"},
	{"wait", "ventede 40 min, 3 gange"},
	{"order number", "order 1234567890"},
	{"four-digit year without a keyword", "den 01.01.1990-1234"},
	{"short fraction", "1/1-90 kl 12"},
	{"reference", "ref FB-2K4M9X7Q"},
}

func TestCPR(t *testing.T) {
	for _, tt := range cprVariants {
		t.Run(tt.name, func(t *testing.T) {
			if got := CPR(tt.in); got != tt.want {
				t.Errorf("CPR(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := Text(tt.in); strings.Contains(digitsOnly(got), "0101901234") {
				t.Errorf("Text(%q) = %q still holds the number", tt.in, got)
			}
		})
	}
}

func TestCPRLookalikesSurvive(t *testing.T) {
	if len(cprLookalikes) < 30 {
		t.Fatalf("%d look-alikes; issue 20 asks for at least 30", len(cprLookalikes))
	}
	for _, tt := range cprLookalikes {
		t.Run(tt.name, func(t *testing.T) {
			if got := CPR(tt.in); got != Normalise(tt.in) {
				t.Errorf("CPR(%q) = %q, want it unchanged", tt.in, got)
			}
		})
	}
}

func TestContacts(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"8 digits", "ring 20123456", "ring [telefon]"},
		{"grouped", "ring på 20 12 34 56 i morgen", "ring på [telefon] i morgen"},
		{"country code", "tlf +45 20 12 34 56", "tlf [telefon]"},
		{"country code apart", "tlf +45 2012-3456", "tlf [telefon]"},
		{"country code in brackets", "tlf (+45) 20 12 34 56", "tlf [telefon]"},
		{"0045", "tlf 004520123456", "tlf [telefon]"},
		{"dashes", "tlf 2012-3456", "tlf [telefon]"},
		{"non-breaking hyphens", "tlf 20\u201112\u201134\u201156", "tlf [telefon]"},
		{"fullwidth", "ring ２０１２３４５６", "ring [telefon]"},
		{"glued to tlf", "tlf20123456", "tlf[telefon]"},
		{"after a colon", "mobil:20123456", "mobil:[telefon]"},
		{"two in a row", "20123456 30123456", "[telefon] [telefon]"},
		{"Swedish", "nr +46 70 123 45 67", "nr [telefon]"},
		{"email", "skriv til søren.hansen+x@example.dk tak", "skriv til [e-mail] tak"},
		{"email end of sentence", "mail: a@b.dk.", "mail: [e-mail]."},
		{"fullwidth at", "a＠b.dk", "[e-mail]"},
		{"both", "a@b.dk eller 20123456", "[e-mail] eller [telefon]"},
		{"date kept", "den 26-11-2026 kl 14.30", "den 26-11-2026 kl 14.30"},
		{"date and time kept", "den 26-11-2026 14.30", "den 26-11-2026 14.30"},
		{"slashed date kept", "26/11/2026", "26/11/2026"},
		{"iso date kept", "2026.11.26", "2026.11.26"},
		{"short numbers kept", "ventede 40 min, 3 gange", "ventede 40 min, 3 gange"},
		{"CPR placeholder kept", "cpr [CPR]", "cpr [CPR]"},
		{"journal number kept", "journalnr 0100-12345-00001-26", "journalnr 0100-12345-00001-26"},
		{"amount in thousands kept", "12 500 000 kr", "12 500 000 kr"},
		{"dotted amount kept", "beløb 12.500.000", "beløb 12.500.000"},
		{"amount with currency kept", "20000000 kr", "20000000 kr"},
		{"amount with decimals kept", "12345678,50", "12345678,50"},
		{"kr. before kept", "kr. 12345678", "kr. 12345678"},
		{"glued unit kept", "20000000kr", "20000000kr"},
		{"at without domain", "vi mødtes @ stationen", "vi mødtes @ stationen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Contacts(tt.in); got != tt.want {
				t.Errorf("Contacts(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"CPR then phone", "010190-1234 20 12 34 56", "[CPR] [telefon]"},
		{"CPR, phone and e-mail", "cpr 0101901234, tlf 20123456, a@b.dk", "cpr [CPR], tlf [telefon], [e-mail]"},
		{"plain text unchanged", "Jeg ventede 40 minutter i køen.", "Jeg ventede 40 minutter i køen."},
		{"fullwidth letters normalised", "ＡＢＣ", "ABC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Text(tt.in)
			if got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if Text(got) != got {
				t.Errorf("Text is not idempotent on %q", got)
			}
		})
	}
}

func TestNormalise(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ascii", "abc 123", "abc 123"},
		{"fullwidth digits", "１２３", "123"},
		{"Devanagari digits", "१२३", "123"},
		{"Arabic-Indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"},
		{"zero-width space between digits", "1\u200b2", "12"},
		{"zero-width joiner in an emoji kept", "👩\u200d💻", "👩\u200d💻"},
		{"danish letters", "æøå ÆØÅ", "æøå ÆØÅ"},
		{"decomposed å composed", "a\u030a", "å"},
		{"fraction kept", "efter 1½ time", "efter 1½ time"},
		{"ellipsis kept", "tryk 2 … og så", "tryk 2 … og så"},
		{"non-breaking space", "20\u00a0kr", "20 kr"},
		{"fullwidth equals", "＝1+1", "=1+1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalise(tt.in); got != tt.want {
				t.Errorf("Normalise(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestCorpusFalsePositives runs the redaction over every text of the classifier's labelled corpus
// (replies written to be realistic, none with a real CPR number): every "[CPR]" there is a false
// positive. The counts are reported in docs/security.md; a change of rules that makes them more than
// rare fails here.
func TestCorpusFalsePositives(t *testing.T) {
	files, err := filepath.Glob("../classify/testdata/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("corpus not found: %v", err)
	}
	texts, cprs, contacts := 0, 0, 0
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var ex struct{ ID, Text string }
			if err := json.Unmarshal(sc.Bytes(), &ex); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			texts++
			if got := CPR(ex.Text); got != Normalise(ex.Text) {
				cprs++
				t.Logf("CPR redacted in %s: %q", ex.ID, got)
			}
			if got := Contacts(ex.Text); got != Normalise(ex.Text) {
				contacts++
				t.Logf("contact masked in %s: %q", ex.ID, got)
			}
		}
		f.Close()
	}
	t.Logf("corpus: %d texts, %d with a CPR redacted, %d with a phone number or e-mail address masked", texts, cprs, contacts)
	if cprs*1000 > texts {
		t.Errorf("%d of %d corpus texts lose a number as a CPR: false positives are no longer rare", cprs, texts)
	}
}

// digitsOnly keeps the digits of s, so a number survives whatever stands between its digits.
func digitsOnly(s string) string {
	var b strings.Builder
	for _, r := range Normalise(s) {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func FuzzRedact(f *testing.F) {
	f.Add("han truer mig nu 010190-1234 a@b.dk")
	f.Add("０１０１９０－１２３４ 20 12 34 56")
	f.Add("cpr 01.01.1990-1234 (+45) 20 12 34 56")
	f.Fuzz(func(t *testing.T, text string) {
		red := Text(text)
		if Text(red) != red {
			t.Fatalf("Text not idempotent on %q: %q then %q", text, red, Text(red))
		}
		if utf8.ValidString(text) && !utf8.ValidString(red) {
			t.Fatalf("Text(%q) is not valid UTF-8", text)
		}
	})
}

// BenchmarkText on the worst inputs a 2000-character comment can be: digits in pairs, a number after
// every keyword, fullwidth digits.
func BenchmarkText(b *testing.B) {
	inputs := map[string]string{
		"pairs":     strings.Repeat("01 ", 666),
		"keywords":  strings.Repeat("cpr 01 01 ", 200),
		"fullwidth": strings.Repeat("０１０１９０－１２３４ ", 166),
		"prose":     strings.Repeat("Jeg ventede længe i køen på 114, og ingen tog den. ", 40),
	}
	for name, in := range inputs {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Text(in)
			}
		})
	}
}
