package sqsbatch_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"os"
	"strconv"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/sqsbatch"
)

// TestInvokeSameAnswers: for the repository's sample SQS events and batches with failures,
// Invoke answers exactly what aws-lambda-go sends for HandleSQS, having handled the same bodies.
func TestInvokeSameAnswers(t *testing.T) {
	payloads := []string{
		`{"Records":[]}`,
		`{"Records":[{"messageId":"m1","body":"1","eventSource":"aws:sqs","attributes":{"ApproximateReceiveCount":"1"},"messageAttributes":{}},{"messageId":"m\"2<>","body":"x"},{"messageId":"m3","body":"13"}]}`,
		`{"Records":[{"messageId":"m1","body":"not json","eventSource":"aws:sqs"}]}`,
	}
	for _, f := range []string{"../../events/classify-sqs.json", "../../events/invite-sqs.json"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		payloads = append(payloads, string(b))
	}
	newConsumer := func(seen *[]string) *sqsbatch.Consumer[string] {
		return &sqsbatch.Consumer[string]{
			Decode: func(b []byte) (string, error) {
				if _, err := strconv.Atoi(string(b)); err != nil && len(b) < 20 {
					return "", err
				}
				return string(b), nil
			},
			Handle: func(_ context.Context, s string) error {
				if s == "13" {
					return errors.New("unlucky")
				}
				*seen = append(*seen, s)
				return nil
			},
			Log:     slog.New(slog.DiscardHandler),
			Metrics: metrics.New(io.Discard, "Test", "fn"),
		}
	}
	for _, p := range payloads {
		var ev events.SQSEvent
		if err := json.Unmarshal([]byte(p), &ev); err != nil {
			t.Fatal(err)
		}
		var seenWant, seenGot []string
		resp, err := newConsumer(&seenWant).HandleSQS(context.Background(), ev)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(resp); err != nil {
			t.Fatal(err)
		}
		got, err := newConsumer(&seenGot).Invoke(context.Background(), []byte(p))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) || len(seenGot) != len(seenWant) {
			t.Errorf("%s:\n got %s (handled %q)\nwant %s (handled %q)", p, got, seenGot, want.Bytes(), seenWant)
		}
		for i := range seenGot {
			if seenGot[i] != seenWant[i] {
				t.Errorf("handled %q, want %q", seenGot, seenWant)
				break
			}
		}
	}
	if _, err := newConsumer(new([]string)).Invoke(context.Background(), []byte(`{"Records":`)); err == nil {
		t.Error("an event that is not JSON: no error")
	}
}
