// Package intake is the consumer of the feedback-intake queue: it validates each submission,
// redacts CPR numbers, phone numbers and e-mail addresses in the comment, classifies and routes it, stores it once, and alerts staff to urgent items.
package intake

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"
	"unicode/utf8"

	"borgerfeedback/shared/classify"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/redact"
	"borgerfeedback/shared/resources"
)

// Store is what intake needs from the database.
type Store interface {
	// SaveFeedback stores the item, its first history event and the daily counters once;
	// created is false when the reference was already stored.
	SaveFeedback(ctx context.Context, it feedback.Item) (created bool, err error)
	// Alerted reports whether the urgent alert for a reference was published.
	Alerted(ctx context.Context, reference string) (bool, error)
	// MarkAlerted records that it was.
	MarkAlerted(ctx context.Context, reference string, at time.Time) error
	// SettleWithdrawal erases the stored item when the citizen withdrew the reply before it was
	// stored (the form records a withdrawal against the reference); withdrawn reports that.
	SettleWithdrawal(ctx context.Context, reference string) (withdrawn bool, err error)
}

// Alerter tells staff about urgent feedback.
type Alerter interface {
	Urgent(ctx context.Context, it feedback.Item) error
}

// Limits of a submission message (the form enforces the same on input).
const (
	MaxMessageBytes = 32 << 10
	MaxCommentRunes = 2000
	MaxContactRunes = 254
	// MaxQueuedCommentRunes is the comment's limit in a message: the form redacts the comment before it
	// queues it, and a placeholder can be longer than what it replaces ("a@b.dk" → "[e-mail]").
	MaxQueuedCommentRunes = MaxCommentRunes * 3 / 2
)

// Service consumes submissions.
type Service struct {
	store  Store
	alerts Alerter
	sla    feedback.SLA
	now    func() time.Time
	log    *slog.Logger
	m      *metrics.Emitter // nil: no metrics
}

// NewService builds the consumer.
func NewService(store Store, alerts Alerter, sla feedback.SLA, now func() time.Time, log *slog.Logger) *Service {
	return &Service{store: store, alerts: alerts, sla: sla, now: now, log: log}
}

// WithMetrics makes s emit its metrics (classifications by category, batch item failures, alert
// publish failures, classifier latency) to m, and returns s.
func (s *Service) WithMetrics(m *metrics.Emitter) *Service {
	s.m = m
	return s
}

// ParseSubmission decodes and validates a message from the intake queue.
func ParseSubmission(body []byte) (feedback.Submission, error) {
	var sub feedback.Submission
	if len(body) > MaxMessageBytes {
		return sub, fmt.Errorf("%w: message of %d bytes", feedback.ErrInvalid, len(body))
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sub); err != nil {
		return sub, fmt.Errorf("%w: submission is not valid JSON: %w", feedback.ErrInvalid, err)
	}
	a := sub.Answers
	switch {
	case !feedback.WellFormedReference(sub.Reference):
		return sub, fmt.Errorf("%w: reference missing or malformed", feedback.ErrInvalid)
	case a.Rating < 1 || a.Rating > 5:
		return sub, fmt.Errorf("%w: submission %s: rating %d out of 1–5", feedback.ErrInvalid, sub.Reference, a.Rating)
	case !utf8.ValidString(a.Comment) || utf8.RuneCountInString(a.Comment) > MaxQueuedCommentRunes:
		return sub, fmt.Errorf("%w: submission %s: comment too long or not UTF-8", feedback.ErrInvalid, sub.Reference)
	case utf8.RuneCountInString(a.Contact) > MaxContactRunes || (!a.ContactOK && a.Contact != ""):
		return sub, fmt.Errorf("%w: submission %s: contact without consent or too long", feedback.ErrInvalid, sub.Reference)
	case sub.Channel != feedback.Channel112 && sub.Channel != feedback.Channel114:
		return sub, fmt.Errorf("%w: submission %s: channel", feedback.ErrInvalid, sub.Reference)
	case sub.SubmittedAt.IsZero():
		return sub, fmt.Errorf("%w: submission %s: submittedAt missing", feedback.ErrInvalid, sub.Reference)
	}
	if s := sub.Sample; s != nil && !(s.Probability > 0 && s.Probability <= 1) {
		sub.Sample = nil // a reply is never lost over its weight: without a sample it counts with weight 1
	}
	return sub, nil
}

// Handle classifies and stores one submission; an error means "retry".
func (s *Service) Handle(ctx context.Context, sub feedback.Submission) error {
	// Redacted again here, whatever the form did: a message queued by an older form or by hand is
	// treated the same, and the classifier sees exactly the text that is stored.
	text := redact.Text(sub.Answers.Comment)
	start := time.Now()
	c := classify.Classify(classify.Input{Text: text, Rating: sub.Answers.Rating, Channel: sub.Channel, District: sub.Centre.District})
	s.m.Duration(metrics.ClassifierLatency, time.Since(start))
	now := s.now()
	it := feedback.NewItem(sub, c, text, now)
	it.DueAt = s.sla.Due(it.Priority, now)
	created, err := s.store.SaveFeedback(ctx, it)
	if err != nil {
		return err
	}
	if !created {
		s.log.InfoContext(ctx, "duplicate submission ignored", "reference", it.ID)
	} else {
		s.m.Count(metrics.Classified, 1, metrics.DimCategory, string(it.Category))
		// DEBUG: in AWS (application log level INFO) the Classified metric counts it; the item is the record.
		s.log.DebugContext(ctx, "feedback stored", "reference", it.ID, "category", it.Category, "priority", it.Priority,
			"team", it.Team, "urgent", it.Urgent, "conduct", it.Conduct, "classifierVersion", it.ClassifierVersion)
	}
	// A withdrawal can overtake the reply on the queue: checked after every save (the form
	// records the withdrawal before it looks for the item, this looks after storing it, so one of
	// the two always sees the other). The reply stays counted, as a withdrawal never changes the
	// statistics, and an urgent one is still alerted: someone may be in danger.
	if withdrawn, err := s.store.SettleWithdrawal(ctx, it.ID); err != nil {
		return fmt.Errorf("withdrawal of %s: %w", it.ID, err)
	} else if withdrawn {
		s.log.InfoContext(ctx, "reply withdrawn by the citizen", "reference", it.ID)
	}
	if it.Urgent {
		return s.alert(ctx, it)
	}
	return nil
}

// alert publishes at least once: published before it is marked, so a crash in between repeats the
// alert rather than losing it.
func (s *Service) alert(ctx context.Context, it feedback.Item) error {
	done, err := s.store.Alerted(ctx, it.ID)
	if err != nil || done {
		return err
	}
	if err := s.alerts.Urgent(ctx, it); err != nil {
		s.m.Count(metrics.AlertPublishFails, 1)
		return fmt.Errorf("alert urgent %s: %w", it.ID, err)
	}
	s.log.WarnContext(ctx, resources.UrgentLogMessage, "urgent", true, "reference", it.ID, "team", it.Team)
	return s.store.MarkAlerted(ctx, it.ID, s.now())
}
