package auth

import (
	"context"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Issuer is the iss claim of a Cognito user pool's tokens. The emulator uses the same form.
func Issuer(region, poolID string) string {
	return "https://cognito-idp." + region + ".amazonaws.com/" + poolID
}

// JWKSURL is where a pool publishes its signing keys: under the issuer in AWS, or under the
// emulator's endpoint (endpoint non-empty) locally.
func JWKSURL(region, poolID, endpoint string) string {
	if endpoint != "" {
		return endpoint + "/" + poolID + "/.well-known/jwks.json"
	}
	return Issuer(region, poolID) + "/.well-known/jwks.json"
}

// VerifierConfig configures a Verifier.
type VerifierConfig struct {
	Issuer     string // expected iss
	ClientID   string // expected aud (ID token) or client_id (access token)
	JWKSURL    string // where the pool's public keys are
	HTTPClient *http.Client
	Now        func() time.Time // default time.Now; tests move it
}

// Verifier validates Cognito user-pool tokens itself: RS256 signature against the pool's JWKS,
// issuer, audience or client id, expiry, and token use. It is used where no API Gateway
// authorizer stands in front (the local stack).
type Verifier struct {
	cfg  VerifierConfig
	keys *keySet
}

// NewVerifier returns a verifier; it fetches the keys on first use.
func NewVerifier(cfg VerifierConfig) (*Verifier, error) {
	if cfg.Issuer == "" || cfg.ClientID == "" || cfg.JWKSURL == "" {
		return nil, errors.New("auth: verifier needs issuer, client id and JWKS URL")
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 5 * time.Second}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Verifier{cfg: cfg, keys: &keySet{url: cfg.JWKSURL, client: cfg.HTTPClient, now: cfg.Now}}, nil
}

// cognitoClaims are the claims of Cognito ID and access tokens that matter here.
type cognitoClaims struct {
	jwt.RegisteredClaims
	TokenUse        string   `json:"token_use"`
	ClientID        string   `json:"client_id"`
	CognitoUsername string   `json:"cognito:username"`
	Username        string   `json:"username"`
	Email           string   `json:"email"`
	Groups          []string `json:"cognito:groups"`
}

// Verify validates a token and returns its claims; every failure matches ErrUnauthenticated.
func (v *Verifier) Verify(ctx context.Context, token string) (Claims, error) {
	var cc cognitoClaims
	_, err := jwt.ParseWithClaims(token, &cc, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		return v.keys.key(ctx, kid)
	},
		jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer(v.cfg.Issuer),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithLeeway(30*time.Second),
		jwt.WithTimeFunc(v.cfg.Now),
	)
	if err != nil {
		return Claims{}, fmt.Errorf("%w: %w", ErrUnauthenticated, err)
	}
	switch cc.TokenUse {
	case "id":
		if !slices.Contains(cc.Audience, v.cfg.ClientID) {
			return Claims{}, fmt.Errorf("%w: ID token for another client", ErrUnauthenticated)
		}
	case "access":
		if cc.ClientID != v.cfg.ClientID {
			return Claims{}, fmt.Errorf("%w: access token for another client", ErrUnauthenticated)
		}
	default:
		return Claims{}, fmt.Errorf("%w: token_use %q", ErrUnauthenticated, cc.TokenUse)
	}
	c := Claims{Username: cc.CognitoUsername, Subject: cc.Subject, Email: cc.Email, Groups: cc.Groups}
	if c.Username == "" {
		c.Username = cc.Username
	}
	if c.Username == "" || c.Subject == "" {
		return Claims{}, fmt.Errorf("%w: token without a user", ErrUnauthenticated)
	}
	return c, nil
}

// Authenticate implements Authenticator for "Authorization: Bearer <token>".
func (v *Verifier) Authenticate(r *http.Request) (Claims, error) {
	tok := BearerToken(r)
	if tok == "" {
		return Claims{}, fmt.Errorf("%w: no bearer token", ErrUnauthenticated)
	}
	return v.Verify(r.Context(), tok)
}

// keySet caches a JWKS. An unknown kid triggers a refetch, at most once per minRefresh, so
// tokens with made-up kids cannot make us hammer the key endpoint.
type keySet struct {
	url    string
	client *http.Client
	now    func() time.Time

	mu      sync.Mutex
	keys    map[string]*rsa.PublicKey
	fetched time.Time // when keys were fetched
	tried   time.Time // the last fetch attempt
}

const (
	minRefresh = time.Minute
	minRetry   = 5 * time.Second
	maxAge     = time.Hour
)

func (s *keySet) key(ctx context.Context, kid string) (*rsa.PublicKey, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	k, ok := s.keys[kid]
	stale := now.Sub(s.fetched) > maxAge
	if ok && !stale {
		return k, nil
	}
	wait := minRefresh // between fetches for unknown kids or stale keys
	if s.keys == nil {
		wait = minRetry // no keys yet: retry sooner, but never per request
	}
	if s.tried.IsZero() || now.Sub(s.tried) >= wait {
		s.tried = now
		keys, err := fetchJWKS(ctx, s.client, s.url)
		if err != nil {
			if ok { // keep using a known key while the endpoint is down
				return k, nil
			}
			return nil, err
		}
		s.keys, s.fetched = keys, now
		k, ok = keys[kid]
	}
	if !ok {
		return nil, errors.New("unknown signing key")
	}
	return k, nil
}

type jwks struct {
	Keys []struct {
		Kty string `json:"kty"`
		Kid string `json:"kid"`
		Use string `json:"use"`
		Alg string `json:"alg"`
		N   string `json:"n"`
		E   string `json:"e"`
	} `json:"keys"`
}

func fetchJWKS(ctx context.Context, client *http.Client, url string) (map[string]*rsa.PublicKey, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch JWKS: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch JWKS: status %d", resp.StatusCode)
	}
	var set jwks
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&set); err != nil {
		return nil, fmt.Errorf("decode JWKS: %w", err)
	}
	keys := map[string]*rsa.PublicKey{}
	for _, k := range set.Keys {
		if k.Kty != "RSA" || (k.Use != "" && k.Use != "sig") || (k.Alg != "" && k.Alg != "RS256") {
			continue
		}
		n, err1 := base64.RawURLEncoding.DecodeString(k.N)
		e, err2 := base64.RawURLEncoding.DecodeString(k.E)
		if err1 != nil || err2 != nil || len(e) == 0 || len(e) > 4 {
			continue
		}
		pub := &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}
		if pub.N.BitLen() < 2048 {
			continue
		}
		keys[k.Kid] = pub
	}
	if len(keys) == 0 {
		return nil, errors.New("JWKS has no usable RSA signing key")
	}
	return keys, nil
}
