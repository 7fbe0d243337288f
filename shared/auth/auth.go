// Package auth authenticates staff: it turns a Cognito user-pool JWT (verified here against the
// pool's JWKS, or already verified by API Gateway's JWT authorizer) into Claims with the user's groups.
// What each group may do is decided by the code that serves the request (shared/triage).
package auth

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// ErrUnauthenticated is returned for a missing, malformed, forged, expired or foreign token.
var ErrUnauthenticated = errors.New("unauthenticated")

// Claims is who a verified token says the caller is.
type Claims struct {
	Username string   // cognito:username (ID token) or username (access token)
	Subject  string   // sub: the user's stable id in the pool
	Email    string   // only in ID tokens, when the pool has it
	Groups   []string // cognito:groups
}

// InGroup reports whether the caller is a member of group.
func (c Claims) InGroup(group string) bool { return slices.Contains(c.Groups, group) }

// Authenticator establishes who sent a request.
type Authenticator interface {
	// Authenticate returns the caller's claims, or an error matching ErrUnauthenticated.
	Authenticate(r *http.Request) (Claims, error)
}

type ctxKey struct{}

// WithClaims returns a context carrying the caller's claims.
func WithClaims(ctx context.Context, c Claims) context.Context {
	return context.WithValue(ctx, ctxKey{}, c)
}

// FromContext returns the claims Require put in the request context.
func FromContext(ctx context.Context) (Claims, bool) {
	c, ok := ctx.Value(ctxKey{}).(Claims)
	return c, ok
}

// Gateway authenticates requests that API Gateway's JWT authorizer has already verified: it reads
// the claims the authorizer passed on. Use it only behind such an authorizer.
type Gateway struct {
	// Claims returns the authorizer's claims of a request context (httpapi.AuthorizerClaims).
	Claims func(ctx context.Context) map[string]string
}

// Authenticate implements Authenticator.
func (g Gateway) Authenticate(r *http.Request) (Claims, error) {
	m := g.Claims(r.Context())
	if len(m) == 0 {
		return Claims{}, fmt.Errorf("%w: no authorizer claims", ErrUnauthenticated)
	}
	c := Claims{Subject: m["sub"], Email: m["email"], Username: m["cognito:username"], Groups: ParseGroups(m["cognito:groups"])}
	if c.Username == "" {
		c.Username = m["username"]
	}
	if c.Username == "" || c.Subject == "" {
		return Claims{}, fmt.Errorf("%w: authorizer claims without a user", ErrUnauthenticated)
	}
	return c, nil
}

// ParseGroups reads cognito:groups as API Gateway passes an array claim on ("[a b]"), or as a
// JSON array or comma-separated list.
func ParseGroups(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '"' })
	if len(fields) == 0 {
		return nil
	}
	return fields
}

// BearerToken returns the token of an "Authorization: Bearer <token>" header, or "".
func BearerToken(r *http.Request) string {
	h := r.Header.Get("Authorization")
	const prefix = "bearer "
	if len(h) <= len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return ""
	}
	return strings.TrimSpace(h[len(prefix):])
}

// Tokens are what a sign-in or a refresh gives the console. The refresh token never goes to the
// page's script: the console keeps it in an httpOnly cookie (shared/triage/session.go).
type Tokens struct {
	IDToken      string `json:"idToken"`
	ExpiresIn    int32  `json:"expiresIn"` // seconds
	RefreshToken string `json:"-"`
}
