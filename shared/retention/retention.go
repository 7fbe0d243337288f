// Package retention enforces how long each class of data is kept (docs/privacy.md): run daily, it
// anonymises feedback items in place once their free text, contact details and notes have been
// kept TextRetention (unless the item is open or on legal hold), and deletes the invitation rows
// (contact outcomes, link tokens, the phone number's frequency row) once their period has ended.
// Counters are never touched. Every list is a key or index query; a run is idempotent and
// resumable: it stops before its deadline and the next run goes on where it stopped.
package retention

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"borgerfeedback/shared/feedback"
)

// Result of anonymising one item.
type Result string

// The results of anonymising one item.
const (
	Anonymised    Result = "anonymised"    // personal fields erased (now or before)
	KeptOpen      Result = "keptOpen"      // staff are still working it
	KeptLegalHold Result = "keptLegalHold" // on legal hold
	NotDue        Result = "notDue"        // younger than the period
	Gone          Result = "gone"          // no such item any more
)

// RowKey is the table key of an invitation row.
type RowKey struct{ PK, SK string }

// Store is what retention needs from the database.
type Store interface {
	// TextRetentionDue returns a page of references of items holding personal data created
	// before createdBefore, oldest first, and the cursor of the next page ("" at the end).
	TextRetentionDue(ctx context.Context, createdBefore time.Time, cursor string, limit int) ([]string, string, error)
	// AnonymiseFeedback erases an item's personal fields and notes in place unless it is younger
	// than cutoff, open or on legal hold; idempotent.
	AnonymiseFeedback(ctx context.Context, reference string, cutoff, now time.Time) (Result, error)
	// InvitationRowsDue returns a page of the invitation rows whose period ends on day.
	InvitationRowsDue(ctx context.Context, day time.Time, cursor string) ([]RowKey, string, error)
	// PurgeInvitationRow deletes a row whose period has ended (with what belongs to it);
	// false when it was gone or not due.
	PurgeInvitationRow(ctx context.Context, k RowKey, now time.Time) (bool, error)
	// InvitationsPurgedThrough is the checkpoint: the last day purged completely (zero at first).
	InvitationsPurgedThrough(ctx context.Context) (time.Time, error)
	SetInvitationsPurgedThrough(ctx context.Context, day time.Time) error
}

// Config of a run.
type Config struct {
	TextRetention time.Duration // default feedback.DefaultTextRetention (180 days)
	// FirstLookback is how far back the first run (no checkpoint yet) looks for invitation rows;
	// default 800 days, longer than any invitation row is kept.
	FirstLookback time.Duration
	// Margin is how long before the context's deadline a run stops to save its progress; default 30 s.
	Margin   time.Duration
	PageSize int // default 100
}

func (c Config) withDefaults() Config {
	if c.TextRetention == 0 {
		c.TextRetention = feedback.DefaultTextRetention
	}
	if c.FirstLookback == 0 {
		c.FirstLookback = 800 * 24 * time.Hour
	}
	if c.Margin == 0 {
		c.Margin = 30 * time.Second
	}
	if c.PageSize == 0 {
		c.PageSize = 100
	}
	return c
}

// Report counts what a run did; it is all a run logs (never content).
type Report struct {
	Anonymised    int    `json:"anonymised"`
	KeptOpen      int    `json:"keptOpen"`
	KeptLegalHold int    `json:"keptLegalHold"`
	RowsDeleted   int    `json:"invitationRowsDeleted"`
	DaysPurged    int    `json:"daysPurged"`
	Failed        int    `json:"failed"`
	Finished      bool   `json:"finished"` // false: stopped at the deadline, the next run goes on
	PurgedThrough string `json:"invitationsPurgedThrough,omitempty"`
}

// Service runs retention.
type Service struct {
	cfg   Config
	store Store
	now   func() time.Time
	log   *slog.Logger
}

// NewService builds the service.
func NewService(cfg Config, store Store, now func() time.Time, log *slog.Logger) *Service {
	return &Service{cfg: cfg.withDefaults(), store: store, now: now, log: log}
}

// errDeadline stops a run early; its progress is saved.
var errDeadline = errors.New("deadline near")

// Run does one retention pass. It returns an error when something failed (the items it could not
// handle stay for the next run; the error alarm tells ops), after doing all it could.
func (s *Service) Run(ctx context.Context) (Report, error) {
	now := s.now().UTC()
	var r Report
	errText := s.anonymise(ctx, now, &r)
	errRows := s.purgeInvitations(ctx, now, &r)
	r.Finished = errText == nil && errRows == nil
	err := errors.Join(ignoreDeadline(errText), ignoreDeadline(errRows))
	if r.Failed > 0 && err == nil {
		err = fmt.Errorf("%d items or rows failed", r.Failed)
	}
	level := slog.LevelInfo
	if err != nil {
		level = slog.LevelError
	}
	s.log.Log(ctx, level, "retention run", "anonymised", r.Anonymised, "keptOpen", r.KeptOpen, "keptLegalHold", r.KeptLegalHold,
		"invitationRowsDeleted", r.RowsDeleted, "daysPurged", r.DaysPurged, "failed", r.Failed, "finished", r.Finished)
	return r, err
}

func ignoreDeadline(err error) error {
	if errors.Is(err, errDeadline) {
		return nil
	}
	return err
}

func (s *Service) nearDeadline(ctx context.Context) bool {
	if ctx.Err() != nil {
		return true
	}
	d, ok := ctx.Deadline()
	return ok && time.Until(d) < s.cfg.Margin
}

// anonymise pages through the items holding personal data that are older than the period.
// Items it keeps (open, legal hold) stay in the index and are looked at again on the next run.
func (s *Service) anonymise(ctx context.Context, now time.Time, r *Report) error {
	cutoff := now.Add(-s.cfg.TextRetention)
	cursor := ""
	for {
		if s.nearDeadline(ctx) {
			return errDeadline
		}
		refs, next, err := s.store.TextRetentionDue(ctx, cutoff, cursor, s.cfg.PageSize)
		if err != nil {
			return err
		}
		for _, ref := range refs {
			if s.nearDeadline(ctx) {
				return errDeadline
			}
			res, err := s.store.AnonymiseFeedback(ctx, ref, cutoff, now)
			if err != nil {
				r.Failed++
				s.log.WarnContext(ctx, "anonymise failed", "reference", ref, "error", err.Error())
				continue
			}
			switch res {
			case Anonymised:
				r.Anonymised++
			case KeptOpen:
				r.KeptOpen++
			case KeptLegalHold:
				r.KeptLegalHold++
			}
		}
		if next == "" {
			return nil
		}
		cursor = next
	}
}

// purgeInvitations deletes the invitation rows of every day after the checkpoint up to yesterday,
// and moves the checkpoint past each day done. A run cut off inside a day does that day again.
func (s *Service) purgeInvitations(ctx context.Context, now time.Time, r *Report) error {
	done, err := s.store.InvitationsPurgedThrough(ctx)
	if err != nil {
		return fmt.Errorf("retention checkpoint: %w", err)
	}
	today := now.Truncate(24 * time.Hour)
	day := done.AddDate(0, 0, 1)
	if done.IsZero() {
		day = today.Add(-s.cfg.FirstLookback)
	}
	// Rows are due when their day has ended; today's are done tomorrow.
	for ; day.Before(today); day = day.AddDate(0, 0, 1) {
		failed := r.Failed
		cursor := ""
		for {
			if s.nearDeadline(ctx) {
				return errDeadline
			}
			rows, next, err := s.store.InvitationRowsDue(ctx, day, cursor)
			if err != nil {
				return err
			}
			for _, k := range rows {
				deleted, err := s.store.PurgeInvitationRow(ctx, k, now)
				if err != nil {
					r.Failed++
					s.log.WarnContext(ctx, "purge failed", "day", day.Format(time.DateOnly), "error", err.Error())
					continue
				}
				if deleted {
					r.RowsDeleted++
				}
			}
			if next == "" {
				break
			}
			cursor = next
		}
		if r.Failed > failed {
			return fmt.Errorf("invitation rows of %s not all purged", day.Format(time.DateOnly))
		}
		if err := s.store.SetInvitationsPurgedThrough(ctx, day); err != nil {
			return fmt.Errorf("retention checkpoint: %w", err)
		}
		r.DaysPurged++
		r.PurgedThrough = day.Format(time.DateOnly)
	}
	return nil
}
