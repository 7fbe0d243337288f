package triage

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"time"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/httpapi"
)

// Sessions that last a working day. The ID token (an hour) lives only in the page's memory and
// goes out as a bearer token; the refresh token (12 hours in AWS) never reaches the page's script:
// it lives in an httpOnly cookie scoped to /console/auth/, and the page asks
// POST /console/auth/refresh for a new ID token before the old one expires, and on load (so a
// reload or a second tab needs no new sign-in).
//
// Why a cookie and not memory. Against XSS: a script injected into the console could read a
// refresh token held in memory or Web Storage and use it elsewhere for the rest of the day; an
// httpOnly cookie cannot be read by any script, so an injected one can at most act while the page
// is open (it could do that with any token). The console's CSP (own scripts only, Trusted Types)
// keeps such a script out in the first place. Against CSRF: the cookie is SameSite=Strict, so a
// request from another site carries no cookie at all; on top, every /console/auth/ endpoint takes
// only POST with a JSON body (a cross-site form cannot send one; fetch would need a CORS preflight
// the API never allows) and refuses a request whose Sec-Fetch-Site or Origin names another site.
// The endpoints return the ID token in the body, which another origin cannot read. The /api/
// routes take only the bearer header, never the cookie, so they are not open to CSRF either.
// Memory alone would have lost the refresh token on every reload, ending the day at the next
// expiry.

// Sessions renews and ends console sessions from their refresh tokens: cognitologin.PasswordLogin
// on the local stack, oauth.Client (the managed login's endpoints) in AWS.
type Sessions interface {
	// Refresh returns a new ID token; a revoked or expired refresh token is auth.ErrUnauthenticated.
	Refresh(ctx context.Context, refreshToken string) (auth.Tokens, error)
	// Revoke ends the refresh token's session.
	Revoke(ctx context.Context, refreshToken string) error
}

// CodeExchange trades the managed login's authorization code and PKCE verifier for tokens (AWS mode).
type CodeExchange interface {
	Exchange(ctx context.Context, code, verifier, redirectURI string) (auth.Tokens, error)
}

const (
	refreshCookie = "bf_refresh"
	cookiePath    = "/console/auth/"
	// hintCookie tells the page's script that a session cookie exists (it holds no secret), so a
	// page opened without one goes straight to the sign-in instead of asking for a refresh first.
	hintCookie = "bf_session"
	hintPath   = "/console/"
	// refreshLifetime bounds the cookie: the app client's refresh-token validity (infra/stack).
	refreshLifetime = 12 * time.Hour
)

// sameSite refuses a request another site made the browser send (see the note above).
func sameSite(r *http.Request) bool {
	if s := r.Header.Get("Sec-Fetch-Site"); s != "" && s != "same-origin" && s != "none" {
		return false
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || u.Host != r.Host {
			return false
		}
	}
	return true
}

// authEndpoint wraps a /console/auth/ handler: no caching, same site only, JSON only.
func (h *handler) authEndpoint(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if !sameSite(r) {
			h.log.WarnContext(r.Context(), "cross-site request to the sign-in refused", "route", r.Pattern)
			httpapi.WriteProblem(w, http.StatusForbidden, "Forbidden", "cross-site request", nil)
			return
		}
		next(w, r)
	}
}

// startSession sets the refresh cookie and answers the ID token.
func (h *handler) startSession(w http.ResponseWriter, t auth.Tokens) {
	if t.RefreshToken != "" {
		age := int(refreshLifetime / time.Second)
		http.SetCookie(w, &http.Cookie{Name: refreshCookie, Value: t.RefreshToken, Path: cookiePath, MaxAge: age, //nolint:gosec // G124: HttpOnly and SameSite=Strict; Secure follows HSTS, on in AWS (HTTPS), off on the local stack's plain HTTP
			HttpOnly: true, Secure: h.cfg.HSTS, SameSite: http.SameSiteStrictMode})
		http.SetCookie(w, &http.Cookie{Name: hintCookie, Value: "1", Path: hintPath, MaxAge: age, Secure: h.cfg.HSTS, SameSite: http.SameSiteStrictMode}) //nolint:gosec // G124: HttpOnly and SameSite=Strict; Secure follows HSTS, on in AWS (HTTPS), off on the local stack's plain HTTP
	}
	writeJSON(w, http.StatusOK, t)
}

func (h *handler) endSession(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: refreshCookie, Value: "", Path: cookiePath, MaxAge: -1, //nolint:gosec // G124: HttpOnly and SameSite=Strict; Secure follows HSTS, on in AWS (HTTPS), off on the local stack's plain HTTP
		HttpOnly: true, Secure: h.cfg.HSTS, SameSite: http.SameSiteStrictMode})
	http.SetCookie(w, &http.Cookie{Name: hintCookie, Value: "", Path: hintPath, MaxAge: -1, Secure: h.cfg.HSTS, SameSite: http.SameSiteStrictMode}) //nolint:gosec // G124: HttpOnly and SameSite=Strict; Secure follows HSTS, on in AWS (HTTPS), off on the local stack's plain HTTP
}

// refresh answers a new ID token for the session's cookie; 401 when there is none or it is no
// longer valid (the cookie is then cleared).
func (h *handler) refresh(w http.ResponseWriter, r *http.Request) {
	var empty struct{}
	if err := decodeBody(r, &empty); err != nil {
		h.fail(w, r, err)
		return
	}
	c, err := r.Cookie(refreshCookie)
	if err != nil || c.Value == "" {
		h.endSession(w) // a stale hint goes too
		httpapi.WriteProblem(w, http.StatusUnauthorized, "Unauthorized", "no session", nil)
		return
	}
	t, err := h.cfg.Sessions.Refresh(r.Context(), c.Value)
	if errors.Is(err, auth.ErrUnauthenticated) {
		h.log.InfoContext(r.Context(), "session refresh refused")
		h.endSession(w)
		httpapi.WriteProblem(w, http.StatusUnauthorized, "Unauthorized", "the session has ended", nil)
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.startSession(w, t)
}

// logout revokes the session's refresh token and clears the cookie. The cookie goes even when
// the revocation fails (logged): the browser forgets the token either way.
func (h *handler) logout(w http.ResponseWriter, r *http.Request) {
	var empty struct{}
	if err := decodeBody(r, &empty); err != nil {
		h.fail(w, r, err)
		return
	}
	if c, err := r.Cookie(refreshCookie); err == nil && c.Value != "" {
		if err := h.cfg.Sessions.Revoke(r.Context(), c.Value); err != nil {
			h.log.ErrorContext(r.Context(), "refresh token revocation failed", "error", err.Error())
		}
	}
	h.endSession(w)
	w.WriteHeader(http.StatusNoContent)
}

// exchange finishes the managed login: the page sends the authorization code and its PKCE
// verifier, the function trades them for tokens and keeps the refresh token in the cookie.
func (h *handler) exchange(w http.ResponseWriter, r *http.Request) {
	var b struct {
		Code        string `json:"code"`
		Verifier    string `json:"verifier"`
		RedirectURI string `json:"redirectUri"`
	}
	if err := decodeBody(r, &b); err != nil {
		h.fail(w, r, err)
		return
	}
	if b.Code == "" || len(b.Code) > 2048 || len(b.Verifier) < 43 || len(b.Verifier) > 128 || b.RedirectURI == "" || len(b.RedirectURI) > 2048 {
		httpapi.WriteProblem(w, http.StatusBadRequest, "Bad Request", "code, verifier (43–128 characters) and redirectUri are required", nil)
		return
	}
	t, err := h.cfg.Sessions.(CodeExchange).Exchange(r.Context(), b.Code, b.Verifier, b.RedirectURI)
	if errors.Is(err, auth.ErrUnauthenticated) {
		h.log.InfoContext(r.Context(), "code exchange refused")
		httpapi.WriteProblem(w, http.StatusUnauthorized, "Unauthorized", "the sign-in could not be confirmed", nil)
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.startSession(w, t)
}
