package httpapi

import (
	"compress/gzip"
	"context"
	"encoding/base64"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"
)

func TestCompress(t *testing.T) {
	big := strings.Repeat(`{"id":"FB-12345678","text":"ventede længe"},`, 100) // ~4.4 KB
	handler := func(ct, body string, status int) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", ct)
			w.Header().Set("Content-Length", strconv.Itoa(len(body)))
			w.WriteHeader(status)
			for i := 0; i < len(body); i += 700 { // several writes, across the threshold
				_, _ = io.WriteString(w, body[i:min(i+700, len(body))])
			}
		})
	}
	for _, tc := range []struct {
		name, method, accept, rangeHdr, ct, body string
		status                                   int
		gzipped                                  bool
	}{
		{"big JSON, gzip accepted", "GET", "gzip, deflate, br", "", "application/json", big, 200, true},
		{"big HTML, problem+json error", "GET", "gzip", "", "application/problem+json", big, 422, true},
		{"big CSS, any encoding", "GET", "*", "", "text/css; charset=utf-8", big, 200, true},
		{"small JSON", "GET", "gzip", "", "application/json", `{"ok":true}`, 200, false},
		{"no Accept-Encoding", "GET", "", "", "application/json", big, 200, false},
		{"gzip refused with q=0", "GET", "gzip;q=0, br", "", "application/json", big, 200, false},
		{"gzip refused despite *", "GET", "*, gzip;q=0", "", "application/json", big, 200, false},
		{"not text", "GET", "gzip", "", "image/png", big, 200, false},
		{"HEAD", "HEAD", "gzip", "", "application/json", big, 200, false},
		{"range request", "GET", "gzip", "bytes=0-99", "text/css", big, 200, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(tc.method, "/x", nil)
			if tc.accept != "" {
				r.Header.Set("Accept-Encoding", tc.accept)
			}
			if tc.rangeHdr != "" {
				r.Header.Set("Range", tc.rangeHdr)
			}
			w := httptest.NewRecorder()
			Compress(handler(tc.ct, tc.body, tc.status)).ServeHTTP(w, r)
			res := w.Result()
			if res.StatusCode != tc.status {
				t.Errorf("status %d, want %d", res.StatusCode, tc.status)
			}
			if v := res.Header.Get("Vary"); v != "Accept-Encoding" {
				t.Errorf("Vary = %q", v)
			}
			got := w.Body.Bytes()
			if enc := res.Header.Get("Content-Encoding"); (enc == "gzip") != tc.gzipped {
				t.Fatalf("Content-Encoding = %q, want gzipped %v", enc, tc.gzipped)
			}
			if tc.gzipped {
				if res.Header.Get("Content-Length") != "" {
					t.Errorf("a compressed answer keeps the identity Content-Length %s", res.Header.Get("Content-Length"))
				}
				if len(got) >= len(tc.body)/3 {
					t.Errorf("compressed to %d of %d bytes", len(got), len(tc.body))
				}
				zr, err := gzip.NewReader(w.Body)
				if err != nil {
					t.Fatal(err)
				}
				if got, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
			} else if cl := res.Header.Get("Content-Length"); cl != strconv.Itoa(len(tc.body)) {
				t.Errorf("Content-Length = %q, want %d", cl, len(tc.body))
			}
			if string(got) != tc.body && tc.method != "HEAD" {
				t.Errorf("body differs: %d bytes, want %d", len(got), len(tc.body))
			}
		})
	}
}

// Through the Lambda adapter a compressed answer goes out base64-encoded with its encoding header;
// a small one stays a plain string.
func TestCompressThroughLambda(t *testing.T) {
	for _, tc := range []struct {
		name    string
		size    int
		base64  bool
		encoded string
	}{
		{"big", 5000, true, "gzip"},
		{"small", 100, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := strings.Repeat("a", tc.size)
			h := Compress(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				_, _ = io.WriteString(w, body)
			}))
			resp, err := Lambda(h)(context.Background(), events.APIGatewayV2HTTPRequest{RawPath: "/f/x",
				Headers:        map[string]string{"accept-encoding": "gzip"},
				RequestContext: events.APIGatewayV2HTTPRequestContext{HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "GET"}}})
			if err != nil {
				t.Fatal(err)
			}
			if resp.IsBase64Encoded != tc.base64 || resp.Headers["Content-Encoding"] != tc.encoded {
				t.Fatalf("base64 %v, Content-Encoding %q; want %v, %q", resp.IsBase64Encoded, resp.Headers["Content-Encoding"], tc.base64, tc.encoded)
			}
			got := []byte(resp.Body)
			if tc.base64 {
				raw, err := base64.StdEncoding.DecodeString(resp.Body)
				if err != nil {
					t.Fatal(err)
				}
				zr, err := gzip.NewReader(strings.NewReader(string(raw)))
				if err != nil {
					t.Fatal(err)
				}
				if got, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
			}
			if string(got) != body {
				t.Errorf("body differs")
			}
		})
	}
}
