// Package inviteapp wires the invite function from its configuration (see package app).
package inviteapp

import (
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/app"
	"borgerfeedback/shared/app/phonekey"
	"borgerfeedback/shared/app/reminderapp"
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
	c.Quiet = reminderapp.Quiet(env)
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
	reminders := reminderapp.Scheduler(env, store, c.Quiet, c.LinkTTL, c.Rates, c.SamplingRate, c.LoadPhoneKey)
	if err := env.Err(); err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	sms := app.ObservedSMS(notify.NewSMS(notify.NewClient(cfg), senderID, checkOptOut), observers...)
	m := metrics.New(os.Stdout, resources.MetricsNamespace, resources.FunctionInvite)
	svc := invite.NewService(c, store, sms, now, log).WithDeferrer(queue.New(queue.NewClient(cfg), contactQueue)).WithMetrics(m)
	if reminders != nil {
		svc.WithReminders(reminders)
	}
	return &sqsbatch.Consumer[invite.ContactEvent]{Decode: invite.DecodeContactEvent, Handle: svc.HandleEvent, Log: log, Metrics: m, Batch: store.BatchCounters}, nil
}
