// Package retentionapp wires the retention function from its configuration (see package app).
package retentionapp

import (
	"context"
	"log/slog"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/app"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/retention"
)

// NewRetention wires the retention service (TEXT_RETENTION_DAYS, default 180). now is its clock:
// time.Now in Lambda; locally the running stack's (make contact -days-later moves it).
func NewRetention(cfg aws.Config, env *config.Env, log *slog.Logger, now func() time.Time) (*retention.Service, error) {
	store := app.Store(cfg, env)
	c := retention.Config{TextRetention: env.Days(resources.EnvTextRetention, feedback.DefaultTextRetention)}
	if err := env.Err(); err != nil {
		return nil, err
	}
	return retention.NewService(c, store, now, log), nil
}

// Handler is the Lambda handler of the daily EventBridge schedule: the event carries nothing the
// run needs. An error makes the invocation fail, which the function's error alarm reports.
func Handler(svc *retention.Service) func(context.Context, events.EventBridgeEvent) (retention.Report, error) {
	return func(ctx context.Context, _ events.EventBridgeEvent) (retention.Report, error) {
		return svc.Run(ctx)
	}
}
