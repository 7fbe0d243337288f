// Package metrics writes CloudWatch embedded metric format (EMF) lines: one JSON object per
// observation on the function's log stream (stdout in Lambda), which CloudWatch Logs turns into
// metrics in resources.MetricsNamespace without an API call or an SDK on the request path.
// Every metric carries the Function dimension, and optionally one more (a reason, a category, an
// outcome), in which case it is also published with Function alone. Dimension values must never be personal data: they are fixed vocabularies.
package metrics

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Units used here (CloudWatch's names).
const (
	Count        = "Count"
	Milliseconds = "Milliseconds"
)

// Names of the metrics the functions emit (the CDK stack's alarms and dashboard use the same).
const (
	Suppressed        = "InviteSuppressed"     // invite: an invitation not sent, dimension Reason
	SMSSent           = "InviteSMSSent"        // invite: an invitation SMS handed to SNS
	FormOutcome       = "FormOutcome"          // form: an answer, dimension Status (200, 404, 410, 413, 422, 429)
	Classified        = "Classified"           // classify: a stored item, dimension Category
	BatchItemFailures = "BatchItemFailures"    // invite, classify: SQS records handed back for retry
	AlertPublishFails = "AlertPublishFailures" // classify: an urgent alert SNS did not take
	ClassifierLatency = "ClassifierLatency"    // classify: time to classify one comment, ms
	ReminderSent      = "ReminderSent"         // reminder: a reminder SMS handed to SNS
	ReminderSkipped   = "ReminderSkipped"      // reminder: a reminder not sent, dimension Reason
)

// Dimension names.
const (
	DimFunction = "Function"
	DimReason   = "Reason"
	DimStatus   = "Status"
	DimCategory = "Category"
)

// Emitter writes EMF lines for one function. A nil *Emitter emits nothing, so code under test
// that does not care about metrics passes nil.
type Emitter struct {
	mu        sync.Mutex
	w         io.Writer
	namespace string
	function  string
	now       func() time.Time
}

// New returns an emitter writing to w (os.Stdout in Lambda) in namespace for function.
func New(w io.Writer, namespace, function string) *Emitter {
	return &Emitter{w: w, namespace: namespace, function: function, now: time.Now}
}

// Count emits value of a Count metric; dim is an optional second dimension as name, value.
func (e *Emitter) Count(name string, value float64, dim ...string) {
	e.emit(name, Count, value, dim)
}

// Duration emits d as a Milliseconds metric; dim as in Count.
func (e *Emitter) Duration(name string, d time.Duration, dim ...string) {
	e.emit(name, Milliseconds, float64(d.Nanoseconds())/1e6, dim)
}

type metricDef struct {
	Name string `json:"Name"`
	Unit string `json:"Unit"`
}

type directive struct {
	Namespace  string      `json:"Namespace"`
	Dimensions [][]string  `json:"Dimensions"`
	Metrics    []metricDef `json:"Metrics"`
}

func (e *Emitter) emit(name, unit string, value float64, dim []string) {
	if e == nil {
		return
	}
	// With a second dimension the metric is published twice: per function (what alarms use) and
	// per function and that dimension (what the dashboard breaks down).
	dims := [][]string{{DimFunction}}
	line := map[string]any{DimFunction: e.function, name: value}
	if len(dim) == 2 {
		dims = append(dims, []string{DimFunction, dim[0]})
		line[dim[0]] = dim[1]
	}
	line["_aws"] = map[string]any{
		"Timestamp":         e.now().UnixMilli(),
		"CloudWatchMetrics": []directive{{Namespace: e.namespace, Dimensions: dims, Metrics: []metricDef{{Name: name, Unit: unit}}}},
	}
	b, err := json.Marshal(line)
	if err != nil {
		return // only plain strings and numbers go in: cannot happen
	}
	b = append(b, '\n')
	e.mu.Lock()
	defer e.mu.Unlock()
	_, _ = e.w.Write(b) // a lost metric line must never fail the request
}

// Outcomes wraps h to count its answers to the requests include selects as the metric name with
// the Status dimension (the status code as text: "200", "410", …).
func Outcomes(h http.Handler, e *Emitter, name string, include func(*http.Request) bool) http.Handler {
	if e == nil {
		return h
	}
	return outcomes{inner: h, HandlerFunc: func(w http.ResponseWriter, r *http.Request) {
		if !include(r) {
			h.ServeHTTP(w, r)
			return
		}
		sw := &statusWriter{ResponseWriter: w}
		defer func() { // also when h panics: the Lambda adapter answers 500
			status := sw.status
			if p := recover(); p != nil {
				e.Count(name, 1, DimStatus, "500")
				panic(p)
			}
			if status == 0 {
				status = http.StatusOK
			}
			e.Count(name, 1, DimStatus, strconv.Itoa(status))
		}()
		h.ServeHTTP(sw, r)
	}}
}

// outcomes is the counting handler; it still tells the routes of the handler it wraps, so make
// preflight sees them through it.
type outcomes struct {
	http.HandlerFunc
	inner http.Handler
}

// Patterns returns the wrapped handler's patterns (nil when it does not tell them).
func (o outcomes) Patterns() []string {
	if p, ok := o.inner.(interface{ Patterns() []string }); ok {
		return p.Patterns()
	}
	return nil
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the writer underneath.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
