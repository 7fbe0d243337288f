// Package intakeapp wires the classify function (the intake consumer) from its configuration (see package app).
package intakeapp

import (
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"

	"borgerfeedback/shared/app"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/intake"
	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/notify"
	"borgerfeedback/shared/resources"
)

// NewIntake wires the classify consumer.
// now is its clock: time.Now in Lambda; the local stack can move it forward.
func NewIntake(cfg aws.Config, env *config.Env, log *slog.Logger, now func() time.Time) (*intake.Service, error) {
	store := app.Store(cfg, env)
	topic := env.Required(resources.EnvAlertTopicARN)
	sla := app.SLA(env)
	if err := env.Err(); err != nil {
		return nil, err
	}
	m := metrics.New(os.Stdout, resources.MetricsNamespace, resources.FunctionClassify)
	return intake.NewService(store, notify.NewAlerts(sns.NewFromConfig(cfg), topic), sla, now, log).WithMetrics(m), nil
}
