package classify

import (
	"slices"
	"strings"
)

// Session 10's category shapes (issue 11, cls-16c), tuned on the fifteenth to seventeenth blind sets
// (doc_intro.md, "Session 10, category").

// waitWordField holds waiting or having called, in the present or the perfect (category_concepts.txt):
// it scores nothing and is found only when a bare time stands in a report of danger.
const waitWordField = "waitword"

// pleaField holds asking what to do ("was soll ich tun", "co mam robić", "چیکار کنم"): it scores nothing
// and is found only in a report of danger whose only advice evidence may be that question.
const pleaField = "plea"

// The reasons of the two shapes of a report of danger (readForeign, and the pipeline where the foreign
// model found the danger).
const (
	bareTimeInDanger = "a bare time in a report of danger times the danger, not a wait"
	pleaInDanger     = "asking what to do in a report of danger is a plea, not advice complained of"
)

// pleaOnly: every advice cue counted lies within a plea.
func pleaOnly(advice, pleas []fhit) bool {
	return len(pleas) > 0 && !slices.ContainsFunc(advice, func(a fhit) bool {
		return !slices.ContainsFunc(pleas, func(p fhit) bool { return p.start <= a.end && a.start <= p.end })
	})
}

// bareTime: the cue is a time alone — a word for minutes or hours, with a number or none ("ساعة",
// "годину", "pół godziny"), no word of waiting in it.
func bareTime(ft foreignText, h fhit) bool {
	for i := h.start; i <= h.end; i++ {
		if allDigits(ft.toks[i].word) || numberWords[ft.keys[i]] {
			continue
		}
		if !slices.ContainsFunc(waitUnits, func(u string) bool {
			e, exact := strings.CutPrefix(u, "=")
			return exact && ft.keys[i] == e || !exact && strings.HasPrefix(ft.keys[i], u)
		}) {
			return false
		}
	}
	return true
}
