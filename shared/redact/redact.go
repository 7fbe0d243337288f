// Package redact keeps personal identifiers out of what is stored and logged: CPR numbers become
// "[CPR]", phone numbers and e-mail addresses written in free text "[telefon]" and "[e-mail]".
// It is privacy, not classification: the form, intake, the staff API, the maintenance tool and the
// classifier tools all call it. Text is the one entry point for free text before it is stored.
package redact

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Version names the redaction rules; bump it with every change of what they catch, so that
// `make redact-existing` applies the new rules to the items stored before.
const Version = "redact-20261206.2"

// Placeholders that replace what was redacted.
const (
	CPRPlaceholder   = "[CPR]"
	PhonePlaceholder = "[telefon]"
	EmailPlaceholder = "[e-mail]"
)

// Text is what every free text goes through before it is stored, queued or logged: Normalise, then CPR,
// then Contacts. It is idempotent: Text(Text(s)) == Text(s).
func Text(s string) string {
	return contacts(cpr(Normalise(s)))
}

// CPR replaces Danish CPR numbers with "[CPR]" in every spelling a person or a phone keyboard produces
// (see docs/security.md): ten digits whose first six are a real date (DDMMYY), grouped as DDMMYY-SSSS,
// DD MM YY SSSS, DD.MM.YY-SSSS … with any dash, minus, slash, dot or run of spaces (a line break
// included) between the groups, with letters glued before or after. After "CPR", "cpr-nr.",
// "personnummer" and the like, any grouping of the ten digits counts, and so does a four-digit year
// (01.01.1990-1234). The modulus-11 check is not made: numbers issued since 2007 may fail it. The text
// is Normalised first.
func CPR(s string) string { return cpr(Normalise(s)) }

// Contacts replaces phone numbers and e-mail addresses with "[telefon]" and "[e-mail]". A phone number
// is 8–15 digits, optionally after "+", "00" or "(+45)", grouped with spaces, dashes, dots or slashes;
// dates (26-11-2026), amounts grouped in thousands (12.500.000, 12 500 000 kr) and "[CPR]" are left
// alone. The text is Normalised first.
func Contacts(s string) string { return contacts(Normalise(s)) }

// Normalise is the Unicode form every redaction works on and every stored text is kept in: NFC, then
// NFKC for the characters that can hide a number (fullwidth forms, so ０１０１９０－１２３４ becomes
// 010190-1234, and every kind of space), every decimal digit of any script (Arabic-Indic, Devanagari,
// mathematical …) as an ASCII digit, and invisible format characters (zero-width space, soft hyphen,
// word joiner …) next to a digit dropped. NFKC is not applied to the whole text: it would turn "1½ time"
// into "11⁄2 time" and "…" into "..." (found on the corpus), changing what the citizen wrote.
func Normalise(s string) string {
	if isASCIIPrintable(s) {
		return s
	}
	rs := []rune(norm.NFC.String(s))
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		switch {
		case r <= unicode.MaxASCII:
		case unicode.IsDigit(r):
			r = asciiDigit(r)
		case r >= 0xff01 && r <= 0xffee, unicode.Is(unicode.Zs, r):
			if k := []rune(norm.NFKC.String(string(r))); len(k) == 1 {
				r = k[0]
			}
		case unicode.Is(unicode.Cf, r) && (digitNear(rs, i, -1) || digitNear(rs, i, +1)):
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

func isASCIIPrintable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= unicode.MaxASCII || (s[i] < ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t') {
			return false
		}
	}
	return true
}

// asciiDigit maps a decimal digit of any script to '0'–'9'. Unicode encodes each script's digits as ten
// consecutive code points from zero, so the value is the distance to the start of the run, modulo 10.
func asciiDigit(r rune) rune {
	k := 0
	for unicode.IsDigit(r - rune(k) - 1) {
		k++
	}
	return '0' + rune(k%10)
}

// digitNear reports whether the nearest rune from i in direction dir that is not a format character
// is a digit.
func digitNear(rs []rune, i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(rs); j += dir {
		if !unicode.Is(unicode.Cf, rs[j]) {
			return unicode.IsDigit(rs[j])
		}
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isAlnumByte(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// countDigits counts ASCII digits (a cheap pre-check).
func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}
