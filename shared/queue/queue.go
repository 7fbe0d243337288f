// Package queue is the SQS adapter: it puts submissions on the feedback-intake queue.
package queue

import (
	"context"
	"encoding/json"
	"fmt"

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
