package classify

import (
	"strings"
	"testing"
)

// TestLexiconSpelling catches cues typed in an already-folded ASCII form that folding changes again
// ("slaet" for "slået" folds to "slat" and never meets the text's "slaet"): write such words with æ/ø/å.
// Words that really are typed that way are listed here on purpose.
func TestLexiconSpelling(t *testing.T) {
	typedThatWay := map[string]bool{"koen": true, "naboer": true, "naboen": true, "troede": true, "troet": true,
		"laast": true, "doesnt": true, "varetaegt": true, "naboerne": true, "naboens": true, "genboen": true, "kollegaen": true, "kollegaer": true, "broen": true}
	var all []string
	for _, c := range categoryCues {
		all = append(all, c.pat)
	}
	for _, list := range [][]string{negativeCues, staffCues, genericStaffCues, thirdPartyCues, staffConductCues, hangUpCues, machineCues, presentDanger,
		danger, weakDanger, nowCues, safeCues, overCues, genericWords, presentWords, pastWords, medicalFireCues,
		policeCues, negators, responseSofteners, copulas, danishWords, englishWords} {
		all = append(all, list...)
	}
	for _, pat := range all {
		for _, part := range strings.Fields(pat) {
			for _, a := range strings.Split(strings.TrimLeft(part, "~+"), "|") {
				a = strings.TrimLeft(a, "=*")
				if a == "" {
					t.Errorf("%q: empty alternative", pat)
					continue
				}
				if isASCII(a) && fold(a) != a && !typedThatWay[a] {
					t.Errorf("%q: %q folds to %q; write it with æ/ø/å or as it folds", pat, a, fold(a))
				}
			}
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
