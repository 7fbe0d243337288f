// Package oauth talks to the Cognito managed login's OAuth 2.0 endpoints over plain HTTPS: the
// console's authorization code (with PKCE) is exchanged for tokens, the refresh token renews them
// and is revoked at logout. It needs no AWS SDK, so the triage Lambda stays small.
package oauth

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"borgerfeedback/shared/auth"
)

// Client is the console's public app client (no secret: PKCE protects the code) at a managed
// login domain, https://<prefix>.auth.<region>.amazoncognito.com.
type Client struct {
	Domain   string
	ClientID string
	HTTP     *http.Client // nil: a client with a 10 s timeout
}

var defaultHTTP = &http.Client{Timeout: 10 * time.Second}

// Exchange trades an authorization code and its PKCE verifier for tokens.
func (c Client) Exchange(ctx context.Context, code, verifier, redirectURI string) (auth.Tokens, error) {
	return c.token(ctx, url.Values{"grant_type": {"authorization_code"}, "client_id": {c.ClientID},
		"code": {code}, "code_verifier": {verifier}, "redirect_uri": {redirectURI}})
}

// Refresh returns new ID and access tokens for a refresh token. Cognito keeps the refresh token
// unless the app client rotates them; a rotated one comes back in Tokens.RefreshToken.
func (c Client) Refresh(ctx context.Context, refreshToken string) (auth.Tokens, error) {
	t, err := c.token(ctx, url.Values{"grant_type": {"refresh_token"}, "client_id": {c.ClientID}, "refresh_token": {refreshToken}})
	if err == nil && t.RefreshToken == "" {
		t.RefreshToken = refreshToken
	}
	return t, err
}

// Revoke revokes a refresh token and the access tokens made from it (the app client has token
// revocation enabled).
func (c Client) Revoke(ctx context.Context, refreshToken string) error {
	res, err := c.post(ctx, "/oauth2/revoke", url.Values{"token": {refreshToken}, "client_id": {c.ClientID}})
	if err != nil {
		return err
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 4096))
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("revoke token: HTTP %d", res.StatusCode)
	}
	return nil
}

func (c Client) token(ctx context.Context, form url.Values) (auth.Tokens, error) {
	res, err := c.post(ctx, "/oauth2/token", form)
	if err != nil {
		return auth.Tokens{}, err
	}
	defer res.Body.Close()
	var body struct {
		IDToken      string `json:"id_token"`
		RefreshToken string `json:"refresh_token"`
		ExpiresIn    int32  `json:"expires_in"`
		Error        string `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(res.Body, 64<<10)).Decode(&body); err != nil && res.StatusCode == http.StatusOK {
		return auth.Tokens{}, fmt.Errorf("token endpoint: %w", err)
	}
	switch {
	case res.StatusCode == http.StatusBadRequest && (body.Error == "invalid_grant" || body.Error == "unauthorized_client"):
		// An expired, revoked or replayed code or refresh token: sign in again.
		return auth.Tokens{}, fmt.Errorf("%w: token endpoint says %s", auth.ErrUnauthenticated, body.Error)
	case res.StatusCode != http.StatusOK:
		return auth.Tokens{}, fmt.Errorf("token endpoint: HTTP %d %s", res.StatusCode, body.Error)
	case body.IDToken == "":
		return auth.Tokens{}, errors.New("token endpoint: no id_token")
	}
	return auth.Tokens{IDToken: body.IDToken, ExpiresIn: body.ExpiresIn, RefreshToken: body.RefreshToken}, nil
}

func (c Client) post(ctx context.Context, path string, form url.Values) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(c.Domain, "/")+path, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	hc := c.HTTP
	if hc == nil {
		hc = defaultHTTP
	}
	res, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("managed login %s: %w", path, err)
	}
	return res, nil
}
