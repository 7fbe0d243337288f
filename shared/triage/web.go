package triage

import (
	"encoding/json"
	"errors"
	"net/http"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/feedback"
)

// statusOf maps an error to its HTTP status: the one error path.
func statusOf(err error) int {
	switch {
	case errors.Is(err, auth.ErrUnauthenticated):
		return http.StatusUnauthorized
	case errors.Is(err, feedback.ErrForbidden):
		return http.StatusForbidden
	case errors.Is(err, feedback.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, feedback.ErrConflict):
		return http.StatusConflict
	case errors.Is(err, feedback.ErrGone):
		return http.StatusGone
	case errors.Is(err, feedback.ErrInvalid):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

// writeProblem answers with RFC 9457 problem details.
func writeProblem(w http.ResponseWriter, status int, title, detail string, extra map[string]any) {
	body := map[string]any{"type": "about:blank", "title": title, "status": status}
	if detail != "" {
		body["detail"] = detail
	}
	for k, v := range extra {
		body[k] = v
	}
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

// consoleCSP is the Content-Security-Policy of every response: only the console's own files, no
// inline script or style, no framing, and Trusted Types so no string can ever become HTML. The
// Cognito domain is allowed for the token exchange of the managed login.
func consoleCSP(cognitoDomain string) string {
	connect := "'self'"
	if cognitoDomain != "" {
		connect += " " + cognitoDomain
	}
	return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src " + connect +
		"; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'"
}

// secureHeaders adds the security headers to every response.
func secureHeaders(next http.Handler, csp string, hsts bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
		if hsts {
			h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
		next.ServeHTTP(w, r)
	})
}
