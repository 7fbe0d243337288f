package auth

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// FuzzAuthenticate feeds arbitrary Authorization headers through the verifier the local stack uses
// (a JWKS served by a test server, one real signed token as a seed). Whatever arrives, it never
// panics, every refusal matches ErrUnauthenticated, and only a token signed by the pool's key with
// the right issuer, audience and token use is accepted.
func FuzzAuthenticate(f *testing.F) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		f.Fatal(err)
	}
	jwks, _ := json.Marshal(map[string]any{"keys": []map[string]string{{
		"kty": "RSA", "kid": "k1", "alg": "RS256", "use": "sig",
		"n": base64.RawURLEncoding.EncodeToString(key.N.Bytes()),
		"e": base64.RawURLEncoding.EncodeToString(big.NewInt(int64(key.E)).Bytes()),
	}}})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(jwks) }))
	f.Cleanup(srv.Close)
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	const iss, client = "https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_pool", "client-1"
	v, err := NewVerifier(VerifierConfig{Issuer: iss, ClientID: client, JWKSURL: srv.URL, Now: func() time.Time { return now }})
	if err != nil {
		f.Fatal(err)
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{
		"iss": iss, "aud": client, "sub": "u-1", "cognito:username": "staff", "token_use": "id",
		"iat": now.Unix(), "exp": now.Add(time.Hour).Unix(), "cognito:groups": []string{"national"},
	})
	tok.Header["kid"] = "k1"
	valid, err := tok.SignedString(key)
	if err != nil {
		f.Fatal(err)
	}
	if _, err := v.Verify(context.Background(), valid); err != nil {
		f.Fatalf("the seed token must verify: %v", err)
	}
	for _, seed := range []string{"Bearer " + valid, "Bearer abc.def.ghi", "Bearer " + strings.Replace(valid, ".", "x.", 1), "Basic Zm9vOmJhcg==", ""} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, header string) {
		r := httptest.NewRequest(http.MethodGet, "/api/feedback", nil)
		r.Header.Set("Authorization", header)
		c, err := v.Authenticate(r)
		if err != nil {
			if !errors.Is(err, ErrUnauthenticated) {
				t.Fatalf("refusal %v does not match ErrUnauthenticated", err)
			}
			return
		}
		// Accepted: it must be the pool's own token (a JWT's signature covers header and payload).
		if c.Subject != "u-1" || c.Username != "staff" {
			t.Fatalf("accepted a token with claims %+v", c)
		}
	})
}
