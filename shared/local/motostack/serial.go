package motostack

import (
	"bytes"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"
)

// moto applies each DynamoDB request without locking: two concurrent conditional writes on one
// item can both pass their condition, and a failed transaction restores a snapshot of the whole
// table taken before it started, undoing writes that other threads made meanwhile. DynamoDB
// itself serialises conditional writes per item. So local clients send DynamoDB writes one at a
// time (per process), which restores the semantics the code relies on; reads stay concurrent.
var dynamoWrites sync.Mutex

// Transport is the HTTP transport of every local AWS client: next, with DynamoDB writes
// serialised (see dynamoWrites) and every call tallied by operation (Calls).
func Transport(next http.RoundTripper) http.RoundTripper { return serialWrites{next: next} }

type serialWrites struct{ next http.RoundTripper }

func (s serialWrites) RoundTrip(r *http.Request) (*http.Response, error) {
	op := operation(r)
	start := time.Now()
	if isDynamoWrite(op) {
		dynamoWrites.Lock()
		defer dynamoWrites.Unlock()
		queued := time.Since(start)
		resp, err := s.next.RoundTrip(r)
		if err == nil {
			// The write is applied once moto answers; read the body inside the lock so the
			// connection is free for the next writer.
			resp.Body = bufferBody(resp)
		}
		calls.add(op, time.Since(start)-queued, queued)
		return resp, err
	}
	resp, err := s.next.RoundTrip(r)
	calls.add(op, time.Since(start), 0)
	return resp, err
}

// operation names a request's AWS operation: "DynamoDB.PutItem", "SQS.ReceiveMessage" (the JSON
// protocols' X-Amz-Target), else the service from the signing scope ("sns", "cognito-idp").
func operation(r *http.Request) string {
	t := r.Header.Get("X-Amz-Target")
	if svc, op, ok := strings.Cut(t, "."); ok {
		switch {
		case strings.HasPrefix(svc, "DynamoDB"):
			svc = "DynamoDB"
		case svc == "AmazonSQS":
			svc = "SQS"
		}
		return svc + "." + op
	}
	// Authorization: AWS4-HMAC-SHA256 Credential=test/20261207/eu-north-1/sns/aws4_request, …
	if _, cred, ok := strings.Cut(r.Header.Get("Authorization"), "Credential="); ok {
		if parts := strings.Split(cred, "/"); len(parts) > 3 {
			return parts[3]
		}
	}
	return "other"
}

func isDynamoWrite(op string) bool {
	switch op {
	case "DynamoDB.PutItem", "DynamoDB.UpdateItem", "DynamoDB.DeleteItem", "DynamoDB.TransactWriteItems", "DynamoDB.BatchWriteItem":
		return true
	}
	return false
}

// CallStat is what this process's calls of one operation to the emulator took.
type CallStat struct {
	Op    string
	Calls int
	// Time is the time from sending a request to its answer's headers (a write's whole answer):
	// the emulator's work plus its queue when busy, and for SQS.ReceiveMessage the long poll.
	Time time.Duration
	// Queued is the time DynamoDB writes waited for each other (the serialisation above): a cost
	// of emulating DynamoDB's per-item ordering locally, not of the emulator or AWS.
	Queued time.Duration
}

type callTally struct {
	mu sync.Mutex
	m  map[string]*CallStat
}

var calls = callTally{m: map[string]*CallStat{}}

func (t *callTally) add(op string, d, queued time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.m[op]
	if s == nil {
		s = &CallStat{Op: op}
		t.m[op] = s
	}
	s.Calls++
	s.Time += d
	s.Queued += queued
}

// Calls returns the tally of every call made through Transport in this process so far, the
// longest total time first. Subtract an earlier snapshot (CallsSince) to measure a stretch.
func Calls() []CallStat {
	calls.mu.Lock()
	out := make([]CallStat, 0, len(calls.m))
	for _, s := range calls.m {
		out = append(out, *s)
	}
	calls.mu.Unlock()
	sort.Slice(out, func(i, j int) bool {
		if out[i].Time != out[j].Time {
			return out[i].Time > out[j].Time
		}
		return out[i].Op < out[j].Op
	})
	return out
}

// CallsSince is Calls minus the snapshot before (taken with Calls), the longest total time first.
func CallsSince(before []CallStat) []CallStat {
	prev := map[string]CallStat{}
	for _, s := range before {
		prev[s.Op] = s
	}
	var out []CallStat
	for _, s := range Calls() {
		p := prev[s.Op]
		if d := (CallStat{Op: s.Op, Calls: s.Calls - p.Calls, Time: s.Time - p.Time, Queued: s.Queued - p.Queued}); d.Calls > 0 {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time > out[j].Time })
	return out
}

func bufferBody(resp *http.Response) io.ReadCloser {
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return io.NopCloser(errReader{err})
	}
	return io.NopCloser(bytes.NewReader(b))
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
