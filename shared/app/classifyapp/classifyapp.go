// Package classifyapp wires the classify function (the intake consumer) from its configuration (see package app).
package classifyapp

import (
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/app"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/intake"
	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/notify"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/sqsbatch"
)

// NewClassify wires the classify consumer: the intake service behind its SQS adapter (HandleSQS is
// the Lambda handler).
// now is its clock: time.Now in Lambda; the local stack can move it forward.
func NewClassify(cfg aws.Config, env *config.Env, log *slog.Logger, now func() time.Time) (*sqsbatch.Consumer[feedback.Submission], error) {
	store := app.Store(cfg, env)
	topic := env.Required(resources.EnvAlertTopicARN)
	sla := app.SLA(env)
	if err := env.Err(); err != nil {
		return nil, err
	}
	m := metrics.New(os.Stdout, resources.MetricsNamespace, resources.FunctionClassify)
	svc := intake.NewService(store, notify.NewAlerts(notify.NewClient(cfg), topic), sla, now, log).WithMetrics(m)
	return &sqsbatch.Consumer[feedback.Submission]{Decode: intake.ParseSubmission, Handle: svc.Handle, Log: log, Metrics: m, Batch: store.BatchCounters}, nil
}
