package feedback

import "time"

// Item is one stored, classified feedback reply: what staff triage. Its ID is the reference the
// citizen saw on the receipt (FB-XXXXXXXX). Text is the comment after redact.Text (no CPR number, phone
// number or e-mail address); it is the only copy of the citizen's free text that is stored.
type Item struct {
	ID           string    `json:"id"`
	ContactID    string    `json:"contactId"`
	Channel      string    `json:"channel"`
	CentreID     string    `json:"centreId"`
	CentreKind   string    `json:"centreKind"`
	District     string    `json:"district"`
	FormLanguage string    `json:"formLanguage"`
	SubmittedAt  time.Time `json:"submittedAt"`
	CreatedAt    time.Time `json:"createdAt"` // when it was stored

	Rating         int    `json:"rating"`
	TakenSeriously string `json:"takenSeriously,omitempty"`
	WaitAcceptable string `json:"waitAcceptable,omitempty"`
	Text           string `json:"text"`
	ContactOK      bool   `json:"contactOk"`
	Contact        string `json:"contact,omitempty"`

	Category          string   `json:"category"`
	Urgent            bool     `json:"urgent"`
	Conduct           bool     `json:"conduct"`
	Priority          string   `json:"priority"`
	Team              string   `json:"team"`
	TextLanguage      string   `json:"language"`
	NeedsTranslation  bool     `json:"needsTranslation,omitempty"` // staff read it through a translation
	Reasons           []string `json:"reasons"`
	ClassifierVersion string   `json:"classifierVersion"`
	// Sample is how the contact was sampled for its invitation (nil before it was recorded): the
	// statistics weight the reply by 1/probability.
	Sample *Sample `json:"sample,omitempty"`

	Status            string    `json:"status"`
	Assignee          string    `json:"assignee,omitempty"`
	Outcome           string    `json:"outcome,omitempty"`
	ConfirmedCategory string    `json:"confirmedCategory,omitempty"`
	DueAt             time.Time `json:"dueAt"` // SLA deadline from the priority
	UpdatedAt         time.Time `json:"updatedAt"`
	Version           int       `json:"version"` // optimistic concurrency

	// The citizen's rights and retention (see rights.go).
	WithdrawnAt     *time.Time `json:"withdrawnAt,omitempty"`  // withdrawn by the citizen
	AnonymisedAt    *time.Time `json:"anonymisedAt,omitempty"` // personal fields erased by retention
	LegalHold       bool       `json:"legalHold,omitempty"`    // retention keeps its personal fields
	LegalHoldReason string     `json:"legalHoldReason,omitempty"`
}

// HistoryEvent is one append-only entry in an item's history.
type HistoryEvent struct {
	At    time.Time `json:"at"`
	Actor string    `json:"actor"` // "system" or the staff username
	Type  string    `json:"type"`  // created, status, assignee, note, contact_viewed, ...
	From  string    `json:"from,omitempty"`
	To    string    `json:"to,omitempty"`
	Note  string    `json:"note,omitempty"`
	// Erased is set when retention or a withdrawal erased the note's text (the event stays).
	Erased bool `json:"erased,omitempty"`
}

// NewItem builds the stored item from a submission and its classification. text is the comment
// after redaction (redact.Text).
func NewItem(s Submission, c Classification, text string, now time.Time) Item {
	return Item{
		ID: s.Reference, ContactID: s.ContactID, Channel: s.Channel,
		CentreID: s.Centre.ID, CentreKind: s.Centre.Kind, District: s.Centre.District,
		FormLanguage: s.Language, SubmittedAt: s.SubmittedAt, CreatedAt: now,
		Rating: s.Answers.Rating, TakenSeriously: s.Answers.TakenSeriously, WaitAcceptable: s.Answers.WaitAcceptable,
		Text: text, ContactOK: s.Answers.ContactOK, Contact: s.Answers.Contact,
		Category: c.Category, Urgent: c.Urgent, Conduct: c.Conduct, Priority: c.Priority, Team: c.Team,
		TextLanguage: c.Language, NeedsTranslation: c.NeedsTranslation, Reasons: c.Reasons, ClassifierVersion: c.Version, Sample: s.Sample,
		Status: StatusNew, UpdatedAt: now, Version: 1,
	}
}
