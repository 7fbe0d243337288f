package dynamo

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/expression"
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/sampling"
)

// RecountOptions tune Recount.
type RecountOptions struct {
	// Apply repairs the differences found (an ADD of the difference on each row, so counts made
	// while the recount runs are kept); without it the recount only reports.
	Apply bool
	// StoredWithin is how long after its submission a reply may have been stored (queue retention
	// plus a DLQ redrive); the recount reads the items stored from the day's start to its end plus
	// this. Default 4 days (the feedback queue's retention).
	StoredWithin time.Duration
}

// CounterDiff is one counter of one row whose stored value differs from the recount.
type CounterDiff struct {
	Row       string // the row's sort key (CounterSK)
	Counter   string
	Stored    int64
	Recounted int64
}

// RecountReport is what a recount found and did.
type RecountReport struct {
	Day      time.Time
	Replies  int // stored replies submitted that day
	Rows     int // reply counter rows the recount expects
	Diffs    []CounterDiff
	Repaired int // rows written
}

func (r RecountReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "recount %s: %d replies in %d counter rows, %d counters differ, %d rows repaired",
		r.Day.Format(time.DateOnly), r.Replies, r.Rows, len(r.Diffs), r.Repaired)
	for _, d := range r.Diffs {
		fmt.Fprintf(&b, "\n  %s %s: stored %d, recounted %d", d.Row, d.Counter, d.Stored, d.Recounted)
	}
	return b.String()
}

// recounted reports whether a counter is one Recount rebuilds: every reply counter
// (replyCounts). Invitation outcomes (inv_sent, inv_suppressed_*, and the sampling counters an
// outcome adds, sampling.IsOutcomeCounter) are not: the contact items they
// count carry neither the contact's day in a key nor its centre, and expire after 30 days.
func recounted(counter string) bool {
	return counter == "inv_answered" || !strings.HasPrefix(counter, "inv_") && !sampling.IsOutcomeCounter(counter)
}

// Recount rebuilds the reply counters of one UTC day from the stored replies — key queries only:
// the feedback index by creation time over the days a reply of that day can have been stored in,
// the items of those entries by key, and the day's counter partition — compares them with the
// stored rows, and with opts.Apply adds each difference to its row. It is the repair for the
// count a crash can lose (SaveFeedback counts at most once). Days whose replies may have expired
// (older than the feedback retention) are refused: their counters outlive the items.
func (st *Store) Recount(ctx context.Context, day time.Time, now time.Time, opts RecountOptions) (RecountReport, error) {
	day = truncDay(day)
	rep := RecountReport{Day: day}
	if opts.StoredWithin == 0 {
		opts.StoredWithin = 4 * 24 * time.Hour
	}
	if day.Add(st.retention.Feedback).Before(now) {
		return rep, fmt.Errorf("%w: replies of %s may have expired (retention %v): their counters cannot be rebuilt",
			feedback.ErrInvalid, day.Format(time.DateOnly), st.retention.Feedback)
	}
	items, err := st.itemsStoredBetween(ctx, day.Add(-time.Hour), day.Add(24*time.Hour+opts.StoredWithin))
	if err != nil {
		return rep, err
	}
	want := map[string]map[string]int64{}
	for _, it := range items {
		if !truncDay(it.SubmittedAt).Equal(day) {
			continue
		}
		rep.Replies++
		sk := replyCounterSK(it)
		if want[sk] == nil {
			want[sk] = map[string]int64{}
		}
		for k, v := range replyCounts(it) {
			want[sk][k] += v
		}
	}
	rep.Rows = len(want)
	rows, err := st.dayCounters(ctx, day)
	if err != nil {
		return rep, err
	}
	have := map[string]map[string]int64{}
	for _, r := range rows {
		have[CounterSK(r.Channel, r.CentreKind, r.Centre, r.District, r.Category)] = r.Counts
	}
	deltas := map[string]map[string]int64{}
	for _, sk := range sortedKeys(want, have) {
		for _, c := range sortedKeys(want[sk], have[sk]) {
			if !recounted(c) || want[sk][c] == have[sk][c] {
				continue
			}
			rep.Diffs = append(rep.Diffs, CounterDiff{Row: sk, Counter: c, Stored: have[sk][c], Recounted: want[sk][c]})
			if deltas[sk] == nil {
				deltas[sk] = map[string]int64{}
			}
			deltas[sk][c] = want[sk][c] - have[sk][c]
		}
	}
	if !opts.Apply {
		return rep, nil
	}
	for _, sk := range sortedKeys(deltas, nil) {
		if err := st.add(ctx, StatsPK(day), sk, deltas[sk]); err != nil {
			return rep, fmt.Errorf("repair counter row %s of %s: %w", sk, day.Format(time.DateOnly), err)
		}
		rep.Repaired++
	}
	return rep, nil
}

// itemsStoredBetween reads every feedback item created in [from, to): a key-range query on each of
// byCreated's partitions (open and closed items), then the items by key. An item whose status
// moves it between the partitions meanwhile is read once (by reference), or, rarely, missed: a
// recount may be repeated.
func (st *Store) itemsStoredBetween(ctx context.Context, from, to time.Time) ([]feedback.Item, error) {
	var items []feedback.Item
	seen := map[string]bool{}
	for _, part := range []string{listOpen, listClosed} {
		expr, err := build(expression.NewBuilder().
			WithKeyCondition(expression.Key("gsiAll").Equal(expression.Value(part)).
				And(expression.Key("created").Between(expression.Value(CreatedKey(from, "")), expression.Value(CreatedKey(to, ""))))).
			WithProjection(expression.NamesList(expression.Name(attrPK), expression.Name(attrSK))), "feedback stored between")
		if err != nil {
			return nil, err
		}
		in := &dynamocall.QueryInput{
			TableName: aws.String(st.table), IndexName: aws.String("byCreated"),
			KeyConditionExpression: expr.KeyCondition(), ProjectionExpression: expr.Projection(),
			ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
		}
		for {
			out, err := st.db.Query(ctx, in)
			if err != nil {
				return nil, fmt.Errorf("feedback stored from %s to %s: %w", from.Format(time.RFC3339), to.Format(time.RFC3339), err)
			}
			page, err := st.fullItems(ctx, out.Items)
			if err != nil {
				return nil, err
			}
			for _, it := range page {
				if !seen[it.ID] {
					seen[it.ID] = true
					items = append(items, it)
				}
			}
			if len(out.LastEvaluatedKey) == 0 {
				break
			}
			in.ExclusiveStartKey = out.LastEvaluatedKey
		}
	}
	return items, nil
}

// sortedKeys is the sorted union of the keys of a and b.
func sortedKeys[V any](a, b map[string]V) []string {
	set := map[string]bool{}
	for k := range a {
		set[k] = true
	}
	for k := range b {
		set[k] = true
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
