// Package app holds what the wiring of every function shares (the store, the SLA). Each function's
// wiring is a package of its own under app/ (inviteapp, classifyapp, formapp, triageapp, retentionapp), called by
// functions/<name>/main.go in Lambda and by the local stack, so the two run the same code, and each
// Lambda binary links (and initialises) only its own function's packages: that is cold-start time.
package app

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"borgerfeedback/shared/dynamocall"
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/config"
	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/sampling"
)

// SamplingAdaptive is the value of SAMPLING_RATE that hands the rates to the controller.
const SamplingAdaptive = "adaptive"

// Sampling reads the sampling settings: SAMPLING_RATE is a fixed base rate (0–1, default 1) or
// "adaptive"; the controller's settings (used by invite when adaptive, and shown by the console
// either way) come from SAMPLING_TARGET, SMS_PRICE_DKK and SMS_BUDGET_DKK_MONTH.
func Sampling(env *config.Env) (rate float64, adaptive bool, cc sampling.ControllerConfig) {
	cc = sampling.DefaultControllerConfig()
	num := func(name string, def float64) float64 {
		v := env.Optional(name, "")
		if v == "" {
			return def
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			env.Fail(fmt.Errorf("environment variable %s=%q: want a number", name, v))
			return def
		}
		return f
	}
	rate = 1
	if v := env.Optional(resources.EnvSamplingRate, ""); v == SamplingAdaptive {
		adaptive = true
	} else {
		rate = env.Fraction(resources.EnvSamplingRate, 1)
	}
	cc.Target = num(resources.EnvSamplingTarget, cc.Target)
	cc.SMSPriceDKK = num(resources.EnvSMSPriceDKK, cc.SMSPriceDKK)
	cc.MonthlyBudgetDKK = num(resources.EnvSMSBudgetDKK, 0)
	if err := cc.Validate(); err != nil {
		env.Fail(fmt.Errorf("sampling settings (%s, %s, %s): %w", resources.EnvSamplingTarget, resources.EnvSMSPriceDKK, resources.EnvSMSBudgetDKK, err))
	}
	return rate, adaptive, cc
}

// Store builds the DynamoDB store from TABLE_NAME and the retention settings.
func Store(cfg aws.Config, env *config.Env) *dynamo.Store {
	return dynamo.New(dynamocall.New(cfg), env.Required(resources.EnvTableName), dynamo.Retention{
		Invitations: env.Days(resources.EnvInvitationRetention, 30*24*time.Hour),
		Feedback:    env.Days(resources.EnvFeedbackRetention, 730*24*time.Hour),
	})
}

// SLA reads the SLA setting (defaults when unset).
func SLA(env *config.Env) feedback.SLA {
	sla, err := feedback.ParseSLA(env.Optional(resources.EnvSLA, ""))
	if err != nil {
		env.Fail(fmt.Errorf("environment variable %s: %w", resources.EnvSLA, err))
	}
	return sla
}

// ObservedSMS lets observers (the local stack's console printer) see each SMS after the provider
// accepted it; without observers it is sms.
func ObservedSMS(sms invite.SMS, observers ...func(phone, message string)) invite.SMS {
	if len(observers) == 0 {
		return sms
	}
	return observedSMS{SMS: sms, observers: observers}
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
