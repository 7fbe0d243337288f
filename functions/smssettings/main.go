// Command smssettings is the CloudFormation custom resource that sets the account's SNS SMS
// settings (monthly spend limit, sender id) at deploy time; it is on no request path.
package main

import (
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/cfn"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/service/sns"

	"borgerfeedback/shared/awsenv"
	"borgerfeedback/shared/redact"
	"borgerfeedback/shared/smsconfig"
)

func main() {
	log := redact.Logger(lambdacontext.NewLogger())
	cfg, err := awsenv.Config() // Lambda's region and credentials, without the config package (see awsenv)
	if err != nil {
		fatal(log, err)
	}
	lambda.Start(cfn.LambdaWrap(smsconfig.Handler(sns.NewFromConfig(cfg), log)))
}

// fatal reports a start-up failure; Lambda shows it as an init error.
func fatal(log *slog.Logger, err error) {
	log.Error("start-up failed", "error", err.Error())
	os.Exit(1)
}
