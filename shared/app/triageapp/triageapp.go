// Package triageapp wires the staff API and console from its configuration (see package app).
package triageapp

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/app"
	"borgerfeedback/shared/app/phonekey"
	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/auth/oauth"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/httpapi"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/triage"
)

// NewTriage wires the staff API and console (AUTH_MODE decides who verifies tokens: API Gateway in
// AWS, the handler itself against the pool's JWKS locally). It reads the phone-hash key on first use,
// not at start-up: lifting a safety-list entry hashes the number staff type in. now is the handler's clock
// (time.Now in Lambda); local is cognitologin.LocalSignIn on the local stack and nil in Lambda (see
// triage.LocalAuth).
func NewTriage(_ context.Context, cfg aws.Config, env *config.Env, log *slog.Logger, now func() time.Time, local triage.LocalAuth) (http.Handler, error) {
	store := app.Store(cfg, env)
	c := triage.Config{SLA: app.SLA(env), Log: log, Now: now}
	rate, adaptive, cc := app.Sampling(env)
	c.Sampling, c.SamplingMode = &cc, app.SamplingAdaptive
	if !adaptive {
		c.SamplingMode = strconv.FormatFloat(rate, 'g', -1, 64)
	}
	secretARN := phonekey.ARN(env)
	if err := env.Err(); err != nil {
		return nil, err
	}
	c.LoadPhoneKey = phonekey.Loader(cfg, secretARN)
	return Handler(cfg, env, store, c, local)
}

// Handler wires the triage handler from the environment (USER_POOL_ID, USER_POOL_CLIENT_ID,
// AUTH_MODE, COGNITO_DOMAIN) and an AWS configuration made once at start-up. functions/triage (in
// Lambda, AUTH_MODE unset, local nil) and the local stack (AUTH_MODE=local, local cognitologin.LocalSignIn)
// both call it. c carries the settings read elsewhere (SLA, log, clock, phone key); Handler adds the
// sign-in ones.
func Handler(cfg aws.Config, env *config.Env, store triage.Store, c triage.Config, local triage.LocalAuth) (http.Handler, error) {
	poolID := env.Required(resources.EnvUserPoolID)
	clientID := env.Required(resources.EnvUserPoolClientID)
	mode := env.Optional(resources.EnvAuthMode, resources.AuthModeAPIGateway)
	domain := strings.TrimRight(env.Optional(resources.EnvCognitoDomain, ""), "/")
	if domain != "" && !strings.HasPrefix(domain, "https://") {
		env.Fail(fmt.Errorf("environment variable %s=%q: want https://<prefix>.auth.<region>.amazoncognito.com", resources.EnvCognitoDomain, domain))
	}
	c.ClientID, c.CognitoDomain = clientID, domain
	var authn auth.Authenticator
	switch mode {
	case resources.AuthModeAPIGateway:
		if domain == "" {
			env.Fail(fmt.Errorf("environment variable %s is required with %s=%s (the console signs in there)", resources.EnvCognitoDomain, resources.EnvAuthMode, mode))
		}
		authn = auth.Gateway{Claims: httpapi.AuthorizerClaims}
		c.HSTS = true
		c.Sessions = oauth.Client{Domain: domain, ClientID: clientID}
	case resources.AuthModeLocal:
		if local == nil {
			env.Fail(fmt.Errorf("environment variable %s=%s: this build has no local sign-in (the local stack's); in AWS leave it unset", resources.EnvAuthMode, mode))
			break
		}
		v, login, err := local(cfg, poolID, clientID)
		if err != nil && poolID != "" && clientID != "" {
			env.Fail(err)
		}
		authn, c.Login = v, login
		c.Sessions, _ = login.(triage.Sessions)
	default:
		env.Fail(fmt.Errorf("environment variable %s=%q: want %s or %s", resources.EnvAuthMode, mode, resources.AuthModeAPIGateway, resources.AuthModeLocal))
	}
	if err := env.Err(); err != nil {
		return nil, err
	}
	return triage.NewHandler(c, store, authn), nil
}
