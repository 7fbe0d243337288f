package metrics

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// emfLine is the part of an EMF line the tests check.
type emfLine struct {
	AWS struct {
		Timestamp         int64
		CloudWatchMetrics []struct {
			Namespace  string
			Dimensions [][]string
			Metrics    []struct{ Name, Unit string }
		}
	} `json:"_aws"`
}

func parse(t *testing.T, out *bytes.Buffer) []map[string]any {
	t.Helper()
	var docs []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if line == "" {
			continue
		}
		var doc map[string]any
		var emf emfLine
		if json.Unmarshal([]byte(line), &doc) != nil || json.Unmarshal([]byte(line), &emf) != nil ||
			len(emf.AWS.CloudWatchMetrics) != 1 || emf.AWS.Timestamp != 1765065600000 {
			t.Fatalf("not an EMF line: %s", line)
		}
		d := emf.AWS.CloudWatchMetrics[0]
		if d.Namespace != "Borgerfeedback" || len(d.Metrics) != 1 || len(d.Dimensions) < 1 || len(d.Dimensions) > 2 ||
			strings.Join(d.Dimensions[0], ",") != "Function" || (len(d.Dimensions) == 2 && (len(d.Dimensions[1]) != 2 || d.Dimensions[1][0] != "Function")) {
			t.Fatalf("EMF directive (want [[Function]] or [[Function], [Function, X]]): %s", line)
		}
		last := d.Dimensions[len(d.Dimensions)-1]
		for _, dim := range last {
			if _, ok := doc[dim].(string); !ok {
				t.Errorf("dimension %s has no value: %s", dim, line)
			}
		}
		if _, ok := doc[d.Metrics[0].Name].(float64); !ok {
			t.Errorf("metric %s has no value: %s", d.Metrics[0].Name, line)
		}
		doc["_name"], doc["_unit"], doc["_dims"] = d.Metrics[0].Name, d.Metrics[0].Unit, strings.Join(last, ",")
		docs = append(docs, doc)
	}
	return docs
}

func newTest(out *bytes.Buffer) *Emitter {
	e := New(out, "Borgerfeedback", "form")
	e.now = func() time.Time { return time.UnixMilli(1765065600000) }
	return e
}

func TestEmitter(t *testing.T) {
	for _, tc := range []struct {
		name               string
		emit               func(e *Emitter)
		metric, unit, dims string
		value              float64
		dimName, dimValue  string
	}{
		{"count", func(e *Emitter) { e.Count(SMSSent, 1) }, SMSSent, "Count", "Function", 1, "", ""},
		{"count by reason", func(e *Emitter) { e.Count(Suppressed, 3, DimReason, "quiet_hours") }, Suppressed, "Count", "Function,Reason", 3, DimReason, "quiet_hours"},
		{"duration", func(e *Emitter) { e.Duration(ClassifierLatency, 1500*time.Microsecond) }, ClassifierLatency, "Milliseconds", "Function", 1.5, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			tc.emit(newTest(&out))
			docs := parse(t, &out)
			if len(docs) != 1 {
				t.Fatalf("%d lines, want 1", len(docs))
			}
			d := docs[0]
			if d["_name"] != tc.metric || d["_unit"] != tc.unit || d["_dims"] != tc.dims || d[tc.metric] != tc.value || d["Function"] != "form" {
				t.Errorf("line %v, want %s %s %s = %v", d, tc.metric, tc.unit, tc.dims, tc.value)
			}
			if tc.dimName != "" && d[tc.dimName] != tc.dimValue {
				t.Errorf("%s = %v, want %s", tc.dimName, d[tc.dimName], tc.dimValue)
			}
		})
	}
	var nilEmitter *Emitter
	nilEmitter.Count(SMSSent, 1) // must not panic
}

func TestOutcomes(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /f/ok", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok")) })
	mux.HandleFunc("GET /f/gone", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(410) })
	mux.HandleFunc("POST /f/big", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(413); w.WriteHeader(200) })
	mux.HandleFunc("GET /other", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("GET /f/panic", func(w http.ResponseWriter, r *http.Request) { panic("boom") })
	for _, tc := range []struct {
		method, path string
		want         string // Status dimension, "" for no line
	}{
		{"GET", "/f/ok", "200"}, {"GET", "/f/gone", "410"}, {"POST", "/f/big", "413"}, {"GET", "/f/nothing", "404"},
		{"GET", "/other", ""}, {"GET", "/f/panic", "500"},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			var out bytes.Buffer
			h := Outcomes(mux, newTest(&out), FormOutcome, func(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/f/") })
			func() {
				defer func() { _ = recover() }()
				h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(tc.method, tc.path, nil))
			}()
			docs := parse(t, &out)
			switch {
			case tc.want == "" && len(docs) != 0:
				t.Errorf("lines for an excluded path: %v", docs)
			case tc.want != "" && (len(docs) != 1 || docs[0]["Status"] != tc.want || docs[0]["_name"] != FormOutcome || docs[0]["_dims"] != "Function,Status"):
				t.Errorf("lines %v, want one FormOutcome Status=%s", docs, tc.want)
			}
		})
	}
}

// TestHold: while held, observations wait; the release writes one line per metric and dimension
// value, its values as an array (a single value stays a number), and nothing is lost or merged
// across dimension values.
func TestHold(t *testing.T) {
	var out bytes.Buffer
	e := newTest(&out)
	release := e.Hold()
	for range 3 {
		e.Duration(ClassifierLatency, 2*time.Millisecond)
	}
	e.Count(Classified, 1, DimCategory, "service")
	e.Count(Classified, 1, DimCategory, "wait")
	e.Count(Classified, 1, DimCategory, "service")
	for range 150 {
		e.Count(SMSSent, 1)
	}
	if out.Len() != 0 {
		t.Fatalf("written while held: %s", out.String())
	}
	release()
	values := map[string][]float64{}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	for _, line := range lines {
		var doc map[string]any
		var emf emfLine
		if json.Unmarshal([]byte(line), &doc) != nil || json.Unmarshal([]byte(line), &emf) != nil || len(emf.AWS.CloudWatchMetrics) != 1 ||
			len(emf.AWS.CloudWatchMetrics[0].Metrics) != 1 {
			t.Fatalf("not an EMF line of one metric: %s", line)
		}
		name := emf.AWS.CloudWatchMetrics[0].Metrics[0].Name
		k := name
		if c, ok := doc[DimCategory].(string); ok {
			k += "/" + c
		}
		switch v := doc[name].(type) {
		case float64:
			values[k] = append(values[k], v)
		case []any:
			if len(v) < 2 || len(v) > maxValues {
				t.Errorf("%s: %d values in one array", k, len(v))
			}
			for _, x := range v {
				values[k] = append(values[k], x.(float64))
			}
		default:
			t.Fatalf("%s has no value: %s", name, line)
		}
	}
	// 150 SMSSent need two lines (EMF takes at most 100 values in an array)
	if len(lines) != 5 || len(values[ClassifierLatency]) != 3 || values[ClassifierLatency][0] != 2 ||
		len(values[Classified+"/service"]) != 2 || len(values[Classified+"/wait"]) != 1 || len(values[SMSSent]) != 150 {
		t.Errorf("%d lines, values %v", len(lines), values)
	}
	out.Reset()
	e.Count(SMSSent, 1) // released: written at once again
	if strings.Count(out.String(), "\n") != 1 {
		t.Errorf("after release: %q", out.String())
	}
}
