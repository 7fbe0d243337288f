package redact

import (
	"strings"
	"unicode"
)

// cpr is CPR on a normalised text.
func cpr(s string) string {
	if countDigits(s) < 10 {
		return s
	}
	rs := []rune(s)
	gs := digitGroups(rs)
	var b strings.Builder
	copied, found := 0, false
	for k := 0; k < len(gs); k++ {
		j, ok := cprAt(rs, gs, k)
		if !ok {
			continue
		}
		if !found {
			b.Grow(len(s))
			found = true
		}
		b.WriteString(string(rs[copied:gs[k].start]))
		b.WriteString(CPRPlaceholder)
		copied = gs[j].end
		k = j
	}
	if !found {
		return s
	}
	b.WriteString(string(rs[copied:]))
	return b.String()
}

// cprAt reports whether the digit groups from k to some j spell a CPR number, and j.
func cprAt(rs []rune, gs []group, k int) (int, bool) {
	keyword := keywordBefore(rs, gs[k].start)
	var digits []byte
	var lens []int
	for j := k; j < len(gs); j++ {
		for _, r := range rs[gs[j].start:gs[j].end] {
			digits = append(digits, byte(r)) //nolint:gosec // G115: r is an ASCII digit (a digit group of the normalised text)
		}
		lens = append(lens, gs[j].end-gs[j].start)
		switch {
		case len(digits) == 10 && validDate(digits[:6]) && (keyword || plainCPRShape(gs, k, j, lens)):
			return j, true
		case len(digits) == 12 && keyword && fourDigitYear(digits, lens):
			return j, true
		case len(digits) >= 12 || !gs[j].sep.linked:
			return 0, false
		}
	}
	return 0, false
}

// plainCPRShape reports whether groups k..j (lens digits each, ten in all) are grouped as a CPR number is
// written when nothing announces it: DDMMYYSSSS and DDMMYY-SSSS always; the date in pairs (DD MM YY
// SSSS, DD.MM.YY-SSSS, DD MM YY SS SS) only when no neighbouring number is linked to it by one of the
// same separators, so "20 11 90 12 34 56" (a list of pairs) and "01.01.90 12.34" (a date and a time) are
// not taken for one.
func plainCPRShape(gs []group, k, j int, lens []int) bool {
	switch {
	case len(lens) == 1, len(lens) == 2 && lens[0] == 6:
		return true
	case len(lens) < 2:
		return false
	}
	var date, serial []int
	at := 0
	for _, n := range lens {
		if at < 6 {
			date = append(date, n)
		} else {
			serial = append(serial, n)
		}
		at += n
		if at > 6 && len(serial) == 0 {
			return false // a group crosses from the date into the serial number: 01.01.2026 12
		}
	}
	pairs := func(ns []int) bool {
		for _, n := range ns {
			if n != 2 {
				return false
			}
		}
		return true
	}
	if !(len(date) == 1 || (len(date) == 3 && pairs(date))) {
		return false
	}
	if !(len(serial) == 1 || (len(serial) == 2 && pairs(serial) && gs[j-1].sep.kind == " ")) {
		return false
	}
	// A date in pairs is followed by the serial number after a dash or the date's own separator
	// (01.01.90-1234, 01 01 90 1234); "01.12.25 1430" is a date and a time.
	if len(date) == 3 {
		before := gs[k+2].sep.kind
		if !strings.Contains(before, "-") && before != gs[k].sep.kind {
			return false
		}
	}
	inside := map[string]bool{}
	for i := k; i < j; i++ {
		inside[gs[i].sep.kind] = true
	}
	if k > 0 && gs[k-1].sep.linked && inside[gs[k-1].sep.kind] {
		return false
	}
	if gs[j].sep.linked && inside[gs[j].sep.kind] {
		return false
	}
	return true
}

// fourDigitYear reports whether twelve digits are DD MM YYYY SSSS with the date in one group or split at
// the year (01.01.1990-1234, 01011990-1234), from 1858 (the oldest living Danes were born after) to 2099.
func fourDigitYear(d []byte, lens []int) bool {
	at := 0
	boundary8 := false
	for _, n := range lens {
		at += n
		if at == 8 {
			boundary8 = true
		}
	}
	century := string(d[4:6])
	if !boundary8 || (century != "18" && century != "19" && century != "20") {
		return false
	}
	return validDate([]byte{d[0], d[1], d[2], d[3], d[6], d[7]})
}

// cprKeywordPattern is a word that announces a CPR number: CPR, cpr-nr., CPR-nummer, personnummer,
// personnr., person-nr, personal (identity) number, social security number. hasCPRKeyword matches it
// by hand, so that the functions link no regexp engine (0.26 MB of the form's binary, issue 13);
// TestCPRKeywordAsRegexp and FuzzCPRKeyword hold the two to the same answers.
const cprKeywordPattern = `(?i)(cpr|person\s*-?\s*n(umme)?r|personal\s+(identity\s+|id\s+)?(number|no)|social\s+security)`

// hasCPRKeyword reports whether rs holds a match of cprKeywordPattern anywhere.
func hasCPRKeyword(rs []rune) bool {
	for i := range rs {
		if cprKeywordAt(rs, i) {
			return true
		}
	}
	return false
}

// cprKeywordAt reports whether a match of cprKeywordPattern starts at rs[i].
func cprKeywordAt(rs []rune, i int) bool {
	if _, ok := foldedWord(rs, i, "cpr"); ok {
		return true
	}
	if j, ok := foldedWord(rs, i, "person"); ok { // person\s*-?\s*n(umme)?r
		k := reSpaces(rs, j)
		if k < len(rs) && rs[k] == '-' {
			k = reSpaces(rs, k+1)
		}
		if k, ok := foldedWord(rs, k, "n"); ok {
			if _, ok := foldedWord(rs, k, "r"); ok {
				return true
			}
			if k, ok := foldedWord(rs, k, "umme"); ok {
				if _, ok := foldedWord(rs, k, "r"); ok {
					return true
				}
			}
		}
	}
	if j, ok := foldedWord(rs, i, "personal"); ok { // personal\s+(identity\s+|id\s+)?(number|no)
		if k := reSpaces(rs, j); k > j {
			if numberOrNo(rs, k) {
				return true
			}
			for _, w := range []string{"identity", "id"} {
				if m, ok := foldedWord(rs, k, w); ok {
					if n := reSpaces(rs, m); n > m && numberOrNo(rs, n) {
						return true
					}
				}
			}
		}
	}
	if j, ok := foldedWord(rs, i, "social"); ok { // social\s+security
		if k := reSpaces(rs, j); k > j {
			if _, ok := foldedWord(rs, k, "security"); ok {
				return true
			}
		}
	}
	return false
}

func numberOrNo(rs []rune, i int) bool {
	_, number := foldedWord(rs, i, "number")
	_, no := foldedWord(rs, i, "no")
	return number || no
}

// foldedWord reports whether rs holds w (lower-case ASCII) at i under (?i)'s case folding (every
// rune of w's simple folding orbit: s is also ſ, U+017F) and returns the index after it.
func foldedWord(rs []rune, i int, w string) (int, bool) {
	if i+len(w) > len(rs) {
		return i, false
	}
	for k := 0; k < len(w); k++ {
		if !foldEqual(rs[i+k], rune(w[k])) {
			return i, false
		}
	}
	return i + len(w), true
}

func foldEqual(r, c rune) bool {
	for f := c; ; {
		if r == f {
			return true
		}
		if f = unicode.SimpleFold(f); f == c {
			return false
		}
	}
}

// reSpaces skips what the pattern's \s matches: tab, newline, form feed, carriage return, space.
func reSpaces(rs []rune, i int) int {
	for i < len(rs) && (rs[i] == '\t' || rs[i] == '\n' || rs[i] == '\f' || rs[i] == '\r' || rs[i] == ' ') {
		i++
	}
	return i
}

// keywordBefore reports whether a CPR keyword stands within 24 characters before rune index i, with no
// digit in between (across a line break too).
func keywordBefore(rs []rune, i int) bool {
	from := max(0, i-24)
	for j := i - 1; j >= from; j-- {
		if unicode.IsDigit(rs[j]) {
			from = j + 1
			break
		}
	}
	return hasCPRKeyword(rs[from:i])
}
