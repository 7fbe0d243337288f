package motostack

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"sync"
)

// moto applies each DynamoDB request without locking: two concurrent conditional writes on one
// item can both pass their condition, and a failed transaction restores a snapshot of the whole
// table taken before it started, undoing writes that other threads made meanwhile. DynamoDB
// itself serialises conditional writes per item. So local clients send DynamoDB writes one at a
// time (per process), which restores the semantics the code relies on; reads stay concurrent.
var dynamoWrites sync.Mutex

// Transport is the HTTP transport of every local AWS client: next, with DynamoDB writes
// serialised (see dynamoWrites).
func Transport(next http.RoundTripper) http.RoundTripper { return serialWrites{next: next} }

type serialWrites struct{ next http.RoundTripper }

func (s serialWrites) RoundTrip(r *http.Request) (*http.Response, error) {
	op, ok := strings.CutPrefix(r.Header.Get("X-Amz-Target"), "DynamoDB_20120810.")
	if ok && (op == "PutItem" || op == "UpdateItem" || op == "DeleteItem" || op == "TransactWriteItems" || op == "BatchWriteItem") {
		dynamoWrites.Lock()
		defer dynamoWrites.Unlock()
		resp, err := s.next.RoundTrip(r)
		if err == nil {
			// The write is applied once moto answers; read the body inside the lock so the
			// connection is free for the next writer.
			resp.Body = bufferBody(resp)
		}
		return resp, err
	}
	return s.next.RoundTrip(r)
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
