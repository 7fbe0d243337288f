package sqsbatch_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/sqsbatch"
)

// TestConsumerFailsOnlyTheBadRecords: a body that does not decode and a handler's error each fail
// their own record only; the rest are handled in order, and the failures are counted.
func TestConsumerFailsOnlyTheBadRecords(t *testing.T) {
	tests := []struct {
		name       string
		bodies     []string
		wantFailed []string
		wantSeen   []int
	}{
		{"all good", []string{"1", "2"}, nil, []int{1, 2}},
		{"one does not decode", []string{"1", "x", "3"}, []string{"m1"}, []int{1, 3}},
		{"the handler refuses one", []string{"1", "13", "3"}, []string{"m1"}, []int{1, 3}},
		{"empty batch", nil, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var seen []int
			var out bytes.Buffer
			c := &sqsbatch.Consumer[int]{
				Decode: func(b []byte) (int, error) { return strconv.Atoi(string(b)) },
				Handle: func(_ context.Context, n int) error {
					if n == 13 {
						return errors.New("unlucky")
					}
					seen = append(seen, n)
					return nil
				},
				Log:     slog.New(slog.DiscardHandler),
				Metrics: metrics.New(&out, "Test", "fn"),
			}
			var ev events.SQSEvent
			for i, b := range tc.bodies {
				ev.Records = append(ev.Records, events.SQSMessage{MessageId: "m" + strconv.Itoa(i), Body: b})
			}
			resp, err := c.HandleSQS(context.Background(), ev)
			if err != nil {
				t.Fatal(err)
			}
			var failed []string
			for _, f := range resp.BatchItemFailures {
				failed = append(failed, f.ItemIdentifier)
			}
			if !reflect.DeepEqual(failed, tc.wantFailed) || !reflect.DeepEqual(seen, tc.wantSeen) {
				t.Errorf("failed %v handled %v, want %v and %v", failed, seen, tc.wantFailed, tc.wantSeen)
			}
			want := `"BatchItemFailures":` + strconv.Itoa(len(tc.wantFailed))
			if !strings.Contains(out.String(), want) {
				t.Errorf("metrics %s: want %s", out.String(), want)
			}
		})
	}
}

type batchKey struct{}

// TestConsumerBatch: every record is handled within the batch's context, the batch's finish runs
// once after the last record, and what it could not do is logged (the records are not failed).
func TestConsumerBatch(t *testing.T) {
	var log bytes.Buffer
	var inBatch, finished int
	c := &sqsbatch.Consumer[int]{
		Decode: func(b []byte) (int, error) { return strconv.Atoi(string(b)) },
		Handle: func(ctx context.Context, n int) error {
			if ctx.Value(batchKey{}) == "batch" && finished == 0 {
				inBatch++
			}
			return nil
		},
		Log: slog.New(slog.NewJSONHandler(&log, nil)),
		Batch: func(ctx context.Context) (context.Context, func(context.Context) error) {
			return context.WithValue(ctx, batchKey{}, "batch"), func(context.Context) error {
				finished++
				return errors.New("statistics count lost: feedback FB-1, feedback FB-2: throttled")
			}
		},
	}
	resp, err := c.HandleSQS(context.Background(), events.SQSEvent{Records: []events.SQSMessage{{MessageId: "a", Body: "1"}, {MessageId: "b", Body: "2"}}})
	if err != nil || len(resp.BatchItemFailures) != 0 {
		t.Fatalf("HandleSQS: %v, %v", resp, err)
	}
	if inBatch != 2 || finished != 1 {
		t.Errorf("%d records in the batch's context, finished %d times, want 2 and 1", inBatch, finished)
	}
	if !strings.Contains(log.String(), `"msg":"statistics count lost"`) || !strings.Contains(log.String(), "FB-1, feedback FB-2") {
		t.Errorf("log %s: want the lost counts with their references", log.String())
	}
}

// TestConsumerBatchLeavesTimeToFinish: with a batch finish to run, the records run under a
// deadline a quarter of the time earlier (the finish gets that quarter), so a record that two of
// the longest fit before the real deadline is not started; and the finish still has its time.
func TestConsumerBatchLeavesTimeToFinish(t *testing.T) {
	for _, tc := range []struct {
		name      string
		batch     bool
		wantTried int
	}{
		{"without a finish: two records' time is enough", false, 2},
		{"with a finish: three records' time needed", true, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tried := 0
			c := &sqsbatch.Consumer[int]{
				Decode: func(b []byte) (int, error) { return strconv.Atoi(string(b)) },
				Handle: func(context.Context, int) error { tried++; time.Sleep(700 * time.Millisecond); return nil },
				Log:    slog.New(slog.DiscardHandler),
			}
			if tc.batch {
				c.Batch = func(ctx context.Context) (context.Context, func(context.Context) error) {
					return ctx, func(ctx context.Context) error {
						if ctx.Err() != nil {
							t.Error("finish ran after the deadline")
						}
						return nil
					}
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2500*time.Millisecond)
			defer cancel()
			resp, _ := c.HandleSQS(ctx, events.SQSEvent{Records: []events.SQSMessage{{MessageId: "a", Body: "1"}, {MessageId: "b", Body: "2"}}})
			if tried != tc.wantTried || len(resp.BatchItemFailures) != 2-tc.wantTried {
				t.Errorf("%d records handled, %d left, want %d handled", tried, len(resp.BatchItemFailures), tc.wantTried)
			}
		})
	}
}
