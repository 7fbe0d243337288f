package intake

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
)

type memStore struct{ items []feedback.Item }

func (m *memStore) SaveFeedback(_ context.Context, it feedback.Item) (bool, error) {
	m.items = append(m.items, it)
	return true, nil
}
func (m *memStore) Alerted(context.Context, string) (bool, error)          { return false, nil }
func (m *memStore) MarkAlerted(context.Context, string, time.Time) error   { return nil }
func (m *memStore) SettleWithdrawal(context.Context, string) (bool, error) { return false, nil }
func (m *memStore) Urgent(context.Context, feedback.Item) error            { return nil }

// The comment is stored redacted whatever spelling of a CPR number, phone number or e-mail address it
// holds, even when the message did not come through the form; the consented contact stays as given.
func TestHandleStoresTheCommentRedacted(t *testing.T) {
	sub, err := ParseSubmission([]byte(goodSubmission))
	if err != nil {
		t.Fatal(err)
	}
	sub.Answers.Comment = "cpr０１０１９０－１２３４, 01.01.90-1234, tlf 20 12 34 56, a@b.dk"
	sub.Answers.ContactOK, sub.Answers.Contact = true, "+45 20 12 34 56"
	store := &memStore{}
	var logs bytes.Buffer
	s := NewService(store, store, feedback.DefaultSLA(), time.Now, slog.New(slog.NewJSONHandler(&logs, nil)))
	if err := s.Handle(context.Background(), sub); err != nil {
		t.Fatal(err)
	}
	it := store.items[0]
	if want := "cpr[CPR], [CPR], tlf [telefon], [e-mail]"; it.Text != want {
		t.Errorf("stored text %q, want %q", it.Text, want)
	}
	if it.Contact != "+45 20 12 34 56" {
		t.Errorf("contact %q changed", it.Contact)
	}
	for _, leak := range []string{"1234", "20 12", "a@b.dk"} {
		if strings.Contains(logs.String(), leak) {
			t.Errorf("log holds %q: %s", leak, logs.String())
		}
	}
}
