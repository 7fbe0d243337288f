package auth

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
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

// Tokens are what a successful login returns to the console.
type Tokens struct {
	IDToken   string `json:"idToken"`
	ExpiresIn int32  `json:"expiresIn"` // seconds
}

// Login returns the user's ID token, or an error matching ErrUnauthenticated for wrong
// credentials or a user who must first change a password.
func (p PasswordLogin) Login(ctx context.Context, username, password string) (Tokens, error) {
	out, err := p.Client.InitiateAuth(ctx, &cognitoidentityprovider.InitiateAuthInput{
		ClientId: aws.String(p.ClientID), AuthFlow: cip.AuthFlowTypeUserPasswordAuth,
		AuthParameters: map[string]string{"USERNAME": username, "PASSWORD": password},
	})
	var notAuth *cip.NotAuthorizedException
	var noUser *cip.UserNotFoundException
	if errors.As(err, &notAuth) || errors.As(err, &noUser) {
		return Tokens{}, fmt.Errorf("%w: wrong username or password", ErrUnauthenticated)
	}
	if err != nil {
		return Tokens{}, fmt.Errorf("initiate auth: %w", err)
	}
	if out.AuthenticationResult == nil || aws.ToString(out.AuthenticationResult.IdToken) == "" {
		return Tokens{}, fmt.Errorf("%w: login needs a further challenge (%s)", ErrUnauthenticated, out.ChallengeName)
	}
	return Tokens{IDToken: aws.ToString(out.AuthenticationResult.IdToken), ExpiresIn: out.AuthenticationResult.ExpiresIn}, nil
}
