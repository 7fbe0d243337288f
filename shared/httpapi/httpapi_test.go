package httpapi

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/feedback"
)

func TestStatusOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want int
	}{
		{"nil", nil, 200},
		{"not found", fmt.Errorf("get x: %w", feedback.ErrNotFound), 404},
		{"gone", feedback.ErrGone, 410},
		{"conflict", fmt.Errorf("save: %w", feedback.ErrConflict), 409},
		{"invalid", feedback.ErrInvalid, 422},
		{"validation error", &feedback.ValidationError{Fields: []feedback.FieldError{{Field: "rating", Message: "x"}}}, 422},
		{"forbidden", feedback.ErrForbidden, 403},
		{"body too large", fmt.Errorf("read: %w", &http.MaxBytesError{Limit: 10}), 413},
		{"anything else", errors.New("dynamodb: connection refused"), 500},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := StatusOf(tc.err); got != tc.want {
				t.Errorf("StatusOf(%v) = %d, want %d", tc.err, got, tc.want)
			}
		})
	}
}

func TestWriteProblem(t *testing.T) {
	rec := httptest.NewRecorder()
	WriteProblem(rec, 422, "Invalid input", "Check the fields.", map[string]any{
		"errors": []map[string]string{{"field": "rating", "message": "choose 1–5"}},
		"status": 999, // cannot override
	})
	if rec.Code != 422 || rec.Header().Get("Content-Type") != "application/problem+json" {
		t.Fatalf("%d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	var p struct {
		Type, Title, Detail string
		Status              int
		Errors              []struct{ Field, Message string }
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil {
		t.Fatal(err)
	}
	if p.Type != "about:blank" || p.Title != "Invalid input" || p.Status != 422 || p.Detail != "Check the fields." ||
		len(p.Errors) != 1 || p.Errors[0].Field != "rating" {
		t.Errorf("problem %+v", p)
	}
}

func TestWantsJSON(t *testing.T) {
	for _, tc := range []struct {
		accept string
		want   bool
	}{
		{"", false},
		{"*/*", false},
		{"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", false},
		{"application/json", true},
		{"application/problem+json", true},
		{"application/json, text/html;q=0.5", true},
		{"text/html, application/json;q=0.5", false},
		{"application/json;q=0", false},
		{"garbage;;;", false},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.Header.Set("Accept", tc.accept)
		if got := WantsJSON(r); got != tc.want {
			t.Errorf("WantsJSON(%q) = %v, want %v", tc.accept, got, tc.want)
		}
	}
}

func TestSecureHeaders(t *testing.T) {
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(404) })
	for _, tc := range []struct {
		name string
		hsts bool
	}{{"local", false}, {"aws", true}} {
		t.Run(tc.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			SecureHeaders(inner, "default-src 'none'", tc.hsts).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
			h := rec.Header()
			if h.Get("Content-Security-Policy") != "default-src 'none'" || h.Get("X-Content-Type-Options") != "nosniff" ||
				h.Get("Referrer-Policy") != "no-referrer" || h.Get("X-Frame-Options") != "DENY" {
				t.Errorf("headers %v", h)
			}
			if got := h.Get("Strict-Transport-Security") != ""; got != tc.hsts {
				t.Errorf("HSTS present %v, want %v", got, tc.hsts)
			}
		})
	}
}

// echo answers with what it saw of the request, as JSON.
var echo = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	c, _ := r.Cookie("session")
	var cookie string
	if c != nil {
		cookie = c.Value
	}
	w.Header().Set("Content-Type", "application/json")
	http.SetCookie(w, &http.Cookie{Name: "a", Value: "1"})
	_ = json.NewEncoder(w).Encode(map[string]any{
		"method": r.Method, "path": r.URL.Path, "query": r.URL.Query().Get("q"), "body": string(body),
		"remote": r.RemoteAddr, "host": r.Host, "ct": r.Header.Get("Content-Type"), "cookie": cookie,
		"claims": AuthorizerClaims(r.Context()), "len": r.ContentLength,
	})
})

func TestLambdaRequest(t *testing.T) {
	ev := events.APIGatewayV2HTTPRequest{
		Version: "2.0", RawPath: "/api/feedback/FB-AAAA%2F1", RawQueryString: "q=a%20b",
		Headers: map[string]string{"content-type": "application/json", "host": "api.example"},
		Cookies: []string{"session=s1", "other=x"},
		Body:    base64.StdEncoding.EncodeToString([]byte(`{"x":1}`)), IsBase64Encoded: true,
		RequestContext: events.APIGatewayV2HTTPRequestContext{
			HTTP:       events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "PATCH", SourceIP: "198.51.100.9"},
			Authorizer: &events.APIGatewayV2HTTPRequestContextAuthorizerDescription{JWT: &events.APIGatewayV2HTTPRequestContextAuthorizerJWTDescription{Claims: map[string]string{"sub": "u1"}}},
		},
	}
	resp, err := Lambda(echo)(context.Background(), ev)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || resp.IsBase64Encoded || len(resp.Cookies) != 1 || resp.Cookies[0] != "a=1" {
		t.Fatalf("response %+v", resp)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(resp.Body), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"method": "PATCH", "path": "/api/feedback/FB-AAAA/1", "query": "a b", "body": `{"x":1}`,
		"remote": "198.51.100.9:0", "host": "api.example", "ct": "application/json", "cookie": "s1",
		"claims": map[string]any{"sub": "u1"}, "len": float64(7)}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("handler saw\n %v\nwant\n %v", got, want)
	}
}

func TestLambdaResponse(t *testing.T) {
	for _, tc := range []struct {
		name       string
		h          http.HandlerFunc
		wantStatus int
		wantBase64 bool
		wantBody   string
	}{
		{"html", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = io.WriteString(w, "<p>hej æøå</p>")
		}, 200, false, "<p>hej æøå</p>"},
		{"binary", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "image/png")
			_, _ = w.Write([]byte{0x89, 'P', 'N', 'G', 0})
		}, 200, true, "\x89PNG\x00"},
		{"status only", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) }, 204, false, ""},
		{"panic", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("X-Partial", "1")
			panic("secret internal state")
		}, 500, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := Lambda(tc.h)(context.Background(), events.APIGatewayV2HTTPRequest{RawPath: "/"})
			if err != nil {
				t.Fatal(err)
			}
			body := resp.Body
			if resp.IsBase64Encoded {
				b, _ := base64.StdEncoding.DecodeString(body)
				body = string(b)
			}
			if resp.StatusCode != tc.wantStatus || resp.IsBase64Encoded != tc.wantBase64 {
				t.Errorf("status %d base64 %v", resp.StatusCode, resp.IsBase64Encoded)
			}
			if tc.wantStatus == 500 {
				if strings.Contains(body, "secret") || resp.Headers["X-Partial"] != "" || resp.Headers["Content-Type"] != "application/problem+json" {
					t.Errorf("panic answer leaks or is not a problem: %+v", resp)
				}
			} else if body != tc.wantBody {
				t.Errorf("body %q, want %q", body, tc.wantBody)
			}
		})
	}
}

func TestLambdaBadBase64(t *testing.T) {
	resp, err := Lambda(echo)(context.Background(), events.APIGatewayV2HTTPRequest{RawPath: "/", Body: "%%%", IsBase64Encoded: true})
	if err != nil || resp.StatusCode != 400 {
		t.Errorf("%d %v", resp.StatusCode, err)
	}
}

// TestLambdaJWTSample: the shape of aws-lambda-go's own JWT-authorizer sample event.
func TestLambdaJWTSample(t *testing.T) {
	const sample = `{"version":"2.0","routeKey":"$default","rawPath":"/my/path","rawQueryString":"parameter1=value1&parameter1=value2&parameter2=value",
	"cookies":["cookie1","cookie2"],"headers":{"Header1":"value1","Header2":"value2"},
	"requestContext":{"authorizer":{"jwt":{"claims":{"claim1":"value1","claim2":"value2"},"scopes":["scope1","scope2"]}},
	"http":{"method":"POST","path":"/my/path","protocol":"HTTP/1.1","sourceIp":"192.0.2.1","userAgent":"agent"}},
	"body":"{\n\t\"a\": 1\n}","isBase64Encoded":false}`
	var ev events.APIGatewayV2HTTPRequest
	if err := json.Unmarshal([]byte(sample), &ev); err != nil {
		t.Fatal(err)
	}
	var seen *http.Request
	var body string
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = r
		b, _ := io.ReadAll(r.Body)
		body = string(b)
	})
	if _, err := Lambda(h)(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	if seen.Method != "POST" || seen.URL.Path != "/my/path" || fmt.Sprint(seen.URL.Query()["parameter1"]) != "[value1 value2]" ||
		seen.Header.Get("Header1") != "value1" || seen.Header.Get("Cookie") != "cookie1; cookie2" || seen.RemoteAddr != "192.0.2.1:0" ||
		AuthorizerClaims(seen.Context())["claim2"] != "value2" || body != "{\n\t\"a\": 1\n}" || seen.Proto != "HTTP/1.1" {
		t.Errorf("request %s %s %v %v %q %v body %q", seen.Method, seen.URL, seen.Header, seen.RemoteAddr, seen.Proto, AuthorizerClaims(seen.Context()), body)
	}
	if AuthorizerClaims(context.Background()) != nil {
		t.Error("claims without an authorizer")
	}
}
