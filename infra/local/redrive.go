package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
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
	n, err := devstack.Redrive(ctx, sqs.NewFromConfig(motostack.AWSConfig(ctx, o.AWSEndpoint)), from, to)
	fmt.Printf("moved %d message(s) from %s to %s\n", n, from, to)
	return err
}
