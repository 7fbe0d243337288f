// Package feedback is the domain of borgerfeedback: contacts, invitations, submissions, classified
// feedback items with their history, and the interfaces the adapters implement.
package feedback

import (
	"errors"
	"time"
)

// Channels and centre kinds of DOMAIN.md.
const (
	Channel112 = "112"
	Channel114 = "114"

	CentreAlarm   = "alarm"
	CentreService = "service"
	CentreDuty    = "duty"
)

// Districts are the police district ids of DOMAIN.md.
var Districts = []string{
	"nordjylland", "oestjylland", "midt-vestjylland", "sydoestjylland", "syd-soenderjylland", "fyn",
	"sydsjaelland-lolland-falster", "midt-vestsjaelland", "nordsjaelland", "koebenhavns-vestegn",
	"koebenhavn", "bornholm", "groenland", "faeroeerne",
}

// IsDistrict reports whether id is a known district id.
func IsDistrict(id string) bool {
	for _, d := range Districts {
		if d == id {
			return true
		}
	}
	return false
}

// Centre is the centre that handled a contact.
type Centre struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	District string `json:"district"`
}

// Caller is the person who called.
type Caller struct {
	Phone    string `json:"phone"`
	Withheld bool   `json:"withheld"`
	Minor    bool   `json:"minor"`
}

// Contact is the contact.completed event the call platform sends after a call.
type Contact struct {
	ContactID    string    `json:"contactId"`
	Channel      string    `json:"channel"`
	EndedAt      time.Time `json:"endedAt"`
	Language     string    `json:"language"`
	Centre       Centre    `json:"centre"`
	Caller       Caller    `json:"caller"`
	DoNotContact bool      `json:"doNotContact"`
	Sensitive    bool      `json:"sensitive"`

	// Signals for risk-weighted sampling (optional; invite.ParseContact drops a bad value with a
	// log line and the contact is handled without it).
	WaitSeconds     *float64 `json:"waitSeconds,omitempty"`     // time in the queue before answer
	DurationSeconds *float64 `json:"durationSeconds,omitempty"` // length of the call
	CallOutcome     string   `json:"outcome,omitempty"`         // answered, abandoned, transferred, callback
	RepeatCaller    *bool    `json:"repeatCaller,omitempty"`    // the number called the same centre within 24 h

	// Sample is the sampling decision, set by invite once the contact reached the sampling rule
	// (nil before, and for a contact an earlier rule suppressed); never part of the event.
	Sample *Sample `json:"-"`
}

// Call outcomes of the contact.completed event.
const (
	OutcomeAnswered    = "answered"
	OutcomeAbandoned   = "abandoned"
	OutcomeTransferred = "transferred"
	OutcomeCallback    = "callback"
)

// Sample is how a contact was sampled for an invitation: its inclusion probability, recorded on
// the invitation and carried to the reply, where the statistics weight it by 1/Probability.
type Sample struct {
	Probability float64 `json:"probability"` // in (0, 1]
	Multiplier  float64 `json:"multiplier"`  // product of the contact's risk weights
	HighRisk    bool    `json:"highRisk,omitempty"`
	// Group is the response group (sampling.GroupSignal when the call went badly in a way the
	// event shows, else sampling.GroupPlain): response rates are estimated per group.
	Group string `json:"group"`
	// Reminded: the invitation's one reminder went out before the reply (shared/reminder). The
	// reply weighs the same (a reminder raises response, it selects no one new); it is counted
	// apart as answered after a reminder.
	Reminded bool `json:"reminded,omitempty"`
}

// Categories of the classification scheme (DOMAIN.md).
const (
	CategoryResponseTime      = "response_time"
	CategoryConduct           = "conduct"
	CategoryNotTakenSeriously = "not_taken_seriously"
	CategoryAdvice            = "advice"
	CategoryFollowUp          = "follow_up"
	CategoryTechnical         = "technical"
	CategoryAccessibility     = "accessibility"
	CategoryPraise            = "praise"
	CategoryOther             = "other"
)

// Categories lists every category.
var Categories = []string{
	CategoryResponseTime, CategoryConduct, CategoryNotTakenSeriously, CategoryAdvice, CategoryFollowUp,
	CategoryTechnical, CategoryAccessibility, CategoryPraise, CategoryOther,
}

// Priorities.
const (
	P1 = "P1" // urgent
	P2 = "P2" // conduct, or rating ≤ 2 with a complaint
	P3 = "P3" // other complaints
	P4 = "P4" // praise and neutral
)

// Teams that are not per district.
const (
	TeamCitizenService = "citizen-service"
	TeamMedicalFire    = "medical-fire"
)

// Answers are what the citizen filled in on the form.
type Answers struct {
	Rating         int    `json:"rating"`                   // 1–5
	TakenSeriously string `json:"takenSeriously,omitempty"` // yes | partly | no
	WaitAcceptable string `json:"waitAcceptable,omitempty"` // yes | no | dont_know
	Comment        string `json:"comment,omitempty"`        // ≤ 2000 characters
	ContactOK      bool   `json:"contactOk"`
	Contact        string `json:"contact,omitempty"` // phone or e-mail, only when ContactOK
}

// Submission is the message the form puts on the feedback-intake queue: the answers plus the
// context of the contact, never the caller's phone number.
type Submission struct {
	Reference   string    `json:"reference"` // FB-XXXXXXXX, allocated uniquely with the invitation
	ContactID   string    `json:"contactId"`
	Channel     string    `json:"channel"`
	Centre      Centre    `json:"centre"`
	Language    string    `json:"language"` // language of the form the citizen used
	SubmittedAt time.Time `json:"submittedAt"`
	Answers     Answers   `json:"answers"`
	Sample      *Sample   `json:"sample,omitempty"` // from the invitation: the statistics weight the reply by it
}

// Classification is what the classifier concluded about a text.
type Classification struct {
	Category string `json:"category"`
	Urgent   bool   `json:"urgent"`
	Conduct  bool   `json:"conduct"`
	Priority string `json:"priority"`
	Team     string `json:"team"`
	Language string `json:"language"` // ISO 639-1 code (da, en, pl, ar …) or "other"
	// NeedsTranslation: the text is in a language the classifier and most staff do not read (or one it
	// could not identify); a person reads it through a translation before acting on it
	NeedsTranslation bool     `json:"needsTranslation,omitempty"`
	Reasons          []string `json:"reasons"`
	Version          string   `json:"version"` // classifier version, to recompute later
}

// Workflow statuses.
const (
	StatusNew        = "new"
	StatusTriaged    = "triaged"
	StatusInProgress = "in_progress"
	StatusResolved   = "resolved"
	StatusClosed     = "closed"
)

// Statuses in workflow order.
var Statuses = []string{StatusNew, StatusTriaged, StatusInProgress, StatusResolved, StatusClosed}

// Sentinel errors the one error path maps to HTTP statuses and batch failures.
var (
	ErrNotFound  = errors.New("not found")
	ErrGone      = errors.New("gone")     // token used or expired
	ErrConflict  = errors.New("conflict") // stale version, already exists
	ErrInvalid   = errors.New("invalid")  // bad input
	ErrForbidden = errors.New("forbidden")
)

// FieldError is a validation error on one named field, shown next to that field.
type FieldError struct {
	Field   string
	Message string // a key the templates translate
}

// ValidationError carries every field that failed; it matches ErrInvalid.
type ValidationError struct{ Fields []FieldError }

func (e *ValidationError) Error() string {
	s := "invalid input:"
	for _, f := range e.Fields {
		s += " " + f.Field + " (" + f.Message + ")"
	}
	return s
}

// Is makes errors.Is(err, ErrInvalid) true for a ValidationError.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalid }
