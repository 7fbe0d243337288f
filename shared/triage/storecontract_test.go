package triage_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/triage"
)

// The store contract: what the staff API relies on from its store, run against the in-memory fake the
// handler tests use and against dynamo.Store on the emulator, so the fake cannot drift from the real
// thing unnoticed.

func TestStoreContractInMemory(t *testing.T) {
	storeContract(t, func(t *testing.T, items []feedback.Item) triage.Store { return newMemStore(items...) })
}

func TestStoreContractOnDynamoDB(t *testing.T) {
	storeContract(t, func(t *testing.T, items []feedback.Item) triage.Store {
		s := newStack(t)
		for _, it := range items {
			if _, err := s.store.SaveFeedback(context.Background(), it); err != nil {
				t.Fatal(err)
			}
		}
		return s.store
	})
}

// contractItems: seven replies a minute apart (the last newest) in two districts, one a conduct
// matter, one closed.
func contractItems() []feedback.Item {
	base := time.Now().UTC().Add(-time.Hour).Truncate(time.Second)
	var items []feedback.Item
	for i := range 7 {
		district := "fyn"
		if i%2 == 1 {
			district = "koebenhavn"
		}
		it := fixture(fmt.Sprintf("FB-CT%06d", i), district, i == 3, feedback.StatusNew, feedback.P3, 0)
		it.CreatedAt = base.Add(time.Duration(i) * time.Minute)
		it.SubmittedAt, it.UpdatedAt = it.CreatedAt, it.CreatedAt
		it.DueAt = feedback.DefaultSLA().Due(feedback.P3, it.CreatedAt)
		it.Text = "Svar nummer " + it.ID
		if i == 5 {
			it.Status = feedback.StatusClosed
		}
		items = append(items, it)
	}
	return items
}

func storeContract(t *testing.T, open func(t *testing.T, items []feedback.Item) triage.Store) {
	items := contractItems()
	st := open(t, items)
	ctx := context.Background()
	ids := func(p feedback.Page) []string {
		var out []string
		for _, it := range p.Items {
			out = append(out, it.ID)
		}
		return out
	}
	newestFirst := func(keep func(feedback.Item) bool) []string {
		var out []string
		for i := len(items) - 1; i >= 0; i-- {
			if keep(items[i]) {
				out = append(out, items[i].ID)
			}
		}
		return out
	}
	listAll := func(t *testing.T, q feedback.ListQuery) []string {
		t.Helper()
		var out []string
		for pages := 0; ; pages++ {
			p, err := st.ListFeedback(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, ids(p)...)
			if p.Next == "" || pages > 20 {
				return out
			}
			q.Cursor = p.Next
		}
	}
	now := time.Now().UTC()

	t.Run("an item reads back as stored; an unknown one is ErrNotFound", func(t *testing.T) {
		got, err := st.FeedbackItem(ctx, items[2].ID)
		if err != nil {
			t.Fatal(err)
		}
		w := items[2]
		if got.ID != w.ID || got.District != w.District || got.Text != w.Text || got.Status != w.Status || got.Version != w.Version ||
			!got.CreatedAt.Equal(w.CreatedAt) || !got.DueAt.Equal(w.DueAt) || got.Priority != w.Priority || got.Conduct != w.Conduct {
			t.Errorf("read %+v\nstored %+v", got, w)
		}
		if _, err := st.FeedbackItem(ctx, "FB-NOPE0000"); !errors.Is(err, feedback.ErrNotFound) {
			t.Errorf("unknown item: %v, want ErrNotFound", err)
		}
	})
	t.Run("lists are newest first and filtered, pages cover each item once", func(t *testing.T) {
		tests := []struct {
			name string
			q    feedback.ListQuery
			keep func(feedback.Item) bool
		}{
			{"all, three to a page", feedback.ListQuery{Limit: 3}, func(feedback.Item) bool { return true }},
			{"one district", feedback.ListQuery{Limit: 2, District: "fyn"}, func(it feedback.Item) bool { return it.District == "fyn" }},
			{"the scope of one district", feedback.ListQuery{Limit: 2, Districts: []string{"koebenhavn"}}, func(it feedback.Item) bool { return it.District == "koebenhavn" }},
			{"conduct matters left out", feedback.ListQuery{Limit: 4, Conduct: feedback.ConductExclude}, func(it feedback.Item) bool { return !it.Conduct }},
			{"only conduct matters", feedback.ListQuery{Conduct: feedback.ConductOnly}, func(it feedback.Item) bool { return it.Conduct }},
			{"open only", feedback.ListQuery{Limit: 3, Open: true}, func(it feedback.Item) bool { return it.Status != feedback.StatusClosed }},
			{"one status", feedback.ListQuery{Status: feedback.StatusClosed}, func(it feedback.Item) bool { return it.Status == feedback.StatusClosed }},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				tc.q.Sort, tc.q.Now = feedback.SortNewest, now
				if got, want := listAll(t, tc.q), newestFirst(tc.keep); !slices.Equal(got, want) {
					t.Errorf("listed %v, want %v", got, want)
				}
			})
		}
	})
	t.Run("a malformed cursor is ErrInvalid", func(t *testing.T) {
		if _, err := st.ListFeedback(ctx, feedback.ListQuery{Sort: feedback.SortNewest, Now: now, Cursor: "not-a-cursor"}); !errors.Is(err, feedback.ErrInvalid) {
			t.Errorf("malformed cursor: %v, want ErrInvalid", err)
		}
	})
	t.Run("updates need the stored version: the next one succeeds once, a stale one is a conflict", func(t *testing.T) {
		it, err := st.FeedbackItem(ctx, items[4].ID)
		if err != nil {
			t.Fatal(err)
		}
		upd := it
		upd.Version, upd.Status, upd.Assignee, upd.UpdatedAt = it.Version+1, feedback.StatusInProgress, "fyn@politi.dk", now
		ev := feedback.HistoryEvent{At: now, Actor: "fyn@politi.dk", Type: "status", From: feedback.StatusNew, To: feedback.StatusInProgress}
		if err := st.UpdateFeedback(ctx, upd, []feedback.HistoryEvent{ev}); err != nil {
			t.Fatal(err)
		}
		got, err := st.FeedbackItem(ctx, it.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Version != it.Version+1 || got.Status != feedback.StatusInProgress || got.Assignee != "fyn@politi.dk" || got.Text != it.Text {
			t.Errorf("after the update %+v", got)
		}
		hist, err := st.FeedbackHistory(ctx, it.ID)
		if err != nil || len(hist) == 0 || hist[len(hist)-1].To != feedback.StatusInProgress || hist[len(hist)-1].Actor != ev.Actor {
			t.Errorf("history %+v (%v): want the update's event last", hist, err)
		}
		if err := st.UpdateFeedback(ctx, upd, []feedback.HistoryEvent{ev}); !errors.Is(err, feedback.ErrConflict) {
			t.Errorf("the same update again: %v, want ErrConflict", err)
		}
		if err := st.SetLegalHold(ctx, it, true, feedback.HistoryEvent{At: now, Actor: "x", Type: "legalHold", Note: "sag"}); !errors.Is(err, feedback.ErrConflict) {
			t.Errorf("legal hold on a stale version: %v, want ErrConflict", err)
		}
		ghost := upd
		ghost.ID = "FB-NOPE0001"
		if err := st.UpdateFeedback(ctx, ghost, nil); !errors.Is(err, feedback.ErrNotFound) && !errors.Is(err, feedback.ErrConflict) {
			t.Errorf("update of an unknown item: %v, want ErrNotFound or ErrConflict", err)
		}
	})
	t.Run("a history event is appended without changing the item", func(t *testing.T) {
		it, err := st.FeedbackItem(ctx, items[6].ID)
		if err != nil {
			t.Fatal(err)
		}
		before, err := st.FeedbackHistory(ctx, it.ID)
		if err != nil {
			t.Fatal(err)
		}
		note := feedback.HistoryEvent{At: now, Actor: "kbh@politi.dk", Type: triage.EventNote, Note: "Ringet op"}
		if err := st.AppendHistory(ctx, it, note); err != nil {
			t.Fatal(err)
		}
		after, err := st.FeedbackHistory(ctx, it.ID)
		if err != nil || len(after) != len(before)+1 || after[len(after)-1].Note != "Ringet op" {
			t.Errorf("history %+v (%v) after a note on %+v", after, err, before)
		}
		if got, _ := st.FeedbackItem(ctx, it.ID); got.Version != it.Version {
			t.Errorf("a note moved the version %d → %d", it.Version, got.Version)
		}
	})
}
