// Command triage is the Lambda behind /api/* (staff API, behind API Gateway's JWT authorizer) and
// /console/* (the staff console's static files).
package main

import (
	"context"
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"

	"borgerfeedback/shared/app/triageapp"
	"borgerfeedback/shared/awsenv"
	envconfig "borgerfeedback/shared/config"
	"borgerfeedback/shared/httpapi"
	"borgerfeedback/shared/redact"
	"borgerfeedback/shared/xray"
)

func main() {
	ctx := context.Background()
	log := redact.Logger(lambdacontext.NewLogger())
	cfg, err := awsenv.Config() // Lambda's region and credentials, without the config package (see awsenv)
	if err != nil {
		fatal(log, err)
	}
	xray.Instrument(&cfg)                                                           // each AWS call a subsegment of the function's trace (shared/xray)
	h, err := triageapp.NewTriage(ctx, cfg, envconfig.FromOS(), log, time.Now, nil) // AWS mode: API Gateway verifies the tokens
	if err != nil {
		fatal(log, err)
	}
	lambda.Start(httpapi.LambdaInvoker(h, log)) // no reflection per event (httpapi.LambdaInvoker)
}

// fatal reports a start-up failure; Lambda shows it as an init error and retries the cold start.
func fatal(log *slog.Logger, err error) {
	log.Error("start-up failed", "error", err.Error())
	os.Exit(1)
}
