package motostack

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"borgerfeedback/shared/resources"
)

// SQSHandler is a Lambda SQS handler with partial batch failures.
type SQSHandler func(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error)

// Consumer emulates Lambda's SQS event source mapping for one queue: long-polls batches of up to
// BatchSize, invokes the handler with the function's timeout, deletes the records that succeeded and
// leaves the reported failures (or the whole batch when the handler errs or reports an unknown id)
// to reappear after the visibility timeout; SQS's redrive policy moves them to the DLQ after
// maxReceiveCount receives. Workers is the maximum concurrency.
type Consumer struct {
	SQS      *sqs.Client
	QueueURL string
	Def      resources.QueueDef
	Handler  SQSHandler
	Log      *slog.Logger
	Workers  int // default Def.MaxConcurrency
	// Visibility is the queue's visibility timeout when it differs from Def's (tests shorten it).
	// The handler's deadline is the function timeout capped at it: AWS refuses an event source
	// mapping whose queue would redeliver a message while the function may still be running it.
	Visibility time.Duration
	// Timeout is the handler's deadline when it differs from the function's timeout (0: the
	// function's; see Options.FunctionTimeout).
	Timeout time.Duration
	// BatchSize is the most records a batch holds when it differs from Def's (Options.BatchSize).
	BatchSize int
}

// Run consumes until ctx is cancelled.
func (c *Consumer) Run(ctx context.Context) {
	workers := c.Workers
	if workers == 0 {
		workers = c.Def.MaxConcurrency
	}
	arn := c.queueARN(ctx)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				if err := c.poll(ctx, arn); err != nil && ctx.Err() == nil {
					c.Log.Warn("poll failed", "queue", c.Def.Name, "error", err.Error())
					sleep(ctx, time.Second)
				}
			}
		}()
	}
	wg.Wait()
}

func (c *Consumer) queueARN(ctx context.Context) string {
	out, err := c.SQS.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(c.QueueURL),
		AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameQueueArn}})
	if err != nil {
		return ""
	}
	return out.Attributes[string(sqstypes.QueueAttributeNameQueueArn)]
}

func (c *Consumer) poll(ctx context.Context, arn string) error {
	batch := c.Def.BatchSize
	if c.BatchSize > 0 {
		batch = c.BatchSize
	}
	got, err := c.SQS.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{
		QueueUrl: aws.String(c.QueueURL), MaxNumberOfMessages: int32(batch), WaitTimeSeconds: 1,
		MessageSystemAttributeNames: []sqstypes.MessageSystemAttributeName{sqstypes.MessageSystemAttributeNameAll},
	})
	if err != nil || len(got.Messages) == 0 {
		return err
	}
	ev := events.SQSEvent{}
	handles := map[string]string{}
	for _, m := range got.Messages {
		id := aws.ToString(m.MessageId)
		handles[id] = aws.ToString(m.ReceiptHandle)
		ev.Records = append(ev.Records, events.SQSMessage{
			MessageId: id, ReceiptHandle: aws.ToString(m.ReceiptHandle), Body: aws.ToString(m.Body),
			Md5OfBody: aws.ToString(m.MD5OfBody), Attributes: m.Attributes, EventSource: "aws:sqs",
			EventSourceARN: arn, AWSRegion: Region,
		})
	}
	timeout := resources.FunctionTimeout(c.Def.Consumer)
	if c.Timeout > 0 {
		timeout = c.Timeout
	}
	if c.Visibility > 0 && c.Visibility < timeout {
		timeout = c.Visibility * 9 / 10
	}
	hctx, cancel := context.WithTimeout(ctx, timeout)
	resp, err := c.invoke(hctx, ev)
	cancel()
	if err != nil {
		c.Log.Error("function error: whole batch returns to the queue", "queue", c.Def.Name, "records", len(ev.Records), "error", err.Error())
		return nil
	}
	failed := map[string]bool{}
	for _, f := range resp.BatchItemFailures {
		if _, ok := handles[f.ItemIdentifier]; !ok {
			c.Log.Error("unknown item identifier in batch failures: whole batch returns to the queue", "queue", c.Def.Name)
			return nil
		}
		failed[f.ItemIdentifier] = true
	}
	var entries []sqstypes.DeleteMessageBatchRequestEntry
	for id, h := range handles {
		if !failed[id] {
			entries = append(entries, sqstypes.DeleteMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(len(entries))), ReceiptHandle: aws.String(h)})
		}
	}
	if len(entries) == 0 {
		return nil
	}
	out, err := c.SQS.DeleteMessageBatch(ctx, &sqs.DeleteMessageBatchInput{QueueUrl: aws.String(c.QueueURL), Entries: entries})
	if err == nil && len(out.Failed) > 0 {
		err = errors.New("some deletes failed: those messages will be redelivered")
	}
	return err
}

// invoke runs the handler, turning a panic into a function error as Lambda would.
func (c *Consumer) invoke(ctx context.Context, ev events.SQSEvent) (resp events.SQSEventResponse, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("handler panicked")
		}
	}()
	return c.Handler(ctx, ev)
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
