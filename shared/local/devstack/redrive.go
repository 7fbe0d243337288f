package devstack

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Redrive moves messages from one queue to another: each is sent before it is deleted, so a crash
// in between duplicates a message (which the consumers tolerate) but never loses one.
func Redrive(ctx context.Context, q *sqs.Client, from, to string) (int, error) {
	moved := 0
	for {
		got, err := q.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(from), MaxNumberOfMessages: 10, WaitTimeSeconds: 1})
		if err != nil {
			return moved, err
		}
		if len(got.Messages) == 0 {
			return moved, nil
		}
		for _, m := range got.Messages {
			if _, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(to), MessageBody: m.Body}); err != nil {
				return moved, err
			}
			if _, err := q.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(from), ReceiptHandle: m.ReceiptHandle}); err != nil {
				return moved, err
			}
			moved++
		}
	}
}
