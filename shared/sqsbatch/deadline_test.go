package sqsbatch

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
)

func TestHandleLeavesRecordsNearTheDeadline(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ev := events.SQSEvent{Records: []events.SQSMessage{{MessageId: "a", Body: "ok"}, {MessageId: "b", Body: "bad"}, {MessageId: "c", Body: "slow"}, {MessageId: "d", Body: "ok"}}}
	for _, tt := range []struct {
		name       string
		deadline   time.Duration // 0: none
		wantFailed []string
		wantRan    []string
	}{
		{"no deadline: every record runs, the bad one fails", 0, []string{"b"}, []string{"ok", "bad", "slow", "ok"}},
		{"plenty of time", time.Minute, []string{"b"}, []string{"ok", "bad", "slow", "ok"}},
		{"deadline near after the slow record: the rest left untouched", 2 * time.Second, []string{"b", "d"}, []string{"ok", "bad", "slow"}},
		{"a deadline shorter than any record: what started runs, the rest is left", 300 * time.Millisecond, []string{"b", "d"}, []string{"ok", "bad", "slow"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			if tt.deadline > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.deadline)
				defer cancel()
			}
			var ran []string
			resp := Handle(ctx, ev, log, func(_ context.Context, body []byte) error {
				ran = append(ran, string(body))
				switch string(body) {
				case "bad":
					return errors.New("bad")
				case "slow":
					time.Sleep(700 * time.Millisecond)
				}
				return nil
			})
			var failed []string
			for _, f := range resp.BatchItemFailures {
				failed = append(failed, f.ItemIdentifier)
			}
			if !equal(failed, tt.wantFailed) || !equal(ran, tt.wantRan) {
				t.Errorf("failed %v ran %v, want %v and %v", failed, ran, tt.wantFailed, tt.wantRan)
			}
		})
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
