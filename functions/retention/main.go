// Command retention is the daily scheduled Lambda that enforces the retention periods: it
// anonymises feedback whose free text, contact details and notes are past TEXT_RETENTION_DAYS and
// deletes expired invitation rows (docs/privacy.md).
package main

import (
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"

	"borgerfeedback/shared/app/retentionapp"
	"borgerfeedback/shared/awsenv"
	envconfig "borgerfeedback/shared/config"
	"borgerfeedback/shared/xray"
)

func main() {
	log := lambdacontext.NewLogger()
	cfg, err := awsenv.Config() // Lambda's region and credentials, without the config package (see awsenv)
	if err != nil {
		fatal(log, err)
	}
	xray.Instrument(&cfg) // each AWS call a subsegment of the function's trace (shared/xray)
	svc, err := retentionapp.NewRetention(cfg, envconfig.FromOS(), log, time.Now)
	if err != nil {
		fatal(log, err)
	}
	lambda.Start(retentionapp.Handler(svc))
}

// fatal reports a start-up failure; Lambda shows it as an init error and retries the cold start.
func fatal(log *slog.Logger, err error) {
	log.Error("start-up failed", "error", err.Error())
	os.Exit(1)
}
