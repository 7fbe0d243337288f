// Package cognitologin is the local stack's staff sign-in (AUTH_MODE=local): a username and
// password through Cognito for the console's form, and the pool's tokens verified here. It is apart from package auth so that the triage Lambda, whose users sign in
// with the managed login, links no Cognito client (its endpoint tables took 1.5 ms of start-up).
package cognitologin

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/triage"
)

// InitiateAuthAPI is the part of the Cognito client PasswordLogin uses.
type InitiateAuthAPI interface {
	InitiateAuth(ctx context.Context, in *cognitoidentityprovider.InitiateAuthInput, opts ...func(*cognitoidentityprovider.Options)) (*cognitoidentityprovider.InitiateAuthOutput, error)
	AdminUserGlobalSignOut(ctx context.Context, in *cognitoidentityprovider.AdminUserGlobalSignOutInput, opts ...func(*cognitoidentityprovider.Options)) (*cognitoidentityprovider.AdminUserGlobalSignOutOutput, error)
}

// PasswordLogin signs staff in with username and password (USER_PASSWORD_AUTH). Only the local
// stack's app client allows that flow; in AWS the console uses the managed login with PKCE.
type PasswordLogin struct {
	Client   InitiateAuthAPI
	ClientID string
	PoolID   string // for the sign-out at logout
}

// Login returns the user's ID and refresh tokens, or an error matching auth.ErrUnauthenticated for
// wrong credentials or a user who must first change a password.
func (p PasswordLogin) Login(ctx context.Context, username, password string) (auth.Tokens, error) {
	return p.initiate(ctx, cip.AuthFlowTypeUserPasswordAuth, map[string]string{"USERNAME": username, "PASSWORD": password})
}

// Refresh returns a new ID token for a refresh token (REFRESH_TOKEN_AUTH); a revoked or unknown
// one is auth.ErrUnauthenticated.
func (p PasswordLogin) Refresh(ctx context.Context, refreshToken string) (auth.Tokens, error) {
	t, err := p.initiate(ctx, cip.AuthFlowTypeRefreshTokenAuth, map[string]string{"REFRESH_TOKEN": refreshToken})
	if err == nil && t.RefreshToken == "" {
		t.RefreshToken = refreshToken
	}
	return t, err
}

// Revoke ends the session of a refresh token. Cognito's RevokeToken is what AWS would do (and
// what the managed login's /oauth2/revoke does in AWS mode), but moto 5.2.1 does not implement it,
// and its GlobalSignOut looks the access token up in the wrong region (the call is unsigned). So
// the local sign-in finds the token's user (a refresh gives an ID token naming them) and signs
// them out with AdminUserGlobalSignOut, which in moto voids every refresh token of the user.
func (p PasswordLogin) Revoke(ctx context.Context, refreshToken string) error {
	out, err := p.Client.InitiateAuth(ctx, &cognitoidentityprovider.InitiateAuthInput{
		ClientId: aws.String(p.ClientID), AuthFlow: cip.AuthFlowTypeRefreshTokenAuth,
		AuthParameters: map[string]string{"REFRESH_TOKEN": refreshToken},
	})
	var notAuth *cip.NotAuthorizedException
	if errors.As(err, &notAuth) {
		return nil // already revoked
	}
	if err != nil {
		return fmt.Errorf("revoke: %w", err)
	}
	if out.AuthenticationResult == nil {
		return errors.New("revoke: no ID token")
	}
	username, err := tokenUsername(aws.ToString(out.AuthenticationResult.IdToken))
	if err != nil {
		return fmt.Errorf("revoke: %w", err)
	}
	if _, err := p.Client.AdminUserGlobalSignOut(ctx, &cognitoidentityprovider.AdminUserGlobalSignOutInput{UserPoolId: aws.String(p.PoolID), Username: aws.String(username)}); err != nil {
		return fmt.Errorf("global sign-out: %w", err)
	}
	return nil
}

// tokenUsername reads cognito:username from an ID token Cognito has just issued (its signature
// is not checked: it came straight from the pool, over the SDK's connection).
func tokenUsername(idToken string) (string, error) {
	parts := strings.Split(idToken, ".")
	if len(parts) != 3 {
		return "", errors.New("malformed ID token")
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return "", fmt.Errorf("ID token payload: %w", err)
	}
	var claims struct {
		Username string `json:"cognito:username"`
	}
	if err := json.Unmarshal(b, &claims); err != nil || claims.Username == "" {
		return "", errors.New("ID token without cognito:username")
	}
	return claims.Username, nil
}

func (p PasswordLogin) initiate(ctx context.Context, flow cip.AuthFlowType, params map[string]string) (auth.Tokens, error) {
	out, err := p.Client.InitiateAuth(ctx, &cognitoidentityprovider.InitiateAuthInput{
		ClientId: aws.String(p.ClientID), AuthFlow: flow, AuthParameters: params,
	})
	var notAuth *cip.NotAuthorizedException
	var noUser *cip.UserNotFoundException
	if errors.As(err, &notAuth) || errors.As(err, &noUser) {
		return auth.Tokens{}, fmt.Errorf("%w: wrong username or password, or a revoked refresh token", auth.ErrUnauthenticated)
	}
	if err != nil {
		return auth.Tokens{}, fmt.Errorf("initiate auth: %w", err)
	}
	if out.AuthenticationResult == nil || aws.ToString(out.AuthenticationResult.IdToken) == "" {
		return auth.Tokens{}, fmt.Errorf("%w: login needs a further challenge (%s)", auth.ErrUnauthenticated, out.ChallengeName)
	}
	r := out.AuthenticationResult
	return auth.Tokens{IDToken: aws.ToString(r.IdToken), ExpiresIn: r.ExpiresIn, RefreshToken: aws.ToString(r.RefreshToken)}, nil
}

// LocalSignIn is the local stack's triage.LocalAuth (AUTH_MODE=local): tokens verified against the
// pool's JWKS (at the emulator's endpoint when the AWS config has a base endpoint), the console's
// password login through Cognito.
func LocalSignIn(cfg aws.Config, poolID, clientID string) (auth.Authenticator, triage.Login, error) {
	v, err := auth.NewVerifier(auth.VerifierConfig{
		Issuer: auth.Issuer(cfg.Region, poolID), ClientID: clientID,
		JWKSURL: auth.JWKSURL(cfg.Region, poolID, aws.ToString(cfg.BaseEndpoint)),
	})
	return v, PasswordLogin{Client: cognitoidentityprovider.NewFromConfig(cfg), ClientID: clientID, PoolID: poolID}, err
}

var (
	_ triage.LocalAuth = LocalSignIn
	_ triage.Sessions  = PasswordLogin{}
)
