// Package reminder sends at most one reminder SMS per unanswered invitation, a configurable delay
// after the first (issue 22): invite schedules it (Scheduler), a sweep every few minutes sends the
// due ones that still may be sent and records why the others were not (Service.Sweep).
//
// Why a scheduled sweep over due-minute partitions, and not one EventBridge Scheduler schedule per
// invitation: a reminder is one small item in the partition of the minute it is due
// (REMIND#<hour>, sorted by minute), written with the invitation, so the sweep finds the due ones
// with one key Query per hour since its checkpoint (no index, no Scan) and the reply path writes nothing for it (the sweep checks
// "answered?" on the link itself). One EventBridge rule, one function and a few grants, against
// a schedule, a delete and an IAM pass-role per invitation; it runs the same on the emulator
// (moto's EventBridge Scheduler keeps one-time schedules but never fires them), and a missed run
// is caught up by the next from its checkpoint.
package reminder

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/sampling"
)

// Skip reasons, recorded like suppression reasons (counted per centre and day as rem_skipped_<reason>).
const (
	ReasonAnswered   = "answered"            // the link was used: nothing to remind of
	ReasonExpired    = "expired"             // the link has expired, or has less than MinLinkLeft left
	ReasonOptedOut   = invite.ReasonOptedOut // the number asked for no more SMS (our list or the provider's STOP list)
	ReasonSafetyList = invite.ReasonSafetyList
	ReasonBudget     = "budget"     // the sampling controller's SMS budget for the centre is spent
	ReasonUnreadable = "unreadable" // the sealed number opens under none of the phone-hash keys (a key was rotated and dropped)
)

// Reasons lists every skip reason.
var Reasons = []string{ReasonAnswered, ReasonExpired, ReasonOptedOut, ReasonSafetyList, ReasonBudget, ReasonUnreadable}

// DefaultPolicy is which unanswered invitations get a reminder unless configured
// (sampling.ReminderPolicies): the policy `make simulate` finds better (sampling.BetterReminder)
// at its default assumptions — none: at the same targets every reminder policy spends more SMS
// per bad experience heard than the invitations alone (docs/sampling.md has the figures).
const DefaultPolicy = sampling.ReminderOff

// DefaultDelay is the time from the invitation SMS to its reminder unless configured.
const DefaultDelay = 48 * time.Hour

// Validate checks a reminder delay against the link's lifetime at start-up.
func Validate(delay, linkTTL time.Duration) error {
	if delay <= 0 || delay+MinLinkLeft > linkTTL {
		return fmt.Errorf("reminder delay %s: want more than 0 and at least %s before the link's %s run out", delay, MinLinkLeft, linkTTL)
	}
	return nil
}

// MinLinkLeft is the least lifetime a link must have left for a reminder to be worth sending.
const MinLinkLeft = time.Hour

// Entry is a scheduled reminder: the minute it is due and the invitation's link token hash, with
// the phone number and the token sealed (Seal): they exist nowhere else in clear, and the entry
// is deleted once the reminder is sent or skipped.
type Entry struct {
	Due       time.Time // truncated to the minute: the entry's partition
	TokenHash string
	Sealed    []byte
	Expires   time.Time // the link's expiry: DynamoDB's TTL removes a forgotten entry after it
}

// Store is what reminders need from the database.
type Store interface {
	// ScheduleReminder puts an entry (idempotent: the same entry put twice is one entry).
	ScheduleReminder(ctx context.Context, e Entry) error
	// DueReminders returns the entries of one hour's partition due at or before upTo's minute.
	DueReminders(ctx context.Context, hour, upTo time.Time) ([]Entry, error)
	// DropReminder deletes a processed entry; false when it was gone already (another sweep
	// handled it, which also counted it).
	DropReminder(ctx context.Context, e Entry) (bool, error)
	// SweepCheckpoint is the first hour a sweep has not finished (zero before the first run);
	// SaveSweepCheckpoint moves it forward (never back).
	SweepCheckpoint(ctx context.Context) (time.Time, error)
	SaveSweepCheckpoint(ctx context.Context, hour time.Time) error
	// Invitation returns the invitation of a token hash, or feedback.ErrNotFound.
	Invitation(ctx context.Context, tokenHash string) (feedback.Invitation, error)
	OptedOut(ctx context.Context, phoneHash string) (bool, error)
	SafetyListed(ctx context.Context, phoneHash string, now time.Time) (bool, error)
	// ClaimReminder marks the invitation reminded (once): feedback.ErrConflict when it is used or
	// reminded already. ReleaseReminder undoes a claim whose SMS the provider refused.
	ClaimReminder(ctx context.Context, tokenHash string, at time.Time) error
	ReleaseReminder(ctx context.Context, tokenHash string, at time.Time) error
	// CountReminder counts a sent reminder (reason "") or a skipped one in the day's counter row
	// of the invitation's contact.
	CountReminder(ctx context.Context, inv feedback.Invitation, reason string) error
}

// Scheduler puts the reminder of each new invitation its policy reminds (it implements
// invite.Reminders).
type Scheduler struct {
	Delay  time.Duration
	Policy string // sampling.ReminderAll, ReminderHighRisk or ReminderCapped (off: no scheduler at all)
	// Rates gives the centre's base rate for ReminderCapped (nil: the fixed rate FixedRate).
	Rates     invite.Rates
	FixedRate float64
	Quiet     invite.QuietHours
	Key       func(context.Context) (invite.PhoneKeys, error) // the phone-hash keys; the sealing key derives from the current one
	Store     Store
}

// ParsePolicy reads REMINDER_POLICY's value.
func ParsePolicy(v string) (string, error) {
	if v == "" {
		return DefaultPolicy, nil
	}
	if !slices.Contains(sampling.ReminderPolicies, v) {
		return "", fmt.Errorf("reminder policy %q: want one of %s", v, strings.Join(sampling.ReminderPolicies, ", "))
	}
	return v, nil
}

// reminds applies the policy to a new invitation.
func (s *Scheduler) reminds(ctx context.Context, inv feedback.Invitation) bool {
	sample := feedback.Sample{}
	if inv.Sample != nil {
		sample = *inv.Sample
	}
	rate := s.FixedRate
	if s.Policy == sampling.ReminderCapped && s.Rates != nil {
		rate = s.Rates.BaseRate(ctx, inv.Centre, inv.CreatedAt)
	}
	return sampling.Reminds(s.Policy, sample, rate)
}

var _ invite.Reminders = (*Scheduler)(nil)

// DueAt is when an invitation created at created gets its reminder: Delay later, moved out of the
// quiet hours to their end.
func DueAt(created time.Time, delay time.Duration, quiet invite.QuietHours) time.Time {
	due := created.Add(delay)
	if until, ok := quiet.Until(due); ok {
		due = until
	}
	return due
}

// Schedule implements invite.Reminders: nothing is scheduled when the link would have less than
// MinLinkLeft left at the due time.
func (s *Scheduler) Schedule(ctx context.Context, inv feedback.Invitation, phone, token string) error {
	due := DueAt(inv.CreatedAt, s.Delay, s.Quiet)
	if due.Add(MinLinkLeft).After(inv.ExpiresAt) || !s.reminds(ctx, inv) {
		return nil
	}
	keys, err := s.Key(ctx)
	if err != nil {
		return fmt.Errorf("reminder key: %w", err)
	}
	sealed, err := Seal(keys.Current, inv.TokenHash, phone, token)
	if err != nil {
		return err
	}
	return s.Store.ScheduleReminder(ctx, Entry{Due: upToMinute(due), TokenHash: inv.TokenHash, Sealed: sealed, Expires: inv.ExpiresAt})
}

// upToMinute is t rounded up to the whole minute (UTC): an entry is never read before it is due.
func upToMinute(t time.Time) time.Time {
	m := t.UTC().Truncate(time.Minute)
	if m.Before(t) {
		m = m.Add(time.Minute)
	}
	return m
}

// sealLabel separates the sealing key from the phone hashes made with the same secret.
const sealLabel = "borgerfeedback/reminder-seal/v1"

func aead(phoneKey []byte) (cipher.AEAD, error) {
	m := hmac.New(sha256.New, phoneKey)
	m.Write([]byte(sealLabel))
	block, err := aes.NewCipher(m.Sum(nil))
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// Seal encrypts the number and the token (AES-256-GCM under a key derived from the phone-hash key,
// bound to the token hash, so a sealed value moved to another entry does not open).
func Seal(phoneKey []byte, tokenHash, phone, token string) ([]byte, error) {
	g, err := aead(phoneKey)
	if err != nil {
		return nil, fmt.Errorf("seal reminder: %w", err)
	}
	nonce := make([]byte, g.NonceSize(), g.NonceSize()+len(phone)+len(token)+1+g.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("seal reminder: %w", err)
	}
	return g.Seal(nonce, nonce, []byte(phone+"\n"+token), []byte(tokenHash)), nil
}

// errUnreadable: a sealed value that does not open under the current key.
var errUnreadable = errors.New("sealed reminder does not open")

// Open is the inverse of Seal.
func Open(phoneKey []byte, tokenHash string, sealed []byte) (phone, token string, err error) {
	g, err := aead(phoneKey)
	if err != nil {
		return "", "", err
	}
	if len(sealed) < g.NonceSize() {
		return "", "", errUnreadable
	}
	plain, err := g.Open(nil, sealed[:g.NonceSize()], sealed[g.NonceSize():], []byte(tokenHash))
	if err != nil {
		return "", "", errUnreadable
	}
	phone, token, ok := strings.Cut(string(plain), "\n")
	if !ok {
		return "", "", errUnreadable
	}
	return phone, token, nil
}
