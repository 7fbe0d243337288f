package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"
)

// encodeAsLambda is what aws-lambda-go sends for a handler's answer (its encoder: no HTML escaping,
// a newline at the end).
func encodeAsLambda(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// seeAll answers with everything a handler can see of the request, so that a field the invoker's
// event leaves out shows as a different answer.
var seeAll = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var headers []string
	for k, vs := range r.Header {
		headers = append(headers, k+"="+strings.Join(vs, "|"))
	}
	slices.Sort(headers)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Add("Set-Cookie", "a=1")
	w.Header().Add("Set-Cookie", "b=2")
	w.Header().Set("X-Odd", "tab\there \u2028 \"q\" \\ \x01 \x7f <&>")
	fmt.Fprintf(w, "%s %s %s %s %d.%d host=%s remote=%s len=%d claims=%v\nheaders=%v\nbody=%q",
		r.Method, r.URL.String(), r.RequestURI, r.Proto, r.ProtoMajor, r.ProtoMinor, r.Host, r.RemoteAddr, r.ContentLength,
		AuthorizerClaims(r.Context()), headers, body)
})

// TestLambdaInvokerSameAnswers: for the repository's sample HTTP events and a set of answers,
// LambdaInvoker writes exactly the bytes aws-lambda-go writes for LambdaLogged, and the handler
// sees the same request.
func TestLambdaInvokerSameAnswers(t *testing.T) {
	payloads := map[string]string{
		"jwt sample": `{"version":"2.0","routeKey":"$default","rawPath":"/my/path","rawQueryString":"parameter1=value1&parameter1=value2&parameter2=value",
	"cookies":["cookie1","cookie2"],"headers":{"Header1":"value1","Header2":"value2","host":"api.example"},
	"requestContext":{"requestId":"r1","domainName":"d.example","authorizer":{"jwt":{"claims":{"claim1":"value1","claim2":"value2"},"scopes":["scope1","scope2"]}},
	"http":{"method":"POST","path":"/my/path","protocol":"HTTP/1.1","sourceIp":"192.0.2.1","userAgent":"agent"}},
	"body":"{\n\t\"a\": 1\n}","isBase64Encoded":false}`,
		"base64 body":   `{"rawPath":"/x","requestContext":{"http":{"method":"PUT","protocol":"HTTP/2.0","sourceIp":"2001:db8::1"}},"body":"aGVqIMOmw7jDpQ==","isBase64Encoded":true}`,
		"bad base64":    `{"rawPath":"/x","body":"%%%","isBase64Encoded":true}`,
		"no path":       `{"requestContext":{"domainName":"only.example","http":{"path":"/from/context"}}}`,
		"lambda author": `{"rawPath":"/x","requestContext":{"authorizer":{"lambda":{"k":1}}}}`,
	}
	files, _ := filepath.Glob("../../events/*.json")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(`"routeKey"`)) {
			payloads[filepath.Base(f)] = string(b)
		}
	}
	if len(payloads) < 10 {
		t.Fatalf("only %d sample events", len(payloads))
	}
	handlers := map[string]http.Handler{
		"see all": seeAll,
		"html": http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = io.WriteString(w, "<p>hej æøå \u2029 \x00 </p>\n<script>\"x\"</script>")
		}),
		"binary": http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "image/png")
			_, _ = w.Write([]byte{0x89, 'P', 'N', 'G', 0})
		}),
		"status only": http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }),
		"panic":       http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }),
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	for pname, payload := range payloads {
		for hname, h := range handlers {
			var ev events.APIGatewayV2HTTPRequest
			if err := json.Unmarshal([]byte(payload), &ev); err != nil {
				t.Fatalf("%s: %v", pname, err)
			}
			resp, err := LambdaLogged(h, log)(context.Background(), ev)
			if err != nil {
				t.Fatal(err)
			}
			want := encodeAsLambda(t, resp)
			got, err := LambdaInvoker(h, log).Invoke(context.Background(), []byte(payload))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s, %s:\n got %s\nwant %s", pname, hname, got, want)
			}
		}
	}
	if _, err := LambdaInvoker(seeAll, log).Invoke(context.Background(), []byte(`{"rawPath":`)); err == nil {
		t.Error("an event that is not JSON: no error")
	}
}

// TestAppendResponseShapes: nil and empty maps and lists, and the base64 flag, as encoding/json writes them.
func TestAppendResponseShapes(t *testing.T) {
	for _, r := range []events.APIGatewayV2HTTPResponse{
		{},
		{StatusCode: 200, Headers: map[string]string{}, MultiValueHeaders: map[string][]string{}, Cookies: []string{}},
		{StatusCode: 302, Headers: map[string]string{"b": "2", "a": "1", "é": "\xff"}, MultiValueHeaders: map[string][]string{"x": {"1", "2"}, "n": nil}, Cookies: []string{"c=1", ""}},
		{StatusCode: -1, Body: "AAEC", IsBase64Encoded: true},
	} {
		if got, want := appendResponse(nil, r), encodeAsLambda(t, r); !bytes.Equal(got, want) {
			t.Errorf("got %s\nwant %s", got, want)
		}
	}
}

// FuzzAppendJSONString: any string is encoded as encoding/json encodes it without HTML escaping.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", "æøå", "\"\\/", "\b\f\n\r\t\x00\x1f\x7f", "\u2028\u2029", "\xff\xfe", "a\xe2\x80", "<&>", "\U0001F600"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := encodeAsLambda(t, s)
		if got := appendJSONString(nil, s); !bytes.Equal(append(got, '\n'), want) {
			t.Errorf("%q: got %s want %s", s, got, want)
		}
	})
}
