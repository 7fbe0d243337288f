package classify

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// conductThresholdQuoted is the conduct models' bar (the Danish/English model's and the foreign one's)
// in a text that quotes words between quotation marks: the models' own decision, p ≥ 0.5, in place of
// the higher bars for a text that names no staff (0.8), has no word of behaviour (0.9) or is in another
// language (ForeignConductThreshold). Conduct told only by what was said ("sa betjenten at 'dere er jo
// vant til at det er mennene som bestemmer'") has no word of behaviour the lists know, and a model in
// doubt about it is right more often when the writer gives the remark word for word. Chosen on the first
// sight of blind sets 18–23 and 28 (session 13, `make firstsight`): 41 conduct texts had been missed;
// 25 of them quote a remark, and 11 of those the model read at p ≥ 0.5, while none of the 120 texts
// that quote something and are not conduct (the offender's threat, the advice given, a child
// screaming "stop") was read that high and left unflagged (the highest 0.14). The writer's own words
// keep their bar (conductThresholdWriterTold).
const conductThresholdQuoted = 0.5

// quotedRemark says whether the text gives words between a pair of quotation marks: "…", “…”, „…“,
// ”…” (Danish and Swedish), «…», »…«, ‘…’ or '…' — an ASCII or curly apostrophe only where it opens
// after a space or a sign and closes before one, so "didn't" and "112'de" are no quote. The quoted
// words hold two letters at least, within one line.
func quotedRemark(text string) bool { return len(quoteSpans(text, 1)) > 0 }

// quoteSpans are the byte ranges [opening mark, closing mark] of the text's quotes as quotedRemark
// reads them, at most limit of them (0: all), in order; a quote ends where it closes, and the next is
// looked for after it. Linear in the text: once a kind of mark finds no closing mark before the line
// ends, no later mark of that kind on the line is tried (a line of 2,000 unclosed «s would otherwise
// be searched 2,000 times over).
func quoteSpans(text string, limit int) [][2]int {
	var spans [][2]int
	var unclosedUntil map[string]int // a kind of mark (its closers) → where its line ends
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		closers, ok := quoteClosers(r)
		apostrophe := r == '\'' || r == '‘' || r == '’'
		if !ok || apostrophe && !opensQuote(text, i) || i < unclosedUntil[closers] {
			i += size
			continue
		}
		end, unclosed := closedQuote(text[i+size:], closers, apostrophe)
		if end >= 0 {
			closing := i + size + end
			spans = append(spans, [2]int{i, closing})
			if limit > 0 && len(spans) >= limit {
				return spans
			}
			_, closeSize := utf8.DecodeRuneInString(text[closing:])
			i = closing + closeSize
			continue
		}
		if unclosed {
			if unclosedUntil == nil {
				unclosedUntil = map[string]int{}
			}
			lineEnd := strings.IndexByte(text[i:], '\n')
			if lineEnd < 0 {
				lineEnd = len(text) - i
			}
			unclosedUntil[closers] = i + lineEnd
		}
		i += size
	}
	return spans
}

// closedQuote: the offset in rest, the text after an opening mark, of the mark that closes it before the
// line ends with two letters before it, -1 for none; an apostrophe closes only before a space or a sign
// ("'I can't say'" closes at the last one). unclosed: no mark of closers closes anything before the line
// ends, so no later opening mark of the same kind on that line can close either.
func closedQuote(rest, closers string, apostrophe bool) (end int, unclosed bool) {
	for from := 0; from < len(rest); {
		end := strings.IndexAny(rest[from:], closers+"\n")
		if end < 0 || rest[from+end] == '\n' {
			return -1, true
		}
		end += from
		if !apostrophe || closesQuote(rest, end) {
			if letters(rest[:end]) < 2 {
				return -1, false
			}
			return end, false
		}
		_, size := utf8.DecodeRuneInString(rest[end:])
		from = end + size
	}
	return -1, true
}

// insideQuote says whether byte i of the text stands inside one of its quotes (quoteSpans: in order,
// not overlapping, so the last one opened before i is the one that may hold it).
func insideQuote(quotes [][2]int, i int) bool {
	k := sort.Search(len(quotes), func(k int) bool { return quotes[k][0] >= i })
	return k > 0 && i < quotes[k-1][1]
}

// quoteClosers are the marks that may close a quote opened by r.
func quoteClosers(r rune) (string, bool) {
	switch r {
	case '"':
		return `"“”`, true
	case '“':
		return `”“"`, true
	case '„':
		return `“”"`, true
	case '”':
		return `”"`, true
	case '«':
		return "»", true
	case '»':
		return "«»", true
	case '\'', '‘', '’':
		return "'’", true
	}
	return "", false
}

// opensQuote: the apostrophe at i stands at the start or after a space or a sign, before a letter.
func opensQuote(text string, i int) bool {
	if i > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
			return false
		}
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	return unicode.IsLetter(next)
}

// closesQuote: the apostrophe at end of rest stands at the end or before a space or a sign.
func closesQuote(rest string, end int) bool {
	_, size := utf8.DecodeRuneInString(rest[end:])
	if end+size >= len(rest) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(rest[end+size:])
	return !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
