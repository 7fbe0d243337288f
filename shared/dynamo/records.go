package dynamo

// The stored records of feedback's domain types. The domain types carry no storage tags: each
// record below names the attributes its type is stored under, and the pair of functions beside it
// is the only way between the two. A field added to a domain type is stored once it is added here
// too (TestStoredRecords fails until then). encoding.go then shortens names and packs hashes.

import (
	"time"

	"borgerfeedback/shared/feedback"
)

type centreRecord struct {
	_        noCompare
	ID       string `dynamodbav:"id"`
	Kind     string `dynamodbav:"kind"`
	District string `dynamodbav:"district"`
}

func centreRecordOf(c feedback.Centre) centreRecord {
	return centreRecord{ID: c.ID, Kind: c.Kind, District: c.District}
}
func (r centreRecord) centre() feedback.Centre {
	return feedback.Centre{ID: r.ID, Kind: r.Kind, District: r.District}
}

type sampleRecord struct {
	_           noCompare
	Probability float64 `dynamodbav:"probability"`
	Multiplier  float64 `dynamodbav:"multiplier"`
	HighRisk    bool    `dynamodbav:"highRisk,omitempty"`
	Group       string  `dynamodbav:"group"`
	Reminded    bool    `dynamodbav:"reminded,omitempty"`
}

func sampleRecordOf(s *feedback.Sample) *sampleRecord {
	if s == nil {
		return nil
	}
	return &sampleRecord{Probability: s.Probability, Multiplier: s.Multiplier, HighRisk: s.HighRisk, Group: s.Group, Reminded: s.Reminded}
}

func (r *sampleRecord) sample() *feedback.Sample {
	if r == nil {
		return nil
	}
	return &feedback.Sample{Probability: r.Probability, Multiplier: r.Multiplier, HighRisk: r.HighRisk, Group: r.Group, Reminded: r.Reminded}
}

// invitationRecord is a stored invitation; its reference is the item's key, not an attribute.
type invitationRecord struct {
	_            noCompare
	TokenHash    string        `dynamodbav:"tokenHash"`
	ContactID    string        `dynamodbav:"contactId"`
	Channel      string        `dynamodbav:"channel"`
	EndedAt      time.Time     `dynamodbav:"contactEndedAt"`
	Centre       centreRecord  `dynamodbav:"centre"`
	Language     string        `dynamodbav:"language"`
	CallLanguage string        `dynamodbav:"callLanguage,omitempty"`
	CreatedAt    time.Time     `dynamodbav:"createdAt"`
	ExpiresAt    time.Time     `dynamodbav:"linkExpiresAt"`
	UsedAt       *time.Time    `dynamodbav:"usedAt,omitempty"`
	RemindedAt   *time.Time    `dynamodbav:"remindedAt,omitempty"`
	PhoneHash    string        `dynamodbav:"phoneHash,omitempty"`
	Sample       *sampleRecord `dynamodbav:"sample,omitempty"`
}

func invitationRecordOf(inv feedback.Invitation) invitationRecord {
	return invitationRecord{
		TokenHash: inv.TokenHash, ContactID: inv.ContactID, Channel: inv.Channel, EndedAt: inv.EndedAt,
		Centre: centreRecordOf(inv.Centre), Language: inv.Language, CallLanguage: inv.CallLanguage,
		CreatedAt: inv.CreatedAt, ExpiresAt: inv.ExpiresAt, UsedAt: inv.UsedAt, RemindedAt: inv.RemindedAt,
		PhoneHash: inv.PhoneHash, Sample: sampleRecordOf(inv.Sample),
	}
}

func (r invitationRecord) invitation(reference string) feedback.Invitation {
	return feedback.Invitation{
		TokenHash: r.TokenHash, Reference: reference, ContactID: r.ContactID, Channel: r.Channel, EndedAt: r.EndedAt,
		Centre: r.Centre.centre(), Language: r.Language, CallLanguage: r.CallLanguage,
		CreatedAt: r.CreatedAt, ExpiresAt: r.ExpiresAt, UsedAt: r.UsedAt, RemindedAt: r.RemindedAt,
		PhoneHash: r.PhoneHash, Sample: r.Sample.sample(),
	}
}

// itemRecord is a stored feedback item (without its keys and index attributes).
type itemRecord struct {
	_            noCompare
	ID           string    `dynamodbav:"id"`
	ContactID    string    `dynamodbav:"contactId"`
	Channel      string    `dynamodbav:"channel"`
	CentreID     string    `dynamodbav:"centreId"`
	CentreKind   string    `dynamodbav:"centreKind"`
	District     string    `dynamodbav:"district"`
	FormLanguage string    `dynamodbav:"formLanguage"`
	SubmittedAt  time.Time `dynamodbav:"submittedAt"`
	CreatedAt    time.Time `dynamodbav:"createdAt"`

	Rating         int    `dynamodbav:"rating"`
	TakenSeriously string `dynamodbav:"takenSeriously,omitempty"`
	WaitAcceptable string `dynamodbav:"waitAcceptable,omitempty"`
	Text           string `dynamodbav:"text"`
	ContactOK      bool   `dynamodbav:"contactOk"`
	Contact        string `dynamodbav:"contact,omitempty"`

	Category          string        `dynamodbav:"category"`
	Urgent            bool          `dynamodbav:"urgent"`
	Conduct           bool          `dynamodbav:"conduct"`
	Priority          string        `dynamodbav:"priority"`
	Team              string        `dynamodbav:"team"`
	TextLanguage      string        `dynamodbav:"language"`
	NeedsTranslation  bool          `dynamodbav:"needsTranslation,omitempty"`
	Reasons           []string      `dynamodbav:"reasons"`
	ClassifierVersion string        `dynamodbav:"classifierVersion"`
	Sample            *sampleRecord `dynamodbav:"sample,omitempty"`

	Status            string    `dynamodbav:"status"`
	Assignee          string    `dynamodbav:"assignee,omitempty"`
	Outcome           string    `dynamodbav:"outcome,omitempty"`
	ConfirmedCategory string    `dynamodbav:"confirmedCategory,omitempty"`
	DueAt             time.Time `dynamodbav:"dueAt"`
	UpdatedAt         time.Time `dynamodbav:"updatedAt"`
	Version           int       `dynamodbav:"version"`

	WithdrawnAt     *time.Time `dynamodbav:"withdrawnAt,omitempty"`
	AnonymisedAt    *time.Time `dynamodbav:"anonymisedAt,omitempty"`
	LegalHold       bool       `dynamodbav:"legalHold,omitempty"`
	LegalHoldReason string     `dynamodbav:"legalHoldReason,omitempty"`
}

func itemRecordOf(it feedback.Item) itemRecord {
	return itemRecord{
		ID: it.ID, ContactID: it.ContactID, Channel: it.Channel, CentreID: it.CentreID, CentreKind: it.CentreKind,
		District: it.District, FormLanguage: it.FormLanguage, SubmittedAt: it.SubmittedAt, CreatedAt: it.CreatedAt,
		Rating: it.Rating, TakenSeriously: it.TakenSeriously, WaitAcceptable: it.WaitAcceptable, Text: it.Text,
		ContactOK: it.ContactOK, Contact: it.Contact,
		Category: it.Category, Urgent: it.Urgent, Conduct: it.Conduct, Priority: it.Priority, Team: it.Team,
		TextLanguage: it.TextLanguage, NeedsTranslation: it.NeedsTranslation, Reasons: it.Reasons,
		ClassifierVersion: it.ClassifierVersion, Sample: sampleRecordOf(it.Sample),
		Status: it.Status, Assignee: it.Assignee, Outcome: it.Outcome, ConfirmedCategory: it.ConfirmedCategory,
		DueAt: it.DueAt, UpdatedAt: it.UpdatedAt, Version: it.Version,
		WithdrawnAt: it.WithdrawnAt, AnonymisedAt: it.AnonymisedAt, LegalHold: it.LegalHold, LegalHoldReason: it.LegalHoldReason,
	}
}

func (r itemRecord) item() feedback.Item {
	return feedback.Item{
		ID: r.ID, ContactID: r.ContactID, Channel: r.Channel, CentreID: r.CentreID, CentreKind: r.CentreKind,
		District: r.District, FormLanguage: r.FormLanguage, SubmittedAt: r.SubmittedAt, CreatedAt: r.CreatedAt,
		Rating: r.Rating, TakenSeriously: r.TakenSeriously, WaitAcceptable: r.WaitAcceptable, Text: r.Text,
		ContactOK: r.ContactOK, Contact: r.Contact,
		Category: r.Category, Urgent: r.Urgent, Conduct: r.Conduct, Priority: r.Priority, Team: r.Team,
		TextLanguage: r.TextLanguage, NeedsTranslation: r.NeedsTranslation, Reasons: r.Reasons,
		ClassifierVersion: r.ClassifierVersion, Sample: r.Sample.sample(),
		Status: r.Status, Assignee: r.Assignee, Outcome: r.Outcome, ConfirmedCategory: r.ConfirmedCategory,
		DueAt: r.DueAt, UpdatedAt: r.UpdatedAt, Version: r.Version,
		WithdrawnAt: r.WithdrawnAt, AnonymisedAt: r.AnonymisedAt, LegalHold: r.LegalHold, LegalHoldReason: r.LegalHoldReason,
	}
}

// historyRecord is a stored history event (without its keys).
type historyRecord struct {
	At     time.Time `dynamodbav:"at"`
	Actor  string    `dynamodbav:"actor"`
	Type   string    `dynamodbav:"type"`
	From   string    `dynamodbav:"from,omitempty"`
	To     string    `dynamodbav:"to,omitempty"`
	Note   string    `dynamodbav:"note,omitempty"`
	Erased bool      `dynamodbav:"erased,omitempty"`
}

func historyRecordOf(ev feedback.HistoryEvent) historyRecord { return historyRecord(ev) }
func (r historyRecord) event() feedback.HistoryEvent         { return feedback.HistoryEvent(r) }

// noCompare makes a record not comparable: records are never compared, and a comparable type
// makes the compiler emit an equality function for it (code in every binary that decodes one).
type noCompare [0]func()
