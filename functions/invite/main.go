// Command invite is the Lambda consumer of the contact-events queue: it sends (or suppresses, with
// the reason recorded) one feedback invitation per completed contact.
package main

import (
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"

	"borgerfeedback/shared/app/inviteapp"
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
	svc, err := inviteapp.NewInvite(cfg, envconfig.FromOS(), log, time.Now)
	if err != nil {
		fatal(log, err)
	}
	lambda.Start(svc) // svc.Invoke: HandleSQS without reflection (sqsbatch.Consumer.Invoke)
}

// fatal reports a start-up failure; Lambda shows it as an init error and retries the cold start.
func fatal(log *slog.Logger, err error) {
	log.Error("start-up failed", "error", err.Error())
	os.Exit(1)
}
