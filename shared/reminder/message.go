package reminder

import (
	"fmt"
	"time"

	"borgerfeedback/shared/invite"
)

// messages per SMS language, in order of preference: Message takes the first that fits one GSM-7
// segment. Their own wording (a reminder, not the invitation again), the same link, nothing about
// why the person called; the longer ones say how long the link still works and end with the
// opt-out hint, like the invitation.
var messages = map[string][]string{
	"da": {
		"Påmindelse fra politiet: Hvordan gik det? %s Linket virker %s endnu. " + invite.OptOutHint["da"],
		"Politiet: En venlig påmindelse - hvordan gik det? %s " + invite.OptOutHint["da"],
		"Påmindelse fra politiet: %s",
		"Politiet: %s",
	},
	"en": {
		"Reminder from the police: How did it go? %s The link works %s more. " + invite.OptOutHint["en"],
		"Police: A friendly reminder - how did it go? %s " + invite.OptOutHint["en"],
		"Police reminder: %s",
		"Police: %s",
	},
}

// daysLeft says a link's remaining whole days in lang ("2 dage", "1 day").
func daysLeft(lang string, n int) string {
	switch {
	case lang == "en" && n == 1:
		return "1 day"
	case lang == "en":
		return fmt.Sprintf("%d days", n)
	case n == 1:
		return "1 dag"
	}
	return fmt.Sprintf("%d dage", n)
}

// Message composes the reminder in lang (Danish unless "en": the invitation's SMS language) with
// the link and its remaining lifetime; an error when even the shortest text does not fit one
// segment.
func Message(lang, link string, left time.Duration) (string, error) {
	texts, ok := messages[lang]
	if !ok {
		lang, texts = "da", messages["da"]
	}
	days := int(left.Hours() / 24)
	for i, t := range texts {
		var m string
		switch {
		case i > 0:
			m = fmt.Sprintf(t, link)
		case days > 0:
			m = fmt.Sprintf(t, link, daysLeft(lang, days))
		default:
			continue // under a day left is not said in days
		}
		if n, ok := invite.GSM7Length(m); ok && n <= invite.SMSMaxChars {
			return m, nil
		}
	}
	return "", fmt.Errorf("reminder with link %q does not fit one %d-character GSM-7 segment", link, invite.SMSMaxChars)
}
