package triage

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"borgerfeedback/shared/feedback"
)

// Outcomes an item can be closed with: what was done about it. The confirmed category is the
// root cause.
var Outcomes = []string{
	"explained",         // the citizen got an explanation or answer
	"apology",           // the citizen got an apology
	"staff_guidance",    // feedback or training for the staff involved
	"procedure_changed", // a procedure or instruction was changed
	"forwarded",         // sent on: DUP, the police director, medical or fire service
	"praise_shared",     // praise passed on to the staff involved
	"no_action",         // nothing to do
}

// History event types written by triage (the classifier writes "created").
const (
	EventStatus        = "status"
	EventAssignee      = "assignee"
	EventPriority      = "priority"
	EventOutcome       = "outcome"
	EventCategory      = "confirmed_category"
	EventNote          = "note"
	EventContactViewed = "contact_viewed"
)

// Limits of staff input.
const (
	MaxNoteLength     = 4000 // characters
	MaxUsernameLength = 128
)

var statusRank = map[string]int{}

func init() {
	for i, s := range feedback.Statuses {
		statusRank[s] = i
	}
}

// CanTransition reports whether an item may move from one status to another: forward along
// new → triaged → in_progress → resolved → closed, skipping steps if need be, or reopened from
// resolved or closed to triaged or in_progress. Nothing goes back to new.
func CanTransition(from, to string) bool {
	rf, okf := statusRank[from]
	rt, okt := statusRank[to]
	switch {
	case !okf || !okt || from == to || to == feedback.StatusNew:
		return false
	case rt > rf:
		return true
	default:
		reopen := from == feedback.StatusResolved || from == feedback.StatusClosed
		return reopen && (to == feedback.StatusTriaged || to == feedback.StatusInProgress)
	}
}

// Change is a staff member's update of an item (PATCH): nil fields stay as they are. Version is the
// version the change was made against.
type Change struct {
	Status            *string `json:"status,omitempty"`
	Assignee          *string `json:"assignee,omitempty"` // "" unassigns
	Priority          *string `json:"priority,omitempty"`
	Outcome           *string `json:"outcome,omitempty"`
	ConfirmedCategory *string `json:"confirmedCategory,omitempty"`
	Version           int     `json:"version"`
}

// Apply validates a change by p against it and returns the updated item (version incremented) and
// the history events that record it. A change that changes nothing returns the item as it was and
// no events. Errors: ErrConflict for a stale version, ErrForbidden for reassigning without the
// right, a ValidationError (ErrInvalid) for bad values or a transition the workflow does not allow.
func Apply(it feedback.Item, ch Change, p Principal, sla feedback.SLA, now time.Time) (feedback.Item, []feedback.HistoryEvent, error) {
	if ch.Version != it.Version {
		return it, nil, fmt.Errorf("feedback %s: version %d is stale (now %d): %w", it.ID, ch.Version, it.Version, feedback.ErrConflict)
	}
	var fields []feedback.FieldError
	bad := func(field, msg string) { fields = append(fields, feedback.FieldError{Field: field, Message: msg}) }
	next := it
	var events []feedback.HistoryEvent
	record := func(typ, from, to string) {
		events = append(events, feedback.HistoryEvent{At: now, Actor: p.Username, Type: typ, From: from, To: to})
	}

	if ch.Status != nil && *ch.Status != it.Status {
		switch to := *ch.Status; {
		case !slices.Contains(feedback.Statuses, to):
			bad("status", "unknown status")
		case !CanTransition(it.Status, to):
			bad("status", fmt.Sprintf("cannot go from %s to %s", it.Status, to))
		default:
			next.Status = to
		}
	}
	if ch.Priority != nil && *ch.Priority != it.Priority {
		switch pr := *ch.Priority; pr {
		case feedback.P1, feedback.P2, feedback.P3, feedback.P4:
			next.Priority = pr
			next.DueAt = sla.Due(pr, it.CreatedAt)
		default:
			bad("priority", "unknown priority")
		}
	}
	if ch.Assignee != nil && *ch.Assignee != it.Assignee {
		to := strings.TrimSpace(*ch.Assignee)
		switch {
		case utf8.RuneCountInString(to) > MaxUsernameLength || strings.ContainsAny(to, "\x00\r\n\t"):
			bad("assignee", "not a username")
		case !p.CanReassign() && !selfAssignment(it.Assignee, to, p.Username):
			return it, nil, fmt.Errorf("feedback %s: assigning to others or taking from others needs the supervisor role: %w", it.ID, feedback.ErrForbidden)
		default:
			next.Assignee = to
		}
	}
	if ch.ConfirmedCategory != nil && *ch.ConfirmedCategory != it.ConfirmedCategory {
		if c := *ch.ConfirmedCategory; c != "" && !slices.Contains(feedback.Categories, c) {
			bad("confirmedCategory", "unknown category")
		} else {
			next.ConfirmedCategory = c
		}
	}
	if ch.Outcome != nil && *ch.Outcome != it.Outcome {
		if o := *ch.Outcome; o != "" && !slices.Contains(Outcomes, o) {
			bad("outcome", "unknown outcome")
		} else {
			next.Outcome = o
		}
	}
	reopened := it.Status != next.Status && (it.Status == feedback.StatusResolved || it.Status == feedback.StatusClosed) &&
		next.Status != feedback.StatusResolved && next.Status != feedback.StatusClosed
	if reopened && ch.Outcome == nil {
		next.Outcome = "" // a reopened item needs a fresh outcome when it is closed again
	}
	if next.Status == feedback.StatusClosed {
		if next.Outcome == "" {
			bad("outcome", "required to close")
		}
		if next.ConfirmedCategory == "" {
			bad("confirmedCategory", "required to close")
		}
	}
	if len(fields) > 0 {
		return it, nil, &feedback.ValidationError{Fields: fields}
	}

	if next.Status != it.Status {
		record(EventStatus, it.Status, next.Status)
	}
	if next.Assignee != it.Assignee {
		record(EventAssignee, it.Assignee, next.Assignee)
	}
	if next.Priority != it.Priority {
		record(EventPriority, it.Priority, next.Priority)
	}
	if next.ConfirmedCategory != it.ConfirmedCategory {
		record(EventCategory, it.ConfirmedCategory, next.ConfirmedCategory)
	}
	if next.Outcome != it.Outcome {
		record(EventOutcome, it.Outcome, next.Outcome)
	}
	if len(events) == 0 {
		return it, nil, nil
	}
	next.Version = it.Version + 1
	next.UpdatedAt = now
	return next, events, nil
}

// selfAssignment: anyone who works an item may take an unassigned item or give up their own.
func selfAssignment(from, to, me string) bool {
	return (from == "" && to == me) || (from == me && to == "")
}

// ValidateNote checks a note's text.
func ValidateNote(text string) error {
	text = strings.TrimSpace(text)
	switch {
	case text == "":
		return &feedback.ValidationError{Fields: []feedback.FieldError{{Field: "text", Message: "required"}}}
	case utf8.RuneCountInString(text) > MaxNoteLength || !utf8.ValidString(text):
		return &feedback.ValidationError{Fields: []feedback.FieldError{{Field: "text", Message: fmt.Sprintf("at most %d characters", MaxNoteLength)}}}
	}
	return nil
}
