package classify

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Rule kinds: what a matched pattern is evidence of.
const (
	kCategory = iota
	kNegative
	kStaff
	kGenericStaff
	kThirdParty
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
	kNet
)

// isDangerKind reports the rule kinds that are evidence of danger or a call for help, in any tense.
func isDangerKind(kind int) bool {
	return kind == kPresentDanger || kind == kDanger || kind == kWeakDanger || kind == kNet
}

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
	// disclosure: a breach of confidentiality, which names the third party it was told to, so a
	// third party in the sentence does not make it about someone else
	disclosure bool
}

// disclosureStems mark conduct cues about disclosing what the citizen said.
var disclosureStems = []string{"tavshedspligt", "fortrolig", "videregav", "videregiv", "confidential", "privacy",
	"privatliv", "fortalte", "fortalt", "fordi", "because", "sagde", "sladre", "told", "shared", "delte", "leaked", "afslørede", "anonym", "kontaktede", "contacted", "anmeldt"}

// hit is one match of a rule on tokens [start, end]; fuzzy names the stem a misspelt word was taken for.
type hit struct {
	rule       *rule
	start, end int
	fuzzy      string
}

// fuzzyRef is a stem a misspelt token may stand for.
type fuzzyRef struct {
	rule  int
	stem  string
	exact bool
}

// minFuzzy is the shortest stem matched with one typo: shorter words are too close to each other.
const minFuzzy = 7

// minFuzzyDanger is the shortest danger stem matched with one typo: a false urgent costs a duty
// centre's attention, so only long words ("bevidstløs", "selvmordet") are read through a typo.
const minFuzzyDanger = 9

// lexicon is the compiled word lists, indexed by how a token can start a match.
type lexicon struct {
	rules  []rule
	exact  map[string][]int
	prefix map[string][]int // by the first two bytes of the stem
	infix  []int
	// fuzzy maps each long single-word stem, and the stem with any one letter deleted, to the stem: a
	// token (prefix) that meets it the same way is one typo away (symmetric deletion).
	fuzzy    map[string][]fuzzyRef
	maxFuzzy int
	// known holds the long words the lists name exactly ("=slukkede" in "slukkede branden"): a word
	// the lists know as itself is no typo of another ("slukkede" is not "sukkede")
	known map[string]bool

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
			{kNegative, negativeCues}, {kStaff, staffCues}, {kGenericStaff, genericStaffCues}, {kThirdParty, thirdPartyCues}, {kStaffConduct, staffConductCues}, {kHangUp, hangUpCues}, {kMachine, machineCues},
			{kPresentDanger, presentDanger}, {kDanger, danger}, {kWeakDanger, weakDanger}, {kNow, nowCues}, {kSafe, safeCues}, {kOver, overCues}, {kPresent, presentWords}, {kPast, pastWords}, {kGeneric, genericWords},
			{kMedicalFire, medicalFireCues}, {kPolice, policeCues}, {kNegator, negators},
			{kSoftener, responseSofteners}, {kCopula, copulas}, {kDanish, danishWords}, {kEnglish, englishWords}, {kNet, netCues},
		} {
			for _, p := range set.pats {
				l.add(p, set.kind, -1)
			}
		}
		l.buildFuzzy()
		lex = l
	})
	return lex
}

func (l *lexicon) add(pat string, kind, cueIndex int) {
	r := rule{kind: kind, cue: cueIndex}
	for _, d := range disclosureStems {
		r.disclosure = r.disclosure || strings.Contains(pat, d)
	}
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

// fuzzyKinds are the rule kinds a misspelt word may still count for; function words never.
var fuzzyKinds = map[int]bool{kCategory: true, kNegative: true, kStaff: true, kThirdParty: true, kStaffConduct: true, kPresentDanger: true,
	kDanger: true, kWeakDanger: true, kNet: true, kMedicalFire: true, kPolice: true}

func (l *lexicon) buildFuzzy() {
	l.fuzzy, l.known = map[string][]fuzzyRef{}, map[string]bool{}
	for _, r := range l.rules {
		for _, part := range r.parts {
			for _, a := range part {
				if a.mode == 'e' && len(a.s) >= minFuzzy-1 {
					l.known[a.s] = true
				}
			}
		}
	}
	for id, r := range l.rules {
		if len(r.parts) != 1 || !fuzzyKinds[r.kind] {
			continue
		}
		shortest := minFuzzy
		if isDangerKind(r.kind) {
			shortest = minFuzzyDanger // "spærrer" is no typo of "sparker"
		}
		for _, a := range r.parts[0] {
			if a.mode == 'i' || len(a.s) < shortest {
				continue
			}
			ref := fuzzyRef{rule: id, stem: a.s, exact: a.mode == 'e'}
			l.fuzzy[a.s] = append(l.fuzzy[a.s], ref)
			for i := range len(a.s) {
				d := a.s[:i] + a.s[i+1:]
				l.fuzzy[d] = append(l.fuzzy[d], ref)
			}
			l.maxFuzzy = max(l.maxFuzzy, len(a.s))
		}
	}
}

// fuzzyFind matches a word that nothing else matched against the long stems, allowing one typo
// ("arrogent" → arrogan, "forbinelse" → forbindelse, "serriøst" → seriøs).
func (l *lexicon) fuzzyFind(toks []token, i int, hits []hit) []hit {
	key := toks[i].key
	if len(key) < minFuzzy-1 || key[0] >= '0' && key[0] <= '9' || key[0] >= utf8.RuneSelf || l.known[key] { // the stems are Latin: a word in another script is no typo of one
		return hits
	}
	seen := map[int]bool{}
	try := func(key, p string, whole bool) {
		for _, ref := range l.fuzzy[key] {
			if seen[ref.rule] || (ref.exact && !whole) || p[0] != ref.stem[0] || !oneEdit(p, ref.stem) {
				continue
			}
			seen[ref.rule] = true
			hits = append(hits, hit{rule: &l.rules[ref.rule], start: i, end: i, fuzzy: ref.stem})
		}
	}
	for n := minFuzzy - 1; n <= len(key) && n <= l.maxFuzzy+1; n++ {
		p := key[:n]
		try(p, p, n == len(key))
		for j := range n {
			try(p[:j]+p[j+1:], p, n == len(key))
		}
	}
	return hits
}

// oneEdit reports whether a differs from the stem b by at most one insertion, deletion, substitution or
// swap of neighbouring letters inside the word: a change at the first or last letter is more often
// another word or inflection ("mistænkeligt" is not "mistænkeliggjort", "kvarter" not "kvarters").
func oneEdit(a, b string) bool {
	if a == b {
		return true
	}
	stem := len(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == 0 || i >= stem-1 {
		return false
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:] || (i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:])
	}
	return a[i:] == b[i+1:]
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
	covered := make([]bool, len(toks))
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
				for k := i; k <= end; k++ {
					covered[k] = true
				}
			}
		}
	}
	for i := range toks {
		if !covered[i] {
			hits = l.fuzzyFind(toks, i, hits)
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
