package intake

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/classify"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/metrics"
)

// scriptedStore is a Store and an Alerter whose answers a test sets, recording what was asked.
type scriptedStore struct {
	created               bool
	saveErr, settleErr    error
	withdrawn             bool
	alerted               bool
	alertedErr, markErr   error
	publishErr            error
	saved                 []feedback.Item
	published, marked     int
	settled, alertedAsked int
}

func (s *scriptedStore) SaveFeedback(_ context.Context, it feedback.Item) (bool, error) {
	if s.saveErr != nil {
		return false, s.saveErr
	}
	s.saved = append(s.saved, it)
	return s.created, nil
}
func (s *scriptedStore) Alerted(context.Context, string) (bool, error) {
	s.alertedAsked++
	return s.alerted, s.alertedErr
}
func (s *scriptedStore) MarkAlerted(context.Context, string, time.Time) error {
	if s.markErr != nil {
		return s.markErr
	}
	s.marked++
	return nil
}
func (s *scriptedStore) SettleWithdrawal(context.Context, string) (bool, error) {
	s.settled++
	return s.withdrawn, s.settleErr
}
func (s *scriptedStore) Urgent(context.Context, feedback.Item) error {
	if s.publishErr != nil {
		return s.publishErr
	}
	s.published++
	return nil
}

// urgentComment is a reply the classifier reads as urgent (checked in the test).
const urgentComment = "Han står uden for min dør med en kniv lige nu og truer med at slå mig ihjel. Send hjælp!"

// TestHandleOutcomes: every path of Handle — stored, a duplicate, a withdrawal that overtook the reply,
// the urgent alert published once and marked, already alerted, and each failure — returns what the
// batch needs (nil, or an error that retries the record) and publishes the alert at least once.
func TestHandleOutcomes(t *testing.T) {
	if c := classify.Classify(classify.Input{Text: urgentComment, Rating: 1, Channel: feedback.Channel112, District: "fyn"}); !c.Urgent {
		t.Fatalf("the urgent test comment is not classified urgent: %+v", c)
	}
	boom := errors.New("boom")
	tests := []struct {
		name      string
		urgent    bool
		store     scriptedStore
		wantErr   error // nil: success
		errText   string
		published int
		marked    int
		log       string // a message the log must hold
		alertFail bool   // an AlertPublishFailures metric
	}{
		{name: "stored", store: scriptedStore{created: true}, log: "feedback stored"},
		{name: "a duplicate is not stored twice but still settled", store: scriptedStore{created: false}, log: "duplicate submission ignored"},
		{name: "the store fails", store: scriptedStore{saveErr: boom}, wantErr: boom},
		{name: "a withdrawal overtook the reply", store: scriptedStore{created: true, withdrawn: true}, log: "reply withdrawn by the citizen"},
		{name: "settling the withdrawal fails", store: scriptedStore{created: true, settleErr: boom}, wantErr: boom, errText: "withdrawal of"},
		{name: "urgent: published, then marked", urgent: true, store: scriptedStore{created: true}, published: 1, marked: 1, log: "urgent feedback stored"},
		{name: "urgent and withdrawn: still alerted", urgent: true, store: scriptedStore{created: true, withdrawn: true}, published: 1, marked: 1},
		{name: "urgent, already alerted: not again", urgent: true, store: scriptedStore{created: false, alerted: true}},
		{name: "urgent, the alert mark cannot be read", urgent: true, store: scriptedStore{created: true, alertedErr: boom}, wantErr: boom},
		{name: "urgent, SNS refuses", urgent: true, store: scriptedStore{created: true, publishErr: boom}, wantErr: boom, errText: "alert urgent", alertFail: true},
		{name: "urgent, published but not marked: retried (at least once)", urgent: true, store: scriptedStore{created: true, markErr: boom}, wantErr: boom, published: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sub, err := ParseSubmission([]byte(goodSubmission))
			if err != nil {
				t.Fatal(err)
			}
			if tc.urgent {
				sub.Channel, sub.Answers.Rating, sub.Answers.Comment = feedback.Channel112, 1, urgentComment
			}
			store := tc.store
			var logs, emf bytes.Buffer
			s := NewService(&store, &store, feedback.DefaultSLA(), time.Now, slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))).
				WithMetrics(metrics.New(&emf, "Test", "classify"))
			err = s.Handle(context.Background(), sub)
			if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
				t.Fatalf("Handle: %v, want %v", err, tc.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), tc.errText) {
				t.Errorf("error %q does not say %q", err, tc.errText)
			}
			if store.published != tc.published || store.marked != tc.marked {
				t.Errorf("published %d marked %d, want %d and %d", store.published, store.marked, tc.published, tc.marked)
			}
			if tc.store.saveErr == nil && store.settled != 1 {
				t.Errorf("withdrawal settled %d times, want once after every save", store.settled)
			}
			if !tc.urgent && store.alertedAsked != 0 {
				t.Errorf("a reply that is not urgent asked for its alert mark")
			}
			if !strings.Contains(logs.String(), tc.log) {
				t.Errorf("log lacks %q: %s", tc.log, logs.String())
			}
			if got := strings.Contains(emf.String(), `"`+metrics.AlertPublishFails+`"`); got != tc.alertFail {
				t.Errorf("alert publish failure metric %v, want %v", got, tc.alertFail)
			}
			if len(store.saved) == 1 {
				it := store.saved[0]
				if it.ID != sub.Reference || it.DueAt.IsZero() || it.Urgent != tc.urgent {
					t.Errorf("stored item %s due %v urgent %v", it.ID, it.DueAt, it.Urgent)
				}
			}
		})
	}
}

// TestParseSubmissionSampleAndLimits: a sample weight outside (0, 1] is dropped (the reply counts with
// weight 1, never lost), a valid one kept; an oversize message and a missing submittedAt are refused.
func TestParseSubmissionSampleAndLimits(t *testing.T) {
	tests := []struct {
		name     string
		body     string
		ok       bool
		withProb float64 // 0: no sample expected
	}{
		{"a valid sample kept", strings.Replace(goodSubmission, `"language":"da"`, `"language":"da","sample":{"probability":0.25}`, 1), true, 0.25},
		{"a zero weight dropped", strings.Replace(goodSubmission, `"language":"da"`, `"language":"da","sample":{"probability":0}`, 1), true, 0},
		{"a weight over 1 dropped", strings.Replace(goodSubmission, `"language":"da"`, `"language":"da","sample":{"probability":1.5}`, 1), true, 0},
		{"oversize", strings.Replace(goodSubmission, `ventede længe`, strings.Repeat("a", MaxMessageBytes), 1), false, 0},
		{"no submittedAt", strings.Replace(goodSubmission, `"submittedAt":"2026-11-26T15:10:00Z",`, ``, 1), false, 0},
		{"a channel that is not 112 or 114", strings.Replace(goodSubmission, `"channel":"114"`, `"channel":"113"`, 1), false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sub, err := ParseSubmission([]byte(tc.body))
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok=%v", err, tc.ok)
			}
			if err != nil {
				if !errors.Is(err, feedback.ErrInvalid) {
					t.Errorf("error %v is not feedback.ErrInvalid", err)
				}
				return
			}
			switch {
			case tc.withProb == 0 && sub.Sample != nil:
				t.Errorf("sample %+v kept, want dropped", sub.Sample)
			case tc.withProb != 0 && (sub.Sample == nil || sub.Sample.Probability != tc.withProb):
				t.Errorf("sample %+v, want probability %v", sub.Sample, tc.withProb)
			}
		})
	}
}
