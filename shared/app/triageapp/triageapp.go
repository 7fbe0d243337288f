// Package triageapp wires the staff API and console from its configuration (see package app).
package triageapp

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/app"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/triage"
)

// NewTriage wires the staff API and console (AUTH_MODE decides who verifies tokens: API Gateway in
// AWS, the handler itself against the pool's JWKS locally).
func NewTriage(ctx context.Context, cfg aws.Config, env *config.Env, log *slog.Logger) (http.Handler, error) {
	store := app.Store(cfg, env)
	sla := app.SLA(env)
	return triage.FromEnv(cfg, env, store, sla, log)
}
