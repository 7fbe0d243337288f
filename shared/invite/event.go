package invite

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/sqsbatch"
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
func ParseContact(body []byte) (feedback.Contact, error) {
	var c feedback.Contact
	if len(body) > MaxEventBytes {
		return c, fmt.Errorf("%w: contact event of %d bytes exceeds %d", feedback.ErrInvalid, len(body), MaxEventBytes)
	}
	if err := json.NewDecoder(bytes.NewReader(body)).Decode(&c); err != nil {
		return c, fmt.Errorf("%w: contact event is not valid JSON: %v", feedback.ErrInvalid, err)
	}
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

// HandleSQS is the Lambda handler for a batch from the contact-events queue, with partial batch
// failures: an unparsable event or a transient error fails only its own record.
func (s *Service) HandleSQS(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	return sqsbatch.Handle(ctx, ev, s.log, func(ctx context.Context, body []byte) error {
		c, err := ParseContact(body)
		if err != nil {
			return err
		}
		return s.handle(ctx, c, body)
	}), nil
}
