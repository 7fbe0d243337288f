package triage

import (
	"context"
	"time"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/feedback"
)

// Store is what triage needs from the table (shared/dynamo implements it).
type Store interface {
	// ListFeedback returns one page of items matching q (filters, scope, order, cursor).
	ListFeedback(ctx context.Context, q feedback.ListQuery) (feedback.Page, error)
	// CountFeedback counts the items matching q's filters and scope; complete is false when n is
	// only a lower bound (the store stopped counting).
	CountFeedback(ctx context.Context, q feedback.ListQuery) (n int, complete bool, err error)
	// FeedbackItem returns one item or feedback.ErrNotFound.
	FeedbackItem(ctx context.Context, id string) (feedback.Item, error)
	// FeedbackHistory returns an item's history, oldest first.
	FeedbackHistory(ctx context.Context, id string) ([]feedback.HistoryEvent, error)
	// UpdateFeedback stores the workflow fields of it and appends events, only if the stored
	// version is it.Version-1: else feedback.ErrConflict (or feedback.ErrNotFound).
	UpdateFeedback(ctx context.Context, it feedback.Item, events []feedback.HistoryEvent) error
	// AppendHistory appends one event to an existing item's history.
	AppendHistory(ctx context.Context, it feedback.Item, ev feedback.HistoryEvent) error
	// LiftSafetyEntry removes the active safety-list entry of a phone hash and records lift (with
	// the entry's class and times filled in) in the same write; feedback.ErrNotFound when there is
	// no active entry, feedback.ErrConflict when it changed meanwhile.
	LiftSafetyEntry(ctx context.Context, phoneHash string, lift feedback.SafetyLift) (feedback.SafetyLift, error)
	// SafetyLifts returns the latest lifts, newest first.
	SafetyLifts(ctx context.Context) ([]feedback.SafetyLift, error)
	// LiftOptOut removes the opt-out of a phone hash and records lift (with the opt-out's time
	// filled in) in the same write; feedback.ErrNotFound when the number is not opted out.
	LiftOptOut(ctx context.Context, phoneHash string, lift feedback.OptOutLift) (feedback.OptOutLift, error)
	// OptOutLifts returns the latest opt-out lifts, newest first.
	OptOutLifts(ctx context.Context) ([]feedback.OptOutLift, error)
	// SetLegalHold puts it on legal hold (or releases it) and appends ev, only if the stored
	// version is it.Version: else feedback.ErrConflict.
	SetLegalHold(ctx context.Context, it feedback.Item, hold bool, ev feedback.HistoryEvent) error
	// DailyCounters returns the counter rows of the days from..to (inclusive).
	DailyCounters(ctx context.Context, from, to time.Time) ([]feedback.CounterRow, error)
}

// Login signs staff in with a username and password (the local stack's console only).
type Login interface {
	Login(ctx context.Context, username, password string) (auth.Tokens, error)
}
