package intake

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/sqsbatch"
)

// TestHandleSQSEmitsMetrics: a batch with one good and one broken record emits, as EMF lines in
// the Borgerfeedback namespace with the Function dimension, the classifier's latency, one
// classification by category and one batch item failure.
func TestHandleSQSEmitsMetrics(t *testing.T) {
	var out bytes.Buffer
	store := &memStore{}
	m := metrics.New(&out, "Borgerfeedback", "classify")
	svc := NewService(store, store, feedback.DefaultSLA(), time.Now, slog.New(slog.DiscardHandler)).WithMetrics(m)
	// as classifyapp wires it: the batch failures are counted by the SQS adapter
	s := &sqsbatch.Consumer[feedback.Submission]{Decode: ParseSubmission, Handle: svc.Handle, Log: slog.New(slog.DiscardHandler), Metrics: m}
	ev := events.SQSEvent{Records: []events.SQSMessage{{MessageId: "m1", Body: goodSubmission}, {MessageId: "m2", Body: "{}"}}}
	resp, err := s.HandleSQS(context.Background(), ev)
	if err != nil || len(resp.BatchItemFailures) != 1 {
		t.Fatalf("HandleSQS: %v, %d failures, want 1", err, len(resp.BatchItemFailures))
	}
	type want struct {
		unit     string
		dim      string // second dimension, "" for none
		dimValue string
		value    float64 // -1: any positive
	}
	wants := map[string]want{
		metrics.ClassifierLatency: {metrics.Milliseconds, "", "", -1},
		metrics.Classified:        {metrics.Count, metrics.DimCategory, store.items[0].Category, 1},
		metrics.BatchItemFailures: {metrics.Count, "", "", 1},
	}
	seen := map[string]bool{}
	for _, line := range bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n")) {
		var doc map[string]any
		if err := json.Unmarshal(line, &doc); err != nil {
			t.Fatalf("not a JSON line: %s", line)
		}
		var emf struct {
			AWS struct {
				Timestamp         int64 `json:"Timestamp"`
				CloudWatchMetrics []struct {
					Namespace  string
					Dimensions [][]string
					Metrics    []struct{ Name, Unit string }
				}
			} `json:"_aws"`
		}
		if err := json.Unmarshal(line, &emf); err != nil || len(emf.AWS.CloudWatchMetrics) != 1 || emf.AWS.Timestamp == 0 {
			t.Fatalf("not an EMF line: %s", line)
		}
		d := emf.AWS.CloudWatchMetrics[0]
		if d.Namespace != "Borgerfeedback" || len(d.Metrics) != 1 || len(d.Dimensions) < 1 || len(d.Dimensions[0]) != 1 || d.Dimensions[0][0] != "Function" || doc["Function"] != "classify" {
			t.Fatalf("EMF line shape: %s", line)
		}
		name := d.Metrics[0].Name
		w, ok := wants[name]
		if !ok {
			t.Errorf("unexpected metric %s", line)
			continue
		}
		seen[name] = true
		if d.Metrics[0].Unit != w.unit {
			t.Errorf("%s unit %s, want %s", name, d.Metrics[0].Unit, w.unit)
		}
		if w.dim != "" && (len(d.Dimensions) != 2 || len(d.Dimensions[1]) != 2 || d.Dimensions[1][1] != w.dim || doc[w.dim] != w.dimValue) {
			t.Errorf("%s: dimensions %v, want Function and %s=%s: %s", name, d.Dimensions, w.dim, w.dimValue, line)
		}
		if w.dim == "" && len(d.Dimensions) != 1 {
			t.Errorf("%s: dimensions %v, want Function only", name, d.Dimensions)
		}
		v, _ := doc[name].(float64)
		if (w.value < 0 && v <= 0) || (w.value >= 0 && v != w.value) {
			t.Errorf("%s = %v, want %v", name, doc[name], w.value)
		}
	}
	for name := range wants {
		if !seen[name] {
			t.Errorf("no %s line in:\n%s", name, out.String())
		}
	}
}
