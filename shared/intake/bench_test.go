package intake

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
)

// BenchmarkHandle: one reply with a 47-character comment — parse, redact, classify, build the
// item — with an in-memory store: classify's own CPU time per message (docs/cost.md adds the AWS
// calls it makes).
func BenchmarkHandle(b *testing.B) {
	sub, err := ParseSubmission([]byte(goodSubmission))
	if err != nil {
		b.Fatal(err)
	}
	sub.Answers.Comment = "Det gik fint, men jeg ventede lidt i telefonen."
	store := &memStore{}
	s := NewService(store, store, feedback.DefaultSLA(), time.Now, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Handle(context.Background(), sub); err != nil {
			b.Fatal(err)
		}
		store.items = store.items[:0]
	}
}
