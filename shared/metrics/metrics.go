// Package metrics writes CloudWatch embedded metric format (EMF) lines on the function's log stream
// (stdout in Lambda), which CloudWatch Logs turns into metrics in resources.MetricsNamespace without
// an API call or an SDK on the request path: one JSON object per observation, or, while held (an
// SQS batch: Hold), one per metric and dimension value for the whole invocation, its values as an
// array (log bytes are billed; every statistic stays as with one line each).
// Every metric carries the Function dimension, and optionally one more (a reason, a category, an
// outcome), in which case it is also published with Function alone. Dimension values must never be personal data: they are fixed vocabularies.
package metrics

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
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
	held      int           // open Holds
	gathered  []observation // observations while held, in order
}

// observation is one value of a metric, with its optional second dimension (name, value).
type observation struct {
	name, unit string
	value      float64
	dim        []string
}

// maxValues is EMF's limit of values in one metric's array.
const maxValues = 100

// Hold gathers the emitter's observations until release is called: then everything gathered goes
// out as one line per metric and dimension value, its values as an array (one value stays a
// number). Holds may overlap (invocations run concurrently on the local stack): each release
// writes what was gathered so far, so no observation waits beyond the end of its own hold. A nil
// *Emitter holds nothing.
func (e *Emitter) Hold() (release func()) {
	if e == nil {
		return func() {}
	}
	e.mu.Lock()
	e.held++
	e.mu.Unlock()
	return func() {
		e.mu.Lock()
		defer e.mu.Unlock()
		e.held--
		e.writeGathered()
	}
}

// writeGathered writes the gathered observations, grouped; e.mu is held.
func (e *Emitter) writeGathered() {
	type group struct {
		first  observation
		values []float64
	}
	var order []string
	groups := map[string]*group{}
	for _, o := range e.gathered {
		k := o.name + "\x00" + strings.Join(o.dim, "\x00")
		g := groups[k]
		if g == nil || len(g.values) == maxValues {
			if g != nil {
				e.write(g.first, g.values)
			}
			if g == nil {
				order = append(order, k)
			}
			g = &group{first: o}
			groups[k] = g
		}
		g.values = append(g.values, o.value)
	}
	for _, k := range order {
		e.write(groups[k].first, groups[k].values)
	}
	e.gathered = nil
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
	o := observation{name: name, unit: unit, value: value}
	if len(dim) == 2 {
		o.dim = dim
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.held > 0 {
		e.gathered = append(e.gathered, o)
		return
	}
	e.write(o, []float64{value})
}

// write writes one EMF line of o's metric and dimensions with values; e.mu is held.
func (e *Emitter) write(o observation, values []float64) {
	name, unit, dim := o.name, o.unit, o.dim
	var value any = values[0]
	if len(values) > 1 {
		value = values
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
