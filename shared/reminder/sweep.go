package reminder

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/metrics"
)

// Budget says whether the sampling controller's SMS budget for a centre has room for a reminder
// (sampling.Controller); nil: no budget is enforced (a fixed sampling rate).
type Budget interface {
	AllowsReminder(ctx context.Context, centre feedback.Centre, now time.Time) bool
}

// Config of the sweep.
type Config struct {
	PublicBaseURL string // the link is <PublicBaseURL>/f/<token>, as in the invitation
	Quiet         invite.QuietHours
	Key           func(context.Context) (invite.PhoneKeys, error) // the phone-hash keys
	// Lookback bounds how far back a sweep starts when its checkpoint is older: entries older
	// than that are for links that have expired (default 8 days: the link's 7 and a day);
	// FirstLookback is where the first run starts (an hour back).
	Lookback, FirstLookback time.Duration
	// StopBefore: a run stops this long before its context's deadline, checkpointing what it did.
	StopBefore time.Duration
}

func (c Config) defaults() Config {
	if c.Lookback == 0 {
		c.Lookback = 8 * 24 * time.Hour
	}
	if c.FirstLookback == 0 {
		c.FirstLookback = time.Hour
	}
	if c.StopBefore == 0 {
		c.StopBefore = 10 * time.Second
	}
	return c
}

// Report is what one sweep did; it is the Lambda's result and its log line (counts only).
type Report struct {
	From     time.Time      `json:"from"` // the first hour read
	Hours    int            `json:"hours"`
	Sent     int            `json:"sent"`
	Skipped  map[string]int `json:"skipped"`
	Deferred int            `json:"deferred"` // moved out of the quiet hours
	Errors   int            `json:"errors"`
	Complete bool           `json:"complete"` // read every due entry up to now
}

// Service is the sweep.
type Service struct {
	cfg    Config
	store  Store
	sms    invite.SMS
	budget Budget
	now    func() time.Time
	log    *slog.Logger
	m      *metrics.Emitter
}

// NewService builds the sweep; budget may be nil.
func NewService(cfg Config, store Store, sms invite.SMS, budget Budget, now func() time.Time, log *slog.Logger) *Service {
	return &Service{cfg: cfg.defaults(), store: store, sms: sms, budget: budget, now: now, log: log}
}

// WithMetrics makes s emit ReminderSent and ReminderSkipped (by reason); it returns s.
func (s *Service) WithMetrics(m *metrics.Emitter) *Service {
	s.m = m
	return s
}

// Sweep reads the due entries of the hours from the checkpoint to now and handles each. It is
// safe to run twice at once or again (a redelivered schedule event): the invitation's claim lets
// one reminder out, and an entry's conditional delete lets one run count a skip. An hour whose
// entries failed is read again by the next run; the error fails the invocation (the function's
// error alarm).
func (s *Service) Sweep(ctx context.Context) (Report, error) {
	now := s.now()
	cur := now.UTC().Truncate(time.Hour)
	from, err := s.store.SweepCheckpoint(ctx)
	if err != nil {
		return Report{}, fmt.Errorf("reminder checkpoint: %w", err)
	}
	switch {
	case from.IsZero():
		from = cur.Add(-s.cfg.FirstLookback).Truncate(time.Hour)
	case from.Before(cur.Add(-s.cfg.Lookback)):
		from = cur.Add(-s.cfg.Lookback).Truncate(time.Hour)
	}
	r := Report{From: from, Skipped: map[string]int{}}
	deadline, hasDeadline := ctx.Deadline()
	var errs []error
	next := from // the first hour not finished
	complete := true
	for h := from; !h.After(cur); h = h.Add(time.Hour) {
		if hasDeadline && time.Until(deadline) < s.cfg.StopBefore {
			complete = false
			break
		}
		entries, err := s.store.DueReminders(ctx, h, now)
		if err != nil {
			errs = append(errs, fmt.Errorf("reminders due in %s: %w", h.Format(time.RFC3339), err))
			complete = false
			break
		}
		r.Hours++
		failed := false
		for _, e := range entries {
			if err := s.handle(ctx, e, now, &r); err != nil {
				r.Errors++
				failed = true
				errs = append(errs, err)
			}
		}
		if failed {
			complete = false
			break // this hour is read again next time
		}
		if h.Before(cur) {
			next = h.Add(time.Hour) // a past hour, all handled
		}
	}
	r.Complete = complete
	if next.After(from) {
		if err := s.store.SaveSweepCheckpoint(ctx, next); err != nil {
			errs = append(errs, fmt.Errorf("save reminder checkpoint: %w", err))
		}
	}
	if r.Sent+len(r.Skipped)+r.Deferred+r.Errors > 0 || !r.Complete { // a run that found nothing says nothing
		skipped := 0
		for _, n := range r.Skipped {
			skipped += n
		}
		s.log.InfoContext(ctx, "reminder sweep", "from", r.From, "hours", r.Hours, "sent", r.Sent,
			"skipped", skipped, "deferred", r.Deferred, "errors", r.Errors, "complete", r.Complete)
	}
	return r, errors.Join(errs...)
}

// handle decides one entry: skip (with its reason), move out of the quiet hours, or send.
func (s *Service) handle(ctx context.Context, e Entry, now time.Time, r *Report) error {
	inv, err := s.store.Invitation(ctx, e.TokenHash)
	if errors.Is(err, feedback.ErrNotFound) {
		// The link's row is gone (retention): nothing to remind of and no centre to count it for.
		_, err := s.store.DropReminder(ctx, e)
		return err
	}
	if err != nil {
		return fmt.Errorf("reminder: read invitation: %w", err)
	}
	if inv.RemindedAt != nil {
		_, err := s.store.DropReminder(ctx, e) // a second entry of a reminded invitation (a quiet-hours move cut short)
		return err
	}
	reason, phone, token, err := s.screen(ctx, e, inv, now)
	if err != nil {
		return err
	}
	if reason != "" {
		return s.skip(ctx, e, inv, reason, r)
	}
	if until, quiet := s.cfg.Quiet.Until(now); quiet {
		// Put it where the quiet hours end, then drop this one: a crash in between leaves two
		// entries, and the invitation's claim still lets one reminder out.
		moved := e
		moved.Due = upToMinute(until)
		if moved.Due == e.Due {
			return nil // already where the quiet hours end (a clock between two readings)
		}
		if err := s.store.ScheduleReminder(ctx, moved); err != nil {
			return fmt.Errorf("reminder %s: defer past quiet hours: %w", inv.Reference, err)
		}
		if _, err := s.store.DropReminder(ctx, e); err != nil {
			return fmt.Errorf("reminder %s: defer past quiet hours: %w", inv.Reference, err)
		}
		r.Deferred++
		s.log.InfoContext(ctx, "reminder deferred (quiet hours)", "reference", inv.Reference, "until", moved.Due)
		return nil
	}
	return s.send(ctx, e, inv, phone, token, now, r)
}

// screen applies the rules a reminder must pass at send time, the cheapest first; it returns the
// skip reason ("" to send) and the number and token when they were opened.
func (s *Service) screen(ctx context.Context, e Entry, inv feedback.Invitation, now time.Time) (reason, phone, token string, err error) {
	switch {
	case inv.UsedAt != nil:
		return ReasonAnswered, "", "", nil
	case !now.Add(MinLinkLeft).Before(inv.ExpiresAt):
		return ReasonExpired, "", "", nil
	}
	// Our opt-out list and the safety list by the number's hash; a later sensitive, minor or
	// do-not-contact contact from the number has put it on the safety list.
	if reason, err = s.suppressed(ctx, inv, inv.PhoneHash, now); reason != "" || err != nil {
		return reason, "", "", err
	}
	keys, err := s.cfg.Key(ctx)
	if err != nil {
		return "", "", "", fmt.Errorf("reminder %s: key: %w", inv.Reference, err)
	}
	phone, token, ok := openSealed(keys, e, inv)
	if !ok {
		return ReasonUnreadable, "", "", nil
	}
	if current := keys.Hash(phone); current != inv.PhoneHash && inv.PhoneHash != "" {
		// Sealed under a previous key (the key was rotated since the invitation): what came after
		// the rotation is stored under the current key's hash.
		if reason, err = s.suppressed(ctx, inv, current, now); reason != "" || err != nil {
			return reason, "", "", err
		}
	}
	opted, err := s.sms.OptedOut(ctx, phone)
	if err != nil {
		return "", "", "", fmt.Errorf("reminder %s: provider opt-out: %w", inv.Reference, err)
	}
	if opted {
		return ReasonOptedOut, "", "", nil
	}
	if s.budget != nil && !s.budget.AllowsReminder(ctx, inv.Centre, now) {
		return ReasonBudget, "", "", nil
	}
	return "", phone, token, nil
}

// suppressed is the skip reason our own lists give the number's hash (opted out, or on the safety
// list at now), "" when neither.
func (s *Service) suppressed(ctx context.Context, inv feedback.Invitation, phoneHash string, now time.Time) (string, error) {
	opted, err := s.store.OptedOut(ctx, phoneHash)
	if err != nil {
		return "", fmt.Errorf("reminder %s: opt-out: %w", inv.Reference, err)
	}
	if opted {
		return ReasonOptedOut, nil
	}
	listed, err := s.store.SafetyListed(ctx, phoneHash, now)
	if err != nil {
		return "", fmt.Errorf("reminder %s: safety list: %w", inv.Reference, err)
	}
	if listed {
		return ReasonSafetyList, nil
	}
	return "", nil
}

// skip drops the entry and, when this run was the one to drop it, counts the reason.
func (s *Service) skip(ctx context.Context, e Entry, inv feedback.Invitation, reason string, r *Report) error {
	dropped, err := s.store.DropReminder(ctx, e)
	if err != nil {
		return fmt.Errorf("reminder %s: drop: %w", inv.Reference, err)
	}
	if !dropped {
		return nil
	}
	r.Skipped[reason]++
	s.m.Count(metrics.ReminderSkipped, 1, metrics.DimReason, reason)
	s.log.InfoContext(ctx, "reminder skipped", "reference", inv.Reference, "contactId", inv.ContactID, "reason", reason)
	if err := s.store.CountReminder(ctx, inv, reason); err != nil {
		s.log.ErrorContext(ctx, "reminder skip not counted", "reference", inv.Reference, "reason", reason, "error", err.Error())
	}
	return nil
}

// send claims the invitation, sends the reminder, drops the entry and counts it. The claim comes
// first, so a reminder is sent at most once: a crash between the claim and the SMS loses it
// (logged by the absence of "reminder sent"); a refused SMS releases the claim for the next run.
func (s *Service) send(ctx context.Context, e Entry, inv feedback.Invitation, phone, token string, now time.Time, r *Report) error {
	switch err := s.store.ClaimReminder(ctx, e.TokenHash, now); {
	case errors.Is(err, feedback.ErrConflict):
		// Answered or reminded since it was read: read again to tell which.
		again, err := s.store.Invitation(ctx, e.TokenHash)
		if err != nil {
			return fmt.Errorf("reminder %s: read invitation: %w", inv.Reference, err)
		}
		if again.UsedAt != nil {
			return s.skip(ctx, e, again, ReasonAnswered, r)
		}
		_, err = s.store.DropReminder(ctx, e)
		return err
	case err != nil:
		return fmt.Errorf("reminder %s: claim: %w", inv.Reference, err)
	}
	msg, err := Message(inv.Language, s.cfg.PublicBaseURL+"/f/"+token, inv.ExpiresAt.Sub(now))
	if err == nil {
		err = s.sms.Send(ctx, phone, msg)
	}
	if err != nil {
		if rerr := s.store.ReleaseReminder(ctx, e.TokenHash, now); rerr != nil {
			err = errors.Join(err, rerr)
		}
		return fmt.Errorf("reminder %s: send: %w", inv.Reference, err)
	}
	r.Sent++
	s.m.Count(metrics.ReminderSent, 1)
	s.log.InfoContext(ctx, "reminder sent", "reference", inv.Reference, "contactId", inv.ContactID)
	if _, err := s.store.DropReminder(ctx, e); err != nil {
		// The claim keeps it to one SMS: the next run finds the invitation reminded and drops it.
		s.log.ErrorContext(ctx, "sent reminder's entry not dropped", "reference", inv.Reference, "error", err.Error())
	}
	if err := s.store.CountReminder(ctx, inv, ""); err != nil {
		s.log.ErrorContext(ctx, "sent reminder not counted", "reference", inv.Reference, "error", err.Error())
	}
	return nil
}

// openSealed opens the entry's sealed number and token under the current key or, for a reminder
// scheduled before a rotation, a previous one; ok is false when none opens it, or when it opens to a
// number whose hash under that key is not the invitation's (sealed for another link: never text a
// number the link was not sent to).
func openSealed(keys invite.PhoneKeys, e Entry, inv feedback.Invitation) (phone, token string, ok bool) {
	for _, key := range append([][]byte{keys.Current}, keys.Previous...) {
		phone, token, err := Open(key, e.TokenHash, e.Sealed)
		if err != nil {
			continue
		}
		return phone, token, inv.PhoneHash == "" || invite.PhoneHash(key, phone) == inv.PhoneHash
	}
	return "", "", false
}
