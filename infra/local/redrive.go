package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/localstack"
)

// redrive moves every message of a DLQ back to its work queue on the running local stack, once the
// cause is fixed. In AWS use `aws sqs start-message-move-task --source-arn <dlq-arn>` (README).
func redrive(ctx context.Context, args []string) error {
	if len(args) != 1 || (args[0] != "contact" && args[0] != "feedback") {
		return fmt.Errorf("usage: redrive contact|feedback")
	}
	o, err := readOutputs()
	if err != nil {
		return err
	}
	from, to := o.ContactDLQURL, o.ContactQueueURL
	if args[0] == "feedback" {
		from, to = o.FeedbackDLQURL, o.FeedbackQueueURL
	}
	n, err := Redrive(ctx, sqs.NewFromConfig(localstack.AWSConfig(ctx, o.AWSEndpoint)), from, to)
	fmt.Printf("moved %d message(s) from %s to %s\n", n, from, to)
	return err
}

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
