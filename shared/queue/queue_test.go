package queue_test

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/awsrecord"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/queue"
)

// TestQueueAgainstEmulator: a submission put on the queue comes back as the same JSON; a deferred
// body is delivered only after its delay (a delay past SQS's 15 minutes is capped, not refused); a
// queue that does not exist is an error naming the submission.
func TestQueueAgainstEmulator(t *testing.T) {
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, motostack.StartMoto(t))
	api := sqs.NewFromConfig(cfg)
	out, err := api.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("queue-test")})
	if err != nil {
		t.Fatal(err)
	}
	url := aws.ToString(out.QueueUrl)
	q := queue.New(queue.NewClient(cfg), url)
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

	missing := queue.New(queue.NewClient(cfg), strings.TrimSuffix(url, "queue-test")+"no-such-queue")
	if err := missing.Enqueue(ctx, sub); err == nil || !strings.Contains(err.Error(), "enqueue submission FB-ABCDEFGH") {
		t.Errorf("Enqueue to a missing queue: %v", err)
	}
}

// The configuration's options see the call as the SDK's client would show it: make preflight's
// recorder checks it against the role.
func TestClientCallIsRecorded(t *testing.T) {
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, motostack.StartMoto(t))
	out, err := sqs.NewFromConfig(cfg).CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("recorded")})
	if err != nil {
		t.Fatal(err)
	}
	rec := awsrecord.New()
	if err := queue.NewClient(rec.Config(cfg, "fn")).SendMessage(ctx, aws.ToString(out.QueueUrl), "{}", 0); err != nil {
		t.Fatal(err)
	}
	want := []awsrecord.Call{{Action: "sqs:SendMessage", Resource: "queue:" + aws.ToString(out.QueueUrl)}}
	if got := rec.Calls("fn"); !reflect.DeepEqual(got, want) {
		t.Errorf("recorded %v, want %v", got, want)
	}
}

// What goes on the wire, and the answer's checks: a signed JSON POST; a digest that is not the
// body's is an error (as the SDK's client makes it), and so is the service's error, with its code.
func TestClientRequest(t *testing.T) {
	const body = `{"reference":"FB-ABCDEFGH"}`
	sum := md5.Sum([]byte(body))
	tests := []struct {
		name    string
		status  int
		answer  string
		wantErr string
	}{
		{"accepted", 200, `{"MD5OfMessageBody":"` + hex.EncodeToString(sum[:]) + `","MessageId":"m1"}`, ""},
		{"a digest of another body", 200, `{"MD5OfMessageBody":"00000000000000000000000000000000","MessageId":"m1"}`, "body digest"},
		{"no such queue", 400, `{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}`, "QueueDoesNotExist: The specified queue does not exist."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				got, _ := io.ReadAll(r.Body)
				want := `{"QueueUrl":"https://sqs.eu-north-1.amazonaws.com/123456789012/q","MessageBody":"{\"reference\":\"FB-ABCDEFGH\"}","DelaySeconds":30}`
				if r.Method != http.MethodPost || r.Header.Get("X-Amz-Target") != "AmazonSQS.SendMessage" || r.Header.Get("Content-Type") != "application/x-amz-json-1.0" ||
					string(got) != want || !strings.Contains(r.Header.Get("Authorization"), "/eu-north-1/sqs/aws4_request") {
					t.Errorf("request %s %q %q %s, Authorization %q", r.Method, r.Header.Get("X-Amz-Target"), r.Header.Get("Content-Type"), got, r.Header.Get("Authorization"))
				}
				w.WriteHeader(tc.status)
				_, _ = w.Write([]byte(tc.answer))
			}))
			defer srv.Close()
			cfg := aws.Config{Region: "eu-north-1", BaseEndpoint: aws.String(srv.URL), Credentials: credentials.NewStaticCredentialsProvider("AKID", "SECRET", "")}
			err := queue.NewClient(cfg).SendMessage(context.Background(), "https://sqs.eu-north-1.amazonaws.com/123456789012/q", body, 30)
			if (err == nil) != (tc.wantErr == "") || err != nil && !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("error %v, want %q", err, tc.wantErr)
			}
		})
	}
}
