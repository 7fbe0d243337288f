package feedback

import (
	"slices"
	"time"
)

// History event types of the citizen's rights and of retention.
const (
	EventWithdrawn    = "withdrawn"     // the citizen withdrew the reply (actor ActorCitizen)
	EventAnonymised   = "anonymised"    // retention erased the personal fields (actor ActorSystem)
	EventLegalHold    = "legal_hold"    // staff put the item on legal hold (Note: the reason)
	EventLegalRelease = "legal_release" // staff released the hold (Note: the reason)
	EventAccessReport = "access_report" // staff produced a data-subject access report
)

// Actors that are not staff members.
const (
	ActorSystem  = "system"
	ActorCitizen = "citizen"
)

// WithdrawnLabel is what staff see on a withdrawn item.
const WithdrawnLabel = "tilbagekaldt af borgeren"

// DefaultWithdrawalWindow is how long after submitting a citizen can withdraw a reply.
const DefaultWithdrawalWindow = 14 * 24 * time.Hour

// DefaultTextRetention is how long free text, contact details and notes are kept.
const DefaultTextRetention = 180 * 24 * time.Hour

// Open reports whether staff are still working the item: retention keeps its personal fields.
func (it Item) Open() bool {
	return !slices.Contains([]string{StatusResolved, StatusClosed}, it.Status)
}

// Withdrawn reports whether the citizen withdrew the reply.
func (it Item) Withdrawn() bool { return it.WithdrawnAt != nil }

// HoldsPersonalData reports whether the item still has fields that can identify the citizen or
// that the citizen wrote.
func (it Item) HoldsPersonalData() bool {
	return it.Text != "" || it.Contact != "" || it.ContactID != "" || len(it.Reasons) > 0
}

// Erase returns the item without its personal fields: the free text, the matched phrases quoted
// from it, the contact details and the call platform's contact id. What the statistics and the
// triage record need stays: rating, channel, centre, district, category, flags, priority, team,
// status, dates. A withdrawal also erases the multiple-choice answers: the citizen took the reply
// back, and only what the counters already hold stays.
func Erase(it Item, withdrawal bool) Item {
	it.Text, it.Contact, it.ContactOK, it.ContactID, it.Reasons = "", "", false, "", nil
	if withdrawal {
		it.TakenSeriously, it.WaitAcceptable = "", ""
	}
	return it
}

// WithdrawalOpen reports whether a reply submitted at submitted can still be withdrawn at now.
func WithdrawalOpen(submitted, now time.Time, window time.Duration) bool {
	return now.Before(submitted.Add(window))
}

// OptOutLift is the audit record of an opt-out lifted by staff: the way back for a citizen who
// asks, on their own initiative, to get feedback SMS again. Consent says how the citizen gave that
// explicit consent (when, through which channel). Like SafetyLift it carries no number.
type OptOutLift struct {
	OptedOutAt  time.Time `json:"optedOutAt"`
	LiftedAt    time.Time `json:"liftedAt"`
	LiftedBy    string    `json:"liftedBy"`    // the staff member's username
	LiftedBySub string    `json:"liftedBySub"` // and their user-pool subject
	Consent     string    `json:"consent"`
}
