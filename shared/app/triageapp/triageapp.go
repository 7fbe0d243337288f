// Package triageapp wires the staff API and console from its configuration (see package app).
package triageapp

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/app"
	"borgerfeedback/shared/app/phonekey"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/triage"
)

// NewTriage wires the staff API and console (AUTH_MODE decides who verifies tokens: API Gateway in
// AWS, the handler itself against the pool's JWKS locally). It reads the phone-hash key on first use,
// not at start-up: lifting a safety-list entry hashes the number staff type in. now is the handler's clock
// (time.Now in Lambda); local is cognitologin.LocalSignIn on the local stack and nil in Lambda (see
// triage.LocalAuth).
func NewTriage(ctx context.Context, cfg aws.Config, env *config.Env, log *slog.Logger, now func() time.Time, local triage.LocalAuth) (http.Handler, error) {
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
	return triage.FromEnv(cfg, env, store, c, local)
}
