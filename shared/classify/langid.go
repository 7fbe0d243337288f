package classify

import (
	"cmp"
	_ "embed"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Language identification: which language a text is written in, in which script, and whether a second
// language is mixed in. Small and self-contained: the script decides first (Arabic script is Arabic or
// Farsi, Cyrillic is Ukrainian or Russian, told apart by their own letters and words); Latin text is
// scored by a naive Bayes model of character 1–3-grams with per-language function words, trained at
// first use on langid.txt (a few kilobytes of our own sentences per language, embedded). Every token
// also gets its own language from a window of five words, so the Danish and English word lists read
// only the Danish and English words of a Polish text, and "please help" inside Arabizi is still read.

// Script names (ISO 15924 codes) as the reasons show them.
const (
	scriptLatin    = "Latn"
	scriptArabic   = "Arab"
	scriptCyrillic = "Cyrl"
	scriptNone     = "Zyyy" // no letters: digits, emoji, punctuation
)

// langOther is the language of a text the identifier is not sure of.
const langOther = "other"

// latinLangs are the languages the Latin model knows, in a fixed order (the model's vector index).
// "ar" here is Arabizi, Arabic written in Latin letters with digits for the letters Latin lacks; "uk"
// and "ru" are Ukrainian and Russian transliterated.
var latinLangs = []string{"da", "en", "no", "sv", "de", "pl", "tr", "ro", "so", "ar", "uk", "ru", "fa"}

// readLangs are the languages the Danish and English word lists read: Norwegian and Swedish are close
// enough to Danish that its lists work on them, with their own words added in the foreign lexicon.
var readLangs = map[string]bool{"da": true, "en": true, "no": true, "sv": true}

// langInfo is what the identifier found.
type langInfo struct {
	lang   string // ISO 639-1 code, or "other" when unsure
	script string // the main script's ISO 15924 code
	sure   bool
	mixed  bool
	second string // the other language of a mixed text
	guess  string // the Latin model's best language, also when unsure
	tok    []string
}

// langidPacked is langid.txt packed as models.bin is (pack: DEFLATE behind packedMagic), written by
// `make train` and held to langid.txt by TestLangidCorpusPacked: 42 KB of sentences are 17 KB packed,
// the form's linux/arm64 binary 64 KB smaller by it (issue 13). langid.txt stays the file to edit.
//
//go:embed langid.txt.flate
var langidPacked string

// LangidCorpusFile is the language identifier's corpus, relative to this package, and
// LangidPackedFile the packed copy embedded in it (PackedTextFiles).
const (
	LangidCorpusFile = "langid.txt"
	LangidPackedFile = "langid.txt.flate"
)

// langidCorpus inflates the embedded corpus. A damaged one is a build defect the tests catch; the
// identifier then trains on nothing and calls every Latin text unsure.
func langidCorpus() string {
	raw, err := unpack([]byte(langidPacked))
	if err != nil {
		return ""
	}
	return string(raw)
}

type langModel struct {
	grams map[uint64][]float32 // n-gram → log probability per language
	unk   []float32            // log probability of an unseen n-gram per language
	words map[string][]float32 // function word → bonus per language
}

var (
	langOnce sync.Once
	langMod  *langModel
)

// loadedLangModel trains the Latin model on the embedded corpus at first use (about a millisecond).
func loadedLangModel() *langModel {
	langOnce.Do(func() { langMod = trainLangModel(langidCorpus()) })
	return langMod
}

func langIndex(l string) int {
	for i, x := range latinLangs {
		if x == l {
			return i
		}
	}
	return -1
}

// trainLangModel builds the model from lines "xx<TAB>text". A word listed on a "xx<TAB>#words …" line
// is a function word of the language; one on a "xx<TAB>#strong …" line marks it more strongly
// (Norwegian "meg" against Danish "mig"). The lists are written by hand, the same length for every
// language, so Danish, with far more sentences in the corpus, gets no more function words than the rest.
func trainLangModel(corpus string) *langModel {
	nl := len(latinLangs)
	counts := map[uint64][]float32{}
	totals := make([]float64, nl)
	listed := make([]map[string]bool, nl)
	for i := range listed {
		listed[i] = map[string]bool{}
	}
	for _, line := range strings.Split(corpus, "\n") {
		tab := strings.IndexByte(line, '\t')
		if tab < 0 {
			continue
		}
		li := langIndex(line[:tab])
		if li < 0 {
			continue
		}
		text := line[tab+1:]
		if rest, ok := strings.CutPrefix(text, "#words "); ok {
			for _, w := range strings.Fields(rest) {
				listed[li][w] = listed[li][w] || false
			}
			continue
		}
		if rest, ok := strings.CutPrefix(text, "#strong "); ok {
			for _, w := range strings.Fields(rest) {
				listed[li][w] = true
			}
			continue
		}
		for _, w := range langWords(text) {
			eachGram(w, func(h uint64) {
				v := counts[h]
				if v == nil {
					v = make([]float32, nl)
					counts[h] = v
				}
				v[li]++
				totals[li]++
			})
		}
	}
	m := &langModel{grams: make(map[uint64][]float32, len(counts)), unk: make([]float32, nl), words: map[string][]float32{}}
	vocab := float64(len(counts))
	const alpha = 0.5
	for i := range nl {
		m.unk[i] = float32(math.Log(alpha / (totals[i] + alpha*vocab)))
	}
	for h, v := range counts {
		lp := make([]float32, nl)
		for i := range nl {
			lp[i] = float32(math.Log((float64(v[i]) + alpha) / (totals[i] + alpha*vocab)))
		}
		m.grams[h] = lp
	}
	for i := range nl {
		add := func(w string, bonus float32) {
			v := m.words[w]
			if v == nil {
				v = make([]float32, nl)
				m.words[w] = v
			}
			v[i] = max(v[i], bonus)
		}
		for w, strong := range listed[i] {
			if strong {
				add(w, strongBonus)
			} else {
				add(w, 2.5)
			}
		}
	}
	return m
}

// langWords splits text into lower-cased words of letters, digits and apostrophes (Arabizi writes
// letters as digits: "3ala", "7ad").
func langWords(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && !unicode.Is(unicode.Mn, r)
	}) {
		out = append(out, strings.Trim(f, "'"))
	}
	return out
}

// eachGram calls f with the hash of every 1-, 2- and 3-gram of the word padded with spaces.
func eachGram(w string, f func(uint64)) {
	var rs [64]rune
	n := 0
	rs[n] = ' '
	n++
	for _, r := range w {
		if n == len(rs)-1 {
			break
		}
		rs[n] = r
		n++
	}
	rs[n] = ' '
	n++
	for size := 1; size <= 3; size++ {
		for i := 0; i+size <= n; i++ {
			if size == 1 && (i == 0 || i == n-1) {
				continue
			}
			h := uint64(14695981039346656037) ^ uint64(size)
			for _, r := range rs[i : i+size] {
				h = (h ^ uint64(r)) * 1099511628211
			}
			f(h)
		}
	}
}

// wordScores adds the log probability of the word under each Latin language to s.
func (m *langModel) wordScores(w string, s []float64) {
	eachGram(w, func(h uint64) {
		lp := m.grams[h]
		if lp == nil {
			lp = m.unk
		}
		for i := range s {
			s[i] += float64(lp[i])
		}
	})
	if b := m.words[w]; b != nil {
		for i := range s {
			s[i] += float64(b[i])
		}
	}
}

// scriptOf names the script of a letter.
func scriptOf(r rune) string {
	switch {
	case r < 0x250 && unicode.IsLetter(r), unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Arabic, r):
		return scriptArabic
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Greek, r):
		return "Grek"
	case unicode.Is(unicode.Hebrew, r):
		return "Hebr"
	case unicode.Is(unicode.Han, r):
		return "Hani"
	case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
		return "Jpan"
	case unicode.Is(unicode.Hangul, r):
		return "Hang"
	case unicode.Is(unicode.Devanagari, r):
		return "Deva"
	case unicode.Is(unicode.Thai, r):
		return "Thai"
	case unicode.Is(unicode.Ethiopic, r):
		return "Ethi"
	case unicode.Is(unicode.Georgian, r):
		return "Geor"
	case unicode.Is(unicode.Armenian, r):
		return "Armn"
	case unicode.Is(unicode.Bengali, r):
		return "Beng"
	case unicode.Is(unicode.Tamil, r):
		return "Taml"
	case unicode.IsLetter(r):
		return "Zzzz" // a letter of a script the identifier does not name
	}
	return ""
}

// tokenScript is the script of the token's first letter ("" for digits only).
func tokenScript(word string) string {
	for _, r := range word {
		if s := scriptOf(r); s != "" {
			return s
		}
	}
	return ""
}

// Letters and words that tell the languages of a shared script apart.
var (
	farsiLetters     = "پچژگکی"
	arabicLetters    = "ةىيكأإؤئ"
	ukrainianLetters = "іїєґ"
	russianLetters   = "ыэъё"
	farsiWords       = map[string]bool{"است": true, "می": true, "را": true, "این": true, "که": true, "من": true, "نه": true, "خیلی": true, "بود": true, "پلیس": true, "کمک": true, "الان": true, "ما": true, "شد": true}
	arabicWords      = map[string]bool{"في": true, "من": true, "على": true, "الى": true, "إلى": true, "لا": true, "هذا": true, "كان": true, "الشرطة": true, "أنا": true, "انا": true, "لم": true, "ما": true, "الآن": true, "مع": true, "عن": true}
	ukrainianWords   = map[string]bool{"і": true, "що": true, "мене": true, "він": true, "вона": true, "дуже": true, "не": false, "поліція": true, "допоможіть": true, "зараз": true, "був": true, "була": true, "це": true, "нас": false,
		"довго": true, "чекала": true, "чекав": true, "чекали": true, "мабуть": true, "дзвонила": true, "дзвонив": true, "дзвонили": true, "помилка": true, "теж": true, "тут": false}
	russianWords = map[string]bool{"и": true, "что": true, "меня": true, "он": true, "она": true, "очень": true, "полиция": true, "помогите": true, "сейчас": true, "был": true, "была": true, "это": true,
		"долго": true, "ждала": true, "ждал": true, "ждали": true, "наверное": true, "звонила": true, "звонил": true, "звонили": true, "ошибка": true, "тоже": true}
)

// identify finds the language of the tokens of a text.
func identify(toks []token) langInfo {
	info := langInfo{tok: make([]string, len(toks))}
	scripts := map[string]int{}
	tokScript := make([]string, len(toks))
	for i, t := range toks {
		s := t.script
		tokScript[i] = s
		if s != "" {
			scripts[s] += len([]rune(t.word))
		}
	}
	info.script = scriptNone
	best := 0
	for _, s := range []string{scriptLatin, scriptArabic, scriptCyrillic, "Grek", "Hebr", "Hani", "Jpan", "Hang", "Deva", "Thai", "Ethi", "Geor", "Armn", "Beng", "Taml", "Zzzz"} {
		if scripts[s] > best {
			info.script, best = s, scripts[s]
		}
	}

	// Latin tokens: the naive Bayes scores per token, smoothed over a window of five words.
	m := loadedLangModel()
	nl := len(latinLangs)
	per := make([][]float64, len(toks))
	lower := make([]string, len(toks))
	scored := map[string][]float64{} // a word's scores, worked out once per text (texts repeat their words)
	total := make([]float64, nl)
	latinWords := 0
	for i, t := range toks {
		if tokScript[i] != scriptLatin {
			continue
		}
		lower[i] = strings.ToLower(strings.Trim(t.word, "'’"))
		s, ok := scored[lower[i]]
		if !ok {
			s = make([]float64, nl)
			m.wordScores(lower[i], s)
			scored[lower[i]] = s
		}
		per[i] = s
		latinWords++
		for j := range s {
			total[j] += s[j]
		}
	}
	latinBest := 0
	for j := range total {
		if total[j] > total[latinBest] {
			latinBest = j
		}
	}
	arabLang, cyrLang := "", ""
	if scripts[scriptArabic] > 0 {
		arabLang = arabicScriptLang(toks)
	}
	if scripts[scriptCyrillic] > 0 {
		cyrLang = cyrillicLang(toks)
	}
	w := make([]float64, nl)
	for i := range toks {
		switch tokScript[i] {
		case scriptLatin:
			clear(w)
			for k := max(0, i-2); k <= min(len(toks)-1, i+2); k++ {
				if per[k] == nil {
					continue
				}
				weight := 1.0
				if k == i {
					weight = 2
				}
				for j := range w {
					w[j] += weight * per[k][j]
				}
			}
			b := 0
			for j := range w {
				if w[j] > w[b] {
					b = j
				}
			}
			info.tok[i] = latinLangs[b]
		case scriptArabic:
			info.tok[i] = arabLang
		case scriptCyrillic:
			info.tok[i] = cyrLang
		case "":
			info.tok[i] = ""
		default:
			info.tok[i] = langOther
		}
	}

	switch info.script {
	case scriptLatin:
		withAEOE, withAOUml := 0, 0
		for _, t := range toks {
			if strings.ContainsAny(t.word, "æø") {
				withAEOE++
			}
			if strings.ContainsAny(t.word, "äö") {
				withAOUml++
			}
		}
		if withAOUml > 0 && withAEOE == 0 { // ä and ö are not Danish or Norwegian letters
			for _, l := range []string{"da", "no"} {
				total[langIndex(l)] -= 1e6
			}
		}
		// æ and ø are written only in Danish and Norwegian; one word with them may be a place ("Løkken").
		if withAEOE >= 2 || withAEOE == 1 && latinWords <= 6 {
			for j, l := range latinLangs {
				if l != "da" && l != "no" {
					total[j] -= 1e6
				}
			}
		}
		strong := make([]bool, nl)
		for i := range toks {
			if tokScript[i] != scriptLatin {
				continue
			}
			if b := m.words[lower[i]]; b != nil {
				for j := range b {
					strong[j] = strong[j] || b[j] >= strongBonus
				}
			}
		}
		strong[langIndex("sv")] = strong[langIndex("sv")] || withAOUml > 0 && withAEOE == 0
		info.lang, info.sure = decideLatin(total, strong, latinWords, best)
		if info.lang == "da" && norwegianSpelling(toks) {
			info.lang = "no"
		}
	case scriptArabic:
		info.lang, info.sure = arabLang, true
	case scriptCyrillic:
		info.lang, info.sure = cyrLang, true
	case scriptNone:
		info.lang = langOther
	default:
		info.lang = langOther
	}

	// Mixed: another language holds a fifth of the words, and enough of them.
	counts := map[string]int{}
	words := 0
	for _, l := range info.tok {
		if l != "" {
			counts[l]++
			words++
		}
	}
	main := info.lang
	if main == langOther && info.script == scriptLatin && latinBest >= 0 {
		main = latinLangs[latinBest]
	}
	info.guess = main
	for l, c := range counts {
		// two English or Danish words ("please help") are enough; any other language needs three, since
		// the window tags a stray word or two of a short text wrongly
		enough := c >= 3 || c >= 2 && (l == "en" || l == "da")
		if l != main && enough && c*5 >= words && !(readLangs[l] && readLangs[main] && l != "en" && main != "en") {
			// a tie goes to the code first in alphabetical order: counts is a map, and a text must get
			// the same reading every time it is classified
			if info.second == "" || c > counts[info.second] || c == counts[info.second] && l < info.second {
				info.mixed, info.second = true, l
			}
		}
	}
	// The main language of a mixed text is the one most of its words are in: the Latin scores lean to
	// Danish and English by design, so "colegul a cazut …, nu se misca" with one Danish place name, or
	// Polish with an English plea inside, is not Danish or English with a little of it.
	if info.mixed && info.lang != langOther && !readLangs[info.second] && counts[info.second] > counts[info.lang] {
		info.lang, info.second = info.second, info.lang
	}
	return info
}

// arabicScriptLang tells Farsi from Arabic by the letters and words only one of them uses.
func arabicScriptLang(toks []token) string {
	fa, ar := 0, 0
	for _, t := range toks {
		if t.script != scriptArabic {
			continue
		}
		w := strings.ReplaceAll(t.word, "\u200c", "")
		if farsiWords[w] || strings.HasPrefix(w, "می") && len([]rune(w)) > 3 {
			fa += 2
		}
		if arabicWords[w] || strings.HasPrefix(w, "ال") && len([]rune(w)) > 3 {
			ar += 2
		}
		for _, r := range w {
			switch {
			case strings.ContainsRune(farsiLetters, r):
				fa++
			case strings.ContainsRune(arabicLetters, r):
				ar++
			}
		}
	}
	if fa > ar {
		return "fa"
	}
	return "ar"
}

// cyrillicLang tells Ukrainian from Russian by the letters and words only one of them uses.
func cyrillicLang(toks []token) string {
	uk, ru := 0, 0
	for _, t := range toks {
		if t.script != scriptCyrillic {
			continue
		}
		if ukrainianWords[t.word] {
			uk += 2
		}
		if russianWords[t.word] {
			ru += 2
		}
		for _, r := range t.word {
			switch {
			case strings.ContainsRune(ukrainianLetters, r):
				uk++
			case strings.ContainsRune(russianLetters, r):
				ru++
			}
		}
	}
	if uk > ru {
		return "uk"
	}
	return "ru"
}

// strongBonus is the log-probability bonus of a word on a "#strong" line.
const strongBonus = 6

// Per-word leads in log probability the Latin decision needs. Most texts are Danish or English, so a
// close language must win clearly over them: Norwegian over Danish, and anything over English.
const (
	leadSure     = 0.5 // over the runner-up, for a text of eight letters or more
	leadOverDa   = 0.3 // Norwegian or Swedish over Danish
	leadOverRead = 0.6 // a language the lists do not read over Danish or English
)

// Words only one of Danish and Norwegian spells so (as written, lower case): a text with two Norwegian
// ones and no Danish one is Norwegian, whatever the n-grams say ("Datteren min har tatt en hel pakke
// piller og svarer ikke, jeg fikk ikke hjelp"). Words both write, or that Danish texting also uses
// ("hva", "nå"), are left out.
var (
	norwegianOnly = map[string]bool{"ikkje": true, "meg": true, "deg": true, "seg": true, "fikk": true, "etter": true, "noen": true,
		"ble": true, "mye": true, "veldig": true, "dere": true, "å": true, "spurte": true, "tatt": true, "gjort": true, "skjedde": true,
		"gjøre": true, "kjæreste": true, "kjempe": true, "hjelp": true, "hjelpe": true, "av": true, "sykkel": true, "ennå": true,
		"leiligheten": true, "røyken": true, "døra": true, "jenta": true, "gutten": true, "fått": true, "svarte": true, "virker": true,
		"brenner": true, "røyk": true, "kjøkkenet": true,
		// session 5: more of bokmål's own spellings and forms (Danish in the list below)
		"mann": true, "mannen": true, "øks": true, "hagen": true, "tok": true, "innbrudd": true, "natt": true, "tilbake": true,
		"lenken": true, "feilmelding": true, "lenger": true, "dratt": true, "gjennom": true, "skjemaet": true, "legge": true,
		"bilde": true, "prøvd": true, "vet": true, "trodde": true, "edru": true, "ringte": true, "alltid": true,
		"ydmykende": true, "ydmyket": true, "enda": true, "bekymringsmelding": true, "henger": true, "sånn": true, "noe": true,
		"igjen": true, "opp": true, "inn": true, "ut": true, "ute": true, "kveld": true, "fortsatt": true, "nettopp": true,
		"kanskje": true, "mitt": true, "ditt": true, "sitt": true, "henne": true, "hennes": true, "mer": true, "litt": true,
		"kjørte": true, "gikk": true, "hjelpen": true, "sånt": true, "brutt": true, "sa": true,
		// session 6: bokmål spellings Danish does not write (takk/tak, innbrudd/indbrud, ansikt/ansigt)
		"takk": true, "innbruddet": true, "arrestert": true, "ansiktet": true, "falt": true, "grei": true, "supergrei": true}
	danishOnly = map[string]bool{"mig": true, "dig": true, "sig": true, "efter": true, "nogen": true, "blev": true, "fik": true,
		"meget": true, "jer": true, "af": true, "hvad": true, "nu": true, "hjælp": true, "hjælpe": true, "lejligheden": true,
		"spurgte": true, "taget": true, "ringede": true, "svarede": true, "røgen": true, "døren": true,
		"mand": true, "manden": true, "tog": true, "nat": true, "tilbage": true, "ind": true, "ud": true, "ude": true, "igen": true,
		"op": true, "noget": true, "sagde": true, "altid": true, "endnu": true, "troede": true, "billede": true, "længere": true,
		"igennem": true, "sådan": true, "hænger": true, "lægge": true, "hende": true, "hendes": true, "mere": true, "lidt": true,
		"kørte": true, "gik": true, "aften": true}
)

func norwegianSpelling(toks []token) bool {
	no, da := 0, 0
	for _, t := range toks {
		switch w := strings.Trim(t.word, "'’"); {
		case norwegianOnly[w]:
			no++
		case danishOnly[w]:
			da++
		}
	}
	return no >= 2 && da == 0
}

// decideLatin picks the language of a Latin text from the summed scores of its words; letters is the
// number of Latin letters; strong marks the languages one of whose "#strong" words stands in the text
// (Norwegian and Swedish need one to win over Danish). Unsure is "other".
func decideLatin(total []float64, strong []bool, words, letters int) (string, bool) {
	if words == 0 {
		return langOther, false
	}
	idx := make([]int, len(total))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(total[b], total[a]) })
	lead := func(a, b int) float64 { return (total[a] - total[b]) / float64(words) }
	best := idx[0]
	da, en := langIndex("da"), langIndex("en")
	switch l := latinLangs[best]; {
	case l == "no" || l == "sv":
		// a short text may be Danish, unless its letters rule Danish out ("för lång kö": ä and ö, no æ or ø)
		if lead(best, da) < leadOverDa || words < 4 && total[da] > -1e5 || !strong[best] {
			best = da
		}
	case !readLangs[l]:
		if lead(best, da) < leadOverRead || lead(best, en) < leadOverRead {
			if total[da] >= total[en] {
				best = da
			} else {
				best = en
			}
		}
	}
	second := idx[0]
	if second == best {
		second = idx[1]
	}
	if best == en && second == da && lead(en, da) < leadOverDa*3 {
		best, second = da, en // Danish with English words is read as Danish
	}
	margin := lead(best, second)
	if readLangs[latinLangs[best]] && readLangs[latinLangs[second]] {
		margin = 10 // the word lists read both alike: the larger decides (Danish with English words is Danish)
	}
	switch {
	case letters >= 8 && margin >= leadSure:
		return latinLangs[best], true
	}
	return langOther, false
}
