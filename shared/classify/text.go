package classify

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// token is one word of the text in two forms: key, the folded form every cue is compared with, and
// word, the lower-cased original shown in reasons.
type token struct {
	key         string
	word        string
	sent        int    // sentence number, the scope of "now" and of safety words
	question    bool   // the sentence ends with '?'
	ownQuestion bool   // the sentence ends with a '?' outside quotation marks: the writer asks
	clause      int    // clause number (commas, "men", "but"), the scope of a negation
	script      string // the script of the word's first letter (tokenScript), found once here
}

// fold lower-cases a word and folds the ways Danish is typed without æ/ø/å onto one key: æ and ä become
// a, ø and ö become o, å becomes a, and the digraphs ae, oe and aa are shortened to a, o and a; accents
// and apostrophes are dropped. "køen" and "koeen" both become "koen", "uhøflig", "uhoeflig" and
// "uhoflig" all become "uhoflig", "didn't" becomes "didnt". An e right after æ/ø/å is kept ("slået" →
// "slaet"), so cues for such words must be written with the Danish letters.
func fold(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	var prev rune
	for _, r := range w {
		r = unicode.ToLower(r)
		switch r {
		case 'æ', 'ä', 'å':
			b.WriteByte('a')
			prev = -1
			continue
		case 'ø', 'ö':
			b.WriteByte('o')
			prev = -1
			continue
		case 'é', 'è', 'ê':
			r = 'e'
		case 'ü':
			r = 'u'
		case 'á', 'à':
			r = 'a'
		case 'ó':
			r = 'o'
		case '\'', '’':
			continue
		}
		if r != 'a' && r != 'o' && r != 'e' {
			b.WriteRune(r)
			prev = r
			continue
		}
		if prev == -1 { // the previous letter was æ/ø/å: an e after it is a real e
			b.WriteRune(r)
			prev = r
			continue
		}
		// ae → a, oe → o, aa → a: drop the second letter when it completes a digraph.
		if (prev == 'a' && (r == 'e' || r == 'a')) || (prev == 'o' && r == 'e') {
			prev = 0
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// maxSentence is the most words one sentence holds; a longer run is cut.
const maxSentence = 40

// maxTokens is the most words read of one text (about 2,500 characters of ordinary prose; the form
// takes fewer), which bounds the time of the worst case.
const maxTokens = 400

// repeated reports a word said three times in a row already ("ikke ikke ikke ikke", a wall of emoji):
// a fourth adds nothing.
func repeated(toks []token, key string) bool {
	n := len(toks)
	return n >= 3 && toks[n-1].key == key && toks[n-2].key == key && toks[n-3].key == key
}

// contrastWords open a new clause: what follows "men", "but", "aber", "ale", "ama", "но", "لكن" … is
// said of someone or something else as often as not ("the driver was rude, but the officers were
// kind"), so negation and who a word is about stop there. Keys as fold gives them; built on first use,
// not at package init (issue 13: the form's GET never tokenizes).
var contrastWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"men", "but", "selvom", "although", "however", "aber", "jedoch", "dagegen", "ale", "lecz", "jednak",
		"ama", "fakat", "ancak", "oysa", "dar", "însă", "insa", "totuși", "laakiin", "balse", "но", "але", "однак", "однако", "zato",
		"لكن", "ولكن", "لكنه", "لكنها", "اما", "ولی", "amma", "vali", "lakin", "lakn"} {
		m[fold(w)] = true
	}
	return m
})

// tokenize splits text into words; '.', '!', '?', ';' and line breaks end a sentence.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	sent, clause := 0, 0
	sentStart := 0 // index of the sentence's first token
	start := -1
	var quotes [][2]int // the text's quotes, where a question mark may stand inside one (insideQuote)
	if strings.ContainsAny(text, "?؟") {
		quotes = quoteSpans(text, 0)
	}
	runOn := func() {
		// A run-on of more than maxSentence words (a wall of emoji, text without full stops) is cut into
		// sentences, which bounds the work of the sentence-wide rules.
		if len(toks)-sentStart >= maxSentence {
			sent++
			clause++
			sentStart = len(toks)
		}
	}
	flush := func(end int) {
		if start >= 0 && len(toks) >= maxTokens {
			start = -1
		}
		if start >= 0 {
			// a closing quote is no part of the word ("'bu polis işi değil'"); one inside it is ("didn't", "112'de")
			w := strings.TrimRight(text[start:end], "'’")
			k := fold(w)
			if k == "ik" || k == "ikk" || k == "ike" || k == "ikek" {
				k = "ikke" // informal spellings of "ikke", so phrases written with "ikke" meet them
			}
			if contrastWords()[k] {
				clause++
			}
			if !repeated(toks, k) {
				toks = append(toks, token{key: k, word: strings.ToLower(w), sent: sent, clause: clause, script: tokenScript(w)})
			}
			start = -1
			runOn()
		}
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || ((r == '\'' || r == '’' || r == '\u200c' || unicode.Is(unicode.Mn, r)) && start >= 0):
			if start < 0 {
				start = i
			}
		case emojiWords[r] != "":
			flush(i)
			if len(toks) < maxTokens && !repeated(toks, emojiWords[r]) {
				toks = append(toks, token{key: emojiWords[r], word: string(r), sent: sent, clause: clause, script: tokenScript(string(r))})
			}
			runOn()
		default:
			flush(i)
			if r == '?' || r == '؟' {
				// a question inside quotation marks is the quoted person's ("she asked 'what were you
				// wearing?'"), not the writer asking (quoted.go): question, which the models read, is set
				// either way, ownQuestion only outside quotes
				own := !insideQuote(quotes, i)
				for k := len(toks) - 1; k >= 0 && toks[k].sent == sent; k-- {
					toks[k].ownQuestion = toks[k].ownQuestion || own
					toks[k].question = true
				}
			}
			if r == '.' && start < 0 && endsAbbreviation(toks, text, i) {
				i += n
				continue // "nr. 4", "3. sal", "kl. 22": not the end of a sentence
			}
			switch r {
			case '.', '!', '?', ';', '\n', '؟', '؛', '。', '！', '？':
				sent++
				clause++
				sentStart = len(toks)
			case ',', ':', '(', ')', '،', '–', '—', '、', '，':
				clause++
			}
		}
		i += n
	}
	flush(len(text))
	return toks
}

// emojiWords reads the emoji people answer with as the words they stand for: a reply of only "👍" or
// "🙏❤️" is thanks, "👎" a complaint, and "😂" marks a joke ("min mand slår mig ihjel når han hører det 😂").
var emojiWords = map[rune]string{
	'👍': "godt", '🙏': "tak", '❤': "tak", '😊': "godt", '🙂': "godt", '👏': "godt", '💙': "tak", '🥰': "tak",
	'👎': "elendig", '😡': "elendig", '🤬': "elendig",
	'😂': "haha", '🤣': "haha", '😅': "haha", '😆': "haha",
}

// endsAbbreviation reports a full stop at i that ends an abbreviation or an ordinal number written right before
// it ("nr.", "ca.", "kl.", "3."), which does not end the sentence.
func endsAbbreviation(toks []token, text string, i int) bool {
	if len(toks) == 0 || i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	k := toks[len(toks)-1].key
	switch k {
	case "nr", "ca", "kl", "bl", "dvs", "evt", "osv", "fx", "mht", "tlf", "st", "mr", "mrs", "dr", "jf", "vedr":
		return true
	}
	if len(k) > 2 || k[0] < '0' || k[0] > '9' {
		return false
	}
	_, err := strconv.Atoi(k)
	return err == nil && i+1 < len(text) && text[i+1] == ' ' // "3. sal", not "kom efter 40." at the end
}
