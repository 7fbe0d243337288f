package queue_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/queue"
)

// TestQueueAgainstEmulator: a submission put on the queue comes back as the same JSON; a deferred
// body is delivered only after its delay (a delay past SQS's 15 minutes is capped, not refused); a
// queue that does not exist is an error naming the submission.
func TestQueueAgainstEmulator(t *testing.T) {
	ctx := context.Background()
	api := sqs.NewFromConfig(motostack.AWSConfig(ctx, motostack.StartMoto(t)))
	out, err := api.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("queue-test")})
	if err != nil {
		t.Fatal(err)
	}
	url := aws.ToString(out.QueueUrl)
	q := queue.New(api, url)
	receive := func() []string {
		t.Helper()
		r, err := api.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(url), MaxNumberOfMessages: 10, WaitTimeSeconds: 0})
		if err != nil {
			t.Fatal(err)
		}
		var bodies []string
		for _, m := range r.Messages {
			bodies = append(bodies, aws.ToString(m.Body))
			_, _ = api.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(url), ReceiptHandle: m.ReceiptHandle})
		}
		return bodies
	}

	sub := feedback.Submission{Reference: "FB-ABCDEFGH", Channel: feedback.Channel114, SubmittedAt: time.Date(2026, 12, 7, 1, 0, 0, 0, time.UTC)}
	sub.Answers.Rating = 4
	if err := q.Enqueue(ctx, sub); err != nil {
		t.Fatal(err)
	}
	got := receive()
	if len(got) != 1 {
		t.Fatalf("received %d messages, want 1", len(got))
	}
	var back feedback.Submission
	if err := json.Unmarshal([]byte(got[0]), &back); err != nil || back.Reference != sub.Reference || back.Answers.Rating != 4 || !back.SubmittedAt.Equal(sub.SubmittedAt) {
		t.Errorf("message %s decodes to %+v (%v)", got[0], back, err)
	}

	for _, tc := range []struct {
		name  string
		delay time.Duration
		now   bool // delivered at once
	}{
		{"no delay", 0, true},
		{"negative delay", -time.Minute, true},
		{"delayed", 30 * time.Second, false},
		{"past the maximum, capped", 2 * time.Hour, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := q.Defer(ctx, []byte(`{"case":"`+tc.name+`"}`), tc.delay); err != nil {
				t.Fatalf("Defer(%v): %v", tc.delay, err)
			}
			got := receive()
			if delivered := len(got) == 1 && strings.Contains(got[0], tc.name); delivered != tc.now {
				t.Errorf("Defer(%v): received %v at once, want delivered=%v", tc.delay, got, tc.now)
			}
		})
	}

	missing := queue.New(api, strings.TrimSuffix(url, "queue-test")+"no-such-queue")
	if err := missing.Enqueue(ctx, sub); err == nil || !strings.Contains(err.Error(), "enqueue submission FB-ABCDEFGH") {
		t.Errorf("Enqueue to a missing queue: %v", err)
	}
}
