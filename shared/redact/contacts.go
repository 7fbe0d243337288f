package redact

import (
	"strings"
	"unicode"
)

// contacts is Contacts on a normalised text.
func contacts(s string) string {
	if strings.ContainsRune(s, '@') {
		s = emails(s)
	}
	if countDigits(s) < 8 {
		return s
	}
	return phones(s)
}

// phones replaces phone numbers in a normalised text.
func phones(s string) string {
	rs := []rune(s)
	gs := digitGroups(rs)
	var spans [][2]int
	for k := 0; k < len(gs); {
		c := phoneChain(rs, gs, k)
		spans = append(spans, c.phoneSpans(rs, gs)...)
		k = c.last + 1
	}
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	copied := 0
	for _, sp := range spans {
		b.WriteString(string(rs[copied:sp[0]]))
		b.WriteString(PhonePlaceholder)
		copied = sp[1]
	}
	b.WriteString(string(rs[copied:]))
	return b.String()
}

// chain is a run of digit groups that may be one phone number: groups first..last, linked by the same
// separator (a country code may be followed by another), with what precedes the first group.
type chain struct {
	first, last int
	from        int  // rune index where the number starts, "+" or "(" included
	intl        bool // starts with +, 00 or (+45): never a date or an amount
	ok          bool // false when a "(" prefix is not closed as a country code
}

func phoneChain(rs []rune, gs []group, k int) chain {
	c := chain{first: k, last: k, from: gs[k].start, ok: true}
	paren := false
	if c.from > 0 && rs[c.from-1] == '+' {
		c.from--
		c.intl = true
	}
	if c.from > 0 && rs[c.from-1] == '(' {
		c.from--
		paren = true
	}
	if gs[k].end-gs[k].start >= 4 && rs[gs[k].start] == '0' && rs[gs[k].start+1] == '0' {
		c.intl = true
	}
	if paren {
		if k+1 >= len(gs) || !closesCountryCode(rs[gs[k].end:gs[k+1].start]) {
			c.ok = false
			return c
		}
		c.intl = true
		c.last = k + 1
	}
	kind := ""
	for c.last+1 < len(gs) {
		sp := gs[c.last].sep
		if !sp.linked || sp.newline || len(sp.kind) > 3 {
			break
		}
		if c.intl && !paren && c.last == k {
			c.last++ // "+45 2012-3456": the country code may stand apart
			continue
		}
		if kind == "" {
			kind = sp.kind
		} else if sp.kind != kind {
			break
		}
		c.last++
	}
	return c
}

func closesCountryCode(between []rune) bool {
	if len(between) == 0 || between[0] != ')' || len(between) > 3 {
		return false
	}
	for _, r := range between[1:] {
		if r != ' ' {
			return false
		}
	}
	return true
}

// phoneSpans returns the rune spans of the chain to mask: the whole chain when it is a phone number,
// each part when it is several Danish numbers of eight digits in a row, else none.
func (c chain) phoneSpans(rs []rune, gs []group) [][2]int {
	if !c.ok || glued(rs, c.from, gs[c.last].end) {
		return nil
	}
	digits := 0
	for i := c.first; i <= c.last; i++ {
		digits += gs[i].end - gs[i].start
	}
	switch {
	case digits < 8:
		return nil
	case digits <= 15:
		if !c.intl && notAPhone(rs, gs, c) {
			return nil
		}
		return [][2]int{{c.from, gs[c.last].end}}
	case c.intl:
		return nil
	}
	// 20123456 30123456: split at group boundaries into numbers of eight digits, or not at all.
	var spans [][2]int
	start, n := c.first, 0
	for i := c.first; i <= c.last; i++ {
		n += gs[i].end - gs[i].start
		switch {
		case n == 8:
			spans = append(spans, [2]int{gs[start].start, gs[i].end})
			start, n = i+1, 0
		case n > 8:
			return nil
		}
	}
	if n != 0 {
		return nil
	}
	return spans
}

// glued reports whether the number rs[from:to] is part of a word: a letter or digit right before it
// (other than a phone word such as "tlf" or "mobil") or right after it ("20123456kr").
func glued(rs []rune, from, to int) bool {
	if to < len(rs) && (unicode.IsLetter(rs[to]) || unicode.IsDigit(rs[to])) {
		return true
	}
	if from == 0 || !(unicode.IsLetter(rs[from-1]) || unicode.IsDigit(rs[from-1])) {
		return false
	}
	w := from
	for w > 0 && unicode.IsLetter(rs[w-1]) {
		w--
	}
	switch strings.ToLower(string(rs[w:from])) {
	case "tlf", "tel", "telefon", "mobil", "mob", "phone", "nr":
		return false
	}
	return true
}

// notAPhone recognises the numbers of eight or more digits that are not phone numbers: a date
// (26-11-2026, 2026.11.26), an amount grouped in thousands (12.500.000, 12 500 000) or next to a
// currency (20000000 kr, kr. 12345678, 12345678,50).
func notAPhone(rs []rune, gs []group, c chain) bool {
	n := c.last - c.first + 1
	kind := ""
	if n > 1 {
		kind = gs[c.first].sep.kind
	}
	if n == 3 && kind != " " {
		a, b, d := gs[c.first], gs[c.first+1], gs[c.last]
		la, lb, ld := a.end-a.start, b.end-b.start, d.end-d.start
		if (la <= 2 && lb <= 2 && ld == 4) || (la == 4 && lb <= 2 && ld <= 2) {
			return true
		}
	}
	if n >= 3 && (kind == "." || kind == " ") {
		thousands := gs[c.first].end-gs[c.first].start <= 3
		for i := c.first + 1; i <= c.last; i++ {
			thousands = thousands && gs[i].end-gs[i].start == 3
		}
		if thousands {
			return true
		}
	}
	after := strings.ToLower(strings.TrimLeft(string(rs[gs[c.last].end:min(len(rs), gs[c.last].end+8)]), " "))
	for _, unit := range []string{"kr", "dkk", "eur", "€", "$", "%", ",-", ",0", ",1", ",2", ",3", ",4", ",5", ",6", ",7", ",8", ",9"} {
		if strings.HasPrefix(after, unit) {
			return true
		}
	}
	before := strings.ToLower(strings.TrimRight(string(rs[max(0, c.from-6):c.from]), " ."))
	for _, unit := range []string{"kr", "dkk", "eur", "€", "$"} {
		if strings.HasSuffix(before, unit) {
			return true
		}
	}
	return false
}

// emails replaces e-mail addresses.
func emails(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	afterLocal := false // the last byte written could be part of an address
	for i := 0; i < len(text); {
		if n := emailAt(text, i, afterLocal); n > 0 {
			b.WriteString(EmailPlaceholder)
			i += n
			afterLocal = false
			continue
		}
		b.WriteByte(text[i])
		afterLocal = isEmailLocal(text[i])
		i++
	}
	return b.String()
}

// emailAt returns the byte length of an e-mail address starting at i, or 0; afterLocal says that i is
// inside a word that could be an address's local part.
func emailAt(s string, i int, afterLocal bool) int {
	if !isEmailLocal(s[i]) || afterLocal {
		return 0
	}
	j := i
	for j < len(s) && isEmailLocal(s[j]) {
		j++
	}
	if j == i || j >= len(s) || s[j] != '@' {
		return 0
	}
	j++
	start, dot := j, false
	for j < len(s) && (isAlnumByte(s[j]) || s[j] == '-' || s[j] >= 0x80 || (s[j] == '.' && j+1 < len(s) && isAlnumByte(s[j+1]))) {
		if s[j] == '.' {
			dot = true
		}
		j++
	}
	if j == start || !dot {
		return 0
	}
	return j - i
}

func isEmailLocal(c byte) bool {
	return isAlnumByte(c) || c == '.' || c == '_' || c == '-' || c == '+' || c >= 0x80
}
