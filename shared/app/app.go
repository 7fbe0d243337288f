// Package app holds what the wiring of every function shares (the store, the SLA). Each function's
// wiring is a package of its own under app/ (inviteapp, intakeapp, formapp, triageapp), called by
// functions/<name>/main.go in Lambda and by the local stack, so the two run the same code, and each
// Lambda binary links (and initialises) only its own function's packages: that is cold-start time.
package app

import (
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"borgerfeedback/shared/config"
	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/resources"
)

// Store builds the DynamoDB store from TABLE_NAME and the retention settings.
func Store(cfg aws.Config, env *config.Env) *dynamo.Store {
	return dynamo.New(dynamodb.NewFromConfig(cfg), env.Required(resources.EnvTableName), dynamo.Retention{
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
