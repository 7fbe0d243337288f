package classify

import (
	"slices"
	"strings"
	"testing"
)

// TestForeignCueAlternativesMatch: every alternative of every part of every foreign concept cue matches
// a text written from it (the other parts at their first alternative). A part whose alternatives differ
// in their number of hyphens is left whole and then never meets the split tokens ("=ушла|=ушел =с
// =каким-то|=незнакомым": "каким-то" never matched), so such alternatives go in cues of their own.
func TestForeignCueAlternativesMatch(t *testing.T) {
	for _, c := range slices.Concat(conceptTables(), packedConcepts()) {
		for li, cues := range c.cues {
			lang := langCodes[li]
			for _, cue := range cues {
				parts := strings.Fields(strings.TrimLeft(cue, "!?^@%&"))
				compiled := compileForeign(lang, foreignLexicon{danger: []string{cue}})
				first := func(part string) string { return strings.Split(strings.TrimLeft(part, "+~"), "|")[0] }
				for pi, part := range parts {
					for _, alt := range strings.Split(strings.TrimLeft(part, "+~"), "|") {
						words := make([]string, len(parts))
						for pj, p := range parts {
							words[pj] = strings.TrimPrefix(first(p), "=")
						}
						words[pi] = strings.TrimPrefix(alt, "=")
						text := strings.Join(words, " ")
						if len(newForeignText(tokenize(text), compiled.mode, nil, foreignLists(allForeignLists)).find(lang, compiled.danger)) == 0 {
							t.Errorf("%s %s cue %q does not match %q", lang, c.field, cue, text)
						}
					}
				}
			}
		}
	}
}
