// Package app wires each function from its configuration: the one place that turns environment
// variables and an AWS configuration into a ready handler. functions/<name>/main.go (in Lambda) and
// the local stack (infra/local) both call it, so the two run the same code.
package app

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/config"
	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/form"
	"borgerfeedback/shared/intake"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/notify"
	"borgerfeedback/shared/queue"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/triage"
)

// Store builds the DynamoDB store from TABLE_NAME and the retention settings.
func Store(cfg aws.Config, env *config.Env) *dynamo.Store {
	return dynamo.New(dynamodb.NewFromConfig(cfg), env.Required(resources.EnvTableName), dynamo.Retention{
		Invitations: env.Days(resources.EnvInvitationRetention, 30*24*time.Hour),
		Feedback:    env.Days(resources.EnvFeedbackRetention, 730*24*time.Hour),
	})
}

// NewInvite wires the invite consumer. It reads the phone-hash key from Secrets Manager at start-up.
// Observers (the local stack's console printer) see each SMS after SNS accepted it.
func NewInvite(ctx context.Context, cfg aws.Config, env *config.Env, log *slog.Logger, observers ...func(phone, message string)) (*invite.Service, error) {
	store := Store(cfg, env)
	c := invite.Config{
		PublicBaseURL:   env.Required(resources.EnvPublicBaseURL),
		LinkTTL:         env.Days(resources.EnvLinkTTLDays, 7*24*time.Hour),
		FrequencyWindow: env.Days(resources.EnvFrequencyWindowDays, 30*24*time.Hour),
		SamplingRate:    env.Fraction(resources.EnvSamplingRate, 1),
	}
	secretARN := env.Required(resources.EnvPhoneHashSecretARN)
	senderID := env.Optional(resources.EnvSMSSenderID, "")
	checkOptOut := env.Bool(resources.EnvSMSOptOutCheck, true)
	if err := env.Err(); err != nil {
		return nil, err
	}
	sec, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String(secretARN)})
	if err != nil {
		return nil, fmt.Errorf("read phone-hash key from %s: %w", resources.EnvPhoneHashSecretARN, err)
	}
	c.PhoneKey = []byte(aws.ToString(sec.SecretString))
	if err := c.Validate(); err != nil {
		return nil, err
	}
	var sms invite.SMS = notify.NewSMS(sns.NewFromConfig(cfg), senderID, checkOptOut)
	if len(observers) > 0 {
		sms = observedSMS{SMS: sms, observers: observers}
	}
	return invite.NewService(c, store, sms, time.Now, log), nil
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

// NewIntake wires the classify consumer.
func NewIntake(cfg aws.Config, env *config.Env, log *slog.Logger) (*intake.Service, error) {
	store := Store(cfg, env)
	topic := env.Required(resources.EnvAlertTopicARN)
	sla, err := feedback.ParseSLA(env.Optional(resources.EnvSLA, ""))
	if err != nil {
		env.Fail(fmt.Errorf("environment variable %s: %w", resources.EnvSLA, err))
	}
	if err := env.Err(); err != nil {
		return nil, err
	}
	return intake.NewService(store, notify.NewAlerts(sns.NewFromConfig(cfg), topic), sla, time.Now, log), nil
}

// NewTriage wires the staff API and console (AUTH_MODE decides who verifies tokens: API Gateway in
// AWS, the handler itself against the pool's JWKS locally).
func NewTriage(ctx context.Context, cfg aws.Config, env *config.Env, log *slog.Logger) (http.Handler, error) {
	store := Store(cfg, env)
	sla, err := feedback.ParseSLA(env.Optional(resources.EnvSLA, ""))
	if err != nil {
		env.Fail(fmt.Errorf("environment variable %s: %w", resources.EnvSLA, err))
	}
	return triage.FromEnv(cfg, env, store, sla, log)
}

// NewForm wires the citizen's form.
func NewForm(cfg aws.Config, env *config.Env, log *slog.Logger) (http.Handler, error) {
	store := Store(cfg, env)
	q := queue.New(sqs.NewFromConfig(cfg), env.Required(resources.EnvFeedbackQueueURL))
	c := form.Config{HSTS: strings.HasPrefix(env.Optional(resources.EnvPublicBaseURL, "https://"), "https://")}
	if v := env.Optional(resources.EnvFormClientLimit, ""); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n == 0 || n < -1 {
			env.Fail(fmt.Errorf("environment variable %s=%q: want a positive number, or -1 for no limit", resources.EnvFormClientLimit, v))
		}
		c.ClientLimit = form.Limit{Requests: n, Window: time.Minute}
	}
	if err := env.Err(); err != nil {
		return nil, err
	}
	return form.NewHandler(c, store, q, time.Now, log), nil
}
