// Package redact keeps personal identifiers out of what is stored and logged: CPR numbers become
// "[CPR]", phone numbers and e-mail addresses written in free text "[telefon]" and "[e-mail]".
// It is privacy, not classification: intake, the staff API and the classifier tools all call it.
package redact

import "strings"

// CPR replaces Danish CPR numbers in free text with "[CPR]": DDMMYY-XXXX (also with an en dash or a
// single space) or ten digits in a row, and only when DDMMYY is a real calendar date, so order numbers and
// phone numbers with a country code that merely have ten digits survive. Run it before anything is stored.
func CPR(text string) string {
	if !hasDigitRun(text, 6) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	i := 0
	for i < len(text) {
		if isDigit(text[i]) && (i == 0 || !isAlnumByte(text[i-1])) {
			if n := cprAt(text, i); n > 0 {
				b.WriteString("[CPR]")
				i += n
				continue
			}
			// Copy the whole digit run so a CPR is never matched in the middle of a longer number.
			j := i
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			b.WriteString(text[i:j])
			i = j
			continue
		}
		b.WriteByte(text[i])
		i++
	}
	return b.String()
}

// cprAt returns the byte length of a CPR number starting at i, or 0.
func cprAt(s string, i int) int {
	if i+6 > len(s) || !allDigits(s[i:i+6]) || !validDate(s[i:i+6]) {
		return 0
	}
	j := i + 6
	switch {
	case j+4 <= len(s) && allDigits(s[j:j+4]):
		// ten digits in a row
	case j < len(s) && (s[j] == '-' || s[j] == ' '):
		j++
	case strings.HasPrefix(s[j:], "–"): // en dash
		j += len("–")
	default:
		return 0
	}
	if j+4 > len(s) || !allDigits(s[j:j+4]) {
		return 0
	}
	j += 4
	if j < len(s) && isAlnumByte(s[j]) {
		return 0 // part of a longer number or word
	}
	return j - i
}

// validDate reports whether DDMMYY is a date. The century is unknown, so 29 February is accepted in any
// year divisible by four (00 included, as 2000 was a leap year).
func validDate(d string) bool {
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

// Contacts replaces phone numbers and e-mail addresses written in free text with "[telefon]" and
// "[e-mail]", for what staff see. A phone number is 8–15 digits, optionally after "+" and grouped with
// single spaces, dashes or dots; dates such as 26-11-2026 and "[CPR]" are left alone.
func Contacts(text string) string {
	if !strings.ContainsRune(text, '@') && !hasDigitRun(text, 2) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	i := 0
	for i < len(text) {
		if n := emailAt(text, i); n > 0 {
			b.WriteString("[e-mail]")
			i += n
			continue
		}
		if (isDigit(text[i]) || text[i] == '+' || text[i] == '(') && (i == 0 || !isAlnumByte(text[i-1])) {
			if n := phoneAt(text, i); n > 0 {
				b.WriteString("[telefon]")
				i += n
				continue
			}
			if isDigit(text[i]) { // skip the rest of a number that is not a phone number
				j := i
				for j < len(text) && (isDigit(text[j]) || text[j] == '-' || text[j] == '.') {
					j++
				}
				b.WriteString(text[i:j])
				i = j
				continue
			}
		}
		b.WriteByte(text[i])
		i++
	}
	return b.String()
}

// phoneAt returns the byte length of a phone number starting at i, or 0.
func phoneAt(s string, i int) int {
	j := i
	plus := false
	if s[j] == '+' {
		plus = true
		j++
	}
	if j < len(s) && s[j] == '(' { // (+45) or (45)
		k := j + 1
		if k < len(s) && s[k] == '+' {
			k++
		}
		m := k
		for m < len(s) && isDigit(s[m]) {
			m++
		}
		if m == k || m >= len(s) || s[m] != ')' {
			return 0
		}
		j = m + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
	}
	digits, groups, seps := 0, 0, 0
	end := j
	var sep byte
	for j < len(s) {
		if isDigit(s[j]) {
			k := j
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			digits += k - j
			groups++
			j = k
			end = j
			if j+1 < len(s) && (s[j] == ' ' || s[j] == '-' || s[j] == '.') && isDigit(s[j+1]) {
				if sep == 0 {
					sep = s[j]
				}
				seps++
				j++
				continue
			}
			break
		}
		break
	}
	if digits < 8 || digits > 15 || (end < len(s) && isAlnumByte(s[end])) {
		return 0
	}
	if !plus && groups == 3 && (sep == '-' || sep == '.') && digits == 8 {
		return 0 // 26-11-2026 or 26.11.2026 is a date
	}
	_ = seps
	return end - i
}

// emailAt returns the byte length of an e-mail address starting at i, or 0.
func emailAt(s string, i int) int {
	if !isEmailLocal(s[i]) || (i > 0 && isEmailLocal(s[i-1])) {
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
	for j < len(s) && (isAlnumByte(s[j]) || s[j] == '-' || (s[j] == '.' && j+1 < len(s) && isAlnumByte(s[j+1]))) {
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

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnumByte(c byte) bool {
	return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// hasDigitRun reports whether s has n digits in a row (a cheap pre-check).
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
