package awscall_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"borgerfeedback/shared/awscall"
)

// Calls from a configuration without an HTTP client share one, so they reuse a kept-alive
// connection (in AWS: no TLS handshake per call).
func TestCallsReuseTheirConnection(t *testing.T) {
	var conns atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		_, _ = w.Write([]byte(`{}`))
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()
	cfg := aws.Config{Region: "eu-north-1", BaseEndpoint: aws.String(srv.URL), Credentials: credentials.NewStaticCredentialsProvider("AKID", "SECRET", "")}
	svc := awscall.Service{ID: "SQS", SigningName: "sqs", Endpoint: "sqs", TargetPrefix: "AmazonSQS", ContentType: "application/x-amz-json-1.0"}
	const calls = 10
	for range calls {
		var out struct{}
		if err := awscall.JSON(context.Background(), cfg, svc, "GetQueueUrl", &struct{ QueueName string }{"q"}, &out); err != nil {
			t.Fatal(err)
		}
		// A connection goes back to the idle pool from the transport's own goroutine after the
		// answer is read, so on a loaded machine a call made at once can start before that and
		// open a second one: the pause gives that goroutine its turn (a client per call, the
		// fault this test is for, opens a connection per call however long the pause). 20 ms was
		// not enough once under a full `make test` at a high load (5 connections for 10 calls), and
		// neither was 100 ms once in session 13 (5 again).
		time.Sleep(100 * time.Millisecond)
	}
	// A client per call opens one connection per call, every time; a shared client reuses its
	// connection for most calls (about 1 on a quiet machine), though a loaded one may open a few more.
	if n := conns.Load(); n >= calls {
		t.Errorf("%d connections for %d calls, want them reused (about 1)", n, calls)
	}
}
