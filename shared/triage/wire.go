package triage

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/httpapi"
	"borgerfeedback/shared/resources"
)

// Environment variables of the triage function beyond resources.Env*.
const (
	// EnvAuthMode is how /api/ requests are authenticated: AuthModeAPIGateway (default, in AWS) or
	// AuthModeLocal (the local stack).
	EnvAuthMode = "AUTH_MODE"
	// EnvCognitoDomain is the managed login's base URL, https://<prefix>.auth.<region>.amazoncognito.com
	// (AWS mode; the console's sign-in needs it).
	EnvCognitoDomain = "COGNITO_DOMAIN"
)

// Authentication modes.
const (
	// AuthModeAPIGateway trusts the claims of API Gateway's JWT authorizer, which has verified the token.
	AuthModeAPIGateway = "apigateway"
	// AuthModeLocal verifies tokens here against the pool's JWKS (at the emulator's endpoint when
	// the AWS config has a base endpoint) and enables the console's username/password form.
	AuthModeLocal = "local"
)

// LocalAuth builds what AUTH_MODE=local needs: a verifier of the pool's tokens and the console's
// password login (cognitologin.LocalSignIn). It is passed in rather than called here so that the Lambda binary,
// which runs in AWS mode and passes nil, links neither the JWT library nor the Cognito client.
type LocalAuth func(cfg aws.Config, poolID, clientID string) (auth.Authenticator, Login, error)

// FromEnv wires the triage handler from the environment (USER_POOL_ID, USER_POOL_CLIENT_ID,
// AUTH_MODE, COGNITO_DOMAIN) and an AWS configuration made once at start-up. functions/triage (in
// Lambda, AUTH_MODE unset, local nil) and the local stack (AUTH_MODE=local, local cognitologin.LocalSignIn)
// both call it. c carries the settings read elsewhere (SLA, log, clock, phone key); FromEnv adds the
// sign-in ones.
func FromEnv(cfg aws.Config, env *config.Env, store Store, c Config, local LocalAuth) (http.Handler, error) {
	poolID := env.Required(resources.EnvUserPoolID)
	clientID := env.Required(resources.EnvUserPoolClientID)
	mode := env.Optional(EnvAuthMode, AuthModeAPIGateway)
	domain := strings.TrimRight(env.Optional(EnvCognitoDomain, ""), "/")
	if domain != "" && !strings.HasPrefix(domain, "https://") {
		env.Fail(fmt.Errorf("environment variable %s=%q: want https://<prefix>.auth.<region>.amazoncognito.com", EnvCognitoDomain, domain))
	}
	c.ClientID, c.CognitoDomain = clientID, domain
	var authn auth.Authenticator
	switch mode {
	case AuthModeAPIGateway:
		if domain == "" {
			env.Fail(fmt.Errorf("environment variable %s is required with %s=%s (the console signs in there)", EnvCognitoDomain, EnvAuthMode, mode))
		}
		authn = auth.Gateway{Claims: httpapi.AuthorizerClaims}
		c.HSTS = true
	case AuthModeLocal:
		if local == nil {
			env.Fail(fmt.Errorf("environment variable %s=%s: this build has no local sign-in (the local stack's); in AWS leave it unset", EnvAuthMode, mode))
			break
		}
		v, login, err := local(cfg, poolID, clientID)
		if err != nil && poolID != "" && clientID != "" {
			env.Fail(err)
		}
		authn, c.Login = v, login
	default:
		env.Fail(fmt.Errorf("environment variable %s=%q: want %s or %s", EnvAuthMode, mode, AuthModeAPIGateway, AuthModeLocal))
	}
	if err := env.Err(); err != nil {
		return nil, err
	}
	return NewHandler(c, store, authn), nil
}
