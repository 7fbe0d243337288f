package redact

import (
	"unicode"
)

// group is a maximal run of ASCII digits in a normalised text, by rune index; sep describes the
// separator that links it to the next group (empty when the next group is not linked).
type group struct {
	start, end int // rs[start:end] are the digits
	sep        sep
}

// sep is what stands between two linked digit groups.
type sep struct {
	linked  bool
	kind    string // the punctuation with whitespace runs as one ' ' and every dash as '-': "-", " ", " - ", "."
	newline bool
}

// Limits of a separator: a person writes "010190 - 1234" or breaks a line, not a paragraph.
const (
	maxSepRunes = 12
	maxSepPunct = 2
)

// digitGroups finds the digit groups of rs and how they link.
func digitGroups(rs []rune) []group {
	var gs []group
	for i := 0; i < len(rs); {
		if !isDigit(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && isDigit(rs[j]) {
			j++
		}
		gs = append(gs, group{start: i, end: j})
		i = j
	}
	for k := 0; k+1 < len(gs); k++ {
		gs[k].sep = separator(rs[gs[k].end:gs[k+1].start])
	}
	return gs
}

// separator judges the runes between two digit groups.
func separator(between []rune) sep {
	if len(between) == 0 || len(between) > maxSepRunes {
		return sep{}
	}
	var kind []rune
	punct, newline, space := 0, false, false
	for _, r := range between {
		switch {
		case unicode.IsSpace(r):
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				newline = true
			}
			if !space {
				kind = append(kind, ' ')
			}
			space = true
			continue
		case isDash(r):
			kind = append(kind, '-')
		case isSlash(r):
			kind = append(kind, '/')
		case r == '.' || r == '·' || r == '_':
			kind = append(kind, r)
		default:
			return sep{}
		}
		space = false
		punct++
	}
	if punct > maxSepPunct {
		return sep{}
	}
	return sep{linked: true, kind: string(kind), newline: newline}
}

// isDash is every hyphen, dash and minus sign a keyboard or a word processor produces.
func isDash(r rune) bool {
	switch r {
	case '-', '\u2212', '\u2043', '\u02d7', '\u2796', '\ufe63', '\uff0d':
		return true
	}
	return unicode.Is(unicode.Pd, r)
}

func isSlash(r rune) bool {
	switch r {
	case '/', '\\', '\u2044', '\u2215', '\u29f8':
		return true
	}
	return false
}

// validDate reports whether the six digits DDMMYY are a date. The century is unknown, so 29 February
// is accepted in any year divisible by four (00 included, as 2000 was a leap year).
func validDate(d []byte) bool {
	day := int(d[0]-'0')*10 + int(d[1]-'0')
	month := int(d[2]-'0')*10 + int(d[3]-'0')
	year := int(d[4]-'0')*10 + int(d[5]-'0')
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month]
	if month == 2 && year%4 == 0 {
		days = 29
	}
	return day <= days
}
