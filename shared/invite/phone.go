package invite

import "strings"

// NormalisePhone returns the number in E.164 form (+<digits>), assuming Denmark (+45) for bare
// eight-digit numbers and dropping spaces, dashes and a 00 international prefix.
func NormalisePhone(phone string) string {
	var b strings.Builder
	for i, r := range strings.TrimSpace(phone) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && i == 0:
			b.WriteRune(r)
		}
	}
	s := b.String()
	switch {
	case strings.HasPrefix(s, "00"):
		s = "+" + s[2:]
	case len(s) == 8 && !strings.HasPrefix(s, "+"):
		s = "+45" + s
	}
	return s
}

// danishMobilePrefixes are the Danish number series assigned to mobile services.
var danishMobilePrefixes = []string{"2", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"}

// IsMobile reports whether an SMS can reach the number. Danish (+45) numbers must be in a mobile
// series; Greenlandic (+299) and Faroese (+298) six-digit numbers and foreign E.164 numbers cannot be
// told apart from landlines here and are accepted (an SMS to a landline is simply not delivered).
func IsMobile(phone string) bool {
	s := NormalisePhone(phone)
	if !strings.HasPrefix(s, "+") || len(s) < 8 || len(s) > 16 {
		return false
	}
	if rest, ok := strings.CutPrefix(s, "+45"); ok {
		if len(rest) != 8 {
			return false
		}
		for _, p := range danishMobilePrefixes {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
		return false
	}
	return true
}
