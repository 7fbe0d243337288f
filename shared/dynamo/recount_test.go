package dynamo_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
)

// TestRecountRepairsALostCount stores a day's replies (and a neighbour day's, and one submitted
// late in the day but stored after midnight), loses counts the way a crash would — a row gone,
// a reply's count missing from another — and checks that a report-only recount finds exactly
// those differences and changes nothing, that -apply repairs them, and that a second recount
// finds none. An invitation outcome on the same day is left alone.
func TestRecountRepairsALostCount(t *testing.T) {
	st, db, table := newStore(t)
	ctx := context.Background()
	day := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	now := day.Add(3 * 24 * time.Hour)
	item := func(i int, submitted, created time.Time, centre string) feedback.Item {
		return feedback.Item{ID: fmt.Sprintf("FB-R%07d", i), ContactID: fmt.Sprintf("c-%d", i), Channel: "114",
			CentreID: centre, CentreKind: "duty", District: "fyn", SubmittedAt: submitted, CreatedAt: created,
			Rating: 1 + i%5, Category: feedback.Categories[i%2], Urgent: i == 3, Conduct: i == 4,
			Priority: feedback.P3, Team: "citizen-service", Status: feedback.StatusNew, Version: 1}
	}
	var items []feedback.Item
	for i := range 8 {
		at := day.Add(time.Duration(i*3) * time.Hour)
		items = append(items, item(i, at, at.Add(time.Second), []string{"fyn-vagtcentral", "alarm#øst"}[i%2]))
	}
	late := day.Add(24*time.Hour - time.Second)
	items = append(items, item(8, late, late.Add(2*time.Hour), "fyn-vagtcentral")) // stored the next day
	next := day.Add(30 * time.Hour)
	items = append(items, item(9, next, next, "fyn-vagtcentral")) // the next day's: not this day's count
	for _, it := range items {
		if _, err := st.SaveFeedback(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	invitation := feedback.Contact{ContactID: "c-inv", Channel: "114", EndedAt: day.Add(time.Hour), Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}}
	if err := st.SuppressContact(ctx, invitation, "sampling", now); err != nil {
		t.Fatal(err)
	}

	if rep, err := st.Recount(ctx, day, now, dynamo.RecountOptions{}); err != nil || len(rep.Diffs) != 0 || rep.Replies != 9 {
		t.Fatalf("recount of intact counters: %v, %v", rep, err)
	}
	before, err := st.DailyCounters(ctx, day, day)
	if err != nil {
		t.Fatal(err)
	}

	// A crash loses counts: one row is gone, another lacks one reply (item 2's).
	lostRow := dynamo.CounterSK("114", "duty", "alarm#øst", "fyn", feedback.Categories[1])
	deleteKey(t, db, table, dynamo.StatsPK(day), lostRow)
	lessOne := dynamo.CounterSK("114", "duty", "fyn-vagtcentral", "fyn", feedback.Categories[0])
	if _, err := db.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: aws.String(table),
		Key:              map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: dynamo.StatsPK(day)}, "SK": &types.AttributeValueMemberS{Value: lessOne}},
		UpdateExpression: aws.String("ADD #c :m, ratingSum :r"), ExpressionAttributeNames: map[string]string{"#c": "count"},
		ExpressionAttributeValues: map[string]types.AttributeValue{":m": &types.AttributeValueMemberN{Value: "-1"}, ":r": &types.AttributeValueMemberN{Value: fmt.Sprint(-items[2].Rating)}}}); err != nil {
		t.Fatal(err)
	}

	rep, err := st.Recount(ctx, day, now, dynamo.RecountOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var evenSum int64
	for _, i := range []int{0, 2, 4, 6, 8} {
		evenSum += int64(items[i].Rating)
	}
	diffs := map[string]dynamo.CounterDiff{}
	for _, d := range rep.Diffs {
		diffs[d.Row+" "+d.Counter] = d
	}
	for _, w := range []dynamo.CounterDiff{
		{Row: lessOne, Counter: "count", Stored: 4, Recounted: 5}, // items 0, 2, 4, 6 and 8
		{Row: lessOne, Counter: "ratingSum", Stored: evenSum - int64(items[2].Rating), Recounted: evenSum},
		{Row: lostRow, Counter: "count", Stored: 0, Recounted: 4},
	} {
		if got := diffs[w.Row+" "+w.Counter]; got != w {
			t.Errorf("diff %s %s = %+v, want %+v", w.Row, w.Counter, got, w)
		}
	}
	if rep.Repaired != 0 || dayCount(t, db, table, day, lessOne) != "4" {
		t.Fatalf("a report-only recount changed the counters: %v", rep)
	}

	rep, err = st.Recount(ctx, day, now, dynamo.RecountOptions{Apply: true})
	if err != nil || rep.Repaired != 2 {
		t.Fatalf("apply: %v, %v", rep, err)
	}
	if rep, err := st.Recount(ctx, day, now, dynamo.RecountOptions{}); err != nil || len(rep.Diffs) != 0 {
		t.Fatalf("recount after repair: %v, %v", rep, err)
	}
	after, err := st.DailyCounters(ctx, day, day)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(rowsByKey(before)) != fmt.Sprint(rowsByKey(after)) {
		t.Errorf("repaired counters\n%v\nwant\n%v", rowsByKey(after), rowsByKey(before))
	}

	if _, err := st.Recount(ctx, day, day.AddDate(3, 0, 0), dynamo.RecountOptions{}); err == nil {
		t.Error("a day older than the retention was recounted")
	}
}

// rowsByKey is counter rows as a comparable map, zero counts left out.
func rowsByKey(rows []feedback.CounterRow) map[string]map[string]int64 {
	m := map[string]map[string]int64{}
	for _, r := range rows {
		k := dynamo.CounterSK(r.Channel, r.CentreKind, r.Centre, r.District, r.Category)
		if m[k] == nil {
			m[k] = map[string]int64{}
		}
		for c, v := range r.Counts {
			if v != 0 {
				m[k][c] = v
			}
		}
	}
	return m
}
