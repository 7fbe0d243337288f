package dynamo_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
)

// TestBatchCounters: the counts of one batch are summed per row and written when it finishes,
// exactly as one write each would have counted them; a redelivered reply gathers nothing; a batch
// whose rows cannot be written names every reply whose count is lost, and the recount finds them.
func TestBatchCounters(t *testing.T) {
	st, _, _ := newStore(t)
	ctx := context.Background()
	day := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	now := day.Add(24 * time.Hour)
	item := func(i int, centre string) feedback.Item {
		at := day.Add(time.Duration(i) * time.Hour)
		return feedback.Item{ID: fmt.Sprintf("FB-B%07d", i), ContactID: fmt.Sprintf("c-%d", i), Channel: "114",
			CentreID: centre, CentreKind: "duty", District: "fyn", SubmittedAt: at, CreatedAt: at,
			Rating: 1 + i%5, Category: feedback.Categories[0], Priority: feedback.P3, Team: "citizen-service",
			Status: feedback.StatusNew, Version: 1}
	}
	for _, tc := range []struct {
		name     string
		items    []feedback.Item
		finishIn func() context.Context // the finish's context
		wantLost []string               // references the finish's error must name
		wantRows int                    // counter rows of the day afterwards
	}{
		{"two rows, three replies and a redelivery", []feedback.Item{item(0, "fyn-vagtcentral"), item(1, "fyn-vagtcentral"), item(2, "alarm#øst"), item(1, "fyn-vagtcentral")},
			context.Background, nil, 2},
		{"the rows cannot be written", []feedback.Item{item(3, "fyn-vagtcentral"), item(4, "fyn-vagtcentral"), item(5, "sjælland")},
			func() context.Context { c, cancel := context.WithCancel(ctx); cancel(); return c }, []string{"FB-B0000003", "FB-B0000004", "FB-B0000005"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := counted(t, st, day)
			bctx, finish := st.BatchCounters(ctx)
			for _, it := range tc.items {
				if _, err := st.SaveFeedback(bctx, it); err != nil {
					t.Fatal(err)
				}
			}
			if n := counted(t, st, day); n != before {
				t.Errorf("%d replies counted before the batch finished, want %d", n, before)
			}
			err := finish(tc.finishIn())
			for _, ref := range tc.wantLost {
				if err == nil || !strings.Contains(err.Error(), "statistics count lost") || !strings.Contains(err.Error(), "feedback "+ref) {
					t.Errorf("finish: %v, want a lost count naming %s", err, ref)
				}
			}
			if tc.wantLost == nil && err != nil {
				t.Fatal(err)
			}
			rows, err := st.DailyCounters(ctx, day, day)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != tc.wantRows || counted(t, st, day) != 3 {
				t.Errorf("%d counter rows, %d replies counted, want %d rows and the first batch's 3", len(rows), counted(t, st, day), tc.wantRows)
			}
		})
	}
	// The first batch counted 0, 1 and 2 once each; the lost batch's three are what the recount finds.
	rep, err := st.Recount(ctx, day, now, dynamo.RecountOptions{})
	if err != nil {
		t.Fatal(err)
	}
	missing := int64(0)
	for _, d := range rep.Diffs {
		if d.Counter == "count" {
			missing += d.Recounted - d.Stored
		}
	}
	if rep.Replies != 6 || missing != 3 {
		t.Errorf("recount: %d replies, %d counts missing, want 6 and 3 (%+v)", rep.Replies, missing, rep.Diffs)
	}
}

// counted is the sum of a day's reply counts.
func counted(t *testing.T, st *dynamo.Store, day time.Time) int64 {
	t.Helper()
	rows, err := st.DailyCounters(context.Background(), day, day)
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, r := range rows {
		n += r.Counts["count"]
	}
	return n
}
