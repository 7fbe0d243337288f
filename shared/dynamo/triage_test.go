package dynamo_test

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/triage"
)

// The adapter fits the port staff triage defines.
var _ triage.Store = (*dynamo.Store)(nil)

var triageNow = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

// seedTriage stores n items with varied attributes through the production writer.
func seedTriage(t *testing.T, st *dynamo.Store, n int) []feedback.Item {
	t.Helper()
	ctx := context.Background()
	districts := []string{"fyn", "koebenhavn", "bornholm"}
	statuses := []string{feedback.StatusNew, feedback.StatusTriaged, feedback.StatusInProgress, feedback.StatusResolved}
	priorities := []string{feedback.P1, feedback.P2, feedback.P3, feedback.P4}
	sla := feedback.DefaultSLA()
	var items []feedback.Item
	for i := range n {
		created := triageNow.Add(-time.Duration(i*7) * time.Hour)
		it := feedback.Item{
			ID: fmt.Sprintf("FB-T%07d", i), ContactID: fmt.Sprintf("c-%d", i), Channel: []string{"112", "114"}[i%2],
			CentreID: "c", CentreKind: "duty", District: districts[i%3], FormLanguage: "da", SubmittedAt: created, CreatedAt: created,
			Rating: 1 + i%5, Text: "tekst", Category: feedback.Categories[i%len(feedback.Categories)], Conduct: i%4 == 1,
			Priority: priorities[i%4], Team: []string{"citizen-service", "dup-fyn"}[i%2], Status: statuses[i%4],
			UpdatedAt: created, Version: 1,
		}
		it.DueAt = sla.Due(it.Priority, created)
		if _, err := st.SaveFeedback(ctx, it); err != nil {
			t.Fatal(err)
		}
		items = append(items, it)
	}
	return items
}

// want is what a list should return: the reference semantics of ListQuery.
func want(items []feedback.Item, q feedback.ListQuery) []string {
	var sel []feedback.Item
	for _, it := range items {
		ok := true
		for _, f := range []struct{ want, got string }{
			{q.Status, it.Status}, {q.Priority, it.Priority}, {q.Team, it.Team}, {q.District, it.District},
			{q.Category, it.Category}, {q.Channel, it.Channel}, {q.Assignee, it.Assignee},
		} {
			ok = ok && (f.want == "" || f.want == f.got)
		}
		ok = ok && (q.Districts == nil || slices.Contains(q.Districts, it.District))
		ok = ok && !(q.Conduct == feedback.ConductOnly && !it.Conduct) && !(q.Conduct == feedback.ConductExclude && it.Conduct)
		ok = ok && (!q.Overdue || it.Overdue(q.Now))
		ok = ok && (!q.Open || (it.Status != feedback.StatusResolved && it.Status != feedback.StatusClosed))
		if ok {
			sel = append(sel, it)
		}
	}
	sort.SliceStable(sel, func(i, j int) bool {
		if q.Sort == feedback.SortUrgent && sel[i].Priority != sel[j].Priority {
			return sel[i].Priority < sel[j].Priority
		}
		if q.Sort == feedback.SortUrgent && !sel[i].DueAt.Equal(sel[j].DueAt) {
			return sel[i].DueAt.Before(sel[j].DueAt)
		}
		return sel[i].CreatedAt.After(sel[j].CreatedAt)
	})
	var out []string
	for _, it := range sel {
		out = append(out, it.ID)
	}
	return out
}

// listAll follows the cursors to the end.
func listAll(t *testing.T, st *dynamo.Store, q feedback.ListQuery) []string {
	t.Helper()
	var out []string
	for pages := 0; ; pages++ {
		if pages > 50 {
			t.Fatal("cursor does not end")
		}
		p, err := st.ListFeedback(context.Background(), q)
		if err != nil {
			t.Fatalf("list %+v: %v", q, err)
		}
		if len(p.Items) > max(q.Limit, 1) && q.Limit > 0 {
			t.Fatalf("page of %d items for limit %d", len(p.Items), q.Limit)
		}
		for _, it := range p.Items {
			out = append(out, it.ID)
		}
		if p.Next == "" {
			return out
		}
		q.Cursor = p.Next
	}
}

func TestTriageListsFollowFiltersScopeAndOrder(t *testing.T) {
	st, _, _ := newStore(t)
	items := seedTriage(t, st, 24)
	tests := []feedback.ListQuery{
		{},
		{Limit: 5},
		{Limit: 1},
		{Status: feedback.StatusNew, Limit: 2},
		{District: "fyn", Limit: 3},
		{Team: "dup-fyn"},
		{Priority: feedback.P2, Limit: 2},
		{Category: feedback.CategoryPraise},
		{Channel: "112", District: "koebenhavn"},
		{Districts: []string{"fyn"}, Conduct: feedback.ConductExclude, Limit: 2},
		{Districts: []string{"fyn", "bornholm"}, Conduct: feedback.ConductExclude, Limit: 4},
		{Conduct: feedback.ConductOnly, Limit: 2},
		{Districts: []string{"fyn"}, Conduct: feedback.ConductOnly, Status: feedback.StatusTriaged},
		{Overdue: true, Now: triageNow, Limit: 3},
		{Overdue: true, Now: triageNow, Districts: []string{"bornholm"}, Conduct: feedback.ConductExclude},
		{Sort: feedback.SortUrgent, Limit: 4},
		{Sort: feedback.SortUrgent, District: "fyn", Limit: 2},
		{Open: true, Limit: 3},
		{Open: true, Sort: feedback.SortUrgent, District: "fyn"},
		{Status: "closed"},
		{Channel: "114", Category: feedback.CategoryConduct, Limit: 1}, // filters drop most items: the page loop continues
		// open and closed items merged (byCreated's two partitions; the urgent order of the open
		// ones sorted from byCreated, of the closed ones read from byUrgency)
		{Sort: feedback.SortUrgent, Limit: 1},
		{Sort: feedback.SortUrgent, Status: feedback.StatusResolved, Limit: 2},
		{Status: feedback.StatusResolved, Limit: 1},
		{Sort: feedback.SortUrgent, Overdue: true, Now: triageNow, Limit: 2},
	}
	for _, q := range tests {
		t.Run(fmt.Sprintf("%+v", q), func(t *testing.T) {
			got := listAll(t, st, q)
			w := want(items, q)
			if !slices.Equal(got, w) {
				t.Errorf("got  %v\nwant %v", got, w)
			}
			// The list's total: the same filters and scope, counted by the same index Query.
			if n, complete, err := st.CountFeedback(context.Background(), q); err != nil || !complete || n != len(w) {
				t.Errorf("count %d (complete %v, %v), want %d", n, complete, err, len(w))
			}
		})
	}
}

func TestTriageCursorBelongsToItsQuery(t *testing.T) {
	st, _, _ := newStore(t)
	seedTriage(t, st, 6)
	ctx := context.Background()
	p, err := st.ListFeedback(ctx, feedback.ListQuery{Limit: 2})
	if err != nil || p.Next == "" {
		t.Fatalf("first page: %v, next %q", err, p.Next)
	}
	for name, q := range map[string]feedback.ListQuery{
		"other filter":     {Limit: 2, Status: feedback.StatusNew, Cursor: p.Next},
		"other scope":      {Limit: 2, Districts: []string{"fyn"}, Conduct: feedback.ConductExclude, Cursor: p.Next},
		"other order":      {Limit: 2, Sort: feedback.SortUrgent, Cursor: p.Next},
		"tampered":         {Limit: 2, Cursor: p.Next[:len(p.Next)-3] + "AAA"},
		"garbage":          {Limit: 2, Cursor: "not a cursor"},
		"json of the past": {Limit: 2, Cursor: "eyJpIjoiYnlDcmVhdGVkIn0"},
	} {
		if _, err := st.ListFeedback(ctx, q); !errors.Is(err, feedback.ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
}

func TestTriageUpdateKeepsIndexesAndVersion(t *testing.T) {
	st, _, _ := newStore(t)
	items := seedTriage(t, st, 4)
	ctx := context.Background()
	it, err := st.FeedbackItem(ctx, items[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	at := triageNow.Add(time.Minute)
	next := it
	next.Status, next.Assignee, next.Priority, next.Version, next.UpdatedAt = feedback.StatusInProgress, "anne@politi.dk", feedback.P4, 2, at
	next.DueAt = feedback.DefaultSLA().Due(feedback.P4, it.CreatedAt)
	ev := []feedback.HistoryEvent{
		{At: at, Actor: "anne@politi.dk", Type: "status", From: it.Status, To: next.Status},
		{At: at, Actor: "anne@politi.dk", Type: "assignee", To: next.Assignee},
	}
	if err := st.UpdateFeedback(ctx, next, ev); err != nil {
		t.Fatal(err)
	}
	// The same change again is stale.
	if err := st.UpdateFeedback(ctx, next, ev); !errors.Is(err, feedback.ErrConflict) {
		t.Errorf("stale update: %v, want ErrConflict", err)
	}
	missing := next
	missing.ID = "FB-NOTTHERE"
	if err := st.UpdateFeedback(ctx, missing, nil); !errors.Is(err, feedback.ErrNotFound) {
		t.Errorf("update of a missing item: %v, want ErrNotFound", err)
	}
	got, err := st.FeedbackItem(ctx, it.ID)
	if err != nil || got.Version != 2 || got.Status != feedback.StatusInProgress || got.Assignee != "anne@politi.dk" || !got.DueAt.Equal(next.DueAt) {
		t.Fatalf("stored %+v, %v", got, err)
	}
	// The indexes moved with the fields.
	if ids := listAll(t, st, feedback.ListQuery{Status: feedback.StatusInProgress}); !slices.Contains(ids, it.ID) {
		t.Errorf("byStatus in_progress = %v, missing %s", ids, it.ID)
	}
	if ids := listAll(t, st, feedback.ListQuery{Status: it.Status}); slices.Contains(ids, it.ID) {
		t.Errorf("byStatus %s still lists %s", it.Status, it.ID)
	}
	if ids := listAll(t, st, feedback.ListQuery{Assignee: "anne@politi.dk"}); !slices.Equal(ids, []string{it.ID}) {
		t.Errorf("byAssignee = %v", ids)
	}
	// Re-prioritised to P4, the newest item comes after P2 and P3 and, due later, after the older P4.
	if ids := listAll(t, st, feedback.ListQuery{Sort: feedback.SortUrgent}); !slices.Equal(ids, []string{items[1].ID, items[2].ID, items[3].ID, it.ID}) {
		t.Errorf("urgent order %v", ids)
	}
	// Unassigning removes it from the sparse assignee index; clearing fields removes them.
	next2 := got
	next2.Assignee, next2.Version = "", 3
	if err := st.UpdateFeedback(ctx, next2, []feedback.HistoryEvent{{At: at.Add(time.Second), Actor: "anne@politi.dk", Type: "assignee", From: "anne@politi.dk"}}); err != nil {
		t.Fatal(err)
	}
	if ids := listAll(t, st, feedback.ListQuery{Assignee: "anne@politi.dk"}); len(ids) != 0 {
		t.Errorf("byAssignee after unassigning = %v", ids)
	}
	// Closing moves it to byCreated's closed partition and into byUrgency; reopening moves it back.
	for i, status := range []string{feedback.StatusClosed, feedback.StatusTriaged} {
		next3 := next2
		next3.Status, next3.Version = status, 4+i
		if err := st.UpdateFeedback(ctx, next3, nil); err != nil {
			t.Fatal(err)
		}
		for _, q := range []feedback.ListQuery{{Status: status}, {Sort: feedback.SortUrgent, Status: status}, {Open: true}, {Sort: feedback.SortUrgent}, {}} {
			ids := listAll(t, st, q)
			in := q.Status != "" || q.Open == (status == feedback.StatusTriaged) || (!q.Open && q.Status == "")
			if slices.Contains(ids, it.ID) != in || len(ids) != len(slices.Compact(slices.Clone(ids))) {
				t.Errorf("%s: list %+v = %v, listed %v", status, q, ids, in)
			}
		}
		next2 = next3
	}
	// History: created, then the events in order.
	if err := st.AppendHistory(ctx, got, feedback.HistoryEvent{At: at.Add(2 * time.Second), Actor: "anne@politi.dk", Type: "note", Note: "ringet op"}); err != nil {
		t.Fatal(err)
	}
	if err := st.AppendHistory(ctx, missing, feedback.HistoryEvent{At: at, Actor: "x", Type: "note"}); !errors.Is(err, feedback.ErrNotFound) {
		t.Errorf("note on a missing item: %v", err)
	}
	hist, err := st.FeedbackHistory(ctx, it.ID)
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, h := range hist {
		types = append(types, h.Type)
	}
	if !slices.Equal(types, []string{"created", "status", "assignee", "assignee", "note"}) {
		t.Errorf("history = %v", types)
	}
}

func TestTriageDailyCounters(t *testing.T) {
	st, _, _ := newStore(t)
	seedTriage(t, st, 10) // every 7 hours back from 26 Nov 12:00: 23–26 Nov
	rows, err := st.DailyCounters(context.Background(), triageNow.AddDate(0, 0, -29), triageNow)
	if err != nil {
		t.Fatal(err)
	}
	var count, ratings int64
	days := map[string]bool{}
	for _, r := range rows {
		count += r.Counts["count"]
		ratings += r.Counts["ratingSum"]
		days[r.Day.Format(time.DateOnly)] = true
	}
	if count != 10 || ratings != 1+2+3+4+5+1+2+3+4+5 || len(days) != 4 {
		t.Errorf("count %d, rating sum %d over %d days", count, ratings, len(days))
	}
	if _, err := st.DailyCounters(context.Background(), triageNow, triageNow.AddDate(0, 0, -1)); !errors.Is(err, feedback.ErrInvalid) {
		t.Errorf("reversed range: %v", err)
	}
}

// cursorAPI is a fake table for fuzzing: it records the queries a list sends.
type cursorAPI struct {
	dynamo.API
	queries []*dynamocall.QueryInput
}

func (c *cursorAPI) Query(_ context.Context, in *dynamocall.QueryInput) (*dynamocall.QueryOutput, error) {
	c.queries = append(c.queries, in)
	return &dynamocall.QueryOutput{}, nil
}

// createdPosition is the shape of a byCreated sort key (dynamo.CreatedKey).
var createdPosition = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9}Z#[A-Za-z0-9-]{1,64}$`)

// FuzzListCursor: whatever a client sends as a cursor, a list either refuses it as invalid input or
// continues the same query on byCreated's partitions beyond a well-formed position.
func FuzzListCursor(f *testing.F) {
	f.Add("")
	f.Add("eyJpIjoiYnlDcmVhdGVkIiwicSI6IngiLCJrIjp7fX0")
	f.Add(strings.Repeat("A", 3000))
	api := &cursorAPI{}
	st := dynamo.New(api, "t", dynamo.Retention{})
	// A real cursor to mutate from.
	seedAPI := &pagingAPI{}
	p, _ := dynamo.New(seedAPI, "t", dynamo.Retention{}).ListFeedback(context.Background(), feedback.ListQuery{Limit: 1})
	f.Add(p.Next)
	f.Fuzz(func(t *testing.T, cursor string) {
		api.queries = nil
		_, err := st.ListFeedback(context.Background(), feedback.ListQuery{Limit: 1, Cursor: cursor})
		if err != nil {
			if !errors.Is(err, feedback.ErrInvalid) {
				t.Fatalf("cursor %q: %v, want ErrInvalid", cursor, err)
			}
			return
		}
		if cursor == "" {
			return
		}
		for _, in := range api.queries {
			var partition, bound int
			for _, v := range in.ExpressionAttributeValues {
				sv, _ := v.(*dynamocall.AttributeValueMemberS)
				switch {
				case sv == nil:
				case sv.Value == "OPEN" || sv.Value == "CLOSED":
					partition++
				case createdPosition.MatchString(sv.Value):
					bound++
				}
			}
			if aws.ToString(in.IndexName) != "byCreated" || in.ExclusiveStartKey != nil || partition != 1 || bound != 1 || len(in.ExpressionAttributeValues) != 2 {
				t.Fatalf("accepted cursor %q gave the query %s %v", cursor, aws.ToString(in.KeyConditionExpression), in.ExpressionAttributeValues)
			}
		}
	})
}

// pagingAPI returns one item and a continuation, to get a genuine cursor.
type pagingAPI struct{ dynamo.API }

func (pagingAPI) Query(_ context.Context, in *dynamocall.QueryInput) (*dynamocall.QueryOutput, error) {
	s := func(v string) dynamocall.AttributeValue { return &dynamocall.AttributeValueMemberS{Value: v} }
	item := map[string]dynamocall.AttributeValue{"PK": s("FB#FB-AAAAAAAA"), "SK": s("ITEM"), "gsiAll": s("FEEDBACK"), "created": s("2026-11-26T12:00:00.000000000Z#FB-AAAAAAAA"), "id": s("FB-AAAAAAAA")}
	return &dynamocall.QueryOutput{Items: []map[string]dynamocall.AttributeValue{item}, LastEvaluatedKey: item}, nil
}

func (pagingAPI) BatchGetItem(_ context.Context, in *dynamocall.BatchGetItemInput) (*dynamocall.BatchGetItemOutput, error) {
	out := &dynamocall.BatchGetItemOutput{Responses: map[string][]map[string]dynamocall.AttributeValue{}}
	for table, ka := range in.RequestItems {
		out.Responses[table] = ka.Keys
	}
	return out, nil
}

// Concurrent updates made against the same version: exactly one wins, the others are stale.
func TestTriageConcurrentUpdatesOneWins(t *testing.T) {
	st, _, _ := newStore(t)
	it := seedTriage(t, st, 1)[0]
	const n = 5
	errs := make(chan error, n)
	for i := range n {
		go func() {
			next := it
			next.Version, next.Assignee, next.UpdatedAt = 2, fmt.Sprintf("staff%d@politi.dk", i), triageNow.Add(time.Minute)
			errs <- st.UpdateFeedback(context.Background(), next, []feedback.HistoryEvent{
				{At: triageNow.Add(time.Minute + time.Duration(i)), Actor: next.Assignee, Type: "assignee", To: next.Assignee}})
		}()
	}
	var won, stale int
	for range n {
		switch err := <-errs; {
		case err == nil:
			won++
		case errors.Is(err, feedback.ErrConflict):
			stale++
		default:
			t.Errorf("update: %v", err)
		}
	}
	hist, err := st.FeedbackHistory(context.Background(), it.ID)
	if won != 1 || stale != n-1 || err != nil || len(hist) != 2 {
		t.Errorf("%d won, %d stale, %d history events (%v): want 1, %d, 2", won, stale, len(hist), err, n-1)
	}
}

// scanningAPI answers every list Query with no entries and a continuation a minute further on, as
// a partition whose entries the filters all drop: the page ends at the read budget.
type scanningAPI struct {
	dynamo.API
	reads   map[string]int
	queries []*dynamocall.QueryInput
}

func (a *scanningAPI) Query(_ context.Context, in *dynamocall.QueryInput) (*dynamocall.QueryOutput, error) {
	a.queries = append(a.queries, in)
	part := ""
	for _, v := range in.ExpressionAttributeValues {
		if sv, ok := v.(*dynamocall.AttributeValueMemberS); ok && (sv.Value == "OPEN" || sv.Value == "CLOSED") {
			part = sv.Value
		}
	}
	a.reads[part]++
	offset := map[string]time.Duration{"OPEN": 0, "CLOSED": 30 * time.Second}[part]
	at := triageNow.Add(-time.Duration(a.reads[part])*time.Minute - offset)
	last := map[string]dynamocall.AttributeValue{"created": &dynamocall.AttributeValueMemberS{Value: dynamo.CreatedKey(at, "FB-X"+part)}}
	return &dynamocall.QueryOutput{LastEvaluatedKey: last}, nil
}

// TestListEndsAtTheReadBudget: when filters drop everything the budget reads, the page comes back
// empty with a cursor that starts beyond what both partitions have been read through, never before.
func TestListEndsAtTheReadBudget(t *testing.T) {
	api := &scanningAPI{reads: map[string]int{}}
	st := dynamo.New(api, "t", dynamo.Retention{})
	q := feedback.ListQuery{Category: feedback.CategoryConduct, Limit: 5}
	p, err := st.ListFeedback(context.Background(), q)
	if err != nil || len(p.Items) != 0 || p.Next == "" {
		t.Fatalf("first page: %d items, next %q, %v", len(p.Items), p.Next, err)
	}
	if api.reads["OPEN"] != 5 || api.reads["CLOSED"] != 5 {
		t.Fatalf("reads %v, want the budget shared by the partitions", api.reads)
	}
	// Newest first: the open partition has been read down to 5 minutes before now, the closed one
	// down to 5½: the next page starts below the open one's position, which both have passed.
	wantBound := dynamo.CreatedKey(triageNow.Add(-5*time.Minute), "FB-XOPEN")
	api.queries = nil
	q.Cursor = p.Next
	if _, err := st.ListFeedback(context.Background(), q); err != nil {
		t.Fatal(err)
	}
	for _, in := range api.queries[:2] {
		found := false
		for _, v := range in.ExpressionAttributeValues {
			if sv, ok := v.(*dynamocall.AttributeValueMemberS); ok && sv.Value == wantBound {
				found = true
			}
		}
		if !found || !strings.Contains(aws.ToString(in.KeyConditionExpression), "<") {
			t.Errorf("next page's query %s %v, want it to start below %s", aws.ToString(in.KeyConditionExpression), in.ExpressionAttributeValues, wantBound)
		}
	}
}
