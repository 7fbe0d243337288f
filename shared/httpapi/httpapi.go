// Package httpapi is the HTTP plumbing the functions behind API Gateway share: the HTTP API (payload
// v2) to net/http adapter, the one error-to-status mapping with RFC 9457 problem details, and the
// security headers every answer carries.
package httpapi

import (
	"encoding/json"
	"errors"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"borgerfeedback/shared/feedback"
)

// StatusOf maps an error to its HTTP status: the one place domain errors become statuses. Unknown
// errors are 500, and their text must never reach the client.
func StatusOf(err error) int {
	var tooBig *http.MaxBytesError
	switch {
	case err == nil:
		return http.StatusOK
	case errors.Is(err, feedback.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, feedback.ErrGone):
		return http.StatusGone
	case errors.Is(err, feedback.ErrConflict):
		return http.StatusConflict
	case errors.Is(err, feedback.ErrInvalid):
		return http.StatusUnprocessableEntity
	case errors.Is(err, feedback.ErrForbidden):
		return http.StatusForbidden
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusInternalServerError
}

// WriteProblem writes an RFC 9457 problem details answer. extra adds members (e.g. "errors" for
// field problems); it cannot override type, title, status or detail. detail must be written for
// the client: never pass an internal error's text.
func WriteProblem(w http.ResponseWriter, status int, title, detail string, extra map[string]any) {
	body := make(map[string]any, len(extra)+4)
	for k, v := range extra {
		body[k] = v
	}
	body["type"] = "about:blank"
	if title == "" {
		title = http.StatusText(status)
	}
	body["title"] = title
	body["status"] = status
	if detail != "" {
		body["detail"] = detail
	}
	b, err := json.Marshal(body)
	if err != nil { // an unmarshalable extra: drop it rather than fail the answer
		b, _ = json.Marshal(map[string]any{"type": "about:blank", "title": title, "status": status})
	}
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Del("Content-Encoding")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// WantsJSON reports whether the client prefers JSON to HTML: its Accept header names
// application/json (or a +json type) with a quality at least that of text/html.
func WantsJSON(r *http.Request) bool {
	jsonQ, htmlQ := -1.0, -1.0
	for part := range strings.SplitSeq(r.Header.Get("Accept"), ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if s, ok := params["q"]; ok {
			if v, err := strconv.ParseFloat(s, 64); err == nil {
				q = v
			}
		}
		switch {
		case mt == "application/json" || (strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json")):
			jsonQ = max(jsonQ, q)
		case mt == "text/html" || mt == "application/xhtml+xml":
			htmlQ = max(htmlQ, q)
		}
	}
	return jsonQ > 0 && jsonQ >= htmlQ
}

// securityHeaderNames are the headers SecureHeaders may set, and Cache-Control (a no-store must
// survive), as canonical keys: a panic's 500 keeps them.
var securityHeaderNames = []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
	"X-Frame-Options", "Cross-Origin-Opener-Policy", "Strict-Transport-Security", "Cache-Control"}

// SecureHeaders sets the security headers on every answer of h: the content security policy csp
// (none when empty), nosniff, no referrer (links carry tokens), no framing, and HSTS when hsts is
// true (in AWS, where the API is HTTPS only; not locally over plain HTTP).
func SecureHeaders(h http.Handler, csp string, hsts bool) http.Handler {
	// Each value's slice is made once and shared by every response (net/http only reads it; the
	// capacity of one makes an Add copy it), which saves an allocation per header per request.
	set := [][2]string{{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}, {"X-Frame-Options", "DENY"},
		{"Cross-Origin-Opener-Policy", "same-origin"}}
	if csp != "" {
		set = append([][2]string{{"Content-Security-Policy", csp}}, set...)
	}
	if hsts {
		set = append(set, [2]string{"Strict-Transport-Security", "max-age=63072000; includeSubDomains"})
	}
	values := make([][]string, len(set))
	for i, kv := range set {
		values[i] = []string{kv[1]}[:1:1]
	}
	return wrapped{inner: h, HandlerFunc: func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		for i, kv := range set {
			hd[kv[0]] = values[i] // the keys are canonical already
		}
		h.ServeHTTP(w, r)
	}}
}

// wrapped is a handler around another (SecureHeaders, Compress) that still tells its patterns.
type wrapped struct {
	http.HandlerFunc
	inner http.Handler
}

func (s wrapped) Patterns() []string { return Patterns(s.inner) }

// Mux is an http.ServeMux that remembers its patterns, so a check can compare the routes a handler
// serves with the routes API Gateway forwards and the OpenAPI document lists (make preflight).
type Mux struct {
	*http.ServeMux
	patterns []string
}

// NewMux returns an empty Mux.
func NewMux() *Mux { return &Mux{ServeMux: http.NewServeMux()} }

// Handle registers h for pattern.
func (m *Mux) Handle(pattern string, h http.Handler) {
	m.patterns = append(m.patterns, pattern)
	m.ServeMux.Handle(pattern, h)
}

// HandleFunc registers f for pattern.
func (m *Mux) HandleFunc(pattern string, f func(http.ResponseWriter, *http.Request)) {
	m.patterns = append(m.patterns, pattern)
	m.ServeMux.HandleFunc(pattern, f)
}

// Patterns returns the patterns registered on the Mux, in order.
func (m *Mux) Patterns() []string { return append([]string(nil), m.patterns...) }

// Patterns returns the patterns a handler built on a Mux (directly or through SecureHeaders)
// serves; nil for any other handler.
func Patterns(h http.Handler) []string {
	if p, ok := h.(interface{ Patterns() []string }); ok {
		return p.Patterns()
	}
	return nil
}
