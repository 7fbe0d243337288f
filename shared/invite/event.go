package invite

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"borgerfeedback/shared/feedback"
)

// MaxEventBytes bounds a contact event; real ones are a few hundred bytes.
const MaxEventBytes = 8 << 10

// validContactID reports whether id is 1–128 ASCII letters, digits and ._:- starting with a letter or
// digit. A loop rather than a regular expression: compiling `[…]{0,127}` unrolls 127 optional
// copies, which took half a millisecond of every function's start-up (this package is linked into
// all of them through the store).
func validContactID(id string) bool {
	if len(id) == 0 || len(id) > 128 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if !alnum && (i == 0 || c != '.' && c != '_' && c != ':' && c != '-') {
			return false
		}
	}
	return true
}

// ParseContact decodes and validates a contact.completed event. Unknown fields are allowed so the
// call platform can add fields without breaking intake; the fields used here are checked strictly.
// The optional sampling signals (waitSeconds, durationSeconds, outcome, repeatCaller) are not: a bad
// one is dropped and named in the problems (see ParseContactSignals), and the contact is handled
// without it.
func ParseContact(body []byte) (feedback.Contact, error) {
	c, _, err := ParseContactSignals(body)
	return c, err
}

// contactWire shadows the signal fields of feedback.Contact with raw JSON, so a bad signal value
// does not fail the whole event.
type contactWire struct {
	feedback.Contact
	WaitSeconds     json.RawMessage `json:"waitSeconds"`
	DurationSeconds json.RawMessage `json:"durationSeconds"`
	CallOutcome     json.RawMessage `json:"outcome"`
	RepeatCaller    json.RawMessage `json:"repeatCaller"`
}

// maxSignalSeconds bounds waitSeconds and durationSeconds: a day.
const maxSignalSeconds = 86400

// ParseContactSignals is ParseContact that also returns the problems with the sampling signals,
// one sentence each naming the field and what it should be (never the value: the log must not
// carry what the call platform put there by mistake).
func ParseContactSignals(body []byte) (feedback.Contact, []string, error) {
	var w contactWire
	if len(body) > MaxEventBytes {
		return w.Contact, nil, fmt.Errorf("%w: contact event of %d bytes exceeds %d", feedback.ErrInvalid, len(body), MaxEventBytes)
	}
	if err := json.NewDecoder(bytes.NewReader(body)).Decode(&w); err != nil {
		return w.Contact, nil, fmt.Errorf("%w: contact event is not valid JSON: %w", feedback.ErrInvalid, err)
	}
	c, err := validContact(w.Contact)
	if err != nil {
		return c, nil, err
	}
	var problems []string
	seconds := func(name string, raw json.RawMessage) *float64 {
		if isAbsent(raw) {
			return nil
		}
		var v float64
		if err := json.Unmarshal(raw, &v); err != nil || v < 0 || v > maxSignalSeconds {
			problems = append(problems, fmt.Sprintf("%s must be a number of seconds from 0 to %d", name, maxSignalSeconds))
			return nil
		}
		return &v
	}
	c.WaitSeconds = seconds("waitSeconds", w.WaitSeconds)
	c.DurationSeconds = seconds("durationSeconds", w.DurationSeconds)
	if !isAbsent(w.CallOutcome) {
		var o string
		switch err := json.Unmarshal(w.CallOutcome, &o); {
		case err == nil && (o == feedback.OutcomeAnswered || o == feedback.OutcomeAbandoned || o == feedback.OutcomeTransferred || o == feedback.OutcomeCallback):
			c.CallOutcome = o
		default:
			problems = append(problems, "outcome must be answered, abandoned, transferred or callback")
		}
	}
	if !isAbsent(w.RepeatCaller) {
		var b bool
		if err := json.Unmarshal(w.RepeatCaller, &b); err != nil {
			problems = append(problems, "repeatCaller must be true or false")
		} else {
			c.RepeatCaller = &b
		}
	}
	return c, problems, nil
}

func isAbsent(raw json.RawMessage) bool {
	return len(raw) == 0 || string(bytes.TrimSpace(raw)) == "null"
}

// validContact checks the fields every contact needs.
func validContact(c feedback.Contact) (feedback.Contact, error) {
	switch {
	case !validContactID(c.ContactID):
		return c, fmt.Errorf("%w: contactId missing or malformed", feedback.ErrInvalid)
	case c.Channel != feedback.Channel112 && c.Channel != feedback.Channel114:
		return c, fmt.Errorf("%w: contact %s: channel must be 112 or 114", feedback.ErrInvalid, c.ContactID)
	case c.EndedAt.IsZero():
		return c, fmt.Errorf("%w: contact %s: endedAt missing", feedback.ErrInvalid, c.ContactID)
	case c.Centre.Kind != feedback.CentreAlarm && c.Centre.Kind != feedback.CentreService && c.Centre.Kind != feedback.CentreDuty:
		return c, fmt.Errorf("%w: contact %s: centre.kind must be alarm, service or duty", feedback.ErrInvalid, c.ContactID)
	case !feedback.IsDistrict(c.Centre.District):
		return c, fmt.Errorf("%w: contact %s: unknown district", feedback.ErrInvalid, c.ContactID)
	case c.Centre.ID == "" || len(c.Centre.ID) > 128:
		return c, fmt.Errorf("%w: contact %s: centre.id missing or too long", feedback.ErrInvalid, c.ContactID)
	}
	return c, nil
}

// SMSLanguage is the language of the SMS and the form's start language: Danish for "da" or no
// language, English for any other (a caller who did not speak Danish is likelier to read English).
func SMSLanguage(contactLanguage string) string {
	if contactLanguage == "" || contactLanguage == "da" {
		return "da"
	}
	return "en"
}

// callLanguage is the contact's language as an ISO 639-1 code, or "" when it is not one: the form
// starts in it when it speaks it.
func callLanguage(contactLanguage string) string {
	l := strings.ToLower(strings.TrimSpace(contactLanguage))
	if len(l) != 2 || l[0] < 'a' || l[0] > 'z' || l[1] < 'a' || l[1] > 'z' {
		return ""
	}
	return l
}

// ContactEvent is a contact.completed event as it arrived: the contact, the problems with its
// sampling signals (see ParseContactSignals), and the body as it came, which quiet hours put back
// on the queue unchanged.
type ContactEvent struct {
	Contact  feedback.Contact
	Problems []string
	Body     []byte
}

// DecodeContactEvent decodes and validates one contact.completed event (see ParseContactSignals).
func DecodeContactEvent(body []byte) (ContactEvent, error) {
	c, problems, err := ParseContactSignals(body)
	if err != nil {
		return ContactEvent{}, err
	}
	return ContactEvent{Contact: c, Problems: problems, Body: body}, nil
}

// HandleEvent is Handle for an event from the contact-events queue: bad sampling signals are
// logged (the problems, not the values) and the contact is still handled, by the rules that do not
// need the dropped signals.
func (s *Service) HandleEvent(ctx context.Context, ev ContactEvent) error {
	if len(ev.Problems) > 0 {
		s.log.ErrorContext(ctx, "contact event: bad sampling signals ignored", "contactId", ev.Contact.ContactID, "problems", strings.Join(ev.Problems, "; "))
	}
	return s.handle(ctx, ev.Contact, ev.Body)
}
