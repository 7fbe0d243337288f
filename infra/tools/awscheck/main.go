// Command awscheck is make diff's and make deploy's first step: it finds the AWS credentials and
// region the CDK CLI would use (the SDK's default chain: environment, profile, SSO, container,
// instance) within a few seconds, and otherwise prints one line saying what is missing and exits 1,
// instead of a CDK stack trace after a long wait.
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/smithy-go/logging"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Second)
	defer cancel()
	what := "make " + os.Args[len(os.Args)-1]
	cfg, err := config.LoadDefaultConfig(ctx, config.WithLogger(logging.Nop{}))
	if err != nil {
		fail(what, "the AWS configuration cannot be read: "+err.Error())
	}
	if cfg.Region == "" {
		fail(what, "no AWS region: set AWS_REGION (e.g. eu-north-1) or a region in your AWS profile")
	}
	creds, err := cfg.Credentials.Retrieve(ctx)
	if err != nil || !creds.HasKeys() {
		fail(what, "no AWS credentials: set AWS_PROFILE (then `aws sso login`) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for the target account")
	}
	if creds.Expired() {
		fail(what, "the AWS credentials have expired: sign in again (`aws sso login`)")
	}
	fmt.Fprintf(os.Stderr, "%s: AWS credentials from %s, region %s\n", what, creds.Source, cfg.Region)
}

func fail(what, msg string) {
	fmt.Fprintf(os.Stderr, "%s: %s\n", what, msg)
	os.Exit(1)
}
