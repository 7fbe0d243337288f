// Package invite decides, for each completed contact, whether the caller gets a feedback SMS, and
// sends it: one invitation per contact, suppression rules in the order of DESIGN.md, a single-use
// link token, and the phone number kept only as a keyed hash.
package invite

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/sampling"
)

// Suppression reasons, recorded on the contact and counted in the daily statistics.
const (
	ReasonDoNotContact = "doNotContact"
	ReasonSensitive    = "sensitive"
	ReasonMinor        = "minor"
	ReasonWithheld     = "withheld"
	ReasonNonMobile    = "nonMobile"
	ReasonOptedOut     = "optedOut"
	ReasonFrequency    = "frequency"
	ReasonSampling     = "sampling"
	ReasonSafetyList   = "safetyList"
)

// Outcome of a contact: Sent, or suppressed with a reason.
type Outcome struct {
	Sent      bool
	Reason    string // suppression reason when not sent
	Reference string // FB- reference of the invitation when sent
}

// Store is what invite needs from the database.
//
// A contact that gets its SMS writes no outcome row of its own: its phone number's reservation is
// its claim (lease included), and the invitation's item is its outcome. A suppressed contact gets
// one outcome row (SuppressContact). Both are counted in the day's statistics.
type Store interface {
	// CheckContact returns ErrAlreadyDone when the contact has a recorded suppression. It writes
	// nothing.
	CheckContact(ctx context.Context, contactID string) error
	// PhoneState reads, in one request, what is known about a phone hash at now: safety-listed,
	// opted out, and the contact that last reserved the number.
	PhoneState(ctx context.Context, phoneHash string, now time.Time) (PhoneState, error)
	// MigratePhone reads, in one request, what is stored under oldHash (a number's hash under a
	// previous key) and returns it as PhoneState does; each row it finds (safety-list entry in force,
	// opt-out, frequency row) is written under newHash (the current key's) with its original class,
	// times and expiry, where newHash has none or a shorter one. Running it again changes nothing.
	// The rows under oldHash stay until they expire or are lifted.
	MigratePhone(ctx context.Context, oldHash, newHash string, now time.Time) (PhoneState, error)
	// AddToSafetyList puts an entry on the safety list, or keeps the entry already there when it
	// runs longer. It is idempotent.
	AddToSafetyList(ctx context.Context, e feedback.SafetyEntry) error
	// ReservePhone claims the phone hash for contactID and the invitation with reference, under a
	// lease: feedback.ErrConflict when another contact invited the number at or after cutoff;
	// ErrAlreadyDone when this contact's invitation exists (its SMS went out); ErrBusy while
	// another worker's lease on this contact runs. A contact whose lease ran out without an
	// invitation is taken again.
	ReservePhone(ctx context.Context, phoneHash, contactID, reference string, now, cutoff time.Time, lease time.Duration) error
	// CreateInvitation stores the invitation (link token and reference in one); feedback.ErrConflict
	// when the reference is taken.
	CreateInvitation(ctx context.Context, inv feedback.Invitation) error
	// CancelInvitation removes an invitation whose SMS could not be sent, so a retry sends one.
	CancelInvitation(ctx context.Context, inv feedback.Invitation) error
	// FinishContact counts a sent invitation in the daily statistics (the invitation is its record).
	FinishContact(ctx context.Context, c feedback.Contact, o Outcome, now time.Time) error
	// SuppressContact records and counts a suppression; ErrAlreadyDone when the contact has an
	// outcome.
	SuppressContact(ctx context.Context, c feedback.Contact, reason string, now time.Time) error
}

// PhoneState is what the store knows about a phone hash.
type PhoneState struct {
	SafetyListed bool
	OptedOut     bool
	LastContact  string // the contact that last reserved the number ("" when none)
}

// SMS sends text messages.
type SMS interface {
	Send(ctx context.Context, phone, message string) error
	// OptedOut reports whether the number opted out of SMS at the provider (e.g. replied STOP).
	OptedOut(ctx context.Context, phone string) (bool, error)
}

// Store errors.
var (
	ErrAlreadyDone = errors.New("contact already has an outcome")
	ErrBusy        = errors.New("contact is being processed by another worker")
)

// Config of the invite service; Defaults() gives the documented defaults.
type Config struct {
	PublicBaseURL string // the link is <PublicBaseURL>/f/<token>
	PhoneKey      []byte // HMAC key for phone hashes, when it is known up front (tests, tools)
	// PreviousPhoneKeys go with PhoneKey: the keys of earlier rotations (PhoneKeys.Previous).
	PreviousPhoneKeys [][]byte
	LinkTTL           time.Duration // default 7 days
	FrequencyWindow   time.Duration // default 30 days
	// SamplingRate is the base rate of a contact without risk signals, (0, 1]; 1 = everyone. Rates,
	// when set, gives each centre's rate instead (the controller, shared/sampling).
	SamplingRate float64
	Rates        Rates
	// Weights are the risk weights (zero: sampling.DefaultWeights).
	Weights sampling.Weights
	// SafetyListMonths is how long a number stays on the safety list, per class
	// (feedback.SafetyClasses); default 24 months each.
	SafetyListMonths map[string]int
	// Quiet is the daily window in which no SMS is sent (zero: none); a contact that would be
	// invited in it is deferred through its queue until the window ends (see QuietHours).
	Quiet QuietHours
	// QuietHop is the longest single delay of a deferred contact: below the contact queue's
	// oldest-message alarm (15 minutes) and SQS's limit. Default 10 minutes.
	QuietHop time.Duration
	// Lease is how long a worker owns a contact: longer than the function's timeout, shorter than
	// the queue's visibility timeout (6 × the function timeout), so a redelivery after a crash finds
	// it expired. Default 30 s.
	Lease time.Duration
	// LoadPhoneKey, when set, gives the HMAC keys instead of PhoneKey and PreviousPhoneKeys: in
	// AWS it reads Secrets Manager on first use and keeps the keys (shared/app/phonekey), so no
	// network call stands between a cold start and the first event, and a failed read fails only
	// the messages that needed it (retried by the queue) and is tried again on the next.
	LoadPhoneKey func(context.Context) (PhoneKeys, error)
}

// Rates gives a centre's current base sampling rate. It never fails: an implementation that reads
// counters falls back to what it last knew, or to its prior.
type Rates interface {
	BaseRate(ctx context.Context, centre feedback.Centre, now time.Time) float64
}

// Defaults fills zero settings with the documented defaults.
func (c Config) Defaults() Config {
	if c.Weights == (sampling.Weights{}) {
		c.Weights = sampling.DefaultWeights()
	}
	if c.LinkTTL == 0 {
		c.LinkTTL = 7 * 24 * time.Hour
	}
	if c.FrequencyWindow == 0 {
		c.FrequencyWindow = 30 * 24 * time.Hour
	}
	if c.Lease == 0 {
		c.Lease = 30 * time.Second
	}
	months := map[string]int{}
	for _, class := range feedback.SafetyClasses {
		months[class] = DefaultSafetyListMonths
		if m := c.SafetyListMonths[class]; m != 0 {
			months[class] = m
		}
	}
	c.SafetyListMonths = months
	if c.QuietHop == 0 {
		c.QuietHop = 10 * time.Minute
	}
	return c
}

// Validate checks the configuration at start-up, including that the SMS fits one segment with
// this base URL.
func (c Config) Validate() error {
	if c.LoadPhoneKey == nil {
		if err := (PhoneKeys{Current: c.PhoneKey, Previous: c.PreviousPhoneKeys}).validate(); err != nil {
			return err
		}
	}
	if !strings.HasPrefix(c.PublicBaseURL, "https://") && !strings.HasPrefix(c.PublicBaseURL, "http://") {
		return fmt.Errorf("PUBLIC_BASE_URL %q must be an http(s) URL", c.PublicBaseURL)
	}
	if c.Weights != (sampling.Weights{}) {
		if err := c.Weights.Validate(); err != nil {
			return err
		}
	}
	if c.SamplingRate <= 0 || c.SamplingRate > 1 {
		// 0 is refused rather than read as "nobody": to pause invitations, disable the queue's
		// event source mapping, which keeps the events until it is enabled again.
		return fmt.Errorf("sampling rate %v must be above 0 and at most 1", c.SamplingRate)
	}
	for class, m := range c.SafetyListMonths {
		if !slices.Contains(feedback.SafetyClasses, class) || m < 0 {
			return fmt.Errorf("safety list: %d months for class %q: want a known class and a positive number", m, class)
		}
	}
	for _, lang := range []string{"da", "en"} {
		if _, err := Message(lang, c.PublicBaseURL+"/f/"+strings.Repeat("x", 24), c.LinkTTL); err != nil {
			return err
		}
	}
	return nil
}

// DefaultSafetyListMonths is how long a number stays on the safety list unless configured.
const DefaultSafetyListMonths = 24

// Reminders schedules the one reminder of a new invitation (shared/reminder); phone and token
// are the number and link token in clear, which only the scheduled reminder keeps, sealed.
type Reminders interface {
	Schedule(ctx context.Context, inv feedback.Invitation, phone, token string) error
}

// Deferrer puts a contact event back on its queue, to come back after delay.
type Deferrer interface {
	Defer(ctx context.Context, body []byte, delay time.Duration) error
}

// Service handles contact.completed events.
type Service struct {
	cfg    Config
	store  Store
	sms    SMS
	later  Deferrer
	remind Reminders // nil: no reminders
	now    func() time.Time
	log    *slog.Logger
	m      *metrics.Emitter // nil: no metrics
}

// WithMetrics makes s emit its metrics (suppressions by reason, SMS sent, batch item failures)
// to m; it returns s.
func (s *Service) WithMetrics(m *metrics.Emitter) *Service {
	s.m = m
	return s
}

// WithDeferrer sets the queue that holds contacts through the quiet hours; it returns s.
func (s *Service) WithDeferrer(d Deferrer) *Service {
	s.later = d
	return s
}

// WithReminders makes s schedule a reminder for each invitation it sends; it returns s.
func (s *Service) WithReminders(r Reminders) *Service {
	s.remind = r
	return s
}

// NewService builds the service; cfg should have passed Validate.
func NewService(cfg Config, store Store, sms SMS, now func() time.Time, log *slog.Logger) *Service {
	return &Service{cfg: cfg.Defaults(), store: store, sms: sms, now: now, log: log}
}

// minPhoneKeyBytes is the shortest phone-hash key accepted.
const minPhoneKeyBytes = 16

// phoneKeys are the configured keys (loaded on first use when LoadPhoneKey is set).
func (s *Service) phoneKeys(ctx context.Context) (PhoneKeys, error) {
	if s.cfg.LoadPhoneKey == nil {
		return PhoneKeys{Current: s.cfg.PhoneKey, Previous: s.cfg.PreviousPhoneKeys}, nil
	}
	keys, err := s.cfg.LoadPhoneKey(ctx)
	if err != nil {
		return keys, fmt.Errorf("phone-hash key: %w", err)
	}
	return keys, keys.validate()
}

// phoneHash is the number's hash under the current key.
func (s *Service) phoneHash(ctx context.Context, phone string) (string, error) {
	keys, err := s.phoneKeys(ctx)
	if err != nil {
		return "", err
	}
	return keys.Hash(phone), nil
}

// Handle processes one contact: it returns nil when the contact has its outcome (sent, suppressed
// or already done), and an error when it should be retried.
//
// The rules that only read (the event's own flags, the opt-out lists, sampling) come first. A
// contact they suppress has had nothing done for it, so its outcome is recorded in one write.
// Otherwise the phone number's reservation claims the contact under a lease before the first
// thing a duplicate must not repeat: creating the link and sending the SMS.
func (s *Service) Handle(ctx context.Context, c feedback.Contact) error {
	return s.handle(ctx, c, nil)
}

// handle is Handle with the event's body as it came (nil: re-encoded from c when deferred).
func (s *Service) handle(ctx context.Context, c feedback.Contact, body []byte) error {
	now := s.now()
	reason, err := s.screen(ctx, &c, now)
	if err != nil {
		return err
	}
	if until, quiet := s.cfg.Quiet.Until(now); quiet && reason == "" {
		return s.deferContact(ctx, c, body, until.Sub(now))
	}
	o := Outcome{Reason: reason}
	if reason != "" {
		err = s.store.SuppressContact(ctx, c, reason, now)
		if err != nil && !errors.Is(err, ErrAlreadyDone) {
			err = fmt.Errorf("record suppression of contact %s: %w", c.ContactID, err)
		}
	} else {
		o, err = s.invite(ctx, c, now)
	}
	switch {
	case errors.Is(err, ErrAlreadyDone):
		s.log.InfoContext(ctx, "duplicate contact ignored", "contactId", c.ContactID)
		return nil
	case err != nil:
		return err
	}
	var p any // the sampling probability, when the contact reached the sampling rule
	if c.Sample != nil {
		p = c.Sample.Probability
	}
	if o.Sent {
		s.m.Count(metrics.SMSSent, 1)
		// DEBUG, like the suppression below: in AWS (application log level INFO) the EMF counts stand
		// in for them (log bytes are billed per reply), and the outcome is in the table (ContactOutcome).
		s.log.DebugContext(ctx, "invitation sent", "contactId", c.ContactID, "reference", o.Reference, "probability", p)
	} else {
		s.m.Count(metrics.Suppressed, 1, metrics.DimReason, o.Reason)
		s.log.DebugContext(ctx, "invitation suppressed", "contactId", c.ContactID, "reason", o.Reason, "probability", p)
	}
	return nil
}

// deferContact sends the contact back to its queue for min(left, QuietHop); it is screened again
// when it comes back. Nothing is recorded for it meanwhile (a suppression found then is recorded
// then), so the link's lifetime counts from the SMS, and the claim taken before sending keeps it
// to one SMS however many copies of the event come back.
func (s *Service) deferContact(ctx context.Context, c feedback.Contact, body []byte, left time.Duration) error {
	if s.later == nil {
		return fmt.Errorf("contact %s: quiet hours without a queue to defer to", c.ContactID)
	}
	if body == nil {
		var err error
		if body, err = json.Marshal(c); err != nil {
			return fmt.Errorf("contact %s: %w", c.ContactID, err)
		}
	}
	if err := s.later.Defer(ctx, body, min(left, s.cfg.QuietHop)); err != nil {
		return fmt.Errorf("defer contact %s: %w", c.ContactID, err)
	}
	s.log.InfoContext(ctx, "invitation deferred (quiet hours)", "contactId", c.ContactID, "minutesLeft", int(left.Minutes()))
	return nil
}

// screen applies the suppression rules that need no write to the contact, in DESIGN.md's order:
// the contact's own flags, the safety list, our and the provider's opt-out lists, sampling. It
// returns the reason, or "" to go on.
//
// A contact flagged doNotContact, sensitive or minor puts its number on the safety list before its
// outcome is recorded, so a crash in between cannot leave the number off the list (a redelivery
// lists it again, which changes nothing). Every later contact from that number is then suppressed
// with ReasonSafetyList whatever its own flags say, until the entry expires or is lifted.
//
// A contact that reaches the sampling rule gets its sampling decision in c.Sample: it is counted
// with the outcome (the controller's input) and recorded on the invitation.
func (s *Service) screen(ctx context.Context, c *feedback.Contact, now time.Time) (string, error) {
	reason := staticSuppression(*c)
	phone := NormalisePhone(c.Caller.Phone)
	if class := safetyClass(*c, s.cfg.SafetyListMonths); class != "" && textable(*c) {
		hash, err := s.phoneHash(ctx, phone)
		if err != nil {
			return "", fmt.Errorf("safety list for contact %s: %w", c.ContactID, err)
		}
		e := feedback.SafetyEntry{PhoneHash: hash, Class: class, ListedAt: now,
			ListedUntil: now.AddDate(0, s.cfg.SafetyListMonths[class], 0)}
		if err := s.store.AddToSafetyList(ctx, e); err != nil {
			return "", fmt.Errorf("safety list for contact %s: %w", c.ContactID, err)
		}
	}
	if reason != "" {
		return reason, nil
	}
	keys, err := s.phoneKeys(ctx)
	if err != nil {
		return "", fmt.Errorf("screen contact %s: %w", c.ContactID, err)
	}
	hash := keys.Hash(phone)
	ps, err := s.store.PhoneState(ctx, hash, now)
	if err != nil {
		return "", fmt.Errorf("phone state of contact %s: %w", c.ContactID, err)
	}
	rate := s.cfg.SamplingRate
	if s.cfg.Rates != nil {
		rate = s.cfg.Rates.BaseRate(ctx, c.Centre, now)
	}
	sample := sampling.Decide(*c, rate, s.cfg.Weights)
	c.Sample = &sample
	if ps.LastContact == c.ContactID {
		// This contact reserved the number before (a redelivery): it passed these rules then, and
		// its reservation decides now (sent, or to be taken again), not rules that may have
		// changed since (a safety listing, the citizen's own opt-out, the sampling rate).
		return "", nil
	}
	if !ps.SafetyListed {
		// Under a previous key (after a rotation): a listing, an opt-out or an invitation within the
		// window stored before it still counts. Listed under the current key already, the reason
		// cannot change, so that read is saved.
		if ps, err = s.previousKeyState(ctx, keys, phone, hash, ps, now); err != nil {
			return "", fmt.Errorf("phone state of contact %s under a previous key: %w", c.ContactID, err)
		}
		if ps.LastContact == c.ContactID {
			return "", nil // reserved under a previous key: its reservation, now moved, decides
		}
	}
	if ps.SafetyListed {
		return ReasonSafetyList, nil
	}
	opted := ps.OptedOut
	if !opted {
		if opted, err = s.sms.OptedOut(ctx, phone); err != nil {
			return "", fmt.Errorf("provider opt-out of contact %s: %w", c.ContactID, err)
		}
	}
	if opted {
		return ReasonOptedOut, nil
	}
	// Sampling before reserving the phone, so a contact left out does not block the next one.
	if !sampling.Draw(c.ContactID, sample.Probability) {
		return ReasonSampling, nil
	}
	return "", nil
}

// previousKeyState adds to ps (the number's state under the current key, hash) what is stored
// under each previous key, and moves it to hash (Store.MigratePhone), so the next contact finds it
// under the current key: a rotated key must not empty the safety list, the opt-outs or the
// frequency window. One read per previous key, and none when there is no previous key.
func (s *Service) previousKeyState(ctx context.Context, keys PhoneKeys, phone, hash string, ps PhoneState, now time.Time) (PhoneState, error) {
	for _, old := range keys.PreviousHashes(phone) {
		got, err := s.store.MigratePhone(ctx, old, hash, now)
		if err != nil {
			return ps, err
		}
		ps.SafetyListed = ps.SafetyListed || got.SafetyListed
		ps.OptedOut = ps.OptedOut || got.OptedOut
		if ps.LastContact == "" {
			ps.LastContact = got.LastContact
		}
	}
	return ps, nil
}

// safetyClass is the safety-list class a contact's flags give its number: of the flags it carries
// (doNotContact, sensitive, minor), the one listed longest (the first in that order on a tie);
// "" when it carries none.
func safetyClass(c feedback.Contact, months map[string]int) string {
	class := ""
	for _, f := range []struct {
		class string
		set   bool
	}{{feedback.SafetyDoNotContact, c.DoNotContact}, {feedback.SafetySensitive, c.Sensitive}, {feedback.SafetyMinor, c.Caller.Minor}} {
		if f.set && (class == "" || months[f.class] > months[class]) {
			class = f.class
		}
	}
	return class
}

// textable reports whether an SMS could reach the contact's number at all: a withheld, missing or
// Danish landline number is never texted, so it is not listed either (nothing to protect, and no
// hash kept without a need).
func textable(c feedback.Contact) bool {
	return !c.Caller.Withheld && strings.TrimSpace(c.Caller.Phone) != "" && IsMobile(c.Caller.Phone)
}

// invite applies the frequency rule by reserving the phone number, which also claims the contact,
// and, if the number is free, creates the link and sends the SMS; then it counts the outcome.
//
// Writes: the reservation, the invitation, the day's counter row (a suppression by the frequency
// rule: its outcome row and the counter). No outcome row for a sent contact: the invitation is its
// record, and a redelivery finds it through the reservation. A crash after the invitation is stored
// and before SNS accepts the SMS loses that SMS (a redelivery finds the invitation and sends none);
// an SMS the provider refuses is retried (the invitation is taken back first).
func (s *Service) invite(ctx context.Context, c feedback.Contact, now time.Time) (Outcome, error) {
	if err := s.store.CheckContact(ctx, c.ContactID); err != nil {
		return Outcome{}, fmt.Errorf("check contact %s: %w", c.ContactID, err)
	}
	o, err := s.send(ctx, c, now)
	if err != nil {
		return o, err
	}
	if !o.Sent {
		if err := s.store.SuppressContact(ctx, c, o.Reason, now); err != nil {
			return o, fmt.Errorf("record suppression of contact %s: %w", c.ContactID, err)
		}
		return o, nil
	}
	if err := s.store.FinishContact(ctx, c, o, now); err != nil {
		return o, fmt.Errorf("finish contact %s: %w", c.ContactID, err)
	}
	return o, nil
}

// send reserves the phone number within the frequency window and sends the invitation.
func (s *Service) send(ctx context.Context, c feedback.Contact, now time.Time) (Outcome, error) {
	phone := NormalisePhone(c.Caller.Phone)
	hash, err := s.phoneHash(ctx, phone)
	if err != nil {
		return Outcome{}, fmt.Errorf("reserve phone for contact %s: %w", c.ContactID, err)
	}
	inv, token, err := s.newInvitation(c, hash, now)
	if err != nil {
		return Outcome{}, err
	}
	switch err := s.store.ReservePhone(ctx, hash, c.ContactID, inv.Reference, now, now.Add(-s.cfg.FrequencyWindow), s.cfg.Lease); {
	case errors.Is(err, feedback.ErrConflict):
		return Outcome{Reason: ReasonFrequency}, nil
	case err != nil:
		return Outcome{}, fmt.Errorf("reserve phone for contact %s: %w", c.ContactID, err)
	}
	// A reference taken by another invitation (40 bits: rare) fails this attempt; the retry after
	// the lease draws a new token.
	if err := s.store.CreateInvitation(ctx, inv); err != nil {
		return Outcome{}, fmt.Errorf("store invitation for contact %s: %w", c.ContactID, err)
	}
	msg, err := Message(SMSLanguage(c.Language), s.cfg.PublicBaseURL+"/f/"+token, s.cfg.LinkTTL)
	if err == nil {
		err = ctx.Err() // the deadline came before the send: nothing went out
	}
	if err == nil {
		err = s.sms.Send(ctx, phone, msg)
		if err != nil && sendOutcomeUnknown(ctx, err) {
			// The deadline cut the call short after it started: SNS may have taken the SMS. The
			// invitation stays, so a link that reached the phone works; the retry finds it and
			// sends nothing (at most one SMS: a second one would leave the citizen a dead first link).
			s.log.WarnContext(ctx, "SMS outcome unknown: the invitation is kept and not sent again", "contactId", c.ContactID, "reference", inv.Reference, "error", err.Error())
			return Outcome{Sent: true, Reference: inv.Reference}, nil
		}
	}
	if err != nil {
		// Refused (SNS answered, or the send never started): taken back, so the retry texts the
		// contact. Taken back even when the deadline has passed (its context is done then).
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if cerr := s.store.CancelInvitation(cctx, inv); cerr != nil {
			s.log.ErrorContext(ctx, "invitation kept after a failed SMS: the contact will not be texted", "contactId", c.ContactID, "reference", inv.Reference, "error", cerr)
		}
		return Outcome{}, fmt.Errorf("send SMS for contact %s: %w", c.ContactID, err)
	}
	if s.remind != nil {
		// After the SMS, so only a link that went out is reminded of. A failure is logged, never
		// retried: a retry of the contact would send a second invitation.
		if err := s.remind.Schedule(ctx, inv, phone, token); err != nil {
			s.log.ErrorContext(ctx, "reminder not scheduled", "contactId", c.ContactID, "reference", inv.Reference, "error", err.Error())
		}
	}
	return Outcome{Sent: true, Reference: inv.Reference}, nil
}

// sendOutcomeUnknown: the send ended because the function's deadline (or cancellation) came while
// the call was under way — whether SNS took the SMS cannot be known. Any other error is an answer
// from SNS or a send that never reached it, and nothing went out.
func sendOutcomeUnknown(ctx context.Context, err error) bool {
	return ctx.Err() != nil && (errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled))
}

// newInvitation draws the link token (its hash gives the reference); phoneHash goes with it, so
// the link can opt the number out.
func (s *Service) newInvitation(c feedback.Contact, phoneHash string, now time.Time) (feedback.Invitation, string, error) {
	token, err := feedback.NewToken()
	if err != nil {
		return feedback.Invitation{}, "", fmt.Errorf("token for contact %s: %w", c.ContactID, err)
	}
	hash := feedback.HashToken(token)
	return feedback.Invitation{
		TokenHash: hash, Reference: feedback.ReferenceOf(hash), ContactID: c.ContactID, Channel: c.Channel, EndedAt: c.EndedAt,
		Centre: c.Centre, Language: SMSLanguage(c.Language), CallLanguage: callLanguage(c.Language), CreatedAt: now, ExpiresAt: now.Add(s.cfg.LinkTTL),
		PhoneHash: phoneHash,
		Sample:    c.Sample,
	}, token, nil
}

// staticSuppression applies the rules that need only the event, in DESIGN.md's order.
func staticSuppression(c feedback.Contact) string {
	switch {
	case c.DoNotContact:
		return ReasonDoNotContact
	case c.Sensitive:
		return ReasonSensitive
	case c.Caller.Minor:
		return ReasonMinor
	case c.Caller.Withheld || strings.TrimSpace(c.Caller.Phone) == "":
		return ReasonWithheld
	case !IsMobile(c.Caller.Phone):
		return ReasonNonMobile
	}
	return ""
}

// Sampled decides deterministically from the contact id whether a contact is in the sample, so a
// redelivered event gets the same answer (sampling.Draw).
func Sampled(contactID string, rate float64) bool { return sampling.Draw(contactID, rate) }
