// Package reminderapp wires the reminder sweep from its configuration (see package app), and the
// reminder scheduler invite uses.
package reminderapp

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/app"
	"borgerfeedback/shared/app/phonekey"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/notify"
	"borgerfeedback/shared/reminder"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/sampling"
)

// NewReminder wires the sweep: the same SMS sender, sender id, link base URL, quiet hours and
// phone-hash key as invite, and the sampling controller's budget when SAMPLING_RATE is adaptive.
// Observers (the local stack's console printer) see each SMS after SNS accepted it; now is the
// sweep's clock.
func NewReminder(cfg aws.Config, env *config.Env, log *slog.Logger, now func() time.Time, observers ...func(phone, message string)) (*reminder.Service, error) {
	store := app.Store(cfg, env)
	c := reminder.Config{PublicBaseURL: env.Required(resources.EnvPublicBaseURL), Quiet: Quiet(env)}
	_, adaptive, cc := app.Sampling(env)
	var budget reminder.Budget
	if adaptive {
		budget = sampling.NewController(cc, store, log)
	}
	secretARN := phonekey.ARN(env)
	senderID := env.Optional(resources.EnvSMSSenderID, "")
	checkOptOut := env.Bool(resources.EnvSMSOptOutCheck, true)
	if err := env.Err(); err != nil {
		return nil, err
	}
	c.Key = phonekey.Loader(cfg, secretARN)
	if _, err := reminder.Message("da", c.PublicBaseURL+"/f/"+"xxxxxxxxxxxxxxxxxxxxxxxx", 0); err != nil {
		return nil, err
	}
	sms := app.ObservedSMS(notify.NewSMS(notify.NewClient(cfg), senderID, checkOptOut), observers...)
	m := metrics.New(os.Stdout, resources.MetricsNamespace, resources.FunctionReminder)
	return reminder.NewService(c, store, sms, budget, now, log).WithMetrics(m), nil
}

// Quiet reads QUIET_HOURS and QUIET_HOURS_ZONE (invite's and the sweep's).
func Quiet(env *config.Env) invite.QuietHours {
	q, err := invite.ParseQuietHours(env.Optional(resources.EnvQuietHours, invite.DefaultQuietHours), env.Optional(resources.EnvQuietHoursZone, invite.DefaultQuietHoursZone))
	if err != nil {
		env.Fail(fmt.Errorf("environment variable %s/%s: %w", resources.EnvQuietHours, resources.EnvQuietHoursZone, err))
	}
	return q
}

// Scheduler reads REMINDER_POLICY and REMINDER_DELAY for invite: nil when the policy is off.
// linkTTL is the link's lifetime (the delay must leave reminder.MinLinkLeft of it); rates is the
// controller when sampling is adaptive (nil: the fixed rate).
func Scheduler(env *config.Env, store *dynamo.Store, quiet invite.QuietHours, linkTTL time.Duration, rates invite.Rates, fixedRate float64, key func(context.Context) (invite.PhoneKeys, error)) *reminder.Scheduler {
	policy, err := reminder.ParsePolicy(env.Optional(resources.EnvReminderPolicy, ""))
	if err != nil {
		env.Fail(fmt.Errorf("environment variable %s: %w", resources.EnvReminderPolicy, err))
	}
	delay := env.Duration(resources.EnvReminderDelay, reminder.DefaultDelay)
	if policy == sampling.ReminderOff || err != nil {
		return nil
	}
	if err := reminder.Validate(delay, linkTTL); err != nil {
		env.Fail(fmt.Errorf("environment variable %s: %w", resources.EnvReminderDelay, err))
	}
	return &reminder.Scheduler{Delay: delay, Policy: policy, Rates: rates, FixedRate: fixedRate, Quiet: quiet, Key: key, Store: store}
}

// Handler is the Lambda handler of the sweep's EventBridge schedule: the event carries nothing
// the run needs. An error fails the invocation, which the function's error alarm reports; the
// next run reads the failed hour again.
func Handler(svc *reminder.Service) func(context.Context, events.EventBridgeEvent) (reminder.Report, error) {
	return func(ctx context.Context, _ events.EventBridgeEvent) (reminder.Report, error) {
		return svc.Sweep(ctx)
	}
}
