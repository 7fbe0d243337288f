package classify

import (
	"strings"
	"sync"
)

// Rule kinds: what a matched pattern is evidence of.
const (
	kCategory = iota
	kNegative
	kStaff
	kStaffConduct
	kHangUp
	kMachine
	kPresentDanger
	kDanger
	kWeakDanger
	kNow
	kSafe
	kOver
	kPresent
	kPast
	kGeneric
	kMedicalFire
	kPolice
	kNegator
	kSoftener
	kCopula
	kDanish
	kEnglish
)

type alt struct {
	s    string
	mode byte // 'p' prefix, 'e' exact, 'i' infix
}

type rule struct {
	parts  [][]alt
	gaps   []int // words allowed before each part
	kind   int
	cue    int  // index into categoryCues for kCategory
	hasNeg bool // the pattern spells out its own negation ("ikke taget alvorligt")
}

// hit is one match of a rule on tokens [start, end].
type hit struct {
	rule       *rule
	start, end int
}

// lexicon is the compiled word lists, indexed by how a token can start a match.
type lexicon struct {
	rules  []rule
	exact  map[string][]int
	prefix map[string][]int // by the first two bytes of the stem
	infix  []int

	negatorSet map[string]bool
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// compiled builds the index on first use, so a Lambda cold start that never classifies pays nothing;
// it is a few hundred map inserts, no regular expressions.
func compiled() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{exact: map[string][]int{}, prefix: map[string][]int{}}
		for i, c := range categoryCues {
			l.add(c.pat, kCategory, i)
		}
		for _, set := range []struct {
			kind int
			pats []string
		}{
			{kNegative, negativeCues}, {kStaff, staffCues}, {kStaffConduct, staffConductCues}, {kHangUp, hangUpCues}, {kMachine, machineCues},
			{kPresentDanger, presentDanger}, {kDanger, danger}, {kWeakDanger, weakDanger}, {kNow, nowCues}, {kSafe, safeCues}, {kOver, overCues}, {kPresent, presentWords}, {kPast, pastWords}, {kGeneric, genericWords},
			{kMedicalFire, medicalFireCues}, {kPolice, policeCues}, {kNegator, negators},
			{kSoftener, responseSofteners}, {kCopula, copulas}, {kDanish, danishWords}, {kEnglish, englishWords},
		} {
			for _, p := range set.pats {
				l.add(p, set.kind, -1)
			}
		}
		lex = l
	})
	return lex
}

func (l *lexicon) add(pat string, kind, cueIndex int) {
	r := rule{kind: kind, cue: cueIndex}
	for _, p := range strings.Fields(pat) {
		gap := maxGap
		switch {
		case strings.HasPrefix(p, "~"): // a wide phrase: up to six words before this part
			gap, p = wideGap, p[1:]
		case strings.HasPrefix(p, "+"): // right after the previous part
			gap, p = 0, p[1:]
		}
		r.gaps = append(r.gaps, gap)
		var alts []alt
		for _, a := range strings.Split(p, "|") {
			mode := byte('p')
			switch {
			case strings.HasPrefix(a, "="):
				mode, a = 'e', a[1:]
			case strings.HasPrefix(a, "*"):
				mode, a = 'i', a[1:]
			}
			a = fold(a)
			if mode == 'p' && len(a) < 3 {
				mode = 'e' // a short stem would match half the dictionary
			}
			alts = append(alts, alt{s: a, mode: mode})
		}
		allNeg := true
		for _, a := range alts {
			allNeg = allNeg && l.isNegatorWord(a.s)
		}
		r.hasNeg = r.hasNeg || allNeg
		r.parts = append(r.parts, alts)
	}
	if kind == kNegator {
		r.hasNeg = false
	}
	id := len(l.rules)
	l.rules = append(l.rules, r)
	for _, a := range r.parts[0] {
		switch a.mode {
		case 'e':
			l.exact[a.s] = append(l.exact[a.s], id)
		case 'p':
			l.prefix[a.s[:2]] = append(l.prefix[a.s[:2]], id)
		case 'i':
			l.infix = append(l.infix, id)
		}
	}
}

func (l *lexicon) isNegatorWord(s string) bool {
	if l.negatorSet == nil {
		l.negatorSet = make(map[string]bool, len(negators))
		for _, n := range negators {
			l.negatorSet[fold(strings.TrimPrefix(n, "="))] = true
		}
	}
	return l.negatorSet[s]
}

func (a alt) matches(key string) bool {
	switch a.mode {
	case 'e':
		return key == a.s
	case 'p':
		return strings.HasPrefix(key, a.s)
	default:
		return strings.Contains(key, a.s)
	}
}

func partMatches(alts []alt, key string) bool {
	for _, a := range alts {
		if a.matches(key) {
			return true
		}
	}
	return false
}

// maxGap is how many other words may stand between the parts of a phrase; wideGap for parts marked ~.
const (
	maxGap  = 2
	wideGap = 6
)

// find returns every rule that matches starting at a token, once per (rule, start).
func (l *lexicon) find(toks []token) []hit {
	hits := make([]hit, 0, len(toks))
	var cand []int
	for i, t := range toks {
		cand = cand[:0]
		cand = append(cand, l.exact[t.key]...)
		if len(t.key) >= 2 {
			cand = append(cand, l.prefix[t.key[:2]]...)
		}
		cand = append(cand, l.infix...)
		for _, id := range cand {
			r := &l.rules[id]
			if !partMatches(r.parts[0], t.key) {
				continue
			}
			if end, ok := extend(toks, r, i); ok {
				hits = append(hits, hit{rule: r, start: i, end: end})
			}
		}
	}
	return hits
}

// extend matches the rest of a phrase after its first part at i, within one sentence.
func extend(toks []token, r *rule, i int) (int, bool) {
	pos := i
	for k, p := range r.parts[1:] {
		found := false
		for j := pos + 1; j <= pos+1+r.gaps[k+1] && j < len(toks) && toks[j].sent == toks[i].sent; j++ {
			if partMatches(p, toks[j].key) {
				pos, found = j, true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return pos, true
}
