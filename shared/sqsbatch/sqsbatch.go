// Package sqsbatch runs a queue consumer's handler over an SQS batch with partial batch failures.
// It is apart from the SQS adapter (package queue) so that a consumer links no SQS client.
package sqsbatch

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/events"
)

// Handle runs handle on each record of an SQS batch and reports the records that failed as
// batch item failures, so only those are retried and, after the queue's maxReceiveCount, moved to
// its DLQ. The error is logged with the message id only: bodies may hold personal data.
func Handle(ctx context.Context, ev events.SQSEvent, log *slog.Logger, handle func(ctx context.Context, body []byte) error) events.SQSEventResponse {
	var resp events.SQSEventResponse
	for _, rec := range ev.Records {
		if err := handle(ctx, []byte(rec.Body)); err != nil {
			log.ErrorContext(ctx, "message failed", "messageId", rec.MessageId, "error", err.Error())
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: rec.MessageId})
		}
	}
	return resp
}
