package feedback

import "time"

// Safety-list classes: the contact flags that put a caller's number on the safety list, in the
// order the flags are read (DESIGN.md's suppression order).
const (
	SafetyDoNotContact = "doNotContact"
	SafetySensitive    = "sensitive"
	SafetyMinor        = "minor"
)

// SafetyClasses lists every safety-list class.
var SafetyClasses = []string{SafetyDoNotContact, SafetySensitive, SafetyMinor}

// SafetyEntry puts a phone number (its keyed hash only) on the safety list: no feedback SMS goes
// to it until ListedUntil or until national staff lift it. It holds nothing about the contact
// that put it there beyond the class of its flag.
type SafetyEntry struct {
	PhoneHash   string
	Class       string
	ListedAt    time.Time
	ListedUntil time.Time
}

// Active reports whether the entry suppresses invitations at now.
func (e SafetyEntry) Active(now time.Time) bool { return now.Before(e.ListedUntil) }

// SafetyLift is the audit record of a lifted entry: who lifted it, when and why. The phone hash
// stays in the stored record (for an inquiry that starts from a number) but is never shown.
type SafetyLift struct {
	Class       string    `json:"class"`
	ListedAt    time.Time `json:"listedAt"`
	ListedUntil time.Time `json:"listedUntil"`
	LiftedAt    time.Time `json:"liftedAt"`
	LiftedBy    string    `json:"liftedBy"`    // the staff member's username
	LiftedBySub string    `json:"liftedBySub"` // and their user-pool subject
	Reason      string    `json:"reason"`
}
