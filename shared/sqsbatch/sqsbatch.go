// Package sqsbatch is the adapter between Lambda's SQS events and a consumer's domain code: it runs
// the domain's handler over each record of a batch with partial batch failures. It is apart from the
// SQS adapter (package queue) so that a consumer links no SQS client.
package sqsbatch

import (
	"context"
	"log/slog"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/metrics"
)

// Handle runs handle on each record of an SQS batch and reports the records that failed as
// batch item failures, so only those are retried and, after the queue's maxReceiveCount, moved to
// its DLQ. The error is logged with the message id only: bodies may hold personal data.
//
// After the first record, a record is not started when the function's deadline is nearer than
// twice the longest record of the batch so far: it is reported as failed, untouched, and comes
// back after the visibility timeout. A record cut off halfway would be retried too, but could lose
// what its last step does at most once (a statistics count).
func Handle(ctx context.Context, ev events.SQSEvent, log *slog.Logger, handle func(ctx context.Context, body []byte) error) events.SQSEventResponse {
	return handleRecords(ctx, ev, log, 2, handle)
}

// handleRecords is Handle with the deadline margin in longest records.
func handleRecords(ctx context.Context, ev events.SQSEvent, log *slog.Logger, margin time.Duration, handle func(ctx context.Context, body []byte) error) events.SQSEventResponse {
	var resp events.SQSEventResponse
	deadline, hasDeadline := ctx.Deadline()
	var longest time.Duration
	for i, rec := range ev.Records {
		if hasDeadline && i > 0 && time.Until(deadline) < margin*longest {
			log.WarnContext(ctx, "deadline near: records left for a retry", "records", len(ev.Records)-i)
			for _, left := range ev.Records[i:] {
				resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: left.MessageId})
			}
			return resp
		}
		start := time.Now()
		if err := handle(ctx, []byte(rec.Body)); err != nil {
			log.ErrorContext(ctx, "message failed", "messageId", rec.MessageId, "error", err.Error())
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: rec.MessageId})
		}
		longest = max(longest, time.Since(start))
	}
	return resp
}

// Consumer is a queue consumer as Lambda runs it: each message's body decoded into the domain's
// type T and handed to the domain's handler. A body that does not decode, or a handler's error,
// fails only its own record.
type Consumer[T any] struct {
	Decode  func(body []byte) (T, error)
	Handle  func(ctx context.Context, msg T) error
	Log     *slog.Logger
	Metrics *metrics.Emitter // nil: none; else the batch item failures as metrics.BatchItemFailures
	// Batch, when set, wraps each batch: every record is handled with the context it returns, and
	// its finish runs after the last record (the store's counter rows, one write per row for the
	// whole batch: dynamo.Store.BatchCounters). What finish returns is logged, never retried: the
	// records' facts are recorded already.
	Batch func(ctx context.Context) (context.Context, func(context.Context) error)
}

// HandleSQS is the Lambda handler for a batch, with partial batch failures.
func (c *Consumer[T]) HandleSQS(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	defer c.Metrics.Hold()() // the batch's metrics as one EMF line per dimension set, after its last record
	finish := func(context.Context) error { return nil }
	records := ctx
	if c.Batch != nil {
		ctx, finish = c.Batch(ctx)
		records = ctx
		// The records run under a deadline a quarter of the time earlier, which leaves finish (the
		// batch's counter rows, written after the last record) that quarter: a record cut short
		// before its fact is recorded comes back untouched, one cut after it has its count gathered.
		if deadline, ok := ctx.Deadline(); ok {
			var cancel context.CancelFunc
			records, cancel = context.WithDeadline(ctx, deadline.Add(-time.Until(deadline)/4))
			defer cancel()
		}
	}
	resp := handleRecords(records, ev, c.Log, 2, func(ctx context.Context, body []byte) error {
		msg, err := c.Decode(body)
		if err != nil {
			return err
		}
		return c.Handle(ctx, msg)
	})
	if err := finish(ctx); err != nil {
		c.Log.ErrorContext(ctx, "statistics count lost", "error", err.Error())
	}
	c.Metrics.Count(metrics.BatchItemFailures, float64(len(resp.BatchItemFailures)))
	return resp, nil
}
