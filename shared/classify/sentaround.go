package classify

import (
	"strings"
	"sync"
	"unicode"
)

// Sent around between units (DOMAIN.md: advice) has a shape in every language: a telling (said, told,
// sagde, zis, сказали …) sends the writer to a place, and that place tells them something else —
// "114 said go to the station, the station said call 114", "was told to report it in that district,
// then that district said …", "Na 114 skazaly dzvonyty v kommune, v kommune skazaly …". The place
// named after the first telling comes back right before a later one, as its teller; or the place the
// writer started from is where the last telling sends them again ("az 114 goftan …, site goft zang
// bezan 114"). Only the verbs of telling are listed per language; the places are whatever words
// repeat, so a unit, office or website the lists have never met is read too.

// tellingWords are verbs of telling, referring and sending on, keyed by sentKey; true for the
// languages that put the place before the verb (Turkish, Farsi, Somali: "belediyeye git dediler").
// First-person tellings ("I told the officer …") are the writer's and are skipped (firstPerson).
var tellingWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		said says say told tells referred transferred redirected
		sagde sagt siger fortalte henviste henvist sendte sendt viderestillede stillede
		sa sade sager sier fortalte hanvisade henviste skickade
		sagte sagten gesagt sagt meinte meinten verwies verwiesen schickte schickten
		powiedzial powiedziala powiedzieli kazal kazala kazali odeslali odeslal skierowali mowili mowia
		zis spus trimis
		قال قالت قالوا قالولي 2al 2alo 2alet 2alouli
		сказали сказал сказала сказав говорят говорили казали відправили отправили направили
		skazaly skazali skazal skazala skazav kazaly govoryat`) {
		m[sentKey(w)] = false
	}
	for _, w := range strings.Fields(`
		dedi dediler soyledi soylediler gonderdi gonderdiler yonlendirdi yonlendirdiler
		yiri yidhi yiraahdeen sheegay diray direen
		گفت گفتن گفتند goft goftan goftand mige migan`) {
		m[sentKey(w)] = true
	}
	return m
})

// firstPerson: the writer as the subject right before a telling.
var firstPerson = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`i jeg jag eg ich ja я ben eu aniga ana انا من`) {
		m[sentKey(w)] = true
	}
	return m
})

// placeStop are frequent words of four letters or more that repeat in any telling and name no place.
var placeStop = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`that they then there this when what were have with from them their your
		ikke også dere hvor efter eller noget nogen skulle kunne være blev bare deres sagde
		det dass nicht haben sich eine einen einem oder aber auch noch schon
		inte eller också deras
		jest jego oraz przez tylko
		bana beni bunu sonra
		daca dupa care pentru
		till tills efter over from into about also only just would could should will where which because
		fordi hvad hvis skal eller alle nach über wird wurde etwas nichts immer warum
		чтобы щоб когда коли потом потім тоже також`) {
		m[sentKey(w)] = true
	}
	return m
})

// sentAround finds the shape above and returns the repeated place.
func sentAround(toks []token) (string, bool) {
	if len(toks) > 160 {
		toks = toks[:160] // a story of being sent around is told early; a long text must stay cheap
	}
	keys := make([]string, len(toks))
	var tellings []int
	for i, t := range toks {
		keys[i] = sentKey(t.word)
		if _, ok := tellingWords()[keys[i]]; ok && !(i > 0 && firstPerson()[keys[i-1]]) && !(i > 1 && firstPerson()[keys[i-2]]) {
			tellings = append(tellings, i)
		}
	}
	if len(tellings) > 12 {
		tellings = tellings[:12]
	}
	place := func(k string) bool {
		if _, telling := tellingWords()[k]; telling || placeStop()[k] || firstPerson()[k] {
			return false
		}
		return number(k) != "" || len([]rune(k)) >= 4
	}
	for a, p1 := range tellings {
		// where the first telling sends the writer: the words after its verb, and in a verb-final
		// language also those before it
		from, to := p1+1, p1+8
		if tellingWords()[keys[p1]] {
			from = p1 - 5
		}
		for _, p2 := range tellings[a+1:] {
			if p2-p1 < 3 || p2-p1 > 40 {
				continue
			}
			// the place sent to comes back as the teller, within four words before the later telling
			for j := max(p2-4, p1+1); j < p2; j++ {
				if !place(keys[j]) {
					continue
				}
				for k := max(from, 0); k <= to && k < j; k++ {
					if k != p1 && samePlace(keys[k], keys[j]) {
						return toks[j].word, true
					}
				}
			}
			// back where it started: the line called before the first telling (114) is where the last
			// one sends the writer
			for k := max(0, p1-4); k < p1; k++ {
				n := number(keys[k])
				if len(n) < 3 {
					continue
				}
				for j := max(p2-4, p1+1); j < len(toks) && j <= p2+6; j++ {
					if j != k && number(keys[j]) == n {
						return toks[k].word, true
					}
				}
			}
		}
	}
	return "", false
}

// sentKey is the word as its verbs and places are compared: lower case as typed, and folded by
// foldForeign only when it has letters beyond ASCII (most words have none, and a long text stays cheap).
func sentKey(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return foldForeign(w)
		}
	}
	return w
}

// number: the digits a word starts with, when it is a number with at most an ending ("114", "114'ü":
// the lines people are sent between); "" otherwise.
func number(k string) string {
	end := strings.IndexFunc(k, func(r rune) bool { return !unicode.IsDigit(r) })
	switch {
	case end < 0:
		return k
	case end > 0 && k[end] == '\'':
		return k[:end]
	}
	return ""
}

// samePlace: one word, or the same word inflected ("kommune", "kommunen"; "bank", "bank's"; "sectie",
// "sectia"): a common stem of four letters or more, at most three letters apart.
func samePlace(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	if n == len(ra) && n == len(rb) {
		return true
	}
	return n >= 4 && len(ra)-n <= 3 && len(rb)-n <= 3 && (n == len(ra) || n == len(rb) || n >= 5)
}
