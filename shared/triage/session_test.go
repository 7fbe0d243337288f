package triage_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/auth/oauth"
	"borgerfeedback/shared/triage"
)

var (
	_ triage.Sessions     = oauth.Client{}
	_ triage.CodeExchange = oauth.Client{}
)

// fakeSessions knows one refresh token, "good"; revoked ones are remembered.
type fakeSessions struct{ revoked []string }

func (f *fakeSessions) Refresh(_ context.Context, rt string) (auth.Tokens, error) {
	if rt != "good" {
		return auth.Tokens{}, fmt.Errorf("%w: unknown", auth.ErrUnauthenticated)
	}
	return auth.Tokens{IDToken: "new-id", ExpiresIn: 3600, RefreshToken: rt}, nil
}

func (f *fakeSessions) Revoke(_ context.Context, rt string) error {
	f.revoked = append(f.revoked, rt)
	return nil
}

// TestSessionEndpoints: refresh and logout take the refresh token only from the httpOnly cookie,
// answer the ID token in the body (never the refresh token), and refuse what another site sends.
func TestSessionEndpoints(t *testing.T) {
	tests := []struct {
		name, path, body, contentType, cookie string
		headers                               map[string]string
		wantStatus                            int
		wantBody, notBody                     string
		wantCookie                            string // a Set-Cookie line must contain this
		wantRevoked                           string
	}{
		{name: "refresh", path: "/console/auth/refresh", cookie: "good", wantStatus: 200, wantBody: `"idToken":"new-id"`, notBody: "good",
			wantCookie: "bf_refresh=good; Path=/console/auth/; Max-Age=43200; HttpOnly; Secure; SameSite=Strict"},
		{name: "refresh from the same site", path: "/console/auth/refresh", cookie: "good", headers: map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": "https://api.example"},
			wantStatus: 200, wantBody: `"idToken"`},
		{name: "no session", path: "/console/auth/refresh", wantStatus: 401, wantCookie: "bf_session=; Path=/console/; Max-Age=0"},
		{name: "ended session", path: "/console/auth/refresh", cookie: "revoked", wantStatus: 401, wantCookie: "bf_refresh=; Path=/console/auth/; Max-Age=0"},
		{name: "another site", path: "/console/auth/refresh", cookie: "good", headers: map[string]string{"Sec-Fetch-Site": "cross-site"}, wantStatus: 403, notBody: "idToken"},
		{name: "another origin", path: "/console/auth/refresh", cookie: "good", headers: map[string]string{"Origin": "https://evil.example"}, wantStatus: 403},
		{name: "a form post", path: "/console/auth/refresh", cookie: "good", contentType: "application/x-www-form-urlencoded", body: "a=b", wantStatus: 422, notBody: "idToken"},
		{name: "logout", path: "/console/auth/logout", cookie: "good", wantStatus: 204, wantRevoked: "good", wantCookie: "bf_refresh=; Path=/console/auth/; Max-Age=0"},
		{name: "logout from another site", path: "/console/auth/logout", cookie: "good", headers: map[string]string{"Sec-Fetch-Site": "same-site"}, wantStatus: 403},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &fakeSessions{}
			h := triage.NewHandler(triage.Config{Log: slog.New(slog.DiscardHandler), Sessions: s, HSTS: true}, newMemStore(), staff)
			body, ct := tc.body, tc.contentType
			if body == "" {
				body = "{}"
			}
			if ct == "" {
				ct = "application/json"
			}
			r := httptest.NewRequest("POST", "https://api.example"+tc.path, strings.NewReader(body))
			r.Header.Set("Content-Type", ct)
			for k, v := range tc.headers {
				r.Header.Set(k, v)
			}
			if tc.cookie != "" {
				r.AddCookie(&http.Cookie{Name: "bf_refresh", Value: tc.cookie})
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			if rec.Code != tc.wantStatus {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.wantStatus, rec.Body)
			}
			if !strings.Contains(rec.Body.String(), tc.wantBody) || (tc.notBody != "" && strings.Contains(rec.Body.String(), tc.notBody)) {
				t.Errorf("body %s: want %q, not %q", rec.Body, tc.wantBody, tc.notBody)
			}
			if set := strings.Join(rec.Header().Values("Set-Cookie"), "\n"); !strings.Contains(set, tc.wantCookie) {
				t.Errorf("Set-Cookie %q, want %q", set, tc.wantCookie)
			}
			if rec.Header().Get("Cache-Control") != "no-store" {
				t.Errorf("Cache-Control %q", rec.Header().Get("Cache-Control"))
			}
			if strings.Join(s.revoked, ",") != tc.wantRevoked {
				t.Errorf("revoked %v, want %q", s.revoked, tc.wantRevoked)
			}
		})
	}
}

// TestOAuthClient: the managed login's token and revoke endpoints get what RFC 6749/7009 and
// Cognito want, and a refused grant reads as "sign in again".
func TestOAuthClient(t *testing.T) {
	var got []string
	idp := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		got = append(got, r.URL.Path+" "+r.PostForm.Encode())
		switch {
		case r.URL.Path == "/oauth2/revoke":
		case r.PostForm.Get("refresh_token") == "dead":
			w.WriteHeader(400)
			fmt.Fprint(w, `{"error":"invalid_grant"}`)
		default:
			fmt.Fprint(w, `{"id_token":"id","access_token":"a","refresh_token":"rt","expires_in":3600,"token_type":"Bearer"}`)
		}
	}))
	defer idp.Close()
	c := oauth.Client{Domain: idp.URL + "/", ClientID: "app"}
	ctx := context.Background()
	if tok, err := c.Exchange(ctx, "the-code", "v", "https://x/console/"); err != nil || tok.IDToken != "id" || tok.RefreshToken != "rt" || tok.ExpiresIn != 3600 {
		t.Errorf("exchange: %+v %v", tok, err)
	}
	if _, err := c.Refresh(ctx, "dead"); !errors.Is(err, auth.ErrUnauthenticated) {
		t.Errorf("refresh of a dead token: %v, want ErrUnauthenticated", err)
	}
	if err := c.Revoke(ctx, "rt"); err != nil {
		t.Errorf("revoke: %v", err)
	}
	want := []string{
		"/oauth2/token client_id=app&code=the-code&code_verifier=v&grant_type=authorization_code&redirect_uri=https%3A%2F%2Fx%2Fconsole%2F",
		"/oauth2/token client_id=app&grant_type=refresh_token&refresh_token=dead",
		"/oauth2/revoke client_id=app&token=rt",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
