package triage_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/app/triageapp"
	"borgerfeedback/shared/auth/cognitologin"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/httpapi"
	"borgerfeedback/shared/triage"
)

func get(h http.Handler, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	return rec
}

func TestConsoleFilesAndHeaders(t *testing.T) {
	h := triage.NewHandler(triage.Config{CognitoDomain: "https://bf.auth.eu-north-1.amazoncognito.com", ClientID: "client-1", HSTS: true}, newMemStore(), staff)
	tests := []struct {
		target, status, contentType, contains string
	}{
		{"/console/", "200", "text/html", `<form id="login-form"`},
		{"/console/app.js", "200", "text/javascript", "textContent"},
		{"/console/app.css", "200", "text/css", "--brand"},
		{"/console/favicon.svg", "200", "image/svg+xml", "<svg"},
		{"/console/config.json", "200", "application/json", `"authorizeUrl":"https://bf.auth.eu-north-1.amazoncognito.com/oauth2/authorize"`},
		{"/console", "301", "", ""},
		{"/console/nope.js", "404", "", ""},
	}
	for _, tc := range tests {
		rec := get(h, tc.target)
		if got := http.StatusText(rec.Code); rec.Code != atoi(tc.status) {
			t.Errorf("%s: %d %s", tc.target, rec.Code, got)
			continue
		}
		if !strings.HasPrefix(rec.Header().Get("Content-Type"), tc.contentType) || !strings.Contains(rec.Body.String(), tc.contains) {
			t.Errorf("%s: %s, body lacks %q", tc.target, rec.Header().Get("Content-Type"), tc.contains)
		}
		csp := rec.Header().Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "script-src 'self'", "frame-ancestors 'none'", "require-trusted-types-for 'script'", "connect-src 'self';"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", tc.target, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe") {
			t.Errorf("%s: CSP allows unsafe sources: %q", tc.target, csp)
		}
		for _, hdr := range []string{"X-Content-Type-Options", "Referrer-Policy", "Strict-Transport-Security"} {
			if rec.Header().Get(hdr) == "" {
				t.Errorf("%s: no %s", tc.target, hdr)
			}
		}
	}
	// The console's files load nothing from elsewhere and run no inline script.
	for _, f := range []string{"/console/", "/console/app.js", "/console/app.css"} {
		body := get(h, f).Body.String()
		for _, bad := range []string{"http://", "https://", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "onclick=", "<script>", "style="} {
			if strings.Contains(body, bad) && !(bad == "http://" && strings.Contains(body, `"http://www.w3.org/2000/svg"`) && strings.Count(body, "http://") == 1) {
				t.Errorf("%s contains %q", f, bad)
			}
		}
	}
	// Without a login configured (AWS), there is no password form endpoint.
	r := httptest.NewRequest("POST", "/console/auth/login", strings.NewReader(`{"username":"a","password":"b"}`))
	r.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	if rec.Code != http.StatusMethodNotAllowed && rec.Code != http.StatusNotFound {
		t.Errorf("password login in AWS mode: %d", rec.Code)
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func TestFromEnvNamesMissingVariables(t *testing.T) {
	cfg := aws.Config{Region: "eu-north-1"}
	tests := []struct {
		name string
		env  map[string]string
		want []string // substrings of the error; none means it wires
	}{
		{"nothing set", map[string]string{}, []string{"USER_POOL_ID", "USER_POOL_CLIENT_ID", "COGNITO_DOMAIN"}},
		{"AWS mode", map[string]string{"USER_POOL_ID": "p", "USER_POOL_CLIENT_ID": "c", "COGNITO_DOMAIN": "https://bf.auth.eu-north-1.amazoncognito.com"}, nil},
		{"plain-text domain", map[string]string{"USER_POOL_ID": "p", "USER_POOL_CLIENT_ID": "c", "COGNITO_DOMAIN": "http://x"}, []string{"COGNITO_DOMAIN"}},
		{"local mode", map[string]string{"USER_POOL_ID": "p", "USER_POOL_CLIENT_ID": "c", "AUTH_MODE": "local"}, nil},
		{"unknown mode", map[string]string{"USER_POOL_ID": "p", "USER_POOL_CLIENT_ID": "c", "AUTH_MODE": "none"}, []string{"AUTH_MODE"}},
		{"local mode in a build without local sign-in (the Lambda binary)", map[string]string{"USER_POOL_ID": "p", "USER_POOL_CLIENT_ID": "c", "AUTH_MODE": "local", "noLocal": "1"}, []string{"AUTH_MODE=local"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			local := cognitologin.LocalSignIn
			if tc.env["noLocal"] != "" {
				local = nil
			}
			h, err := triageapp.Handler(cfg, config.FromMap(tc.env), newMemStore(), triage.Config{SLA: feedback.DefaultSLA()}, local)
			if len(tc.want) == 0 {
				if err != nil || h == nil {
					t.Fatalf("FromEnv: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("FromEnv accepted a bad environment")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %s", err, w)
				}
			}
		})
	}
}

// In AWS mode the handler trusts only the claims API Gateway's authorizer passed on; a bearer
// header alone is not enough.
func TestAWSModeIgnoresUnverifiedBearer(t *testing.T) {
	env := config.FromMap(map[string]string{"USER_POOL_ID": "p", "USER_POOL_CLIENT_ID": "c", "COGNITO_DOMAIN": "https://bf.auth.eu-north-1.amazoncognito.com"})
	h, err := triageapp.Handler(aws.Config{Region: "eu-north-1"}, env, newMemStore(fixtures()...), triage.Config{SLA: feedback.DefaultSLA()}, nil) // as the Lambda binary wires it
	if err != nil {
		t.Fatal(err)
	}
	r := httptest.NewRequest("GET", "/api/feedback", nil).WithContext(context.Background())
	r.Header.Set("Authorization", "Bearer national")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	if rec.Code != http.StatusUnauthorized {
		t.Errorf("bearer without authorizer claims: %d, want 401", rec.Code)
	}
}

// The sample events (events/triage-*.json) through the Lambda adapter in AWS mode: the handler
// takes the caller from the authorizer's claims.
func TestSampleEventsThroughLambda(t *testing.T) {
	env := config.FromMap(map[string]string{"USER_POOL_ID": "p", "USER_POOL_CLIENT_ID": "c", "COGNITO_DOMAIN": "https://bf.auth.eu-north-1.amazoncognito.com"})
	sample := fixture("FB-7K3M9QXT", "fyn", false, feedback.StatusNew, feedback.P3, time.Hour)
	store := newMemStore(append(fixtures(), sample)...)
	listed(store, "+4520123456", feedback.SafetySensitive)
	h, err := triageapp.Handler(aws.Config{Region: "eu-north-1"}, env, store, triage.Config{SLA: feedback.DefaultSLA(), PhoneKey: testPhoneKey}, nil)
	if err != nil {
		t.Fatal(err)
	}
	fn := httpapi.Lambda(h)
	for file, want := range map[string]int{
		"triage-list.json": 200, "triage-detail.json": 200, "triage-patch.json": 200, "triage-note.json": 201,
		"triage-stats.json": 200, "triage-export.json": 200, "triage-no-token.json": 401, "triage-console.json": 200,
		"triage-safety-lift.json":     201,
		"triage-session-refresh.json": 401, // no session cookie: sign in first (no call to the managed login)
	} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "events", file))
		if err != nil {
			t.Fatal(err)
		}
		var ev events.APIGatewayV2HTTPRequest
		if err := json.Unmarshal(raw, &ev); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		resp, err := fn(context.Background(), ev)
		if err != nil || resp.StatusCode != want {
			t.Errorf("%s: %d %v, want %d: %s", file, resp.StatusCode, err, want, resp.Body)
		}
	}
}

// The console's files and the API's lists go out gzipped to a browser that accepts it.
func TestConsoleCompressed(t *testing.T) {
	h := triage.NewHandler(triage.Config{}, newMemStore(), staff)
	for _, path := range []string{"/console/", "/console/app.js", "/console/app.css", "/api/openapi.json"} {
		r := httptest.NewRequest(http.MethodGet, path, nil)
		r.Header.Set("Accept-Encoding", "gzip, deflate, br")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK || w.Header().Get("Content-Encoding") != "gzip" || !strings.Contains(w.Header().Get("Vary"), "Accept-Encoding") {
			t.Errorf("GET %s: %d, Content-Encoding %q, Vary %q", path, w.Code, w.Header().Get("Content-Encoding"), w.Header().Get("Vary"))
		}
	}
}
