package triage_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/triage"
)

// With a key loader (Secrets Manager in AWS, read on first use), a lift the key cannot be read for
// fails as a server error and leaves the entry; the next lift reads the key again and succeeds.
func TestLiftWithLoadedKey(t *testing.T) {
	store := newMemStore()
	listed(store, "+4520123456", feedback.SafetySensitive)
	reads := 0
	load := func(context.Context) ([]byte, error) {
		reads++
		if reads == 1 {
			return nil, errors.New("secrets manager unreachable")
		}
		return testPhoneKey, nil
	}
	h := triage.NewHandler(triage.Config{Now: func() time.Time { return now }, Log: slog.New(slog.NewJSONHandler(io.Discard, nil)), LoadPhoneKey: load}, store, staff)
	const body = `{"phone":"+4520123456","reason":"Borgeren har bedt om det"}`
	for i, want := range []int{500, 201} {
		if rec := call(t, h, "POST", "/api/safety-list/lifts", "national", body); rec.Code != want {
			t.Fatalf("lift %d: %d, want %d: %s", i+1, rec.Code, want, rec.Body)
		}
	}
}
