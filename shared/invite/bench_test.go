package invite

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
)

// BenchmarkHandleSent: one contact that gets its SMS, with in-memory fakes for the store and the
// SMS provider — invite's own CPU time per contact (docs/cost.md adds the AWS calls it makes).
func BenchmarkHandleSent(b *testing.B) {
	store := newFakeStore()
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	s := NewService(Config{PublicBaseURL: "https://feedback.politi.dk", PhoneKey: []byte(strings.Repeat("k", 32)), SamplingRate: 1},
		store, &fakeSMS{}, func() time.Time { return now }, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	c := feedback.Contact{Channel: "114", EndedAt: now, Language: "da", Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		c.ContactID, c.Caller.Phone = fmt.Sprintf("c-bench-%d", i), fmt.Sprintf("+4520%06d", i%1_000_000)
		if err := s.Handle(context.Background(), c); err != nil {
			b.Fatal(err)
		}
		if i%1000 == 0 {
			store.invs, store.done, store.phones = nil, map[string]Outcome{}, map[string]time.Time{}
		}
	}
}
