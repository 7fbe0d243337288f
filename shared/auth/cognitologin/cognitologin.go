// Package cognitologin is the local stack's staff sign-in (AUTH_MODE=local): a username and
// password through Cognito for the console's form, and the pool's tokens verified here. It is apart from package auth so that the triage Lambda, whose users sign in
// with the managed login, links no Cognito client (its endpoint tables took 1.5 ms of start-up).
package cognitologin

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/triage"
)

// InitiateAuthAPI is the part of the Cognito client PasswordLogin uses.
type InitiateAuthAPI interface {
	InitiateAuth(ctx context.Context, in *cognitoidentityprovider.InitiateAuthInput, opts ...func(*cognitoidentityprovider.Options)) (*cognitoidentityprovider.InitiateAuthOutput, error)
}

// PasswordLogin signs staff in with username and password (USER_PASSWORD_AUTH). Only the local
// stack's app client allows that flow; in AWS the console uses the managed login with PKCE.
type PasswordLogin struct {
	Client   InitiateAuthAPI
	ClientID string
}

// Login returns the user's ID token, or an error matching auth.ErrUnauthenticated for wrong
// credentials or a user who must first change a password.
func (p PasswordLogin) Login(ctx context.Context, username, password string) (auth.Tokens, error) {
	out, err := p.Client.InitiateAuth(ctx, &cognitoidentityprovider.InitiateAuthInput{
		ClientId: aws.String(p.ClientID), AuthFlow: cip.AuthFlowTypeUserPasswordAuth,
		AuthParameters: map[string]string{"USERNAME": username, "PASSWORD": password},
	})
	var notAuth *cip.NotAuthorizedException
	var noUser *cip.UserNotFoundException
	if errors.As(err, &notAuth) || errors.As(err, &noUser) {
		return auth.Tokens{}, fmt.Errorf("%w: wrong username or password", auth.ErrUnauthenticated)
	}
	if err != nil {
		return auth.Tokens{}, fmt.Errorf("initiate auth: %w", err)
	}
	if out.AuthenticationResult == nil || aws.ToString(out.AuthenticationResult.IdToken) == "" {
		return auth.Tokens{}, fmt.Errorf("%w: login needs a further challenge (%s)", auth.ErrUnauthenticated, out.ChallengeName)
	}
	return auth.Tokens{IDToken: aws.ToString(out.AuthenticationResult.IdToken), ExpiresIn: out.AuthenticationResult.ExpiresIn}, nil
}

// LocalSignIn is the local stack's triage.LocalAuth (AUTH_MODE=local): tokens verified against the
// pool's JWKS (at the emulator's endpoint when the AWS config has a base endpoint), the console's
// password login through Cognito.
func LocalSignIn(cfg aws.Config, poolID, clientID string) (auth.Authenticator, triage.Login, error) {
	v, err := auth.NewVerifier(auth.VerifierConfig{
		Issuer: auth.Issuer(cfg.Region, poolID), ClientID: clientID,
		JWKSURL: auth.JWKSURL(cfg.Region, poolID, aws.ToString(cfg.BaseEndpoint)),
	})
	return v, PasswordLogin{Client: cognitoidentityprovider.NewFromConfig(cfg), ClientID: clientID}, err
}

var _ triage.LocalAuth = LocalSignIn
