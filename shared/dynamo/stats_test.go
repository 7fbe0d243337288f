package dynamo_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/triage"
)

// tally is a direct count of what the statistics should say about one slice of the data.
type tally struct {
	count, ratingSum, urgent, conduct int64
	categories                        map[string]int64
	sent, answered                    int64
	suppressed                        map[string]int64
}

func newTally() *tally {
	return &tally{categories: map[string]int64{}, suppressed: map[string]int64{}}
}

// TestStatisticsEqualADirectCount stores replies and invitation outcomes through the production
// writers — with redeliveries — and checks that the statistics staff get (the day's counter rows
// summed by triage.BuildStats) equal a direct count of the same facts: in total, per day, and per
// value of every dimension. Centre ids with the key separator and escapes in them must not merge
// or split rows.
func TestStatisticsEqualADirectCount(t *testing.T) {
	st, _, _ := newStore(t)
	ctx := context.Background()
	day0 := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	centres := []feedback.Centre{
		{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"},
		{ID: "alarm#øst", Kind: "alarm", District: "koebenhavn"},
		{ID: "alarm%23øst", Kind: "alarm", District: "koebenhavn"}, // what "alarm#øst" escapes to
		{ID: "service/114", Kind: "service", District: "bornholm"},
	}
	want := map[string]*tally{} // "total", "day <date>", "<dim> <value>"
	slices := func(day time.Time, channel string, c feedback.Centre, category string) []*tally {
		keys := []string{"total", "day " + day.Format(time.DateOnly), "channel " + channel, "centreKind " + c.Kind,
			"centre " + c.ID, "district " + c.District}
		if category != "" {
			keys = append(keys, "category "+category)
		}
		var out []*tally
		for _, k := range keys {
			if want[k] == nil {
				want[k] = newTally()
			}
			out = append(out, want[k])
		}
		return out
	}

	for i := range 48 {
		c := centres[i%len(centres)]
		at := day0.Add(time.Duration(i*97) * time.Minute) // three days
		it := feedback.Item{ID: fmt.Sprintf("FB-S%07d", i), ContactID: fmt.Sprintf("c-%d", i), Channel: []string{"112", "114"}[i/3%2],
			CentreID: c.ID, CentreKind: c.Kind, District: c.District, SubmittedAt: at, CreatedAt: at, Rating: 1 + i*7%5,
			Category: feedback.Categories[i%len(feedback.Categories)], Urgent: i%7 == 0, Conduct: i%5 == 1,
			Priority: feedback.P3, Team: "citizen-service", Status: feedback.StatusNew, Version: 1}
		for range 1 + i%3 { // delivered up to three times
			if _, err := st.SaveFeedback(ctx, it); err != nil {
				t.Fatal(err)
			}
		}
		for _, s := range slices(at, it.Channel, c, it.Category) {
			s.count++
			s.ratingSum += int64(it.Rating)
			s.categories[it.Category]++
			s.answered++
			if it.Urgent {
				s.urgent++
			}
			if it.Conduct {
				s.conduct++
			}
		}
	}
	reasons := append([]string{""}, triage.SuppressionReasons...) // "" is sent
	for i := range 40 {
		c := centres[(i+1)%len(centres)]
		ended := day0.Add(time.Duration(i*113) * time.Minute)
		contact := feedback.Contact{ContactID: fmt.Sprintf("c-inv-%d", i), Channel: []string{"112", "114"}[i%2], EndedAt: ended, Centre: c}
		reason := reasons[i%len(reasons)]
		o := invite.Outcome{Sent: reason == "", Reason: reason, Reference: fmt.Sprintf("FB-I%07d", i)}
		if o.Sent {
			if err := st.FinishContact(ctx, contact, o, ended); err != nil {
				t.Fatal(err)
			}
		} else {
			for range 1 + i%2 { // recorded twice when a redelivery races the first worker
				if err := st.SuppressContact(ctx, contact, reason, ended); err != nil && !errors.Is(err, invite.ErrAlreadyDone) {
					t.Fatal(err)
				}
			}
		}
		for _, s := range slices(ended, contact.Channel, c, "") {
			if o.Sent {
				s.sent++
			} else {
				s.suppressed[reason]++
			}
		}
	}

	from, to := day0.AddDate(0, 0, -1), day0.AddDate(0, 0, 4)
	rows, err := st.DailyCounters(ctx, from, to)
	if err != nil {
		t.Fatal(err)
	}
	stats := triage.BuildStats(rows, from, to)
	check := func(name string, got triage.Summary) {
		t.Helper()
		w := want[name]
		if w == nil {
			w = newTally()
		}
		if got.Count != w.count || got.Urgent != w.urgent || got.Conduct != w.conduct || !maps.Equal(got.Categories, w.categories) {
			t.Errorf("%s: replies %d, urgent %d, conduct %d, categories %v; direct count %d, %d, %d, %v",
				name, got.Count, got.Urgent, got.Conduct, got.Categories, w.count, w.urgent, w.conduct, w.categories)
		}
		if w.count > 0 && (got.MeanRating == nil || *got.MeanRating != float64(w.ratingSum)/float64(w.count)) {
			t.Errorf("%s: mean rating %v, direct %v", name, got.MeanRating, float64(w.ratingSum)/float64(w.count))
		}
		if got.Invitations.Sent != w.sent || got.Invitations.Answered != w.answered || !maps.Equal(got.Invitations.Suppressed, w.suppressed) {
			t.Errorf("%s: invitations %+v; direct count sent %d, answered %d, suppressed %v", name, got.Invitations, w.sent, w.answered, w.suppressed)
		}
	}
	outcomes := want["total"].sent
	for _, n := range want["total"].suppressed {
		outcomes += n
	}
	if want["total"].count != 48 || outcomes != 40 {
		t.Fatalf("the direct count itself is off: %+v", want["total"])
	}
	check("total", stats.Total)
	for _, d := range stats.ByDay {
		check("day "+d.Day, d.Summary)
	}
	for _, dim := range triage.Dimensions {
		seen := 0
		for _, k := range stats.ByDim[dim] {
			check(dim+" "+k.Value, k.Summary)
			seen++
		}
		n := 0
		for k := range want {
			if len(k) > len(dim) && k[:len(dim)+1] == dim+" " {
				n++
			}
		}
		if seen != n {
			t.Errorf("%s: %d values in the statistics, %d in the direct count", dim, seen, n)
		}
	}
}
