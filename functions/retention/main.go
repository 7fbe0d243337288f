// Command retention is the daily scheduled Lambda that enforces the retention periods: it
// anonymises feedback whose free text, contact details and notes are past TEXT_RETENTION_DAYS and
// deletes expired invitation rows (docs/privacy.md).
package main

import (
	"context"
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/config"

	"borgerfeedback/shared/app/retentionapp"
	envconfig "borgerfeedback/shared/config"
)

func main() {
	ctx := context.Background()
	log := lambdacontext.NewLogger()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		fatal(log, err)
	}
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
