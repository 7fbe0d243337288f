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
