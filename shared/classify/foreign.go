package classify

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"borgerfeedback/shared/feedback"
)

// foldForeign folds a word for the foreign cue lists: lower case, accents and Polish, Turkish and
// Romanian letters to their plain Latin letter (people type without them), Arabic vowel marks, tatweel
// and the zero-width non-joiner dropped, and the Arabic letters typed several ways made one (alef forms,
// ta marbuta, alef maqsura, Farsi kaf and yeh).
func foldForeign(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range strings.ToLower(w) {
		if unicode.Is(unicode.Mn, r) || r == '\u200c' || r == '\u200d' || r == 'ـ' {
			continue
		}
		if r == '’' || r == 'ʼ' || r == '`' {
			r = '\''
		}
		if m, ok := foreignFoldMap[r]; ok {
			b.WriteString(m)
			continue
		}
		b.WriteRune(r)
	}
	out := b.String()
	for _, p := range []string{"وال", "فال", "بال"} {
		if strings.HasPrefix(out, p) && len(out) > len(p)+2 {
			return out[len("و"):] // "والشرطة" is "و" + "الشرطة"
		}
	}
	return out
}

var foreignFoldMap = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "a", 'ø': "o", 'ł': "l", 'ı': "i", 'ё': "е",
		'أ': "ا", 'إ': "ا", 'آ': "ا", 'ٱ': "ا", 'ة': "ه", 'ى': "ي", 'ی': "ي", 'ک': "ك", 'ئ': "ي", 'ؤ': "و"}
	for _, p := range []string{"aáàâäãåąă", "cćç", "eéèêëę", "gğ", "iíìîï", "nńñ", "oóòôöõő", "sśşș", "tţț", "uúùûüű", "zźż", "yý"} {
		rs := []rune(p)
		for _, r := range rs[1:] {
			m[r] = string(rs[0])
		}
	}
	return m
}()

// fpart is one token of a foreign pattern: its alternatives.
type fpart []struct {
	s     string
	exact bool
}

type fpattern struct {
	src   string
	parts []fpart
	// disclosure: a breach of confidentiality names who was told ("told my neighbours"), so someone
	// else in its clause does not make it about them (written with a leading '!')
	disclosure bool
	// alone: a word that is a call for help only when it opens or ends its sentence ("Hjelp!", but not
	// "folk som trenger hjelp"; written with a leading '?')
	alone bool
}

type compiledForeign struct {
	danger, help, conduct, neg, negAfter, past, over, now, staff, third fpatterns
	cats                                                                map[string]fpatterns
}

// fpatterns is a list of patterns indexed by how a token can start a match: the exact words, and the
// first two bytes of the prefixes.
type fpatterns struct {
	pats   []fpattern
	exact  map[string][]int
	prefix map[string][]int
}

func indexForeign(pats []fpattern) fpatterns {
	ix := fpatterns{pats: pats, exact: map[string][]int{}, prefix: map[string][]int{}}
	for i, p := range pats {
		for _, a := range p.parts[0] {
			if a.exact {
				ix.exact[a.s] = append(ix.exact[a.s], i)
			} else {
				ix.prefix[a.s[:2]] = append(ix.prefix[a.s[:2]], i)
			}
		}
	}
	return ix
}

func compileForeignPatterns(pats []string) fpatterns {
	out := make([]fpattern, 0, len(pats))
	for _, p := range pats {
		fp := fpattern{src: p}
		if rest, ok := strings.CutPrefix(p, "!"); ok {
			fp.src, fp.disclosure, p = rest, true, rest
		}
		if rest, ok := strings.CutPrefix(p, "?"); ok {
			fp.src, fp.alone, p = rest, true, rest
		}
		for _, part := range strings.Fields(p) {
			var alts fpart
			for _, a := range strings.Split(part, "|") {
				exact := strings.HasPrefix(a, "=")
				a = foldForeign(strings.TrimPrefix(a, "="))
				if len([]rune(a)) < 3 {
					exact = true // a short stem would match half the words
				}
				alts = append(alts, struct {
					s     string
					exact bool
				}{a, exact})
			}
			fp.parts = append(fp.parts, alts)
		}
		out = append(out, fp)
	}
	return indexForeign(out)
}

func compileForeign(l foreignLexicon) *compiledForeign {
	c := &compiledForeign{danger: compileForeignPatterns(l.danger), help: compileForeignPatterns(l.help), conduct: compileForeignPatterns(l.conduct),
		neg: compileForeignPatterns(l.neg), negAfter: compileForeignPatterns(l.negAfter), past: compileForeignPatterns(l.past), over: compileForeignPatterns(l.over), now: compileForeignPatterns(l.now),
		staff: compileForeignPatterns(l.staff), third: compileForeignPatterns(l.third),
		cats: map[string]fpatterns{}}
	for cat, pats := range l.cats {
		c.cats[cat] = compileForeignPatterns(pats)
	}
	return c
}

var (
	foreignOnce     sync.Once
	foreignCompiled map[string]*compiledForeign
	// foreignStarts holds every word and two-byte prefix any foreign pattern can start with: a token
	// not in it starts no match, which spares the per-list lookups on most words.
	foreignStarts map[string]bool
)

func compiledForeigns() map[string]*compiledForeign {
	foreignOnce.Do(func() {
		foreignCompiled = map[string]*compiledForeign{"intl": compileForeign(intlCues)}
		for lang, l := range foreignLexicons {
			foreignCompiled[lang] = compileForeign(l)
		}
		foreignStarts = map[string]bool{}
		for _, c := range foreignCompiled {
			groups := []fpatterns{c.danger, c.help, c.conduct, c.neg, c.negAfter, c.past, c.over, c.now, c.staff, c.third}
			for _, g := range c.cats {
				groups = append(groups, g)
			}
			for _, g := range groups {
				for k := range g.exact {
					foreignStarts[k] = true
				}
				for k := range g.prefix {
					foreignStarts["\x00"+k] = true
				}
			}
		}
	})
	return foreignCompiled
}

// relatives are the languages whose lists also read a language: Ukrainian and Russian share much, and
// so do Arabic and Farsi script words, Norwegian and Swedish.
var relatives = map[string][]string{"uk": {"ru"}, "ru": {"uk"}, "no": {"sv"}, "sv": {"no"}, "fa": {"ar"}, "ar": {"fa"}}

// listsFor names the foreign lists that read a text: its language's, its relatives', the second
// language's of a mixed text and its relatives' and the international words; all of them when the language is unknown.
func listsFor(li langInfo) []string {
	lists := []string{"intl"}
	if li.lang == langOther {
		for lang := range foreignLexicons {
			lists = append(lists, lang)
		}
		return lists
	}
	add := func(l string) {
		if _, ok := foreignLexicons[l]; ok {
			lists = append(lists, l)
		}
	}
	add(li.lang)
	for _, r := range relatives[li.lang] {
		add(r)
	}
	if li.mixed && li.second != li.lang {
		add(li.second)
		for _, r := range relatives[li.second] {
			if r != li.lang {
				add(r)
			}
		}
	}
	return lists
}

// fhit is one match of a foreign pattern on tokens [start, end].
type fhit struct {
	lang       string
	src        string
	start, end int
	disclosure bool
	alone      bool
}

// foreignText is a text as the foreign lists see it.
type foreignText struct {
	toks []token
	keys []string
	cand []bool // the token can start a match of some foreign pattern
}

func newForeignText(toks []token) foreignText {
	compiledForeigns()
	ft := foreignText{toks: toks, keys: make([]string, len(toks)), cand: make([]bool, len(toks))}
	for i, t := range toks {
		k := foldForeign(t.word)
		ft.keys[i] = k
		ft.cand[i] = foreignStarts[k] || len(k) >= 2 && foreignStarts["\x00"+k[:2]]
	}
	return ft
}

// matchAt reports where pattern p ends when it starts at token i (-1: no match); one other word may
// stand between parts, within the sentence.
func (ft foreignText) matchAt(p fpattern, i int) int {
	j := i
	for n, part := range p.parts {
		limit := j
		if n > 0 {
			limit = j + 2
		}
		found := -1
		for k := j; k <= limit && k < len(ft.keys); k++ {
			if ft.toks[k].sent != ft.toks[i].sent {
				break
			}
			if foreignPartMatches(part, ft.keys[k]) {
				found = k
				break
			}
		}
		if found < 0 {
			return -1
		}
		j = found + 1
	}
	return j - 1
}

func foreignPartMatches(part fpart, key string) bool {
	for _, a := range part {
		if a.exact && key == a.s || !a.exact && strings.HasPrefix(key, a.s) {
			return true
		}
	}
	return false
}

func (ft foreignText) find(lang string, ix fpatterns) []fhit {
	var out []fhit
	try := func(i int, ids []int, seen map[int]bool) {
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			p := ix.pats[id]
			if end := ft.matchAt(p, i); end >= 0 {
				out = append(out, fhit{lang: lang, src: p.src, start: i, end: end, disclosure: p.disclosure, alone: p.alone})
			}
		}
	}
	for i, k := range ft.keys {
		if !ft.cand[i] {
			continue
		}
		ex, pre := ix.exact[k], []int(nil)
		if len(k) >= 2 {
			pre = ix.prefix[k[:2]]
		}
		if len(ex) == 0 && len(pre) == 0 {
			continue
		}
		seen := map[int]bool{}
		try(i, ex, seen)
		try(i, pre, seen)
	}
	return out
}

func (ft foreignText) words(h fhit) string {
	ws := make([]string, 0, h.end-h.start+1)
	for i := h.start; i <= h.end; i++ {
		ws = append(ws, ft.toks[i].word)
	}
	return strings.Join(ws, " ")
}

// foreignEvidence is what the foreign lists found in a text.
type foreignEvidence struct {
	urgent, conduct bool
	scores          map[string]int // category → weight (conduct and praise included)
	recognised      int            // cues of any kind that counted
	seen            int            // cues of any kind found, counted or not (a past or negated danger too)
	langs           map[string]bool
	reasons         []string
}

// readForeign reads the text with the given lists: danger, help, conduct and category cues, each
// scoped by the negators before it in its clause, the words of the past in its sentence and the words
// that say it is over.
func readForeign(toks []token, lists []string) foreignEvidence {
	ev := foreignEvidence{scores: map[string]int{}, langs: map[string]bool{}}
	if len(toks) == 0 {
		return ev
	}
	ft := newForeignText(toks)
	all := compiledForeigns()
	var danger, help, conduct, neg, negAfter, past, over, now, staff, third []fhit
	cats := map[string][]fhit{}
	for _, lang := range lists {
		c := all[lang]
		danger = append(danger, ft.find(lang, c.danger)...)
		help = append(help, ft.find(lang, c.help)...)
		conduct = append(conduct, ft.find(lang, c.conduct)...)
		neg = append(neg, ft.find(lang, c.neg)...)
		negAfter = append(negAfter, ft.find(lang, c.negAfter)...)
		past = append(past, ft.find(lang, c.past)...)
		over = append(over, ft.find(lang, c.over)...)
		now = append(now, ft.find(lang, c.now)...)
		staff = append(staff, ft.find(lang, c.staff)...)
		third = append(third, ft.find(lang, c.third)...)
		for cat, pats := range c.cats {
			cats[cat] = append(cats[cat], ft.find(lang, pats)...)
		}
	}
	ev.seen = len(danger) + len(help) + len(conduct) + len(past) + len(over)
	for _, hs := range cats {
		ev.seen += len(hs)
	}
	sentHas := func(hs []fhit, sent int) bool {
		for _, h := range hs {
			if toks[h.start].sent == sent {
				return true
			}
		}
		return false
	}
	negated := func(h fhit) (string, bool) {
		for _, n := range neg {
			if n.end < h.start && n.end >= h.start-3 && toks[n.end].clause == toks[h.start].clause {
				return ft.words(n), true
			}
		}
		for _, n := range negAfter {
			if n.start == h.end+1 && toks[n.start].clause == toks[h.end].clause {
				return ft.words(n), true
			}
		}
		return "", false
	}
	reason := func(format string, args ...any) {
		if r := fmt.Sprintf(format, args...); len(ev.reasons) < 12 && !slices.Contains(ev.reasons, r) {
			ev.reasons = append(ev.reasons, r)
		}
	}
	// over: a statement that it is over or all are safe clears the danger told before it and in its
	// own sentence; danger told after it with a word of now is new danger.
	cleared := func(h fhit) (string, bool) {
		for _, o := range over {
			if o.start >= h.start || toks[o.start].sent == toks[h.start].sent || !sentHas(now, toks[h.start].sent) {
				return ft.words(o), true
			}
		}
		return "", false
	}
	clauseHas := func(hs []fhit, clause int) bool {
		for _, h := range hs {
			if toks[h.start].clause == clause {
				return true
			}
		}
		return false
	}
	thanksSent := func(sent int) bool { return sentHas(cats[ros], sent) }
	alone := func(h fhit) bool {
		first := h.start == 0 || toks[h.start-1].sent != toks[h.start].sent
		last := h.end == len(toks)-1 || toks[h.end+1].sent != toks[h.end].sent
		return first || last
	}
	// Thanks in a text with no word of now and no call for help tell of a danger that is over ("my
	// father had a heart attack, the ambulance came fast, thank you") — when they come after the danger
	// or in its sentence: a danger told after all the thanks is new ("thank you for Monday; tonight I
	// have chest pain").
	thankedAfter := func(h fhit) bool {
		if len(now) > 0 || len(help) > 0 {
			return false
		}
		for _, t := range cats[ros] {
			if t.start >= h.start || toks[t.start].sent == toks[h.start].sent {
				return true
			}
		}
		return false
	}
	for _, group := range []struct {
		hits []fhit
		help bool
	}{{danger, false}, {help, true}} {
		for _, h := range group.hits {
			sent := toks[h.start].sent
			if n, ok := negated(h); ok {
				reason("%s: '%s' negated by '%s'", h.lang, ft.words(h), n)
				continue
			}
			if o, ok := cleared(h); ok {
				reason("%s: '%s' is over ('%s')", h.lang, ft.words(h), o)
				continue
			}
			if sentHas(past, sent) && !sentHas(now, sent) {
				reason("%s: '%s' told in the past", h.lang, ft.words(h))
				continue
			}
			if !group.help && thankedAfter(h) {
				reason("%s: '%s' in a text of thanks with no word of now", h.lang, ft.words(h))
				continue
			}
			if group.help && thanksSent(sent) {
				continue // "thanks for the help"
			}
			if h.alone && !alone(h) {
				continue // "folk som trenger hjelp": a one-word call for help opens or ends its sentence
			}
			ev.urgent = true
			ev.recognised++
			ev.langs[h.lang] = true
			kind := "danger now"
			if group.help {
				kind = "a call for help"
			}
			reason("%s: '%s' → urgent (%s)", h.lang, ft.words(h), kind)
		}
	}
	for _, h := range conduct {
		if n, ok := negated(h); ok {
			reason("%s: '%s' negated by '%s'", h.lang, ft.words(h), n)
			continue
		}
		if cl := toks[h.start].clause; !h.disclosure && clauseHas(third, cl) && !clauseHas(staff, cl) {
			reason("%s: '%s' is about someone else, not staff", h.lang, ft.words(h))
			continue
		}
		ev.conduct = true
		ev.recognised++
		ev.langs[h.lang] = true
		ev.scores[cond] += 3
		reason("%s: '%s' → conduct", h.lang, ft.words(h))
	}
	for _, cat := range []string{rt, nts, adv, fu, tech, acc, ros} {
		for _, h := range cats[cat] {
			if _, ok := negated(h); ok && cat == ros {
				ev.scores[nts]++ // "not helpful"
				continue
			}
			ev.scores[cat] += 2
			ev.recognised++
			ev.langs[h.lang] = true
			reason("%s: '%s' → %s", h.lang, ft.words(h), cat)
		}
	}
	return ev
}

// category decides the foreign lists' category: conduct first, then the strongest complaint, then
// praise when nothing is complained of (or the praise clearly outweighs it in a good rating).
func (ev foreignEvidence) category(rating int) string {
	if ev.conduct {
		return cond
	}
	best, bestScore := feedback.CategoryOther, 0
	for _, cat := range tieOrder {
		if ev.scores[cat] > bestScore {
			best, bestScore = cat, ev.scores[cat]
		}
	}
	praise := ev.scores[ros]
	switch {
	case bestScore == 0 && praise > 0:
		return ros
	case bestScore > 0 && praise > bestScore && rating >= 4:
		return ros
	}
	return best
}
