package redact

import (
	"regexp"
	"testing"
)

var cprKeywordRegexp = regexp.MustCompile(cprKeywordPattern)

var cprKeywordCases = []string{
	"CPR", "cpr-nr.", "Cpr nummer", "mit CPR-nummer er", "personnummer", "personnr.", "person-nr", "person - nr", "person\t-\nnr",
	"Person Nummer", "personummer", "personal number", "personal identity number", "personal id no", "personal  ID\tnumber",
	"personal identitynumber", "personal no", "personalnumber", "social security", "social  security", "socialsecurity",
	"ſocial ſecurity", "perſonnummer", "PERSONAL IDENTITY NO", "perSon-nUmmer", "person-", "person-n", "personn", "personnumme",
	"c p r", "cp", "nr", "", "æøå cpr", "personal identity", "personal id  no", "personal id number", "personaL\rnumber",
	"person\u00a0nr", "social\u00a0security", "person\vnr", "\u212aCPR", "cpR", "xpersonnrx", "personalnumber no",
	"personal\u2003number", "personal\fno", "personal identity\fno", "person--nr", "person - - nr", "cpr\x00", "\xffcpr",
}

// The hand matcher answers as the regular expression it replaces, on each case and on the same case
// in a longer text.
func TestCPRKeywordAsRegexp(t *testing.T) {
	for _, c := range cprKeywordCases {
		for _, s := range []string{c, "Mit " + c + ": ", c + c} {
			if got, want := hasCPRKeyword([]rune(s)), cprKeywordRegexp.MatchString(s); got != want {
				t.Errorf("%q: %v, the regular expression says %v", s, got, want)
			}
		}
	}
}

func FuzzCPRKeyword(f *testing.F) {
	for _, c := range cprKeywordCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasCPRKeyword([]rune(s)), cprKeywordRegexp.MatchString(s); got != want {
			t.Errorf("%q: %v, the regular expression says %v", s, got, want)
		}
	})
}
