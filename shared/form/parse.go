package form

import (
	"errors"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"borgerfeedback/shared/feedback"
)

// Field names of the form body (DESIGN.md: rating, comment, contact_ok, contact; plus two optional
// questions and the form's language).
const (
	fieldRating         = "rating"
	fieldTakenSeriously = "taken_seriously"
	fieldWaitAcceptable = "wait_acceptable"
	fieldComment        = "comment"
	fieldContactOK      = "contact_ok"
	fieldContact        = "contact"
	fieldLang           = "lang"
)

// Limits of the answers; the intake consumer enforces the same on the queue message.
const (
	MaxCommentRunes = 2000
	MaxContactRunes = 254
)

// errMalformed is a body no browser would send from our form: bad encoding, unknown or repeated
// fields. It is answered 400, not 422: there is no field the citizen can fix.
var errMalformed = errors.New("malformed form body")

// Input is the form as submitted, kept verbatim so an invalid reply is re-rendered as typed.
type Input struct {
	Rating, TakenSeriously, WaitAcceptable, Comment, ContactOK, Contact, Lang string
}

// ParseBody decodes an application/x-www-form-urlencoded body strictly: valid escapes and UTF-8,
// only the form's fields, each at most once. Field values are not judged here (see Validate).
func ParseBody(body []byte) (Input, error) {
	var in Input
	if !utf8.Valid(body) {
		return in, errMalformed
	}
	vals, err := url.ParseQuery(string(body))
	if err != nil {
		return in, errMalformed
	}
	dst := map[string]*string{
		fieldRating: &in.Rating, fieldTakenSeriously: &in.TakenSeriously, fieldWaitAcceptable: &in.WaitAcceptable,
		fieldComment: &in.Comment, fieldContactOK: &in.ContactOK, fieldContact: &in.Contact, fieldLang: &in.Lang,
	}
	for k, vs := range vals {
		p, ok := dst[k]
		if !ok || len(vs) != 1 || !utf8.ValidString(vs[0]) {
			return Input{}, errMalformed
		}
		*p = vs[0]
	}
	return in, nil
}

// Validate checks the input and returns the answers, or a *feedback.ValidationError naming every
// field that is wrong, in the order the fields appear on the page. The message of each field error
// is a key of the translations.
func (in Input) Validate() (feedback.Answers, error) {
	var a feedback.Answers
	var errs []feedback.FieldError
	fail := func(field, msg string) { errs = append(errs, feedback.FieldError{Field: field, Message: msg}) }

	switch r := strings.TrimSpace(in.Rating); {
	case r == "":
		fail(fieldRating, "err_rating_required")
	case len(r) == 1 && r[0] >= '1' && r[0] <= '5':
		a.Rating = int(r[0] - '0')
	default:
		fail(fieldRating, "err_rating_range")
	}
	a.TakenSeriously = strings.TrimSpace(in.TakenSeriously)
	if !oneOf(a.TakenSeriously, "", "yes", "partly", "no") {
		fail(fieldTakenSeriously, "err_choice")
	}
	a.WaitAcceptable = strings.TrimSpace(in.WaitAcceptable)
	if !oneOf(a.WaitAcceptable, "", "yes", "no", "dont_know") {
		fail(fieldWaitAcceptable, "err_choice")
	}
	a.Comment = CleanText(in.Comment)
	if utf8.RuneCountInString(a.Comment) > MaxCommentRunes {
		fail(fieldComment, "err_comment_long")
	}
	switch strings.TrimSpace(in.ContactOK) {
	case "yes":
		a.ContactOK = true
	case "", "no":
	default:
		fail(fieldContactOK, "err_choice")
	}
	if a.ContactOK { // without consent a contact is dropped: the citizen may have typed it, then changed their mind
		a.Contact = strings.TrimSpace(in.Contact)
		switch {
		case a.Contact == "":
			fail(fieldContact, "err_contact_required")
		case utf8.RuneCountInString(a.Contact) > MaxContactRunes:
			fail(fieldContact, "err_contact_long")
		case !plausiblePhone(a.Contact) && !plausibleEmail(a.Contact):
			fail(fieldContact, "err_contact_invalid")
		}
	}
	if len(errs) > 0 {
		return feedback.Answers{}, &feedback.ValidationError{Fields: errs}
	}
	return a, nil
}

// CleanText normalises free text: line breaks to \n (browsers send \r\n, which would count twice
// against the limit the page's maxlength shows), other control and bidi-override characters
// removed, surrounding space trimmed.
func CleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == utf8.RuneError, unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r):
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

func oneOf(s string, allowed ...string) bool {
	for _, a := range allowed {
		if s == a {
			return true
		}
	}
	return false
}

// plausiblePhone: 8–15 digits (E.164's maximum), optionally after + or 00, with the usual separators.
func plausiblePhone(s string) bool {
	digits := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0:
		case r == ' ' || r == '-' || r == '.' || r == '(' || r == ')':
		default:
			return false
		}
	}
	return digits >= 8 && digits <= 15
}

// plausibleEmail: one @, a local part of 1–64 characters and a dotted domain, no spaces. Deliverability
// is staff's problem; this only catches typing slips.
func plausibleEmail(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || len(local) > 64 || strings.Contains(domain, "@") || strings.ContainsAny(s, "<>,;\"\\") ||
		strings.IndexFunc(s, func(r rune) bool { return !unicode.IsGraphic(r) || unicode.IsSpace(r) }) >= 0 {
		return false
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return false
		}
	}
	return true
}
