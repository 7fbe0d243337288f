package triage

import (
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/auth"
)

// LocalAuth builds what AUTH_MODE=local needs: a verifier of the pool's tokens and the console's
// password login (cognitologin.LocalSignIn). It is passed in rather than called here so that the Lambda binary,
// which runs in AWS mode and passes nil, links neither the JWT library nor the Cognito client.
type LocalAuth func(cfg aws.Config, poolID, clientID string) (auth.Authenticator, Login, error)
