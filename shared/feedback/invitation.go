package feedback

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"time"
)

// TokenBytes is the entropy of a link token: 144 bits from crypto/rand, 24 URL-safe characters.
const TokenBytes = 18

// NewToken returns a fresh single-use link token: URL-safe base64 without padding.
func NewToken() (string, error) {
	b := make([]byte, TokenBytes)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// HashToken is how a token is stored and looked up: only its SHA-256, so a leaked table holds no
// usable links and the key lookup leaks no timing about how much of a guessed token matched.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// referenceAlphabet is Crockford's base32 without the letters people confuse (I, L, O, U).
const referenceAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// ReferenceOf is the FB-XXXXXXXX reference of a link token: 40 bits of its hash. The store keeps
// the invitation under the reference, so one item is both the reference claim and the link token
// (found from the link by this function); two tokens with one reference conflict on that item and
// the second is drawn again. The reference tells nothing usable about the token: it is a part of a
// SHA-256, and the token has 144 bits of its own.
func ReferenceOf(tokenHash string) string {
	b, err := hex.DecodeString(tokenHash)
	if err != nil || len(b) < 5 {
		return ""
	}
	v := uint64(b[0])<<32 | uint64(b[1])<<24 | uint64(b[2])<<16 | uint64(b[3])<<8 | uint64(b[4])
	out := []byte("FB-")
	for shift := 35; shift >= 0; shift -= 5 {
		out = append(out, referenceAlphabet[(v>>uint(shift))&31])
	}
	return string(out)
}

// WellFormedReference reports whether s has a reference's form: FB- and eight of 0–9 and A–Z (the
// wider set the API has always accepted, not only referenceAlphabet). A loop, not a regular
// expression: it was compiled twice at start-up (intake, triage; issue 13).
func WellFormedReference(s string) bool {
	if len(s) != 11 || s[:3] != "FB-" {
		return false
	}
	for i := 3; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// WellFormedToken reports whether s could be a token we issued (cheap check before any lookup).
func WellFormedToken(s string) bool {
	if len(s) != base64.RawURLEncoding.EncodedLen(TokenBytes) {
		return false
	}
	_, err := base64.RawURLEncoding.DecodeString(s)
	return err == nil
}

// Invitation is what a link token opens: the context of the contact it was sent after.
type Invitation struct {
	TokenHash string
	Reference string // the FB- reference the reply will get
	ContactID string
	Channel   string
	EndedAt   time.Time // when the call ended: the form names the call by its time and channel
	Centre    Centre
	Language  string // language of the SMS; the form starts in it unless it speaks CallLanguage
	// CallLanguage is the language the call was held in (the event's ISO 639-1 code, "" when absent or
	// malformed): a caller who spoke Arabic gets an English SMS (GSM-7 has no Arabic) but the Arabic form.
	CallLanguage string
	CreatedAt    time.Time
	ExpiresAt    time.Time
	UsedAt       *time.Time
	// RemindedAt is when the invitation's one reminder was claimed for sending (shared/reminder).
	RemindedAt *time.Time
	// PhoneHash is the keyed hash of the number the link was sent to, so the link can opt that
	// number out (POST /f/{token}/stop) without the number itself being kept.
	PhoneHash string
	// Sample is how the contact was sampled (its probability weights the reply); nil on an
	// invitation stored before it was recorded.
	Sample *Sample
}

// Usable reports whether the link can still take a reply at now: ErrGone when used or expired.
func (i Invitation) Usable(now time.Time) error {
	if i.UsedAt != nil || !now.Before(i.ExpiresAt) {
		return ErrGone
	}
	return nil
}

// InvitationStore finds invitations by token hash, marks them used, and carries out what the
// link lets the citizen do afterwards (stop SMS, withdraw the reply).
type InvitationStore interface {
	// Invitation returns the invitation of a token hash, or ErrNotFound.
	Invitation(ctx context.Context, tokenHash string) (Invitation, error)
	// MarkUsed marks the invitation used with a conditional write; ErrGone when it already was.
	MarkUsed(ctx context.Context, tokenHash string, at time.Time) error
	// OptOut puts a phone hash on the opt-out list (idempotent).
	OptOut(ctx context.Context, phoneHash string, at time.Time) error
	// Withdraw withdraws the reply with a reference: ErrGone when it was withdrawn before
	// (nothing changes), ErrNotFound for an unknown reference.
	Withdraw(ctx context.Context, reference string, at time.Time) error
}

// SubmissionQueue puts a submission on the feedback-intake queue. It returns only once the
// queue has accepted the message.
type SubmissionQueue interface {
	Enqueue(ctx context.Context, s Submission) error
}
