package triage

import (
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/redact"
)

// ItemView is an item as staff see it in lists and details: its own type, built only by
// newItemView, so it has no field that could carry the citizen's contact details (those come from
// POST …/contact, which records each view). Free text and reasons have phone numbers and e-mail
// addresses masked; the SLA state is computed. Its JSON is the staff API's (openapi.json).
type ItemView struct {
	ID           string    `json:"id"`
	ContactID    string    `json:"contactId"` // the call's contact id, not the citizen's contact details
	Channel      string    `json:"channel"`
	CentreID     string    `json:"centreId"`
	CentreKind   string    `json:"centreKind"`
	District     string    `json:"district"`
	FormLanguage string    `json:"formLanguage"`
	SubmittedAt  time.Time `json:"submittedAt"`
	CreatedAt    time.Time `json:"createdAt"`

	Rating         int    `json:"rating"`
	TakenSeriously string `json:"takenSeriously,omitempty"`
	WaitAcceptable string `json:"waitAcceptable,omitempty"`
	Text           string `json:"text"` // masked
	ContactOK      bool   `json:"contactOk"`

	Category          string           `json:"category"`
	Urgent            bool             `json:"urgent"`
	Conduct           bool             `json:"conduct"`
	Priority          string           `json:"priority"`
	Team              string           `json:"team"`
	TextLanguage      string           `json:"language"`
	NeedsTranslation  bool             `json:"needsTranslation,omitempty"`
	Reasons           []string         `json:"reasons"` // masked
	ClassifierVersion string           `json:"classifierVersion"`
	Sample            *feedback.Sample `json:"sample,omitempty"`

	Status            string    `json:"status"`
	Assignee          string    `json:"assignee,omitempty"`
	Outcome           string    `json:"outcome,omitempty"`
	ConfirmedCategory string    `json:"confirmedCategory,omitempty"`
	DueAt             time.Time `json:"dueAt"` // the SLA's, for an item stored without one
	UpdatedAt         time.Time `json:"updatedAt"`
	Version           int       `json:"version"`

	WithdrawnAt     *time.Time `json:"withdrawnAt,omitempty"`
	AnonymisedAt    *time.Time `json:"anonymisedAt,omitempty"`
	LegalHold       bool       `json:"legalHold,omitempty"`
	LegalHoldReason string     `json:"legalHoldReason,omitempty"`

	Overdue          bool   `json:"overdue"`
	ContactAvailable bool   `json:"contactAvailable"` // the citizen gave contact details with consent
	Notice           string `json:"notice,omitempty"` // "tilbagekaldt af borgeren", "anonymiseret efter sletteregler"
}

// newItemView is the view of it at now; sla gives the due time of an item stored without one.
func newItemView(it feedback.Item, sla feedback.SLA, now time.Time) ItemView {
	if it.DueAt.IsZero() && !it.CreatedAt.IsZero() {
		it.DueAt = sla.Due(it.Priority, it.CreatedAt)
	}
	reasons := make([]string, len(it.Reasons))
	for i, r := range it.Reasons {
		reasons[i] = redact.Text(r)
	}
	return ItemView{
		ID: it.ID, ContactID: it.ContactID, Channel: it.Channel, CentreID: it.CentreID, CentreKind: it.CentreKind,
		District: it.District, FormLanguage: it.FormLanguage, SubmittedAt: it.SubmittedAt, CreatedAt: it.CreatedAt,
		Rating: it.Rating, TakenSeriously: it.TakenSeriously, WaitAcceptable: it.WaitAcceptable,
		Text: MaskText(it.Text, ""), ContactOK: it.ContactOK,
		Category: it.Category, Urgent: it.Urgent, Conduct: it.Conduct, Priority: it.Priority, Team: it.Team,
		TextLanguage: it.TextLanguage, NeedsTranslation: it.NeedsTranslation, Reasons: reasons,
		ClassifierVersion: it.ClassifierVersion, Sample: it.Sample,
		Status: it.Status, Assignee: it.Assignee, Outcome: it.Outcome, ConfirmedCategory: it.ConfirmedCategory,
		DueAt: it.DueAt, UpdatedAt: it.UpdatedAt, Version: it.Version,
		WithdrawnAt: it.WithdrawnAt, AnonymisedAt: it.AnonymisedAt, LegalHold: it.LegalHold, LegalHoldReason: it.LegalHoldReason,
		Overdue: it.Overdue(now), ContactAvailable: it.ContactOK && it.Contact != "", Notice: notice(it),
	}
}
