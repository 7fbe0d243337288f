// Package inviteapp wires the invite function from its configuration (see package app).
package inviteapp

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/app"
	"borgerfeedback/shared/app/phonekey"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/notify"
	"borgerfeedback/shared/queue"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/sampling"
	"borgerfeedback/shared/sqsbatch"
)

// NewInvite wires the invite consumer: the service behind its SQS adapter (HandleSQS is the Lambda
// handler). It reads the phone-hash key from Secrets Manager on first use
// (shared/secret), not at start-up: no network call before the first event. What can be checked
// without the network (every variable) still fails start-up.
// Observers (the local stack's console printer) see each SMS after SNS accepted it.
// now is the service's clock: time.Now in Lambda; the local stack can move it forward.
func NewInvite(cfg aws.Config, env *config.Env, log *slog.Logger, now func() time.Time, observers ...func(phone, message string)) (*sqsbatch.Consumer[invite.ContactEvent], error) {
	store := app.Store(cfg, env)
	c := invite.Config{
		PublicBaseURL:   env.Required(resources.EnvPublicBaseURL),
		LinkTTL:         env.Days(resources.EnvLinkTTLDays, 7*24*time.Hour),
		FrequencyWindow: env.Days(resources.EnvFrequencyWindowDays, 30*24*time.Hour),
		SafetyListMonths: map[string]int{
			feedback.SafetyDoNotContact: env.Months(resources.EnvSafetyListMonthsDoNotContact, invite.DefaultSafetyListMonths),
			feedback.SafetySensitive:    env.Months(resources.EnvSafetyListMonthsSensitive, invite.DefaultSafetyListMonths),
			feedback.SafetyMinor:        env.Months(resources.EnvSafetyListMonthsMinor, invite.DefaultSafetyListMonths),
		},
	}
	quiet, qerr := invite.ParseQuietHours(env.Optional(resources.EnvQuietHours, invite.DefaultQuietHours), env.Optional(resources.EnvQuietHoursZone, invite.DefaultQuietHoursZone))
	if err := qerr; err != nil {
		env.Fail(fmt.Errorf("environment variable %s/%s: %w", resources.EnvQuietHours, resources.EnvQuietHoursZone, err))
	}
	c.Quiet = quiet
	contactQueue := env.Required(resources.EnvContactQueueURL) // quiet hours defer contacts through it
	rate, adaptive, cc := app.Sampling(env)
	c.SamplingRate = rate
	if adaptive {
		c.Rates = sampling.NewController(cc, store, log)
	}
	secretARN := phonekey.ARN(env)
	senderID := env.Optional(resources.EnvSMSSenderID, "")
	checkOptOut := env.Bool(resources.EnvSMSOptOutCheck, true)
	if err := env.Err(); err != nil {
		return nil, err
	}
	c.LoadPhoneKey = phonekey.Loader(cfg, secretARN)
	if err := c.Validate(); err != nil {
		return nil, err
	}
	var sms invite.SMS = notify.NewSMS(sns.NewFromConfig(cfg), senderID, checkOptOut)
	if len(observers) > 0 {
		sms = observedSMS{SMS: sms, observers: observers}
	}
	m := metrics.New(os.Stdout, resources.MetricsNamespace, resources.FunctionInvite)
	svc := invite.NewService(c, store, sms, now, log).WithDeferrer(queue.New(sqs.NewFromConfig(cfg), contactQueue)).WithMetrics(m)
	return &sqsbatch.Consumer[invite.ContactEvent]{Decode: invite.DecodeContactEvent, Handle: svc.HandleEvent, Log: log, Metrics: m}, nil
}

type observedSMS struct {
	invite.SMS
	observers []func(phone, message string)
}

func (o observedSMS) Send(ctx context.Context, phone, message string) error {
	if err := o.SMS.Send(ctx, phone, message); err != nil {
		return err
	}
	for _, f := range o.observers {
		f(phone, message)
	}
	return nil
}
