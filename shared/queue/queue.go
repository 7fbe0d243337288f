// Package queue is the SQS adapter: it puts submissions on the feedback-intake queue and defers
// contact events through the quiet hours.
package queue

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/feedback"
)

// API is the part of the SQS client the queue uses.
type API interface {
	SendMessage(ctx context.Context, in *sqs.SendMessageInput, opts ...func(*sqs.Options)) (*sqs.SendMessageOutput, error)
}

// Queue sends to one queue URL.
type Queue struct {
	api API
	url string
}

var _ feedback.SubmissionQueue = (*Queue)(nil)

// New returns a queue sending to url.
func New(api API, url string) *Queue { return &Queue{api: api, url: url} }

// Enqueue implements feedback.SubmissionQueue: it returns once SQS has accepted the message.
func (q *Queue) Enqueue(ctx context.Context, sub feedback.Submission) error {
	body, err := json.Marshal(sub)
	if err != nil {
		return fmt.Errorf("marshal submission %s: %w", sub.Reference, err)
	}
	if _, err := q.api.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(q.url), MessageBody: aws.String(string(body))}); err != nil {
		return fmt.Errorf("enqueue submission %s: %w", sub.Reference, err)
	}
	return nil
}

// MaxDelay is the longest delay SQS gives a message (DelaySeconds ≤ 900).
const MaxDelay = 15 * time.Minute

// Defer sends body to the queue again, to be delivered after delay (at most MaxDelay). invite uses
// it to hold a contact through the quiet hours.
func (q *Queue) Defer(ctx context.Context, body []byte, delay time.Duration) error {
	secs := int32(min(max((delay+time.Second-1)/time.Second, 0), MaxDelay/time.Second))
	if _, err := q.api.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(q.url), MessageBody: aws.String(string(body)), DelaySeconds: secs}); err != nil {
		return fmt.Errorf("defer message: %w", err)
	}
	return nil
}
