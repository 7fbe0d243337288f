package httpapi

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/aws/aws-lambda-go/events"
)

type claimsKey struct{}

// AuthorizerClaims returns the claims API Gateway's JWT authorizer verified for the request (nil
// when there was no authorizer). Only Lambda puts them there.
func AuthorizerClaims(ctx context.Context) map[string]string {
	m, _ := ctx.Value(claimsKey{}).(map[string]string)
	return m
}

// Lambda adapts h to an API Gateway HTTP API (payload format 2.0) Lambda handler. The request's
// RemoteAddr is requestContext.http.sourceIp (API Gateway's view of the client, not a header the
// client can set); authorizer JWT claims go into the context (AuthorizerClaims). A handler panic
// becomes a 500 problem, never a Lambda error, so no stack trace reaches the client; it is logged
// to slog.Default() (LambdaLogged names the logger).
func Lambda(h http.Handler) func(context.Context, events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	return LambdaLogged(h, slog.Default())
}

// LambdaLogged is Lambda with the logger a handler panic is logged to: the panic value, the API
// Gateway request id, the route and the stack, at error level (the log's context adds Lambda's
// request id). The 500 keeps the security headers the handler's wrapper had set.
func LambdaLogged(h http.Handler, log *slog.Logger) func(context.Context, events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	return func(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
		rec := newRecorder()
		r, err := toRequest(ctx, ev)
		if err != nil {
			WriteProblem(rec, http.StatusBadRequest, "Bad request", "The request could not be read.", nil)
			return rec.response(), nil
		}
		serve(h, rec, r, log, ev.RequestContext.RequestID) //nolint:contextcheck // ctx travels in r (toRequest)
		return rec.response(), nil
	}
}

func serve(h http.Handler, rec *recorder, r *http.Request, log *slog.Logger, requestID string) {
	defer func() {
		if p := recover(); p != nil {
			if err, ok := p.(error); ok && errors.Is(err, http.ErrAbortHandler) {
				return
			}
			log.ErrorContext(r.Context(), "handler panic", "panic", fmt.Sprint(p), "apiRequestId", requestID,
				"method", r.Method, "route", r.Pattern, "stack", string(debug.Stack()))
			rec.reset()
			WriteProblem(rec, http.StatusInternalServerError, "Internal error", "Something went wrong on our side.", nil)
		}
	}()
	h.ServeHTTP(rec, r)
}

// toRequest converts an HTTP API v2 event to the *http.Request a handler sees.
func toRequest(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (*http.Request, error) {
	if c := ev.RequestContext.Authorizer; c != nil && c.JWT != nil && c.JWT.Claims != nil {
		ctx = context.WithValue(ctx, claimsKey{}, c.JWT.Claims)
	}
	body := []byte(ev.Body)
	if ev.IsBase64Encoded {
		b, err := base64.StdEncoding.DecodeString(ev.Body)
		if err != nil {
			return nil, err
		}
		body = b
	}
	path := ev.RawPath
	if path == "" {
		path = ev.RequestContext.HTTP.Path
	}
	u, err := url.Parse(path)
	if err != nil || u.Host != "" || u.Scheme != "" {
		u = &url.URL{Path: path}
	}
	u.RawQuery = ev.RawQueryString
	method := ev.RequestContext.HTTP.Method
	if method == "" {
		method = http.MethodGet
	}
	r, err := http.NewRequestWithContext(ctx, method, "/", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	r.URL = u
	r.RequestURI = u.RequestURI()
	for k, v := range ev.Headers {
		r.Header.Set(k, v)
	}
	if len(ev.Cookies) > 0 {
		r.Header.Set("Cookie", strings.Join(ev.Cookies, "; "))
	}
	r.Host = r.Header.Get("Host")
	if r.Host == "" {
		r.Host = ev.RequestContext.DomainName
	}
	r.ContentLength = int64(len(body))
	if ip := ev.RequestContext.HTTP.SourceIP; ip != "" {
		r.RemoteAddr = net.JoinHostPort(ip, "0")
	}
	if p := ev.RequestContext.HTTP.Protocol; p != "" {
		if major, minor, ok := http.ParseHTTPVersion(p); ok {
			r.Proto, r.ProtoMajor, r.ProtoMinor = p, major, minor
		}
	}
	return r, nil
}

// recorder is a minimal http.ResponseWriter that keeps the answer in memory (net/http/httptest
// would pull the flag package into every function's cold start).
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func newRecorder() *recorder { return &recorder{header: http.Header{}} }

func (w *recorder) Header() http.Header { return w.header }

func (w *recorder) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
}

func (w *recorder) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.body.Write(b)
}

// reset drops what the handler wrote so far except the security headers (SecureHeaders sets them
// before the handler runs, and the 500 that replaces the answer must carry them too).
func (w *recorder) reset() {
	kept := http.Header{}
	for _, k := range securityHeaderNames {
		if v, ok := w.header[k]; ok {
			kept[k] = v
		}
	}
	w.header, w.status = kept, 0
	w.body.Reset()
}

func (w *recorder) response() events.APIGatewayV2HTTPResponse {
	status := w.status
	if status == 0 {
		status = http.StatusOK
	}
	body := w.body.Bytes()
	if w.header.Get("Content-Type") == "" && len(body) > 0 {
		w.header.Set("Content-Type", http.DetectContentType(body))
	}
	resp := events.APIGatewayV2HTTPResponse{StatusCode: status, Headers: make(map[string]string, len(w.header))}
	for k, vs := range w.header {
		if k == "Set-Cookie" {
			resp.Cookies = append(resp.Cookies, vs...)
			continue
		}
		resp.Headers[k] = strings.Join(vs, ", ")
	}
	if w.header.Get("Content-Encoding") == "" && isText(w.header.Get("Content-Type")) && utf8.Valid(body) {
		resp.Body = string(body)
	} else {
		resp.Body = base64.StdEncoding.EncodeToString(body)
		resp.IsBase64Encoded = true
	}
	return resp
}

// isText reports whether a content type is text API Gateway can pass as a string.
func isText(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return contentType == ""
	}
	switch {
	case strings.HasPrefix(mt, "text/"),
		mt == "application/json", mt == "application/xml", mt == "application/javascript",
		mt == "image/svg+xml", mt == "application/x-www-form-urlencoded",
		strings.HasSuffix(mt, "+json"), strings.HasSuffix(mt, "+xml"):
		return true
	}
	return false
}
