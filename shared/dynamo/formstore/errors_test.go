package formstore_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"borgerfeedback/shared/dynamo/formstore"
	"borgerfeedback/shared/feedback"
)

// DynamoDB's answers as the form's store meets them: a failed condition is the domain's error,
// throttling and server errors are retried (four attempts in all), and an error that stays says
// which call failed, with its status and code, and nothing of the request it sent.
func TestErrorAnswers(t *testing.T) {
	const (
		conditionFailed = `{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}`
		throttled       = `{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"slow down"}`
		serverError     = `{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"oops"}`
	)
	type reply struct {
		status int
		body   string
	}
	hash := feedback.HashToken("tok-errors")
	tests := []struct {
		name      string
		answers   []reply // one per request; the last repeats
		op        func(*formstore.Store) error
		wantCalls int // -1: any
		want      func(error) bool
	}{
		{"a used link is gone", []reply{{400, conditionFailed}},
			func(s *formstore.Store) error { return s.MarkUsed(context.Background(), hash, time.Now()) }, 1,
			func(err error) bool { return errors.Is(err, feedback.ErrGone) }},
		{"a throttled mark-used is retried", []reply{{400, throttled}, {200, `{}`}},
			func(s *formstore.Store) error { return s.MarkUsed(context.Background(), hash, time.Now()) }, 2,
			func(err error) bool { return err == nil }},
		{"an opt-out put again is no error", []reply{{400, conditionFailed}},
			func(s *formstore.Store) error { return s.OptOut(context.Background(), hash, time.Now()) }, 1,
			func(err error) bool { return err == nil }},
		{"a server error is retried, then said plainly", []reply{{500, serverError}},
			func(s *formstore.Store) error { return s.MarkUsed(context.Background(), hash, time.Now()) }, 4,
			func(err error) bool {
				m := err.Error()
				return err != nil && !errors.Is(err, feedback.ErrGone) && strings.Contains(m, "DynamoDB UpdateItem") &&
					strings.Contains(m, "500") && strings.Contains(m, "InternalServerError") && !strings.Contains(m, "usedAt")
			}},
		{"throttled until the invocation's deadline: its end, not more tries", []reply{{400, throttled}},
			func(s *formstore.Store) error {
				ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
				defer cancel()
				start := time.Now()
				err := s.MarkUsed(ctx, hash, time.Now())
				if took := time.Since(start); took > time.Second {
					return fmt.Errorf("took %v: %w", took, err)
				}
				return err
			}, -1,
			func(err error) bool {
				return errors.Is(err, context.DeadlineExceeded) && !strings.Contains(err.Error(), "took")
			}},
		{"a throttled invitation read is retried", []reply{{400, throttled}, {200, `{}`}},
			func(s *formstore.Store) error { _, err := s.Invitation(context.Background(), hash); return err }, 2,
			func(err error) bool { return errors.Is(err, feedback.ErrNotFound) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				_, _ = io.Copy(io.Discard, r.Body)
				a := tc.answers[min(int(calls.Add(1))-1, len(tc.answers)-1)]
				w.Header().Set("Content-Type", "application/x-amz-json-1.0")
				w.WriteHeader(a.status)
				_, _ = io.WriteString(w, a.body)
			}))
			defer srv.Close()
			cfg := aws.Config{Region: "eu-north-1", BaseEndpoint: aws.String(srv.URL), Credentials: credentials.NewStaticCredentialsProvider("AKID", "SECRET", "")}
			err := tc.op(formstore.New(cfg, "t", 0))
			if !tc.want(err) {
				t.Errorf("error %v", err)
			}
			if got := int(calls.Load()); tc.wantCalls >= 0 && got != tc.wantCalls {
				t.Errorf("%d calls, want %d", got, tc.wantCalls)
			}
		})
	}
}
