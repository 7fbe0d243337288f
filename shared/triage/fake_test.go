package triage_test

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"sync"
	"time"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/triage"
)

// memStore is an in-memory triage.Store with the semantics of the DynamoDB one: filters, scope,
// order, cursors and the version condition.
type memStore struct {
	mu      sync.Mutex
	items   map[string]feedback.Item
	history map[string][]feedback.HistoryEvent
	rows    []feedback.CounterRow
	fail    error // returned by every call when set
	safety  map[string]feedback.SafetyEntry
	lifts   []feedback.SafetyLift // newest last

	optedOut    map[string]time.Time  // phone hash → opted out at
	optOutLifts []feedback.OptOutLift // newest last
}

var _ triage.Store = (*memStore)(nil)

func newMemStore(items ...feedback.Item) *memStore {
	m := &memStore{items: map[string]feedback.Item{}, history: map[string][]feedback.HistoryEvent{}, safety: map[string]feedback.SafetyEntry{}}
	for _, it := range items {
		m.items[it.ID] = it
		m.history[it.ID] = []feedback.HistoryEvent{{At: it.CreatedAt, Actor: "system", Type: "created", To: it.Status}}
	}
	return m
}

func (m *memStore) ListFeedback(_ context.Context, q feedback.ListQuery) (feedback.Page, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return feedback.Page{}, m.fail
	}
	var all []feedback.Item
	for _, it := range m.items {
		if matches(it, q) {
			all = append(all, it)
		}
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if q.Sort == feedback.SortUrgent && a.Priority != b.Priority {
			return a.Priority < b.Priority
		}
		if q.Sort == feedback.SortUrgent && !a.DueAt.Equal(b.DueAt) {
			return a.DueAt.Before(b.DueAt)
		}
		return a.CreatedAt.After(b.CreatedAt)
	})
	start := 0
	if q.Cursor != "" {
		n, err := strconv.Atoi(q.Cursor)
		if err != nil || n < 0 || n > len(all) {
			return feedback.Page{}, fmt.Errorf("bad cursor: %w", feedback.ErrInvalid)
		}
		start = n
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	end := min(start+limit, len(all))
	p := feedback.Page{Items: all[start:end]}
	if end < len(all) {
		p.Next = strconv.Itoa(end)
	}
	return p, nil
}

func (m *memStore) CountFeedback(_ context.Context, q feedback.ListQuery) (int, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for _, it := range m.items {
		if matches(it, q) {
			n++
		}
	}
	return n, true, m.fail
}

func matches(it feedback.Item, q feedback.ListQuery) bool {
	for _, f := range []struct{ want, got string }{
		{q.Status, it.Status}, {q.Priority, it.Priority}, {q.Team, it.Team}, {q.District, it.District},
		{q.Category, it.Category}, {q.Channel, it.Channel}, {q.Assignee, it.Assignee},
	} {
		if f.want != "" && f.want != f.got {
			return false
		}
	}
	if q.Districts != nil && !slices.Contains(q.Districts, it.District) {
		return false
	}
	if (q.Conduct == feedback.ConductOnly && !it.Conduct) || (q.Conduct == feedback.ConductExclude && it.Conduct) {
		return false
	}
	if q.Open && (it.Status == feedback.StatusResolved || it.Status == feedback.StatusClosed) {
		return false
	}
	return !q.Overdue || it.Overdue(q.Now)
}

func (m *memStore) FeedbackItem(_ context.Context, id string) (feedback.Item, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return feedback.Item{}, m.fail
	}
	it, ok := m.items[id]
	if !ok {
		return it, fmt.Errorf("feedback %s: %w", id, feedback.ErrNotFound)
	}
	return it, nil
}

func (m *memStore) FeedbackHistory(_ context.Context, id string) ([]feedback.HistoryEvent, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.history[id]), nil
}

func (m *memStore) UpdateFeedback(_ context.Context, it feedback.Item, events []feedback.HistoryEvent) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.items[it.ID]
	if !ok {
		return feedback.ErrNotFound
	}
	if cur.Version != it.Version-1 {
		return fmt.Errorf("stale: %w", feedback.ErrConflict)
	}
	m.items[it.ID] = it
	m.history[it.ID] = append(m.history[it.ID], events...)
	return nil
}

func (m *memStore) AppendHistory(_ context.Context, it feedback.Item, ev feedback.HistoryEvent) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.items[it.ID]; !ok {
		return feedback.ErrNotFound
	}
	m.history[it.ID] = append(m.history[it.ID], ev)
	return nil
}

func (m *memStore) SetLegalHold(_ context.Context, it feedback.Item, hold bool, ev feedback.HistoryEvent) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.items[it.ID]
	if !ok {
		return feedback.ErrNotFound
	}
	if cur.Version != it.Version {
		return fmt.Errorf("stale: %w", feedback.ErrConflict)
	}
	cur.LegalHold, cur.LegalHoldReason, cur.Version = hold, "", cur.Version+1
	if hold {
		cur.LegalHoldReason = ev.Note
	}
	m.items[it.ID] = cur
	m.history[it.ID] = append(m.history[it.ID], ev)
	return nil
}

func (m *memStore) DailyCounters(_ context.Context, from, to time.Time) ([]feedback.CounterRow, error) {
	var out []feedback.CounterRow
	for _, r := range m.rows {
		if !r.Day.Before(from) && !r.Day.After(to) {
			out = append(out, r)
		}
	}
	return out, nil
}

func (m *memStore) LiftSafetyEntry(_ context.Context, hash string, lift feedback.SafetyLift) (feedback.SafetyLift, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.safety[hash]
	if !ok || !e.Active(lift.LiftedAt) {
		return lift, feedback.ErrNotFound
	}
	delete(m.safety, hash)
	lift.Class, lift.ListedAt, lift.ListedUntil = e.Class, e.ListedAt, e.ListedUntil
	m.lifts = append(m.lifts, lift)
	return lift, nil
}

func (m *memStore) LiftOptOut(_ context.Context, hash string, lift feedback.OptOutLift) (feedback.OptOutLift, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	at, ok := m.optedOut[hash]
	if !ok {
		return lift, feedback.ErrNotFound
	}
	delete(m.optedOut, hash)
	lift.OptedOutAt = at
	m.optOutLifts = append(m.optOutLifts, lift)
	return lift, nil
}

func (m *memStore) OptOutLifts(context.Context) ([]feedback.OptOutLift, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := slices.Clone(m.optOutLifts)
	slices.Reverse(out)
	return out, nil
}

func (m *memStore) SafetyLifts(context.Context) ([]feedback.SafetyLift, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := slices.Clone(m.lifts)
	slices.Reverse(out)
	return out, nil
}

// tokenAuth authenticates "Bearer <name>" with fixed claims per name.
type tokenAuth map[string]auth.Claims

func (a tokenAuth) Authenticate(r *http.Request) (auth.Claims, error) {
	c, ok := a[auth.BearerToken(r)]
	if !ok {
		return auth.Claims{}, auth.ErrUnauthenticated
	}
	return c, nil
}
