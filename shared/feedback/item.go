package feedback

import "time"

// Item is one stored, classified feedback reply: what staff triage. Its ID is the reference the
// citizen saw on the receipt (FB-XXXXXXXX). Text is the comment after redact.Text (no CPR number, phone
// number or e-mail address); it is the only copy of the citizen's free text that is stored.
type Item struct {
	ID           string    `json:"id" dynamodbav:"id"`
	ContactID    string    `json:"contactId" dynamodbav:"contactId"`
	Channel      string    `json:"channel" dynamodbav:"channel"`
	CentreID     string    `json:"centreId" dynamodbav:"centreId"`
	CentreKind   string    `json:"centreKind" dynamodbav:"centreKind"`
	District     string    `json:"district" dynamodbav:"district"`
	FormLanguage string    `json:"formLanguage" dynamodbav:"formLanguage"`
	SubmittedAt  time.Time `json:"submittedAt" dynamodbav:"submittedAt"`
	CreatedAt    time.Time `json:"createdAt" dynamodbav:"createdAt"` // when it was stored

	Rating         int    `json:"rating" dynamodbav:"rating"`
	TakenSeriously string `json:"takenSeriously,omitempty" dynamodbav:"takenSeriously,omitempty"`
	WaitAcceptable string `json:"waitAcceptable,omitempty" dynamodbav:"waitAcceptable,omitempty"`
	Text           string `json:"text" dynamodbav:"text"`
	ContactOK      bool   `json:"contactOk" dynamodbav:"contactOk"`
	Contact        string `json:"contact,omitempty" dynamodbav:"contact,omitempty"`

	Category          string   `json:"category" dynamodbav:"category"`
	Urgent            bool     `json:"urgent" dynamodbav:"urgent"`
	Conduct           bool     `json:"conduct" dynamodbav:"conduct"`
	Priority          string   `json:"priority" dynamodbav:"priority"`
	Team              string   `json:"team" dynamodbav:"team"`
	TextLanguage      string   `json:"language" dynamodbav:"language"`
	NeedsTranslation  bool     `json:"needsTranslation,omitempty" dynamodbav:"needsTranslation,omitempty"` // staff read it through a translation
	Reasons           []string `json:"reasons" dynamodbav:"reasons"`
	ClassifierVersion string   `json:"classifierVersion" dynamodbav:"classifierVersion"`
	// Sample is how the contact was sampled for its invitation (nil before it was recorded): the
	// statistics weight the reply by 1/probability.
	Sample *Sample `json:"sample,omitempty" dynamodbav:"sample,omitempty"`

	Status            string    `json:"status" dynamodbav:"status"`
	Assignee          string    `json:"assignee,omitempty" dynamodbav:"assignee,omitempty"`
	Outcome           string    `json:"outcome,omitempty" dynamodbav:"outcome,omitempty"`
	ConfirmedCategory string    `json:"confirmedCategory,omitempty" dynamodbav:"confirmedCategory,omitempty"`
	DueAt             time.Time `json:"dueAt" dynamodbav:"dueAt"` // SLA deadline from the priority
	UpdatedAt         time.Time `json:"updatedAt" dynamodbav:"updatedAt"`
	Version           int       `json:"version" dynamodbav:"version"` // optimistic concurrency

	// The citizen's rights and retention (see rights.go).
	WithdrawnAt     *time.Time `json:"withdrawnAt,omitempty" dynamodbav:"withdrawnAt,omitempty"`   // withdrawn by the citizen
	AnonymisedAt    *time.Time `json:"anonymisedAt,omitempty" dynamodbav:"anonymisedAt,omitempty"` // personal fields erased by retention
	LegalHold       bool       `json:"legalHold,omitempty" dynamodbav:"legalHold,omitempty"`       // retention keeps its personal fields
	LegalHoldReason string     `json:"legalHoldReason,omitempty" dynamodbav:"legalHoldReason,omitempty"`
}

// HistoryEvent is one append-only entry in an item's history.
type HistoryEvent struct {
	At    time.Time `json:"at" dynamodbav:"at"`
	Actor string    `json:"actor" dynamodbav:"actor"` // "system" or the staff username
	Type  string    `json:"type" dynamodbav:"type"`   // created, status, assignee, note, contact_viewed, ...
	From  string    `json:"from,omitempty" dynamodbav:"from,omitempty"`
	To    string    `json:"to,omitempty" dynamodbav:"to,omitempty"`
	Note  string    `json:"note,omitempty" dynamodbav:"note,omitempty"`
	// Erased is set when retention or a withdrawal erased the note's text (the event stays).
	Erased bool `json:"erased,omitempty" dynamodbav:"erased,omitempty"`
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
