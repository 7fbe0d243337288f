package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/redactexisting"
)

// redactExisting applies the current redaction rules to the feedback already stored: on the running
// local stack, or with -table on a deployed table (AWS credentials from the environment). It prints
// counts only; run it again after an interruption and it resumes from its checkpoint.
func redactExisting(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("redact-existing", flag.ContinueOnError)
	table := fs.String("table", "", "DynamoDB table in AWS (default: the running local stack's)")
	again := fs.Bool("again", false, "check every item again even if a run with the current rules finished")
	page := fs.Int("page", 100, "items per page and checkpoint")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var db *dynamodb.Client
	name := *table
	if name == "" {
		o, err := readOutputs()
		if err != nil {
			return err
		}
		db, name = dynamodb.NewFromConfig(motostack.AWSConfig(ctx, o.AWSEndpoint)), o.TableName
	} else {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return err
		}
		db = dynamodb.NewFromConfig(cfg)
	}
	rep, err := redactexisting.Run(ctx, db, name, redactexisting.Options{PageSize: *page, Again: *again})
	fmt.Println(rep)
	return err
}
