package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"
)

// TestLambdaPanic: a handler panic answers a 500 problem that keeps every security header and
// carries no internal text, and it is logged with the request id and the stack.
func TestLambdaPanic(t *testing.T) {
	const secret = "dynamodb: table feedback-prod unreachable at 10.0.0.7"
	for _, tc := range []struct {
		name      string
		handler   http.HandlerFunc
		wantPanic string // in the log
	}{
		{"panic before writing", func(http.ResponseWriter, *http.Request) { panic(errors.New(secret)) }, secret},
		{"panic after headers and part of the body", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Set-Cookie", "session=abc")
			w.Header().Set("Content-Encoding", "gzip")
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write([]byte("<p>half a page " + secret))
			panic(secret)
		}, secret},
		{"panic with a nil map write", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "no-store")
			var m map[string]int
			m[secret]++
		}, "assignment to entry in nil map"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var logBuf bytes.Buffer
			log := slog.New(slog.NewJSONHandler(&logBuf, nil))
			mux := http.NewServeMux()
			mux.Handle("GET /f/{token}", tc.handler)
			h := SecureHeaders(mux, "default-src 'none'", true)
			ev := events.APIGatewayV2HTTPRequest{RawPath: "/f/abc", RequestContext: events.APIGatewayV2HTTPRequestContext{
				RequestID: "req-7f3a", HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "GET", Path: "/f/abc"}}}
			resp, err := LambdaLogged(h, log)(context.Background(), ev)
			if err != nil {
				t.Fatalf("Lambda error %v, want a 500 answer", err)
			}
			if resp.StatusCode != http.StatusInternalServerError {
				t.Errorf("status %d, want 500", resp.StatusCode)
			}
			for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
				"Cross-Origin-Opener-Policy", "Strict-Transport-Security"} {
				if resp.Headers[k] == "" {
					t.Errorf("security header %s missing on the 500: %v", k, resp.Headers)
				}
			}
			if ct := resp.Headers["Content-Type"]; ct != "application/problem+json" {
				t.Errorf("Content-Type %q, want application/problem+json", ct)
			}
			if resp.Headers["Content-Encoding"] != "" || len(resp.Cookies) > 0 {
				t.Errorf("the half-written answer leaked: headers %v cookies %v", resp.Headers, resp.Cookies)
			}
			if strings.Contains(resp.Body, "dynamodb") || strings.Contains(resp.Body, "half a page") || strings.Contains(resp.Body, "goroutine") {
				t.Errorf("body carries internal text: %s", resp.Body)
			}
			var problem map[string]any
			if err := json.Unmarshal([]byte(resp.Body), &problem); err != nil || problem["status"] != float64(500) {
				t.Errorf("body %q is not a 500 problem (%v)", resp.Body, err)
			}
			var entry map[string]any
			if err := json.Unmarshal(logBuf.Bytes(), &entry); err != nil {
				t.Fatalf("want one JSON log line, got %q: %v", logBuf.String(), err)
			}
			if entry["level"] != "ERROR" || entry["msg"] != "handler panic" || entry["apiRequestId"] != "req-7f3a" ||
				entry["route"] != "GET /f/{token}" {
				t.Errorf("log entry %v lacks level, message, request id or route", entry)
			}
			if p, _ := entry["panic"].(string); !strings.Contains(p, tc.wantPanic) {
				t.Errorf("log panic value %q, want the panic's text", p)
			}
			if st, _ := entry["stack"].(string); !strings.Contains(st, "panic_test.go") {
				t.Errorf("log stack does not show the panicking frame: %q", st)
			}
		})
	}
}
