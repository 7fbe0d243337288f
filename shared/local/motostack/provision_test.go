package motostack

import (
	"context"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func TestProvisionCreatesAWorkingStack(t *testing.T) {
	ctx := context.Background()
	cfg := AWSConfig(ctx, StartMoto(t))
	out, err := Provision(ctx, cfg, Options{VisibilityTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]string{"contact queue": out.ContactQueueURL, "feedback queue": out.FeedbackQueueURL,
		"pool": out.UserPoolID, "client": out.UserPoolClientID, "topic": out.AlertTopicARN, "secret": out.PhoneHashSecretARN} {
		if v == "" {
			t.Errorf("%s is empty", name)
		}
	}
	// The seeded staff user can log in with the password in the outputs.
	auth, err := cognitoidentityprovider.NewFromConfig(cfg).InitiateAuth(ctx, &cognitoidentityprovider.InitiateAuthInput{
		ClientId: aws.String(out.UserPoolClientID), AuthFlow: cip.AuthFlowTypeUserPasswordAuth,
		AuthParameters: map[string]string{"USERNAME": out.StaffUsername, "PASSWORD": out.StaffPassword},
	})
	if err != nil || auth.AuthenticationResult == nil || aws.ToString(auth.AuthenticationResult.IdToken) == "" {
		t.Fatalf("staff login: %v", err)
	}
	// A message received MaxReceiveCount times without being deleted moves to the DLQ.
	q := sqs.NewFromConfig(cfg)
	if _, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(out.FeedbackQueueURL), MessageBody: aws.String("poison")}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 8; i++ {
		r, err := q.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(out.FeedbackQueueURL)})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range r.Messages { // give it back at once, as a failed consumer would after its timeout
			if _, err := q.ChangeMessageVisibility(ctx, &sqs.ChangeMessageVisibilityInput{QueueUrl: aws.String(out.FeedbackQueueURL), ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0}); err != nil {
				t.Fatal(err)
			}
		}
	}
	got, err := q.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(out.FeedbackDLQURL)})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Messages) != 1 {
		t.Fatalf("DLQ holds %d messages, want 1", len(got.Messages))
	}
}
