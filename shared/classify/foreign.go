package classify

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"borgerfeedback/shared/feedback"
)

// foldForeign folds a word for the foreign cue lists: lower case, accents and Polish, Turkish and
// Romanian letters to their plain Latin letter (people type without them), Arabic vowel marks, tatweel
// and the zero-width non-joiner dropped, and the Arabic letters typed several ways made one (alef forms,
// ta marbuta, alef maqsura, Farsi kaf and yeh).
func foldForeign(w string) string { return foldForeignLower(strings.ToLower(w)) }

// foldForeignLower is foldForeign of a word already lower-cased (a token's word): lower-casing is
// idempotent, and lower-casing a long text of many scripts again cost the classifier several per cent.
func foldForeignLower(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	fm := foreignFoldMap()
	for _, r := range w {
		if r < utf8.RuneSelf { // ASCII: no mark, no fold but the backtick
			if r == '`' {
				r = '\''
			}
			b.WriteByte(byte(r))
			continue
		}
		if unicode.Is(unicode.Mn, r) || r == '\u200c' || r == '\u200d' || r == 'ـ' {
			continue
		}
		if r == '’' || r == 'ʼ' {
			r = '\''
		}
		if m, ok := fm[r]; ok {
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

// foreignFoldMap is built on first use, not at package init (issue 13).
var foreignFoldMap = sync.OnceValue(func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "a", 'ø': "o", 'ł': "l", 'ı': "i", 'ё': "е",
		'أ': "ا", 'إ': "ا", 'آ': "ا", 'ٱ': "ا", 'ة': "ه", 'ى': "ي", 'ی': "ي", 'ک': "ك", 'ئ': "ي", 'ؤ': "و"}
	for _, p := range []string{"aáàâäãåąă", "cćç", "eéèêëę", "gğ", "iíìîï", "nńñ", "oóòôöõő", "sśşș", "tţț", "uúùûüű", "zźż", "yý"} {
		rs := []rune(p)
		for _, r := range rs[1:] {
			m[r] = string(rs[0])
		}
	}
	return m
})

// fpart is one token of a foreign pattern: its alternatives.
type fpart []falt

// falt is one alternative: a prefix (stem), or an exact word that may still take one of its language's
// inflections (infl: "=sofor" reads "şoförü", "=nachbar" reads "Nachbarn").
type falt struct {
	s     string
	exact bool
	infl  map[string]bool
}

// inflections are the endings an exact word of four letters or more may take in each language (case,
// number, possessive), written as people type them; they are folded like the words. Short words and
// the function words (negators) stay exact. Built on first use, not at package init (issue 13).
var inflections = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"tr": {"i", "u", "a", "e", "in", "un", "nin", "nun", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "ya", "ye", "yi", "yu",
			"ler", "lar", "leri", "lari", "m", "im", "um", "si", "su", "ni", "nu", "na", "ne", "yla", "yle", "la", "le", "ndan", "nden", "di", "du", "ti", "tu", "ydi", "ydu", "dir", "dur", "imiz", "umuz", "miz", "muz", "iniz", "unuz"},
		"de": {"e", "en", "er", "es", "n", "s", "em", "ern"},
		"pl": {"a", "u", "em", "ie", "y", "i", "ow", "om", "ami", "ach", "e", "ego", "emu", "ej", "ą", "ę"},
		"ro": {"ul", "ului", "a", "ei", "le", "lor", "i", "ii", "ele", "ilor", "l"},
		"so": {"ka", "ga", "ta", "da", "ha", "kii", "gii", "tii", "dii", "hii", "ii", "yo", "aha", "yada", "kan", "kaas"},
		"sv": {"en", "et", "n", "t", "er", "ar", "na", "ne", "a", "ena", "arna", "erna", "s"},
		"no": {"en", "et", "n", "t", "er", "ar", "na", "ne", "a", "ene", "s"},
		"uk": {"а", "у", "ом", "ем", "е", "и", "і", "ою", "ею", "ої", "ого", "ому", "ів", "ам", "ами", "ах", "я", "ю", "ям", "ях", "ей"},
		"ru": {"а", "у", "ом", "ем", "е", "и", "ы", "ой", "ей", "ю", "я", "ям", "ями", "ами", "ах", "ях", "ов", "ого", "ому"},
		"ar": {"ه", "ها", "ي", "ك", "هم", "نا", "ني", "وا"},
		"fa": {"ي", "ها", "هاي", "ش", "م", "ت", "را"},
	}
})

// translitLangs are read through transliteration: Cyrillic and Latin spellings of one word share a
// key (translit), so each cue is written once and reads "погрожує", "pohrozhuie" and "pogrozhuet" alike.
var translitLangs = map[string]bool{"uk": true, "ru": true}

var cyrillicLatin = map[rune]string{'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'є': "ie", 'ж': "zh", 'з': "z",
	'и': "i", 'і': "i", 'ї': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "iu", 'я': "ia", '\'': ""}

// translit gives the one key of a Ukrainian or Russian word however it is spelt: Cyrillic is written in
// Latin letters, then the ways people transliterate are made one — sh/shch, zh, kh, ch, ts/c as single
// letters, y/i/j before a vowel dropped ("ya", "ia", "ja" are all "a"), y and j as i, h as g (Ukrainian
// writes г as h), a doubled i as one. The input is folded by foldForeign.
func translit(k string) string {
	latinOrCyrillic := false
	for i := 0; i < len(k) && !latinOrCyrillic; i++ {
		latinOrCyrillic = k[i] < 0x80 || k[i] == 0xd0 || k[i] == 0xd1 || k[i] == 0xd2
	}
	if !latinOrCyrillic {
		return k // Arabic, CJK …: nothing to transliterate
	}
	var b strings.Builder
	b.Grow(len(k) + 4)
	for _, r := range k {
		if m, ok := cyrillicLatin[r]; ok {
			b.WriteString(m)
			continue
		}
		b.WriteRune(r)
	}
	s := b.String()
	vowel := func(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
	o := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "shch"):
			o, i = append(o, 'S'), i+4
		case strings.HasPrefix(rest, "sch"):
			o, i = append(o, 'S'), i+3
		case strings.HasPrefix(rest, "sh"):
			o, i = append(o, 'S'), i+2
		case strings.HasPrefix(rest, "zh"):
			o, i = append(o, 'Z'), i+2
		case strings.HasPrefix(rest, "kh"):
			o, i = append(o, 'H'), i+2
		case strings.HasPrefix(rest, "ch"):
			o, i = append(o, 'C'), i+2
		case strings.HasPrefix(rest, "ts") || strings.HasPrefix(rest, "tz"):
			o, i = append(o, 'T'), i+2
		default:
			c := s[i]
			switch c {
			case 'i', 'y', 'j':
				if i+1 < len(s) && vowel(s[i+1]) {
					c, i = s[i+1], i+1 // the glide before a vowel: "ya", "ia", "ja" → a
				} else {
					c = 'i'
				}
			case 'h':
				c = 'g'
			case 'x':
				c = 'H'
			case 'c':
				c = 'T'
			case 'w':
				c = 'v'
			}
			if c == 'i' && len(o) > 0 && o[len(o)-1] == 'i' {
				i++
				continue // "ii", "iy", "yi" → i
			}
			o, i = append(o, c), i+1
		}
	}
	return string(o)
}

// latinYo writes the Russian ё as the lists' Cyrillic has it, for the Ukrainian and Russian lists: folded
// Cyrillic reads ё as е (people type "все" for "всё"), so "vsjo", "vsyo", "ubjot", "idyot", "eshchjo"
// after a consonant are "vse", "ubet", "idet", "eshche", as "все", "убьёт", "идёт", "ещё" key. Only j and y:
// the Ukrainian "ьо" is written "io" ("siohodni", "сьогодні") and keys as o. The models' features keep
// translit alone (foreignKey): they were trained on it.
func latinYo(k string) string {
	if !strings.Contains(k, "jo") && !strings.Contains(k, "yo") {
		return k
	}
	consonant := func(c byte) bool {
		return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouyj", rune(c))
	}
	b := []byte(k)
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if (b[i] == 'j' || b[i] == 'y') && i+1 < len(b) && b[i+1] == 'o' && i > 0 && consonant(b[i-1]) {
			out = append(out, 'e')
			i++
			continue
		}
		out = append(out, b[i])
	}
	return string(out)
}

// Fold modes: how the words of a text are keyed for a language's lists. German is also typed with ae,
// oe and ue for ä, ö and ü ("Tuer", "Buero"), which only its lists read as the letter.
const (
	foldPlain = iota
	foldTranslit
	foldGerman
	foldModes
)

func foldMode(lang string) int {
	switch {
	case translitLangs[lang]:
		return foldTranslit
	case lang == "de":
		return foldGerman
	}
	return foldPlain
}

// keyFor folds a word in one fold mode.
func keyFor(mode int, w string) string { return keyForLower(mode, strings.ToLower(w)) }

// keyForLower is keyFor of a word already lower-cased (a token's word).
func keyForLower(mode int, w string) string {
	k := foldForeignLower(w)
	switch mode {
	case foldTranslit:
		return translit(latinYo(k))
	case foldGerman:
		if strings.Contains(k, "e") {
			k = germanDigraphs.Replace(k)
		}
	}
	return k
}

// restrainingOrder: an over cue that names a restraining order ("besøksforbud", "امر ابعاد"): it ends a
// danger told before it unless the danger's sentence has a word of now — then the order is being broken.
func restrainingOrder(words string) bool {
	for _, k := range []string{"forbud", "verbot", "zakaz", "karari", "ordin", "7azr", "hazr", "ابعاد", "حمايه", "منع", "заборона", "запрет"} {
		if strings.Contains(words, k) {
			return true
		}
	}
	return false
}

// turkishNegativeVerb: a Turkish verb that carries its own negation ("açmıyor", "gelmedi"), so "kimse"
// (nobody) before it is negative concord, not a second negation.
func turkishNegativeVerb(k string) bool {
	for _, s := range []string{"miyor", "muyor", "madi", "medi"} {
		if strings.Contains(k, s) {
			return true
		}
	}
	return false
}

var germanDigraphs = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u")

// foldFor folds a word for the lists of one language.
func foldFor(lang, w string) string { return keyFor(foldMode(lang), w) }

type fpattern struct {
	src   string
	parts []fpart
	// disclosure: a breach of confidentiality names who was told ("told my neighbours"), so someone
	// else in its clause does not make it about them (written with a leading '!')
	disclosure bool
	// alone: a word that is a call for help only when it opens or ends its sentence ("Hjelp!", but not
	// "folk som trenger hjelp"; written with a leading '?')
	alone bool
	// staffOnly: conduct only in a sentence that names staff (written with a leading '^'): "he threatened
	// me" is conduct when the officer did it, danger or the past when the neighbour did
	staffOnly bool
	// present: a state told in the present ("не дышит", "atmet nicht"; written with a leading '@'): a
	// word of the past in its sentence ("упал 10 минут назад") does not make it over
	present bool
	// adjacent: the parts that must follow the previous part directly (written "+word"): "=не +=срочно"
	// is "not urgent", not "не дышит, срочно"
	adjacent []int
	// far: the parts that may come up to six other words after the previous part (written "~word"),
	// within the sentence: "сказали … подождать"
	far []int
	// intent: the writer's or someone's intent to die or to self-harm, told sideways ("nie dam już rady",
	// "I won't be here tomorrow"; written with a leading '%'): thanks to staff in the same text do not
	// end it — people thank the one they talked to and still mean it
	intent bool
	// nowOnly: danger only with a word of now in its sentence (written with a leading '&'): "a drunk
	// driver on the motorway" is a report of now with "right now", a past report without
	nowOnly bool
}

type compiledForeign struct {
	danger, help, conduct, neg, negAfter, past, over, now, staff, third, cond fpatterns
	cats                                                                      map[string]fpatterns
	mode                                                                      int // the fold mode its words are matched in
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

// compileForeignPatterns compiles one list of a language; inflect lets its exact words take the
// language's endings.
func compileForeignPatterns(lang string, pats []string, inflect bool) fpatterns {
	var infl map[string]bool
	if inflect && len(inflections()[lang]) > 0 {
		infl = map[string]bool{}
		for _, e := range inflections()[lang] {
			infl[foldFor(lang, e)] = true
		}
	}
	out := make([]fpattern, 0, len(pats))
	for _, p := range pats {
		fp := fpattern{src: p}
		if rest, ok := strings.CutPrefix(p, "!"); ok {
			fp.src, fp.disclosure, p = rest, true, rest
		}
		if rest, ok := strings.CutPrefix(p, "?"); ok {
			fp.src, fp.alone, p = rest, true, rest
		}
		if rest, ok := strings.CutPrefix(p, "^"); ok {
			fp.src, fp.staffOnly, p = rest, true, rest
		}
		if rest, ok := strings.CutPrefix(p, "@"); ok {
			fp.src, fp.present, p = rest, true, rest
		}
		if rest, ok := strings.CutPrefix(p, "%"); ok {
			fp.src, fp.intent, p = rest, true, rest
		}
		if rest, ok := strings.CutPrefix(p, "&"); ok {
			fp.src, fp.nowOnly, p = rest, true, rest
		}
		for n, hp := range splitHyphens(strings.Fields(p)) {
			part := hp.s
			if hp.adjacent && n > 0 {
				fp.adjacent = append(fp.adjacent, n)
			}
			if hp.far && n > 0 {
				fp.far = append(fp.far, n)
			}
			var alts fpart
			for _, a := range strings.Split(part, "|") {
				exact := strings.HasPrefix(a, "=")
				a = foldFor(lang, strings.TrimPrefix(a, "="))
				if len([]rune(a)) < 3 || len(a) < 2 {
					exact = true // a short stem would match half the words
				}
				alt := falt{s: a, exact: exact}
				if exact && len([]rune(a)) >= 4 {
					alt.infl = infl
				}
				alts = append(alts, alt)
			}
			fp.parts = append(fp.parts, alts)
		}
		out = append(out, fp)
	}
	return indexForeign(out)
}

// hyphenPart is one part of a pattern after splitHyphens.
type hyphenPart struct {
	s        string
	adjacent bool
	far      bool // "~part": up to six other words may stand before it
}

// splitHyphens splits the hyphenated words of a pattern into adjacent parts, as the text's tokens are
// split at a hyphen ("=i-a =spus" is "i", "a", "spus"; "=m-a|=i-a" is "m|i" then "a"); a "+part" stays
// adjacent. Alternatives with different numbers of hyphens are left whole.
func splitHyphens(fields []string) []hyphenPart {
	var out []hyphenPart
	for _, f := range fields {
		adj, far := false, false
		if rest, ok := strings.CutPrefix(f, "+"); ok {
			f, adj = rest, true
		}
		if rest, ok := strings.CutPrefix(f, "~"); ok {
			f, far = rest, true
		}
		alts := strings.Split(f, "|")
		var segs [][]string
		count := -1
		for _, a := range alts {
			exact := strings.HasPrefix(a, "=")
			ss := strings.Split(strings.TrimPrefix(a, "="), "-")
			for i := range ss {
				if exact || i < len(ss)-1 {
					ss[i] = "=" + ss[i]
				}
			}
			if count >= 0 && len(ss) != count {
				count = -2
			}
			if count != -2 {
				count = len(ss)
			}
			segs = append(segs, ss)
		}
		if count <= 1 {
			out = append(out, hyphenPart{f, adj, far})
			continue
		}
		for j := 0; j < count; j++ {
			var part []string
			for _, ss := range segs {
				if !slices.Contains(part, ss[j]) {
					part = append(part, ss[j])
				}
			}
			out = append(out, hyphenPart{strings.Join(part, "|"), j > 0 || adj, far && j == 0})
		}
	}
	return out
}

func compileForeign(lang string, l foreignLexicon) *compiledForeign {
	p := func(pats []string) fpatterns { return compileForeignPatterns(lang, pats, true) }
	// function words stay exact, and so do calls for help ("швидко!" is a call, "швидкої" the ambulance's)
	fn := func(pats []string) fpatterns { return compileForeignPatterns(lang, pats, false) }
	c := &compiledForeign{danger: p(l.danger), help: fn(l.help), conduct: p(l.conduct),
		neg: fn(l.neg), negAfter: fn(l.negAfter), past: p(l.past), over: p(l.over), now: fn(l.now),
		staff: p(l.staff), third: p(l.third), cond: fn(l.cond),
		cats: map[string]fpatterns{}, mode: foldMode(lang)}
	for cat, pats := range l.cats {
		c.cats[cat] = p(pats)
	}
	return c
}

// foreignState is the foreign lists compiled so far: each language's on the first text that reads it
// (foreignLists), so a Danish or English text, which reads none or only the Norwegian, does not pay for
// compiling the other eleven (about 60 ms of CPU on a cold instance's first POST, most of its first
// classification; session 13). It is never changed once stored: a language compiled later makes a
// new one.
type foreignState struct {
	langs map[string]*compiledForeign
	// starts holds every word and two-byte prefix the compiled languages' patterns can start with: a
	// token not in it starts no match, which spares the per-list lookups on most words; one per fold
	// mode. It covers at least the languages a text is read with, which is all a prefilter needs.
	starts [foldModes]startSet
}

var (
	foreignMu       sync.Mutex // held while compiling a language into a new state
	foreignCompiled atomic.Pointer[foreignState]
	// foreignSources are the lists by language, merged from the concept tables on the first compile
	foreignSources = sync.OnceValue(func() map[string]foreignLexicon {
		m := mergedLexicons()
		m["intl"] = intlCues
		return m
	})
)

// startSet is what foreign patterns can start with, in one fold mode: exact words, the two-byte
// prefixes of stems, and the first two bytes of exact words (a stem of the token may be one). Three
// maps rather than one with marker bytes: the lookups of a long text need no key built per word.
type startSet struct {
	words, prefixes, wordStarts map[string]bool
}

// foreignLists returns the compiled lists with at least the named languages compiled ("intl" or a
// langCodes code).
func foreignLists(langs []string) *foreignState {
	if st := foreignCompiled.Load(); st != nil && st.hasAll(langs) {
		return st
	}
	foreignMu.Lock()
	defer foreignMu.Unlock()
	st := foreignCompiled.Load()
	if st == nil {
		st = &foreignState{langs: map[string]*compiledForeign{}}
		for m := range st.starts {
			st.starts[m] = startSet{words: map[string]bool{}, prefixes: map[string]bool{}, wordStarts: map[string]bool{}}
		}
	}
	if st.hasAll(langs) {
		return st
	}
	next := &foreignState{langs: maps.Clone(st.langs)}
	for m := range next.starts {
		next.starts[m] = startSet{words: maps.Clone(st.starts[m].words), prefixes: maps.Clone(st.starts[m].prefixes), wordStarts: maps.Clone(st.starts[m].wordStarts)}
	}
	for _, lang := range langs {
		if next.langs[lang] != nil {
			continue
		}
		c := compileForeign(lang, foreignSources()[lang])
		next.langs[lang] = c
		next.starts[c.mode].add(c)
	}
	foreignCompiled.Store(next)
	return next
}

// hasAll: every named language is compiled.
func (st *foreignState) hasAll(langs []string) bool {
	for _, l := range langs {
		if st.langs[l] == nil {
			return false
		}
	}
	return true
}

// add puts what c's patterns can start with into the set.
func (set startSet) add(c *compiledForeign) {
	groups := []fpatterns{c.danger, c.help, c.conduct, c.neg, c.negAfter, c.past, c.over, c.now, c.staff, c.third, c.cond}
	for _, g := range c.cats {
		groups = append(groups, g)
	}
	for _, g := range groups {
		for k := range g.exact {
			set.words[k] = true
			if len(k) >= 2 {
				set.wordStarts[k[:2]] = true // an exact word starts so: a stem of the token may be one
			}
		}
		for k := range g.prefix {
			set.prefixes[k] = true
		}
	}
}

// allForeignLists are the names of every foreign list.
var allForeignLists = append([]string{"intl"}, langCodes[:]...)

// compiledForeigns compiles every foreign list and returns them by language.
func compiledForeigns() map[string]*compiledForeign { return foreignLists(allForeignLists).langs }

// relatives are the languages whose lists also read a language: Ukrainian and Russian share much, and
// so do Arabic and Farsi script words, Norwegian and Swedish.
var relatives = map[string][]string{"uk": {"ru"}, "ru": {"uk"}, "no": {"sv"}, "sv": {"no"}, "fa": {"ar"}, "ar": {"fa"}}

// listsFor names the foreign lists that read a text: its language's, its relatives', the second
// language's of a mixed text and its relatives' and the international words; all of them when the language is unknown.
func listsFor(li langInfo) []string {
	lists := []string{"intl"}
	if li.lang == langOther {
		lists = append(lists, langCodes[:]...)
		return lists
	}
	add := func(l string) {
		if slices.Contains(langCodes[:], l) {
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
	staffOnly  bool
	present    bool
	intent     bool
	nowOnly    bool
}

// foreignText is a text as the foreign lists see it.
type foreignText struct {
	toks  []token
	keys  []string
	cand  []bool     // the token can start a match of some foreign pattern
	stems [][]string // the token without an ending, where that is a word some pattern starts with
}

// maxEnding is the longest inflection in letters.
const maxEnding = 4

// newForeignText keys the tokens in a fold mode; plain are their plain keys (nil: fold them here); st
// holds at least the lists the text is read with.
func newForeignText(toks []token, mode int, plain []string, st *foreignState) foreignText {
	starts := st.starts[mode]
	ft := foreignText{toks: toks, keys: make([]string, len(toks)), cand: make([]bool, len(toks)), stems: make([][]string, len(toks))}
	for i, t := range toks {
		var k string
		switch {
		case plain == nil:
			k = keyForLower(mode, t.word) // tokenize lower-cased it
		case mode == foldTranslit:
			k = translit(latinYo(plain[i]))
		case mode == foldGerman && strings.Contains(plain[i], "e"):
			k = germanDigraphs.Replace(plain[i])
		default:
			k = plain[i]
		}
		ft.keys[i] = k
		ft.cand[i] = starts.words[k] || len(k) >= 2 && starts.prefixes[k[:2]]
		if rest, ok := waPrefixed(k); ok {
			ft.cand[i] = ft.cand[i] || starts.words[rest] || starts.prefixes[rest[:2]]
		}
		// the word without an ending of one to four letters, leaving four or more
		if len(k) < 5 || !starts.wordStarts[k[:2]] {
			continue
		}
		runes := utf8.RuneCountInString(k)
		end := len(k)
		for n := 1; n <= maxEnding && runes-n >= 4; n++ {
			_, size := utf8.DecodeLastRuneInString(k[:end])
			end -= size
			if stem := k[:end]; starts.words[stem] {
				ft.stems[i] = append(ft.stems[i], stem)
				ft.cand[i] = true
			}
		}
	}
	return ft
}

// matchAt reports where pattern p ends when it starts at token i (-1: no match); one other word may
// stand between parts ("~part": six), within the sentence.
func (ft foreignText) matchAt(p fpattern, i int) int {
	j := i
	for n, part := range p.parts {
		limit := j
		if n > 0 && !slices.Contains(p.adjacent, n) {
			limit = j + 2
		}
		if n > 0 && slices.Contains(p.far, n) {
			limit = j + 6
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
	if foreignAltMatches(part, key) {
		return true
	}
	if rest, ok := waPrefixed(key); ok {
		return foreignAltMatches(part, rest)
	}
	return false
}

// waPrefixed: the Arabic "and" is written onto the next word ("ولم يتصل", "وقالوا لي"); such a word is
// also read without it (rest: two letters or more).
func waPrefixed(key string) (rest string, ok bool) {
	rest, ok = strings.CutPrefix(key, "و")
	return rest, ok && utf8.RuneCountInString(rest) >= 2
}

func foreignAltMatches(part fpart, key string) bool {
	for _, a := range part {
		switch {
		case !a.exact:
			if strings.HasPrefix(key, a.s) {
				return true
			}
		case key == a.s:
			return true
		case a.infl != nil && len(key) > len(a.s) && strings.HasPrefix(key, a.s) && a.infl[key[len(a.s):]]:
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
			if end := ft.matchAt(p, i); end >= 0 && !otherCyrillic(lang, ft.toks[i:end+1]) {
				out = append(out, fhit{lang: lang, src: p.src, start: i, end: end, disclosure: p.disclosure, alone: p.alone, staffOnly: p.staffOnly, present: p.present,
					intent: p.intent, nowOnly: p.nowOnly})
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
		if rest, ok := waPrefixed(k); ok {
			ex = append(slices.Clip(ex), ix.exact[rest]...)
			pre = append(slices.Clip(pre), ix.prefix[rest[:2]]...)
		}
		inflected := false
		for _, st := range ft.stems[i] {
			inflected = inflected || len(ix.exact[st]) > 0
		}
		if len(ex) == 0 && len(pre) == 0 && !inflected {
			continue
		}
		seen := map[int]bool{}
		try(i, ex, seen)
		try(i, pre, seen)
		for _, st := range ft.stems[i] {
			try(i, ix.exact[st], seen)
		}
	}
	return out
}

// otherCyrillic: a word in Cyrillic letters only Ukrainian has (і, ї, є, ґ) is not read by the Russian
// lists, nor one with letters only Russian has (ы, э, ъ, ё) by the Ukrainian lists: transliterated they
// can meet ("біля", near, and "была", was, are both "bila").
func otherCyrillic(lang string, toks []token) bool {
	var letters string
	switch lang {
	case "ru":
		letters = "іїєґІЇЄҐ"
	case "uk":
		letters = "ыэъёЫЭЪЁ"
	default:
		return false
	}
	for _, t := range toks {
		if strings.ContainsAny(t.word, letters) {
			return true
		}
	}
	return false
}

func (ft foreignText) words(h fhit) string {
	ws := make([]string, 0, h.end-h.start+1)
	for i := h.start; i <= h.end; i++ {
		ws = append(ws, ft.toks[i].word)
	}
	return strings.Join(ws, " ")
}

// setAside notes a danger or help cue set aside as decided (why: "past", "negated", "over", "asked
// about" …), for the foreign models: the first one names the reason, and any that is not told in the past
// or negated keeps the urgent model from reading the text again (rereadSetAside).
func (ev *foreignEvidence) setAside(why string) {
	ev.setAsideNotTense = ev.setAsideNotTense || why != "past" && why != "negated"
	if ev.dangerSetAside == "" {
		ev.dangerSetAside, ev.setAsideAs = "the foreign lists read the danger as "+why, why
	}
}

// foreignEvidence is what the foreign lists found in a text.
type foreignEvidence struct {
	urgent, conduct bool
	awaited         bool           // help not come yet, told now, in a text with no thanks, nothing over, no follow-up
	awaitedNow      bool           // awaited, and a word of now in the text ("nadal go nie ma … teraz")
	urgentAt        [][2]int       // the token spans of the cues that made it urgent
	toldNow         bool           // a word of now in the text and no word that says it is over
	scores          map[string]int // category → weight (conduct and praise included)
	recognised      int            // cues of any kind that counted
	seen            int            // cues of any kind found, counted or not (a past or negated danger too)
	langs           map[string]bool
	reasons         []string
	// sides: where praise and complaint stand around the text's last "but" (verdict.go)
	sides                 butSides
	praiseAt, complaintAt []int
	// dangerSetAside says why a danger or help cue found was set aside as decided (negated, over, past,
	// asked about, a figure of speech, staff's threat, ended well); the foreign models respect it, save
	// where every danger set aside was set aside only as told in the past or negated (rereadSetAside)
	dangerSetAside string
	// setAsideNotTense: a danger or help cue was set aside for a reason other than a word of the past or
	// a negator (over, asked about, a figure of speech, staff's threat, ended well …)
	setAsideNotTense bool
	// setAsideAs is why the first danger cue was set aside ("past", "negated", "over", "asked about" …)
	setAsideAs string
	// overUnrenewed: a statement that it is over or all are safe ("teraz jest spokój", "wurde gefunden")
	// with no word of now after it
	overUnrenewed bool
	// habitual says whether the text tells a trouble as a habit (every night, for months, again and
	// again) and has no word of now: a long-standing complaint, not danger now, for the foreign models
	// too. Asked only when a model would add urgent (the search costs the worst case; nil: no)
	habitual func() bool
	// aboutThings says whether the text tells a worry about a day to come (the one feared released next
	// spring) or an errand about things, not people (money owed, a deposit, a lost passport), for the
	// foreign urgent model (set 28). Asked only when the model would add urgent (nil: no)
	aboutThings func() bool
	// conductSetAside: a conduct cue was found and set aside (negated, about someone else, the writer's own)
	conductSetAside bool
	toldToWait      int // the not_taken_seriously score that comes from "told to wait" alone (toldToWaitField)
	// waitIsBareTime: the wait's evidence is a bare time alone ("ساعة", "годину"), with no word of
	// waiting, of help not come or of a queue; adviceIsPlea: the advice evidence is asking what to do
	// alone. Asked only in a report of danger (they cost a search; nil for a text with no lists)
	waitIsBareTime, adviceIsPlea func() bool
}

// readForeign reads the text with the given lists: danger, help, conduct and category cues, each
// scoped by the negators before it in its clause, the words of the past in its sentence and the words
// that say it is over. The rating (0: unknown) decides whether kind words can tell a danger ended well.
func readForeign(toks []token, lists []string, rating int) foreignEvidence {
	ev := foreignEvidence{scores: map[string]int{}, langs: map[string]bool{}}
	if len(toks) == 0 {
		return ev
	}
	st := foreignLists(lists)
	ft := newForeignText(toks, foldPlain, nil, st)
	var texts [foldModes]*foreignText // the text keyed in each fold mode its lists need
	texts[foldPlain] = &ft
	all := st.langs
	var danger, help, conduct, neg, negAfter, past, over, now, staff, third, conds []fhit
	cats := map[string][]fhit{}
	for _, lang := range lists {
		c := all[lang]
		if texts[c.mode] == nil {
			t := newForeignText(toks, c.mode, ft.keys, st)
			texts[c.mode] = &t
		}
		ft := *texts[c.mode]
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
		conds = append(conds, ft.find(lang, c.cond)...)
		for cat, pats := range c.cats {
			if recallFields[cat] {
				continue // found on demand by recallMechanisms
			}
			cats[cat] = append(cats[cat], ft.find(lang, pats)...)
		}
	}
	if slices.Contains(lists, "de") {
		danger = append(danger, germanBringUm(toks, ft.keys)...)
	}
	if len(lists) > 1 && lists[1] == "no" {
		// in Norwegian, as in Danish, "fire" is four ("Fire samtaler for å finne ut …", set 28): the
		// international English word is not read in a Norwegian text, which says "brann"
		danger = slices.DeleteFunc(danger, func(h fhit) bool { return h.lang == "intl" && h.start == h.end && ft.keys[h.start] == "fire" })
	}
	// someone else written '?' (kin) is someone else only opening their sentence, after one word at most
	// ("Mein Bruder hat aufgelegt"), not where staff spoke to them ("meinte zu meiner Tochter")
	third = slices.DeleteFunc(third, func(h fhit) bool {
		return h.alone && h.start >= 2 && toks[h.start-2].sent == toks[h.start].sent
	})
	// findField finds one of the recall fields with every list, on demand: most texts need none of them
	findField := func(field string) {
		for _, lang := range lists {
			c := all[lang]
			cats[field] = append(cats[field], texts[c.mode].find(lang, c.cats[field])...)
		}
	}
	// the ninth set's precision fields, found on demand, once
	fieldsFound := map[string]bool{}
	need := func(field string) []fhit {
		if !fieldsFound[field] {
			fieldsFound[field] = true
			findField(field)
		}
		return cats[field]
	}
	// a word of now inside a word of the past is the past's ("acum doi ani": two years ago)
	now = slices.DeleteFunc(now, func(n fhit) bool {
		return slices.ContainsFunc(past, func(p fhit) bool { return p.start <= n.start && p.end >= n.end })
	})
	// the Swedish and Norwegian "i natt" / "i kväll" in a clause told in the past is last night, not now
	// ("… när han bankade på dörren i natt"), as "i nat" is for the Danish lists (session 10)
	now = slices.DeleteFunc(now, func(n fhit) bool {
		return (n.lang == "sv" || n.lang == "no") && nightWord(ft.keys[n.end]) && scandinavianPastClause(toks, ft.keys, toks[n.start].clause)
	})
	// a restraining order is no statement of safety: it says nothing of whether it holds now
	if statements := slices.DeleteFunc(slices.Clone(over), func(o fhit) bool { return restrainingOrder(foldForeign(ft.words(o))) }); len(statements) > 0 {
		last := slices.MaxFunc(statements, func(a, b fhit) int { return a.end - b.end })
		// a word of now a few words after the statement that ends its clause, in its sentence with no "but"
		// between, is the statement's own ("jag blev inte skadad och han är borta nu, men …"), not danger
		// renewed ("… رفت تو آب و الان فقط دستشو میبینم" goes on: now)
		ev.overUnrenewed = !slices.ContainsFunc(now, func(n fhit) bool {
			clauseEnd := n.end+1 >= len(toks) || toks[n.end+1].clause != toks[n.end].clause
			own := toks[n.start].sent == toks[last.end].sent && n.start-last.end <= 6 && clauseEnd && !contrastBetween(toks, last.end, n.start)
			return n.start > last.end && !own
		})
	}
	ev.seen = len(danger) + len(help) + len(conduct) + len(past) + len(over)
	for cat, hs := range cats {
		if cat != awaitedField && cat != idiomField && cat != saidField && cat != remarkField && cat != whoCalledField && cat != sorryField && cat != toldToWaitField && !recallFields[cat] {
			ev.seen += len(hs)
		}
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
		// a cue that holds its own negation ("nie otwiera drzwi", "не відчиняє двері") is not negated again
		// by "nobody" or "never" before it: negative concord ("nikt nie otwiera" is nobody opens)
		ownNegation := slices.ContainsFunc(neg, func(n fhit) bool { return n.start >= h.start && n.start <= h.end }) ||
			h.lang == "tr" && slices.ContainsFunc(ft.keys[h.start:h.end+1], turkishNegativeVerb) // "kimse kapıyı açmıyor"
		for _, n := range neg {
			if !ownNegation && n.end < h.start && n.end >= h.start-3 && toks[n.end].clause == toks[h.start].clause && !andBetween(h.lang, toks, n.end, h.start) {
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
	// over: a statement that it is over or all are safe clears the danger told before it; danger told
	// after it is new when a word of now stands between them or after it in the danger's sentence ("poszedł
	// sobie, ale wrócił i stoi pod drzwiami teraz"); without one, it is the danger that is over.
	// A "but" or "only" after the statement, in the danger's sentence, renews it too: the danger is the
	// exception to a general "everything is more or less fine" said first ("her şey iyi sayılır sadece …
	// duman geliyor").
	// A word of again or still in the danger's own clause renews it against a statement in another
	// clause (renewedInOwnClause): "står utanför fönstret igen nu …, han har kontaktförbud".
	cleared := func(h fhit) (string, bool) {
		for _, o := range over {
			if _, neg := negated(o); neg {
				continue // "şimdi evde değil": not home now is no safety
			}
			if o.lang == "tr" && wentTo(toks, o) {
				continue // "okula gitti ve eve dönmedi": went to school, not "he left"
			}
			if slices.ContainsFunc(danger, func(d fhit) bool { return (d.present || d.intent) && d.start <= o.start && o.end <= d.end }) {
				continue // "ушёл под воду", "رفت زیر آب": went under the water, a danger's own words, not "he left"
				// (or "hoşça kal, herkese iyi bak": look after everyone, not "everyone is fine")
			}
			if h.intent && o.start > h.end && slices.ContainsFunc(need(goneField), func(g fhit) bool { return g.start <= o.end && g.end >= o.start }) {
				continue // "he is driving to the bridge to end it … he has left now": gone to do it, not the danger over
			}
			if restrainingOrder(foldForeign(ft.words(o))) && slices.ContainsFunc(now, func(n fhit) bool {
				// a word of now in the danger's own clause or after the order, not the order's own ("ale
				// teraz ma zakaz zbliżania"): the order is being broken ("… uzaklaştırma kararı var. … Şimdi
				// yine burada")
				return (toks[n.start].clause == toks[h.start].clause || n.start > o.end) && !(n.end < o.start && o.start-n.end <= 3)
			}) {
				continue // "طليقي واقف هلق تحت البناية وعليه امر ابعاد": there now, despite the order
			}
			if restrainingOrder(foldForeign(ft.words(o))) && sentHas(need(orderNoUseField), toks[o.start].sent) {
				continue // "das kontaktverbot hilft nichts": the order does not hold, it is being broken
			}
			if slices.ContainsFunc(need(helpLeftField), func(l fhit) bool {
				return l.start <= o.end && l.end >= o.start || toks[l.start].clause == toks[o.start].clause && l.start < o.start
			}) {
				continue // "rettungswagen … ist wieder weg gefahren": the help left, not the danger
			}
			if w, ok := renewedInOwnClause(toks, ft.keys, h, o, now); ok {
				// the danger told again or still now outlives a statement that it is over in another clause
				reason("%s: '%s' renewed by '%s' in its own clause, told as going on now: '%s' does not end it", h.lang, ft.words(h), w, ft.words(o))
				continue
			}
			if o.start >= h.start {
				return ft.words(o), true
			}
			renewed := slices.ContainsFunc(now, func(n fhit) bool {
				return n.start > o.end && toks[n.start].sent == toks[h.start].sent
			}) || contrastBetween(toks, o.end, h.start)
			if !renewed {
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
	// aboutOther: who a conduct word is about. The nearest person named before it in its sentence decides
	// ("Otobüs şoförü bana hakaret etti" is the driver; "Der Mann, der mich angefahren hat, war
	// unverschämt" is the man, across the commas of the relative clause); staff named in the same
	// words as someone else are staff ("der Mann am Telefon"). With no one named before it, someone
	// else in its own clause and no staff there.
	aboutOther := func(h fhit) bool {
		sent := toks[h.start].sent
		if slices.ContainsFunc(third, func(o fhit) bool { return o.start > h.start && o.end <= h.end }) {
			return true // named inside the cue, after its verb: the subject of a verb-second clause ("forrige uke truet naboen meg")
		}
		staffAt, otherAt := -1, -1
		for _, s := range staff {
			if s.end < h.start && toks[s.start].sent == sent {
				staffAt = max(staffAt, s.start)
			}
		}
		for _, o := range third {
			if o.end < h.start && toks[o.start].sent == sent {
				covered := false
				for _, s := range staff {
					// staff in the same words, or right before a relative clause ("der Beamte, der mich anrief")
					covered = covered || s.start <= o.start && s.end >= o.end || s.end == o.start-1
				}
				if !covered {
					otherAt = max(otherAt, o.start)
				}
			}
		}
		if otherAt >= 0 || staffAt >= 0 {
			return otherAt > staffAt
		}
		cl := toks[h.start].clause
		return clauseHas(third, cl) && !clauseHas(staff, cl)
	}
	// otherNamedFirst: the first person named in h's sentence before it is someone else, not staff — the
	// teller of a '!^' cue ("Vecinii țipă în fața copiilor": the neighbours; "Der Polizist hat meine Adresse an
	// meinen Nachbarn weitergegeben": the officer)
	otherNamedFirst := func(h fhit) bool {
		sent := toks[h.start].sent
		first, firstOther := h.start, false
		for _, group := range []struct {
			hits  []fhit
			other bool
		}{{staff, false}, {third, true}} {
			for _, p := range group.hits {
				if p.end < h.start && toks[p.start].sent == sent && p.start < first {
					first, firstOther = p.start, group.other
				}
			}
		}
		return firstOther
	}
	thanksSent := func(sent int) bool { return sentHas(cats[ros], sent) }
	// writerBefore: the nearest person before h in its sentence (the writer, he or she, staff, someone
	// else) is the writer, or the writer is named in the cue's own words before the verb ("jeg kjeftet")
	writerBefore := func(h fhit) bool {
		self, pronoun := personWords()
		sent := toks[h.start].sent
		covered := func(p int) bool {
			for _, group := range [][]fhit{staff, third} {
				for _, o := range group {
					if o.start <= p && o.end >= p {
						return true
					}
				}
			}
			return false
		}
		for p := h.start - 1; p >= 0 && p >= h.start-8 && toks[p].sent == sent; p-- {
			k := foldFor(h.lang, toks[p].word)
			switch {
			case self[h.lang][k]:
				return true
			case pronoun[h.lang][k] || covered(p):
				return false
			}
		}
		return false
	}
	// writerWasRude: the writer is the nearest person before a rude word, and the text thanks or apologises
	writerWasRude := func(h fhit) bool {
		return len(cats[ros])+len(cats[sorryField]) > 0 && writerBefore(h)
	}
	// writerTold: a disclosure whose nearest person before it is the writer ("Jag berättade själv för
	// hyresvärden") is the writer telling, not staff
	writerTold := func(h fhit) bool { return h.disclosure && writerBefore(h) }
	// pastRightBefore: a word of the past ends at most two words before h, in its clause: the state's own
	// past ("был без сознания", "was not breathing")
	pastRightBefore := func(h fhit) bool {
		return slices.ContainsFunc(past, func(p fhit) bool {
			return p.end < h.start && p.end >= h.start-2 && toks[p.end].clause == toks[h.start].clause
		})
	}
	// staffThreat: a danger word in a sentence where a staff-only conduct cue matched and no one else is
	// named ("Сотрудник полиции … угрожал, что арестует"): the officer's threat, not danger to life.
	staffThreat := func(h fhit) bool {
		sent := toks[h.start].sent
		return !sentHas(third, sent) && sentHas(staff, sent) &&
			slices.ContainsFunc(conduct, func(c fhit) bool { return c.staffOnly && toks[c.start].sent == sent })
	}
	// A cue that must stand alone opens or ends its sentence; a one-word call for help that ends it ends
	// a short clause ("Chłopiec się topi w jeziorze, pomocy"), and is not asked ("hjälp?" after a
	// complaint asks for help with it; "… inte som någon som behövde hjälp" ends a long one).
	alone := func(h fhit) bool {
		oneWord := h.start == h.end
		if oneWord && toks[h.start].question {
			return false
		}
		first := h.start == 0 || toks[h.start-1].sent != toks[h.start].sent
		last := h.end == len(toks)-1 || toks[h.end+1].sent != toks[h.end].sent
		if oneWord && last && !first {
			start := h.start
			for start > 0 && toks[start-1].clause == toks[h.start].clause {
				start--
			}
			last = h.end-start < 4
		}
		return first || last
	}
	// Thanks in a text with no word of now and no call for help tell of a danger that is over ("my
	// father had a heart attack, the ambulance came fast, thank you") — when they come after the danger
	// or in its sentence: a danger told after all the thanks is new ("thank you for Monday; tonight I
	// have chest pain").
	// In a text rated 1 or 2 only a word of thanks does: a kind word about the call-taker there is
	// courtesy, not a danger that ended well ("obsługa miła, ale mała nie oddycha"); "ambulans çok hızlı
	// geldi, teşekkürler" still thanks for it.
	thankedAfter := func(h fhit) bool {
		if len(now) > 0 || len(help) > 0 || h.intent {
			return false
		}
		for _, t := range cats[ros] {
			if rating >= 1 && rating <= 2 && !thanksIn(toks[t.start:t.end+1]) {
				continue
			}
			// thanks before a state told now in its sentence do not end it ("dziękuję za rozmowę, ale mama nie oddycha")
			if t.start >= h.start || toks[t.start].sent == toks[h.start].sent && !h.present {
				return true
			}
		}
		// thanks before the danger, and the ambulance or the police came after it: a danger that is over
		// ("Thank you! My husband fell down the stairs … the ambulance came in 8 minutes")
		return len(cats[ros]) > 0 && slices.ContainsFunc(need(helpCameField), func(c fhit) bool {
			_, negBefore := negated(c) // "the ambulance has not come"
			return c.start > h.end && !negBefore && !slices.ContainsFunc(neg, func(n fhit) bool { return n.start >= c.start && n.end <= c.end })
		})
	}
	// idiom: a danger word right after "almost" / "I thought I'd" in its clause, in a text that complains
	// of a wait or laughs and has no call for help: "I nearly died waiting".
	laughs := slices.ContainsFunc(toks, func(t token) bool {
		w := t.word // lower-cased by tokenize
		return w == "haha" || w == "hahaha" || w == "xd" || w == ":d" || strings.Contains(w, "😂") || strings.Contains(w, "🤣")
	})
	idiom := func(h fhit) bool {
		if h.present || len(help) > 0 || !(laughs || len(cats[rt]) > 0) {
			return false
		}
		// the marker stands before the danger word or around it ("чуть инфаркт не хватил", "das bringt
		// mich noch um"), or right after it when it says "if … once more" ("zabiję się, jak jeszcze raz
		// usłyszę tę muzyczkę")
		return slices.ContainsFunc(cats[idiomField], func(m fhit) bool {
			before := m.start < h.start && m.end >= h.start-4 && toks[m.start].clause == toks[h.start].clause
			after := m.start > h.end && m.start <= h.end+3 && toks[m.start].clause == toks[h.end].clause && onceMore(ft.words(m))
			return before || after
		})
	}
	overlaps := func(o, h fhit) bool { return o.start <= h.end && o.end >= h.start }
	// notDangerToLife: a danger word used in another sense ("zang mizane": phones); a threat of dismissal,
	// eviction or a report, or a threat at work with no other danger in its sentence (a dispute); violence
	// or a threat told as a habit (every night, for months) with no word of now in its sentence and no
	// call for help in the text — a long-standing trouble to complain of, not danger now.
	notDangerToLife := func(h fhit) (string, bool) {
		if slices.ContainsFunc(need(otherSenseField), func(o fhit) bool { return overlaps(o, h) }) {
			return "is a word in another sense", true
		}
		sent, cl := toks[h.start].sent, toks[h.start].clause
		if slices.ContainsFunc(need(threatField), func(o fhit) bool { return overlaps(o, h) }) {
			if slices.ContainsFunc(need(threatObjectField), func(o fhit) bool {
				return toks[o.start].clause == cl && o.start <= h.end+4 && o.end >= h.start-4
			}) {
				return "is a threat of dismissal, eviction or a report: not danger to life", true
			}
			otherDanger := slices.ContainsFunc(danger, func(d fhit) bool {
				return toks[d.start].sent == sent && !slices.ContainsFunc(cats[threatField], func(o fhit) bool { return overlaps(o, d) })
			})
			if !otherDanger && sentHas(need(workField), sent) {
				return "is a threat at work: a dispute, not danger now", true
			}
		}
		// a word of today in the danger's own clause tells the day's act against the habit told beside it
		// ("seit Wochen geht es mir schlecht und ich hab heute alle Tabletten zusammengesucht", set 28)
		if !h.present && !h.intent && len(help) == 0 && !sentHas(now, sent) && sentHas(need(habitField), sent) && !clauseHas(need(todayField), cl) {
			return "is told as a habit, with no word of now: a long-standing trouble, not danger now", true
		}
		return "", false
	}
	// asked: a danger word in a question after "if" in its sentence is asked about, not reported ("what do
	// I do if my child does not come home from school?")
	asked := func(h fhit) bool {
		sent := toks[h.start].sent
		return toks[h.start].question && slices.ContainsFunc(conds, func(c fhit) bool { return toks[c.start].sent == sent && c.start < h.start })
	}
	setAside := ev.setAside
	for _, group := range []struct {
		hits []fhit
		help bool
	}{{danger, false}, {help, true}} {
		for _, h := range group.hits {
			sent := toks[h.start].sent
			if n, ok := negated(h); ok {
				reason("%s: '%s' negated by '%s'", h.lang, ft.words(h), n)
				setAside("negated")
				continue
			}
			if o, ok := cleared(h); ok {
				reason("%s: '%s' is over ('%s')", h.lang, ft.words(h), o)
				setAside("over")
				continue
			}
			if c, ok := insideComplaint(h, cats); ok {
				// "справа так і не рухається": the case is not moving, not a person
				reason("%s: '%s' is part of the complaint '%s'", h.lang, ft.words(h), ft.words(c))
				setAside("part of a complaint")
				continue
			}
			// a word of the past in the danger's own clause with no word of now there: a now in another clause
			// belongs to that one ("… tahdid karde bood, … vali hanooz javabi nagereftam": still no answer)
			cl := toks[h.start].clause
			// "still" before a negated verb is a wait ("поліція досі не сказала, чи це був підпал": still
			// has not told us), not a now for a danger elsewhere in the sentence
			nowH := slices.DeleteFunc(slices.Clone(now), func(n fhit) bool {
				return slices.ContainsFunc(neg, func(g fhit) bool {
					return g.start > n.end && g.start <= n.end+3 && toks[g.start].clause == toks[n.start].clause && (h.start < g.start || h.start > g.end+3)
				})
			})
			pastOwnClause := clauseHas(past, cl) && !clauseHas(nowH, cl)
			if (sentHas(past, sent) && !sentHas(nowH, sent) || pastOwnClause) && (!h.present || pastRightBefore(h)) {
				reason("%s: '%s' told in the past", h.lang, ft.words(h))
				setAside("past")
				continue
			}
			if !group.help {
				if why, ok := notDangerToLife(h); ok {
					reason("%s: '%s' %s", h.lang, ft.words(h), why)
					setAside("not danger to life")
					continue
				}
			}
			if h.nowOnly && !sentHas(now, sent) {
				reason("%s: '%s' with no word of now", h.lang, ft.words(h))
				continue
			}
			if asked(h) {
				reason("%s: '%s' in a question with 'if': asked about, not reported", h.lang, ft.words(h))
				setAside("asked about")
				continue
			}
			if h.intent && (laughs && len(help) == 0 || clauseHas(cats[rt], toks[h.start].clause) || clauseHas(cats[tech], toks[h.start].clause)) {
				reason("%s: '%s' about the wait or the line, or laughed off: exasperation", h.lang, ft.words(h))
				setAside("exasperation")
				continue
			}
			if !group.help && idiom(h) {
				reason("%s: '%s' after 'almost' in a complaint: a figure of speech", h.lang, ft.words(h))
				setAside("a figure of speech")
				continue
			}
			if !group.help && staffThreat(h) {
				reason("%s: '%s' is a threat by staff: conduct, not danger", h.lang, ft.words(h))
				setAside("a threat by staff")
				continue
			}
			if !group.help && thankedAfter(h) {
				reason("%s: '%s' in a text of thanks with no word of now", h.lang, ft.words(h))
				setAside("ended well, with thanks")
				continue
			}
			if group.help && thanksSent(sent) {
				continue // "thanks for the help"
			}
			if group.help && slices.ContainsFunc(need(writerAskedField), func(w fhit) bool { return w.end < h.start && toks[w.start].sent == sent }) {
				reason("%s: '%s' is what the writer asked for on the call, told afterwards", h.lang, ft.words(h))
				setAside("the writer's request told afterwards")
				continue
			}
			if h.alone && !alone(h) {
				continue // "folk som trenger hjelp": a one-word call for help opens or ends its sentence
			}
			ev.urgent = true
			ev.urgentAt = append(ev.urgentAt, [2]int{h.start, h.end})
			ev.recognised++
			ev.langs[h.lang] = true
			kind := "danger now"
			if group.help {
				kind = "a call for help"
			}
			reason("%s: '%s' → urgent (%s)", h.lang, ft.words(h), kind)
		}
	}
	if !ev.urgent && len(now) == 0 && len(help) == 0 {
		ev.habitual = func() bool { return len(need(habitField)) > 0 } // "Biri sürekli arabamın lastiklerini kesiyor, bu 4. kez"
	}
	if !ev.urgent && len(help) == 0 {
		ev.aboutThings = func() bool { return len(need(releaseLaterField)) > 0 || len(need(thingsField)) > 0 }
	}
	// a threat at work, of dismissal or told as a habit is no threat that makes fear danger now
	threats := slices.DeleteFunc(slices.Clone(danger), func(h fhit) bool { _, not := notDangerToLife(h); return not })
	overAfter := func(h fhit) bool { return slices.ContainsFunc(over, func(o fhit) bool { return o.start > h.end }) }
	recallMechanisms(&ev, toks, ft, threats, now, past, staff, cats, findField, negated, cleared, thankedAfter, overAfter, asked, sentHas, reason)
	ended := endedCalls(ft, toks, conduct, need(hungUpField), staff, cats[rt], append(danger, help...), negated)
	for i, h := range conduct {
		if why := ended[i]; why != "" {
			reason("%s: '%s' %s: not staff conduct", h.lang, ft.words(h), why)
			ev.conductSetAside = true
			if why == endedAfterWait {
				ev.scores[rt] += 2
				ev.complaintAt = append(ev.complaintAt, h.start)
			}
			continue
		}
		if n, ok := negated(h); ok {
			reason("%s: '%s' negated by '%s'", h.lang, ft.words(h), n)
			ev.conductSetAside = true
			continue
		}
		if hungUpAfterBarrierForeign(toks, ft.keys, h, need(hungUpField), cats[acc], neg) {
			reason("%s: '%s' follows the language barrier told before it: accessibility, not staff conduct", h.lang, ft.words(h))
			ev.conductSetAside = true
			continue
		}
		if h.staffOnly && !sentHas(staff, toks[h.start].sent) {
			continue
		}
		if !h.disclosure && slices.ContainsFunc(danger, func(d fhit) bool {
			return toks[d.start].clause == toks[h.start].clause && (d.start > h.end && d.start <= h.end+2 || d.end < h.start && d.end >= h.start-2)
		}) {
			// "واحد هددني بسكين": a threat or shouting right beside a weapon or a danger is the offender's,
			// not staff's (session 10; "the operator laughed when I said he threatens me" is staff's)
			reason("%s: '%s' is told beside a danger: the offender's, not staff conduct", h.lang, ft.words(h))
			ev.conductSetAside = true
			continue
		}
		if h.start == h.end && farceWord(ft.keys[h.start]) && (h.start == 0 || toks[h.start-1].sent != toks[h.start].sent) &&
			(h.end == len(toks)-1 || toks[h.end+1].sent != toks[h.end].sent) {
			// "… عشان ابلغ عن سرقة بسكليت. مسخرة": "what a farce!" judges the service, it mocks no one
			reason("%s: '%s' on its own is an exclamation about the service, not staff conduct", h.lang, ft.words(h))
			ev.conductSetAside = true
			continue
		}
		if h.disclosure && h.staffOnly && otherNamedFirst(h) {
			reason("%s: '%s' is told by someone else, not staff", h.lang, ft.words(h))
			ev.conductSetAside = true
			continue
		}
		if !h.disclosure && aboutOther(h) {
			reason("%s: '%s' is about someone else, not staff", h.lang, ft.words(h))
			ev.conductSetAside = true
			continue
		}
		if !h.disclosure && writerWasRude(h) {
			reason("%s: '%s' is the writer's own rudeness, told with thanks or an apology: not staff conduct", h.lang, ft.words(h))
			ev.conductSetAside = true
			continue
		}
		if writerTold(h) {
			reason("%s: '%s' is the writer's own telling: not staff conduct", h.lang, ft.words(h))
			ev.conductSetAside = true
			continue
		}
		ev.conduct = true
		ev.recognised++
		ev.langs[h.lang] = true
		ev.scores[cond] += 3
		reason("%s: '%s' → conduct", h.lang, ft.words(h))
	}
	staffSaid(&ev, toks, ft, negated, staff, third, cats, reason)
	// a cue inside a longer cue of another category is part of that one: "vänta" (a wait) in "vänta till
	// imorgon" (told to wait till tomorrow, a brush-off)
	insideLonger := func(h fhit, cat string) bool {
		for _, oc := range []string{rt, nts, adv, fu, tech, acc, ros} {
			if oc == cat {
				continue
			}
			for _, o := range cats[oc] {
				if o.start <= h.start && o.end >= h.end && o.end-o.start > h.end-h.start {
					return true
				}
			}
		}
		return false
	}
	// insideSame: a cue inside a longer cue of its own category is one piece of evidence with it
	// ("ambulansı bekliyoruz" inside "hala ambulansı bekliyoruz")
	insideSame := func(h fhit, hs []fhit) bool {
		return slices.ContainsFunc(hs, func(o fhit) bool {
			return o.start <= h.start && o.end >= h.end && o.end-o.start > h.end-h.start
		})
	}
	bareTimeRT := 0       // the wait's score that comes from a bare time alone ("de o jumătate de oră")
	var advCounted []fhit // the advice cues counted (a plea in danger is no advice complained of)
	for _, cat := range []string{rt, nts, adv, fu, tech, acc, ros} {
		counted := map[[2]int]bool{} // a word two related lists both read ("مترجم" in ar and fa) counts once
		for _, h := range cats[cat] {
			span := [2]int{h.start, h.end}
			if counted[span] || insideLonger(h, cat) || insideSame(h, cats[cat]) {
				continue
			}
			counted[span] = true
			if _, ok := negated(h); ok && cat == ros {
				ev.scores[nts]++ // "not helpful"
				ev.complaintAt = append(ev.complaintAt, h.start)
				continue
			}
			if cat == ros {
				ev.praiseAt = append(ev.praiseAt, h.start)
			} else {
				ev.complaintAt = append(ev.complaintAt, h.start)
			}
			if cat == rt && bareTime(ft, h) {
				bareTimeRT += 2
			}
			if cat == adv {
				advCounted = append(advCounted, h)
			}
			ev.scores[cat] += 2
			ev.recognised++
			ev.langs[h.lang] = true
			reason("%s: '%s' → %s", h.lang, ft.words(h), cat)
		}
	}
	thankedWell := rating >= 3 && slices.ContainsFunc(cats[ros], func(r fhit) bool { _, neg := negated(r); return !neg })
	for _, h := range cats[toldToWaitField] {
		// told to call if it happens or just to wait: a brush-off, not counted as read (toldToWaitField)
		if _, ok := negated(h); ok || thankedWell {
			continue // thanked for: "she said to lock the door and wait, good advice" is guidance, no brush-off
		}
		if toldToWaitForHelp(h, cats[awaitedField], need(queueField), negated) {
			ev.scores[rt] += 2
			ev.complaintAt = append(ev.complaintAt, h.start)
			ev.langs[h.lang] = true
			reason("%s: '%s' → %s (told to wait for help not come, or in the queue)", h.lang, ft.words(h), rt)
			continue
		}
		ev.scores[nts] += 2
		ev.toldToWait += 2
		ev.complaintAt = append(ev.complaintAt, h.start)
		ev.langs[h.lang] = true
		reason("%s: '%s' → %s (told to call if it happens, or to wait)", h.lang, ft.words(h), nts)
	}
	for _, u := range unreadComplaints {
		// a language barrier told, being kept waiting: a category, not counted as read (barrierField)
		for _, h := range need(u.field) {
			if _, ok := negated(h); !ok {
				ev.scores[u.cat] += 2
				ev.complaintAt = append(ev.complaintAt, h.start)
				ev.langs[h.lang] = true
				reason("%s: '%s' → %s", h.lang, ft.words(h), u.cat)
				break
			}
		}
	}
	for _, h := range need(toldOnlineField) {
		// told to report it online or to send an e-mail: with no other instruction a brush-off, told as
		// often by writers under a threat as "wait" is (toldToWaitField); beside another channel (the
		// station, calling, in person) one of several instructions: advice
		if _, ok := negated(h); ok {
			continue
		}
		ev.complaintAt = append(ev.complaintAt, h.start)
		ev.langs[h.lang] = true
		if len(need(otherChannelField)) > 0 {
			ev.scores[adv] += 2
			ev.recognised++
			reason("%s: '%s' → %s (told online and another way too)", h.lang, ft.words(h), adv)
		} else if len(cats[adv]) == 0 {
			ev.scores[nts] += 2
			ev.toldToWait += 2
			reason("%s: '%s' → %s (told to report it online)", h.lang, ft.words(h), nts)
		}
		break
	}
	// help called for and not come yet is the wait the caller complains of (response_time), in a text that
	// calls for help as much as in one told afterwards; a case number or call back not come is follow-up,
	// and a sentence told in the past ("came after an hour") is no wait now
	if len(cats[fu]) == 0 && ev.scores[rt] == 0 {
		for _, h := range cats[awaitedField] {
			if sent := toks[h.start].sent; sentHas(past, sent) && !sentHas(now, sent) {
				continue
			}
			ev.scores[rt] += 2
			ev.complaintAt = append(ev.complaintAt, h.start)
			ev.recognised++
			ev.langs[h.lang] = true
			reason("%s: '%s' → %s (help not come yet)", h.lang, ft.words(h), rt)
			break
		}
	}
	// a word of now that is not part of a complaint cue ("досі немає номера справи", "nadal nikogo nie
	// ma": still no case number, still nobody) tells of now; inside one it is the complaint's
	nowOutsideComplaint := slices.ContainsFunc(now, func(n fhit) bool {
		for _, cat := range []string{rt, nts, adv, fu, tech, acc, awaitedField} {
			if slices.ContainsFunc(cats[cat], func(c fhit) bool { return c.start <= n.start && c.end >= n.end }) {
				return false
			}
		}
		return true
	})
	ev.toldNow = nowOutsideComplaint && len(over) == 0
	// a case number or call back still not come is follow-up, not help awaited
	if !ev.urgent && len(over) == 0 && len(cats[ros]) == 0 && len(cats[fu]) == 0 {
		for _, h := range cats[awaitedField] {
			if sent := toks[h.start].sent; sentHas(past, sent) && !sentHas(now, sent) {
				continue
			}
			ev.awaited = true
			ev.awaitedNow = nowOutsideComplaint
			reason("%s: '%s' → help not come yet", h.lang, ft.words(h))
			break
		}
	}
	inRT := func(i int) bool { // the time already counted as a wait cue ("два часа" with "часа")
		return slices.ContainsFunc(cats[rt], func(h fhit) bool { return h.start <= i+1 && h.end >= i })
	}
	if i, ok := waitTold(ft, append(danger, help...)); ok && !inRT(i) && slices.ContainsFunc(lists, func(l string) bool { return l != "intl" }) {
		ev.scores[rt]++
		ev.complaintAt = append(ev.complaintAt, i)
		ev.recognised++
		reason("'%s %s' → %s (a wait)", toks[i].word, toks[i+1].word, rt)
	}
	// a bare time with no word of waiting, of help not come or of a queue, and asking what to do, are
	// in a report of danger its duration and a plea (read.go does the same for the Danish and English
	// lists); asked here where the lists found the danger, and by the pipeline where the model did
	rtScore, advScore := ev.scores[rt], ev.scores[adv]
	ev.waitIsBareTime = func() bool {
		return bareTimeRT > 0 && rtScore == bareTimeRT && len(cats[awaitedField]) == 0 && len(need(queueField)) == 0 && len(need(waitWordField)) == 0
	}
	ev.adviceIsPlea = func() bool {
		return len(advCounted) > 0 && advScore == 2*len(advCounted) && pleaOnly(advCounted, need(pleaField))
	}
	if ev.urgent && ev.waitIsBareTime() {
		ev.scores[rt] = 0 // "il aud cum plânge de o jumătate de oră"
		reason(bareTimeInDanger)
	}
	if ev.urgent && ev.adviceIsPlea() {
		ev.scores[adv] = 0 // "co mam robić", "ce să fac", "چیکار کنم"
		reason(pleaInDanger)
	}
	ev.sides = sidesOf(toks, lastBut(toks), ev.praiseAt, ev.complaintAt)
	return ev
}

// wentTo: the Turkish "gitti" (went, left) after a goal in the dative ("okula", "buluşmaya",
// "arkadaşına") tells where someone went, which is no end of a danger; "sonra gitti" (then left) is.
func wentTo(toks []token, o fhit) bool {
	if o.start == 0 || o.start != o.end || foldForeign(toks[o.start].word) != "gitti" || toks[o.start-1].sent != toks[o.start].sent {
		return false
	}
	prev := foldForeign(toks[o.start-1].word)
	switch prev {
	case "sonra", "ama", "yine", "gene", "bile", "artik", "hemen", "cekip", "kacip", "alip":
		return false
	}
	for _, suf := range []string{"da", "de", "ta", "te", "nca", "nce"} {
		if len(prev) < 4 || strings.HasSuffix(prev, suf) {
			return false // a locative ("evde") or "when" ("polis gelince gitti"), not a goal
		}
	}
	return strings.HasSuffix(prev, "a") || strings.HasSuffix(prev, "e")
}

// thanksPrefixes start a word of thanks in the languages the foreign lists read, folded by foldForeign
// (the Danish "tak" is also the Polish "yes", so only "takk" and "tack").
var thanksPrefixes = []string{"takk", "tack", "thank", "thx", "dank", "dziek", "tesekkur", "sagol", "multum", "mahadsan", "shukr", "shokr",
	"merci", "mersi", "mamnoon", "mamnun", "mochakker", "motshakker", "شكر", "مرسي", "مرسى", "ممنون", "سپاس", "متشکر", "спасиб", "spasib", "дяку", "dyaku", "djaku", "diaku",
	"благодар", "blagodar", "вдячн"}

// thanksIn: one of the tokens is a word of thanks.
func thanksIn(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool { return hasAnyPrefix(foldForeign(t.word), thanksPrefixes) })
}

// insideComplaint finds a complaint cue (a category other than praise) that holds a danger or help cue
// and is longer than it: the danger words are that complaint's.
func insideComplaint(h fhit, cats map[string][]fhit) (fhit, bool) {
	for _, cat := range []string{rt, nts, adv, fu, tech, acc} {
		for _, c := range cats[cat] {
			if c.start <= h.start && c.end >= h.end && c.end-c.start > h.end-h.start {
				return c, true
			}
		}
	}
	return fhit{}, false
}

// onlyWords are "only" and "except" in the languages the lists read, folded by foldForeign: with the
// contrast words (text.go) they mark the exception to what was said before.
var onlyWords = map[string]bool{"only": true, "except": true, "bare": true, "kun": true, "bara": true, "nur": true, "ausser": true,
	"tylko": true, "sadece": true, "yalniz": true, "doar": true, "numai": true, "kaliya": true, "بس": true, "bas": true, "bass": true,
	"فقط": true, "faghat": true, "fght": true, "тільки": true, "лише": true, "только": true}

// contrastBetween: a "but" or "only" stands after position from and before to, in to's sentence.
func contrastBetween(toks []token, from, to int) bool {
	for i := to - 1; i > from && toks[i].sent == toks[to].sent; i-- {
		if contrastWords()[toks[i].key] || onlyWords[foldForeign(toks[i].word)] {
			return true
		}
	}
	return false
}

// toldToWaitForHelp: told to wait in the queue ("kazali czekać w kolejce"), or with help told as not
// come yet after it ("сказали ждать. Скорой всё ещё нет"): the wait for help, not a brush-off.
func toldToWaitForHelp(h fhit, awaited, queue []fhit, negated func(fhit) (string, bool)) bool {
	for _, a := range awaited {
		if _, neg := negated(a); !neg && a.start > h.end {
			return true
		}
	}
	for _, q := range queue {
		if q.start >= h.start && q.start <= h.end+3 {
			return true
		}
	}
	return false
}

// Why a call ended (endedCalls) is no staff conduct.
const (
	endedAfterWait = "ends a wait in a sentence that names no staff"
	endedByWriter  = "is the writer's own hanging up"
	endedNotRude   = "ends the call in a text that denies rudeness"
	endedAlmost    = "is a call almost ended"
)

// almostWords say a call was almost ended ("تقریبا قطع کردن"): it was not.
var almostWords = map[string]bool{"almost": true, "nearly": true, "fast": true, "nesten": true, "nastan": true, "prawie": true,
	"omal": true, "aproape": true, "neredeyse": true, "почти": true, "майже": true, "تقریبا": true, "تقريبا": true,
	"taghriban": true, "ta2riban": true, "taqriban": true}

// endedCalls says, for each conduct cue, why a call it tells ended (hungUpField) is no staff conduct, or
// "": after a wait in the queue, in a sentence that names no staff ("Warteschleife 40 Min. Dann
// aufgelegt."); by the writer ("آخرش خودم قطع کردم"); in a text that denies rudeness ("Nie był
// niegrzeczny, ale … się rozłączył"). Staff hanging up on the writer stays conduct.
func endedCalls(ft foreignText, toks []token, conduct, hung, staff, waits, danger []fhit, negated func(fhit) (string, bool)) []string {
	if len(hung) == 0 {
		return make([]string, len(conduct))
	}
	waitAt := -1
	if i, ok := waitTold(ft, danger); ok {
		waitAt = i
	}
	for _, r := range waits {
		if waitAt < 0 || r.start < waitAt {
			waitAt = r.start
		}
	}
	denied := slices.ContainsFunc(conduct, func(h fhit) bool { _, neg := negated(h); return neg })
	self, pronoun := personWords()
	// writerFirst: the nearest person before h in its sentence (twelve words back) is the writer — "ich hab
	// die Hälfte nicht verstanden und am Ende einfach aufgelegt" is the writer hanging up (session 10)
	writerFirst := func(h fhit) bool {
		for p := h.start - 1; p >= 0 && p >= h.start-12 && toks[p].sent == toks[h.start].sent; p-- {
			k := foldFor(h.lang, toks[p].word)
			switch {
			case self[h.lang][k]:
				return true
			case pronoun[h.lang][k] || slices.ContainsFunc(staff, func(s fhit) bool { return s.start <= p && s.end >= p }):
				return false
			}
		}
		return false
	}
	out := make([]string, len(conduct))
	for i, h := range conduct {
		if !slices.ContainsFunc(hung, func(o fhit) bool { return o.start <= h.end && o.end >= h.start }) {
			continue
		}
		staffNamed := slices.ContainsFunc(staff, func(s fhit) bool { return toks[s.start].sent == toks[h.start].sent })
		switch {
		case h.start > 0 && almostWords[foldForeign(toks[h.start-1].word)]:
			out[i] = endedAlmost
		case denied:
			out[i] = endedNotRude
		case waitAt >= 0 && waitAt < h.start && !staffNamed:
			out[i] = endedAfterWait
		case h.start > 0 && self[h.lang][foldFor(h.lang, toks[h.start-1].word)], !staffNamed && writerFirst(h):
			out[i] = endedByWriter
		}
	}
	return out
}

// nightWord: tonight or last night in Swedish and Norwegian ("natt", "inatt", "kväll", "ikveld").
func nightWord(k string) bool {
	switch k {
	case "natt", "inatt", "kvall", "ikvall", "kveld", "ikveld":
		return true
	}
	return false
}

// scandinavianPastClause: a Swedish or Norwegian verb in the past tense in the clause — a weak verb in
// -ade ("bankade", "ringade") or a common strong or irregular past (var, kom, gick, hade, hadde, ble …).
func scandinavianPastClause(toks []token, keys []string, clause int) bool {
	for i, t := range toks {
		if t.clause != clause {
			continue
		}
		k := keys[i]
		if len(k) >= 5 && strings.HasSuffix(k, "ade") {
			return true
		}
		switch k {
		case "var", "kom", "gick", "gikk", "tog", "tok", "slog", "slo", "hade", "hadde", "blev", "ble", "sag", "sade", "ringde", "ringte", "banket", "sparket", "truet":
			return true
		}
	}
	return false
}

// farceWord: "a farce", "ridiculous" — mocking someone only with a verb ("مسخره کرد"), on its own an
// exclamation about the service.
func farceWord(k string) bool {
	switch k {
	case "مسخره", "maskhare", "masakhare", "maskhara", "mas5ara":
		return true
	}
	return false
}

// waitUnits start the words for minutes and hours in the languages the foreign lists read.
var waitUnits = []string{"min", "dakika", "=dk", "=dak", "d2i2", "da2i2", "de2i2", "da8i8", "de8i8", "d8i8", "d2ay", "daqiq", "daqiiqo", "daqiiqad", "saac", "saat", "stund", "timer", "timm", "godzin", "godin", "=ore", "=ora",
	"khvyl", "hvyl", "=chas", "=chasa", "=chasov", "минут", "хвилин", "годин", "=час", "=часа", "=часов", "دقيق", "دقايق", "ساعه", "ساعات", "ساعت", "=daghighe", "=daqiqe"}

// numberWords are small numbers written as words (two, three … forty, half) in the languages the
// foreign lists read, folded: "to timer", "två timmar", "dwie godziny", "iki saat", "полчаса" is read
// as a time like "2 timer".
var numberWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`to tre fire fem seks ti tjue tretti forti førti halv halvannen
		två fyra sex tio tjugo trettio fyrtio
		zwei drei vier fünf zehn zwanzig dreißig dreissig vierzig halbe anderthalb
		dwie dwa trzy cztery pięć dziesięć dwadzieścia trzydzieści czterdzieści pół półtorej
		iki üç dört beş on yirmi otuz kırk yarım
		doua două trei patru cinci zece douazeci treizeci patruzeci jumatate jumătate
		laba saddex afar shan toban labaatan soddon
		اثنين ثلاث ثلاثه اربع خمس عشر عشرين ثلاثين اربعين نص نصف
		دو سه چهار پنج ده بیست سی چهل نیم
		дві два три чотири п'ять десять двадцять тридцять сорок пів півтори
		две четыре пять десять двадцать тридцать сорок пол полтора`) {
		m[foldForeign(w)] = true
	}
	return m
}()

// waitTold finds a number followed by minutes or hours ("seit 30 Minuten", "50 khvylyn", "٣٠ دقيقة"):
// a wait, the response-time complaint, as the Danish "40 min" is.
// A number in the clause of a danger word times the danger, not a wait ("bewegt sich seit 10 Minuten
// nicht"). It is weak evidence: thanks outweigh it ("kam in 5 Minuten, danke"). ft is keyed in foldPlain,
// so its keys are the words as foldForeign folds them.
func waitTold(ft foreignText, danger []fhit) (int, bool) {
	for i := 0; i+1 < len(ft.keys); i++ {
		if ft.toks[i].sent != ft.toks[i+1].sent || !allDigits(ft.toks[i].word) && !numberWords[ft.keys[i]] {
			continue
		}
		if slices.ContainsFunc(danger, func(h fhit) bool { return ft.toks[h.start].clause == ft.toks[i].clause }) {
			continue
		}
		next := ft.keys[i+1]
		for _, u := range waitUnits {
			if e, ok := strings.CutPrefix(u, "="); ok && next == e || !strings.HasPrefix(u, "=") && strings.HasPrefix(next, u) {
				return i, true
			}
		}
	}
	return 0, false
}

func allDigits(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
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
	case bestScore > 0 && ev.sides.complaintAfterBut():
		return best // "Amabili, dar mi-au dat informații greșite"
	case bestScore > 0 && praise > 0 && !ev.urgent && ev.sides.praiseAfterBut(rating):
		return ros // "kurz angebunden, aber dann sehr hilfsbereit"
	case bestScore == 0 && praise > 0:
		return ros
	case bestScore > 0 && praise >= bestScore && rating >= 4:
		// thanks as strong as the complaint, in a good rating: the complaint was met ("got an
		// interpreter, thank you", "found my son in two hours, thanks")
		return ros
	}
	return best
}

// staffSaid finds conduct shown by what staff said (foreign_remarks.go): a remark on who the writer is,
// or telling others who called, each counted only with staff as its speaker — the nearest person named
// before it (or before the verb of telling) in the text; a remark with nobody named before it counts
// when a verb of saying stands in its sentence ("Мне сказали: 'в вашей стране …'"). A text of thanks
// takes none of them.
func staffSaid(ev *foreignEvidence, toks []token, ft foreignText, negated func(fhit) (string, bool), staff, third []fhit,
	cats map[string][]fhit, reason func(string, ...any)) {
	thanked := slices.ContainsFunc(cats[ros], func(h fhit) bool { _, neg := negated(h); return !neg }) // "ma sa3adni" (did not help me) is no thanks
	if thanked || len(cats[remarkField])+len(cats[whoCalledField]) == 0 {
		return
	}
	// namedBefore: is the nearest person named before pos staff (found: anyone is named)? Staff named in
	// the same words as someone else, or right before them, are staff ("der Mann am Telefon").
	namedBefore := func(pos int) (isStaff, found bool) {
		staffAt, otherAt := -1, -1
		for _, s := range staff {
			if s.end < pos {
				staffAt = max(staffAt, s.start)
			}
		}
		for _, o := range third {
			if o.end >= pos {
				continue
			}
			covered := slices.ContainsFunc(staff, func(s fhit) bool { return s.start <= o.start && s.end >= o.end || s.end == o.start-1 })
			if !covered {
				otherAt = max(otherAt, o.start)
			}
		}
		return staffAt > otherAt, staffAt >= 0 || otherAt >= 0
	}
	said := cats[saidField]
	count := func(h fhit, kind string) {
		ev.conduct = true
		ev.recognised++
		ev.seen++ // read: the 112 recall net is for texts nothing could read
		ev.langs[h.lang] = true
		ev.scores[cond] += 3
		reason("%s: '%s' → conduct (%s)", h.lang, ft.words(h), kind)
	}
	for _, h := range cats[remarkField] {
		if _, ok := negated(h); ok && !soIntensified(toks, h.start) {
			continue // "not hysterical" — but "nicht so hysterisch", "don't be so dramatic" is the remark itself
		}
		if slices.ContainsFunc(cats[acc], func(a fhit) bool { return a.start <= h.start && a.end >= h.end }) {
			// "call again with someone who speaks Danish": the person to bring, an interpreter refused
			// (accessibility), not the remark "speak Danish"
			reason("%s: '%s' is part of an accessibility complaint, not a remark", h.lang, ft.words(h))
			continue
		}
		sent := toks[h.start].sent
		ok := false
		if h.disclosure { // "because I am a woman": the writer's words, about the staff the text names
			ok = len(staff) > 0
		} else if isStaff, found := namedBefore(h.start); found {
			ok = isStaff
		} else {
			ok = slices.ContainsFunc(said, func(s fhit) bool { return toks[s.start].sent == sent })
		}
		if ok {
			count(h, "a remark by staff")
		} else {
			reason("%s: '%s' is not said by staff", h.lang, ft.words(h))
		}
	}
	for _, h := range cats[whoCalledField] {
		if _, ok := negated(h); ok {
			continue
		}
		// the teller is the first person named in the sentence before the verb (the subject: "police be
		// hamsayeha goft …" names the neighbours told after it), else the nearest named before
		// The verb may come before the words of who called or after them ("Memur ev sahibime benim
		// şikayet ettiğimi söyledi"); the teller is named before both.
		told := slices.ContainsFunc(said, func(s fhit) bool {
			if toks[s.start].sent != toks[h.start].sent || s.start >= h.start && s.start <= h.end {
				return false
			}
			at := min(s.start, h.start)
			first, firstStaff := len(toks), false
			for _, p := range staff {
				if p.end < at && toks[p.start].sent == toks[at].sent && p.start < first {
					first, firstStaff = p.start, true
				}
			}
			for _, p := range third {
				if p.end < at && toks[p.start].sent == toks[at].sent && p.start < first {
					first, firstStaff = p.start, false
				}
			}
			if first < len(toks) {
				return firstStaff
			}
			isStaff, found := namedBefore(at)
			return found && isStaff
		})
		if told {
			count(h, "staff told others who called")
		}
	}
}

// soIntensified: the word before position i is "so"/"så"/"tak"/"так" …: a negated remark of that shape
// ("sei nicht so hysterisch", "nie bądź taka histeryczna", "не будьте такой истеричкой") tells the
// writer off; it does not deny the remark.
func soIntensified(toks []token, i int) bool {
	if i == 0 || toks[i-1].sent != toks[i].sent {
		return false
	}
	switch toks[i-1].key {
	case "so", "sa", "tak", "taka", "taki", "takie", "kadar", "atat", "asa", "sa2", "zo", "так", "такой", "такая", "така", "такий", "kheili", "خیلی", "خيلي", "هيك", "hek", "heik":
		return true
	}
	return false
}

// onceMoreMarkers are the idiom markers that say "if … once more / again": a danger word right before
// one is a threat made of exasperation ("I'll kill myself if I hear that music once more").
var onceMoreMarkers = []string{"raz", "einmal", "mal", "daha", "again", "раз"}

func onceMore(words string) bool {
	return slices.ContainsFunc(strings.Fields(words), func(w string) bool {
		return slices.Contains(onceMoreMarkers, strings.ToLower(w))
	})
}

// germanBringUm finds the German separable "bringt … um" (kills) split across its clause, the object
// right before "um" and "um" ending the clause: "wenn ich die Polizei rufe, bringt er den Hund und mich
// um". "bringt mich um 8 Uhr zur Schule" is a time, not a threat.
func germanBringUm(toks []token, keys []string) []fhit {
	var out []fhit
	for i, t := range toks {
		switch keys[i] {
		case "bringt", "bringe", "bringen", "bringst", "bring":
		default:
			continue
		}
		for j := i + 2; j < len(toks) && j <= i+10 && toks[j].clause == t.clause; j++ {
			if keys[j] != "um" || j+1 < len(toks) && toks[j+1].clause == t.clause {
				continue
			}
			switch keys[j-1] {
			case "mich", "dich", "uns", "euch", "sie", "ihn", "mein", "meine", "meinen", "kinder":
				out = append(out, fhit{lang: "de", src: "bringt … um", start: i, end: j})
			}
		}
	}
	return out
}
