package form

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"borgerfeedback/shared/feedback"
)

// fakeStore is an in-memory InvitationStore.
type fakeStore struct {
	mu        sync.Mutex
	invs      map[string]feedback.Invitation
	lookupErr error
	markErr   error // returned by MarkUsed instead of marking
	markFails int   // with markErr: how many calls fail before MarkUsed marks (0: every call fails)
	markCalls int
	rightsErr error // returned by OptOut and Withdraw instead of acting
	optedOut  map[string]bool
	withdrawn map[string]time.Time
}

func (f *fakeStore) OptOut(_ context.Context, phoneHash string, _ time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.rightsErr != nil {
		return f.rightsErr
	}
	if f.optedOut == nil {
		f.optedOut = map[string]bool{}
	}
	f.optedOut[phoneHash] = true
	return nil
}

func (f *fakeStore) Withdraw(_ context.Context, ref string, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.rightsErr != nil {
		return f.rightsErr
	}
	if f.withdrawn == nil {
		f.withdrawn = map[string]time.Time{}
	}
	if _, ok := f.withdrawn[ref]; ok {
		return feedback.ErrGone
	}
	f.withdrawn[ref] = at
	return nil
}

func (f *fakeStore) Invitation(_ context.Context, hash string) (feedback.Invitation, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.lookupErr != nil {
		return feedback.Invitation{}, f.lookupErr
	}
	inv, ok := f.invs[hash]
	if !ok {
		return feedback.Invitation{}, feedback.ErrNotFound
	}
	return inv, nil
}

func (f *fakeStore) MarkUsed(_ context.Context, hash string, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.markCalls++
	if f.markErr != nil && (f.markFails == 0 || f.markCalls <= f.markFails) {
		return f.markErr
	}
	inv, ok := f.invs[hash]
	if !ok || inv.UsedAt != nil {
		return feedback.ErrGone
	}
	inv.UsedAt = &at
	f.invs[hash] = inv
	return nil
}

func (f *fakeStore) used(token string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.invs[feedback.HashToken(token)].UsedAt != nil
}

// quickRetries: the form's retries of a failed mark-used write, without the waits.
var quickRetries = []time.Duration{time.Millisecond, time.Millisecond, time.Millisecond}

// fakeQueue records submissions; err makes Enqueue fail.
type fakeQueue struct {
	mu   sync.Mutex
	subs []feedback.Submission
	err  error
}

func (q *fakeQueue) Enqueue(_ context.Context, s feedback.Submission) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.err != nil {
		return q.err
	}
	q.subs = append(q.subs, s)
	return nil
}

var errDown = errors.New("sqs: connection refused")

// Tokens of the fixture: well-formed, 24 URL-safe characters.
const (
	tokOpen    = "AAAAAAAAAAAAAAAAAAAAAAAA"
	tokEnglish = "BBBBBBBBBBBBBBBBBBBBBBBB"
	tokUsed    = "CCCCCCCCCCCCCCCCCCCCCCCC"
	tokExpired = "DDDDDDDDDDDDDDDDDDDDDDDD"
	tokUnknown = "EEEEEEEEEEEEEEEEEEEEEEEE"
)

var (
	fixedNow    = time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	callEndedAt = time.Date(2026, 11, 26, 13, 3, 0, 0, time.UTC) // 14.03 Danish time
)

func invitation(tok, ref, lang string) feedback.Invitation {
	return feedback.Invitation{TokenHash: feedback.HashToken(tok), Reference: ref, ContactID: "c-" + ref, Channel: "114", EndedAt: callEndedAt,
		Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Language: lang,
		CreatedAt: fixedNow.Add(-time.Hour), ExpiresAt: fixedNow.Add(7 * 24 * time.Hour), PhoneHash: "phone-" + ref}
}

func newFixture() (*fakeStore, *fakeQueue) {
	used := invitation(tokUsed, "FB-USED0000", "da")
	at := fixedNow.Add(-time.Minute)
	used.UsedAt = &at
	expired := invitation(tokExpired, "FB-EXPD0000", "da")
	expired.ExpiresAt = fixedNow.Add(-time.Second)
	store := &fakeStore{invs: map[string]feedback.Invitation{}}
	for _, inv := range []feedback.Invitation{invitation(tokOpen, "FB-OPEN0000", "da"), invitation(tokEnglish, "FB-ENGL0000", "en"), used, expired} {
		store.invs[inv.TokenHash] = inv
	}
	return store, &fakeQueue{}
}

func newTestHandler(cfg Config, store *fakeStore, queue *fakeQueue) http.Handler {
	if cfg.MarkRetryDelays == nil {
		cfg.MarkRetryDelays = quickRetries
	}
	return NewHandler(cfg, store, queue, func() time.Time { return fixedNow }, slog.New(slog.NewJSONHandler(io.Discard, nil)))
}
