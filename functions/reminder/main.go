// Command reminder is the scheduled Lambda (every 5 minutes) that sends the one reminder of each
// unanswered invitation that is due, or records why not (shared/reminder).
package main

import (
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"

	"borgerfeedback/shared/app/reminderapp"
	"borgerfeedback/shared/awsenv"
	envconfig "borgerfeedback/shared/config"
	"borgerfeedback/shared/redact"
	"borgerfeedback/shared/xray"
)

func main() {
	log := redact.Logger(lambdacontext.NewLogger())
	cfg, err := awsenv.Config() // Lambda's region and credentials, without the config package (see awsenv)
	if err != nil {
		fatal(log, err)
	}
	xray.Instrument(&cfg) // each AWS call a subsegment of the function's trace (shared/xray)
	svc, err := reminderapp.NewReminder(cfg, envconfig.FromOS(), log, time.Now)
	if err != nil {
		fatal(log, err)
	}
	lambda.Start(reminderapp.Handler(svc))
}

// fatal reports a start-up failure; Lambda shows it as an init error and retries the cold start.
func fatal(log *slog.Logger, err error) {
	log.Error("start-up failed", "error", err.Error())
	os.Exit(1)
}
