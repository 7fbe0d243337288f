// Command classify is the Lambda consumer of the feedback-intake queue: it classifies, routes and
// stores each reply once and alerts staff to urgent ones.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/config"

	"borgerfeedback/shared/app/intakeapp"
	envconfig "borgerfeedback/shared/config"
	"borgerfeedback/shared/redact"
)

func main() {
	log := redact.Logger(lambdacontext.NewLogger())
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		fatal(log, err)
	}
	svc, err := intakeapp.NewIntake(cfg, envconfig.FromOS(), log)
	if err != nil {
		fatal(log, err)
	}
	lambda.Start(svc.HandleSQS)
}

// fatal reports a start-up failure; Lambda shows it as an init error and retries the cold start.
func fatal(log *slog.Logger, err error) {
	log.Error("start-up failed", "error", err.Error())
	os.Exit(1)
}
