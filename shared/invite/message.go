package invite

import (
	"fmt"
	"strings"
	"time"
)

// SMSMaxChars is one GSM-7 segment.
const SMSMaxChars = 160

// messages per language, in order of preference: Message takes the first that fits one segment.
// The first three end with the opt-out hint (the link's page has "Send mig ikke flere SMS"); the
// rest are for a base URL too long to leave room for it. None mentions why the person called.
var messages = map[string][]string{
	"da": {
		"Tak for din henvendelse til politiet. Fortæl os gerne, hvordan det gik: %s Linket virker i %d dage. " + OptOutHint["da"],
		"Politiet: Fortæl os gerne, hvordan det gik: %s Virker i %d dage. " + OptOutHint["da"],
		"Politiet: Hvordan gik det? %s " + OptOutHint["da"],
		"Tak for din henvendelse til politiet. Fortæl os gerne, hvordan det gik: %s Linket virker i %d dage.",
		"Tak for din henvendelse til politiet. Fortæl os gerne, hvordan det gik: %s",
		"Politiet: Hvordan gik det? %s",
	},
	"en": {
		"Thank you for contacting the police. Please tell us how it went: %s The link works for %d days. " + OptOutHint["en"],
		"Police: Please tell us how it went: %s Works for %d days. " + OptOutHint["en"],
		"Police: How did it go? %s " + OptOutHint["en"],
		"Thank you for contacting the police. Please tell us how it went: %s The link works for %d days.",
		"Thank you for contacting the police. Please tell us how it went: %s",
		"Police: How did it go? %s",
	},
}

// OptOutHint tells the citizen, in each SMS language, that the link also stops further SMS.
var OptOutHint = map[string]string{
	"da": "Afmeld: samme link",
	"en": "Stop SMS: same link",
}

// Message composes the invitation SMS in lang ("da" unless "en") with the link. It fails when even
// the shortest text does not fit one GSM-7 segment, which Config.Validate catches at start-up.
func Message(lang, link string, ttl time.Duration) (string, error) {
	texts, ok := messages[lang]
	if !ok {
		texts = messages["da"]
	}
	days := int(ttl.Hours() / 24)
	for _, t := range texts {
		var m string
		switch {
		case strings.Count(t, "%d") == 0:
			m = fmt.Sprintf(t, link)
		case days > 0:
			m = fmt.Sprintf(t, link, days)
		default:
			continue // a lifetime under a day is not said in days
		}
		if n, ok := GSM7Length(m); ok && n <= SMSMaxChars {
			return m, nil
		}
	}
	return "", fmt.Errorf("SMS with link %q does not fit one %d-character GSM-7 segment", link, SMSMaxChars)
}

// gsm7Basic is the GSM 03.38 basic character set; gsm7Extension characters take two septets.
const (
	gsm7Basic     = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
	gsm7Extension = "^{}\\[~]|€\f"
)

// GSM7Length returns the number of septets s takes, and false when s has a character outside GSM-7
// (which would force UCS-2 and 70-character segments).
func GSM7Length(s string) (int, bool) {
	n := 0
	for _, r := range s {
		switch {
		case containsRune(gsm7Basic, r):
			n++
		case containsRune(gsm7Extension, r):
			n += 2
		default:
			return 0, false
		}
	}
	return n, true
}

func containsRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}
