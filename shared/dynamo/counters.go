package dynamo

// The daily counter rows (STATS#<day> / C#…): what a recorded fact adds to them, at once or
// gathered per SQS batch (BatchCounters), so that the replies of one batch that share a row cost
// one write between them.

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/expression"
	"github.com/aws/aws-sdk-go-v2/aws"
)

// errCountLost marks a statistics write that failed after the fact it counts was recorded: the
// fact is not recorded again, so nothing retries it, and the error names every fact whose count
// may be lost (`make recount` rebuilds a day's reply counters from the stored items).
var errCountLost = errors.New("statistics count lost")

// count adds counts to one counter row of a day for the fact what ("feedback FB-…", "contact …").
// Inside BatchCounters' scope the addition is gathered and written when the batch ends; outside
// it, at once. Either way it is at most once: the fact is recorded before it is counted.
func (st *Store) count(ctx context.Context, day time.Time, sk string, counts map[string]int64, what string) error {
	if b, ok := ctx.Value(counterBatchKey{}).(*counterBatch); ok && b.st == st {
		b.gather(StatsPK(day), sk, counts, what)
		return nil
	}
	if err := st.add(ctx, StatsPK(day), sk, counts); err != nil {
		return fmt.Errorf("%w: %s: %v", errCountLost, what, err) //nolint:errorlint // errCountLost is the error callers match: the cause is text only, so nothing retries a lost count
	}
	return nil
}

// add writes counts to one counter row (one ADD), retrying (beyond the SDK's own retries) with
// backoff until it succeeds or ctx ends: the fact it counts is recorded already, so giving up loses
// the count.
func (st *Store) add(ctx context.Context, pk, sk string, counts map[string]int64) error {
	var upd expression.UpdateBuilder
	for _, name := range sortedKeys(counts, nil) {
		upd = upd.Add(expression.Name(name), expression.Value(counts[name]))
	}
	expr, err := expression.NewBuilder().WithUpdate(upd).Build()
	if err != nil {
		return fmt.Errorf("counter expression: %w", err)
	}
	in := &dynamocall.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(pk, sk),
		UpdateExpression: expr.Update(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	}
	wait := 100 * time.Millisecond
	for {
		_, err := st.db.UpdateItem(ctx, in)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, 2*time.Second)
	}
}

type counterBatchKey struct{}

// maxConcurrentRows is how many counter rows a batch's finish writes at a time.
const maxConcurrentRows = 8

// counterBatch is the counter additions of one SQS batch, summed per row, with the facts each row
// counts (for the lost-count error).
type counterBatch struct {
	st   *Store
	mu   sync.Mutex
	rows map[[2]string]*pendingRow
}

type pendingRow struct {
	counts map[string]int64
	facts  []string
}

func (b *counterBatch) gather(pk, sk string, counts map[string]int64, what string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	row := b.rows[[2]string{pk, sk}]
	if row == nil {
		row = &pendingRow{counts: map[string]int64{}}
		b.rows[[2]string{pk, sk}] = row
	}
	for k, v := range counts {
		row.counts[k] += v
	}
	row.facts = append(row.facts, what)
}

// BatchCounters begins a batch of counter additions (sqsbatch.Consumer.Batch): every count made
// with the returned context is summed into its row, and finish writes each row once (one ADD for
// all the batch's replies or outcomes that share a day, channel, centre and category). The counting
// stays at most once: each fact is recorded before it is gathered, a redelivered fact is found
// recorded and gathers nothing, and finish retries each row until its context ends. What finish
// could not write it returns as one error per row, naming every fact counted in it: those counts
// are lost, as when the single write of one fact fails (and a crash before finish loses the
// batch's counts the same way, unlogged); `make recount` repairs reply counters.
func (st *Store) BatchCounters(ctx context.Context) (context.Context, func(context.Context) error) {
	b := &counterBatch{st: st, rows: map[[2]string]*pendingRow{}}
	return context.WithValue(ctx, counterBatchKey{}, b), func(ctx context.Context) error {
		b.mu.Lock()
		defer b.mu.Unlock()
		keys := make([][2]string, 0, len(b.rows))
		for k := range b.rows {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i][0]+"\x00"+keys[i][1] < keys[j][0]+"\x00"+keys[j][1] })
		// The rows at once (a few at a time): finish has about one record's time before the
		// deadline (sqsbatch), and each row is one write.
		errs := make([]error, len(keys))
		var wg sync.WaitGroup
		sem := make(chan struct{}, maxConcurrentRows)
		for i, k := range keys {
			row := b.rows[k]
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				if err := st.add(ctx, k[0], k[1], row.counts); err != nil {
					errs[i] = fmt.Errorf("%w: %s: %v", errCountLost, strings.Join(row.facts, ", "), err) //nolint:errorlint // as in count
				}
			}()
		}
		wg.Wait()
		b.rows = map[[2]string]*pendingRow{}
		return errors.Join(errs...)
	}
}
