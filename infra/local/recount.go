package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/local/motostack"
)

// recount rebuilds one day's reply counters from the stored replies (dynamo.Store.Recount): on the
// running local stack, or with -table on a deployed table (AWS credentials from the environment).
// It prints the differences; -apply repairs them.
func recount(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("recount", flag.ContinueOnError)
	dayText := fs.String("day", "", "the UTC day to recount, YYYY-MM-DD (required)")
	apply := fs.Bool("apply", false, "repair the differences (default: report only)")
	table := fs.String("table", "", "DynamoDB table in AWS (default: the running local stack's)")
	within := fs.Duration("stored-within", 4*24*time.Hour, "how long after submission a reply may have been stored")
	retention := fs.Int("retention-days", 730, "feedback retention of the table (FEEDBACK_RETENTION_DAYS)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	day, err := time.Parse(time.DateOnly, *dayText)
	if err != nil {
		return fmt.Errorf("-day %q: want a date as YYYY-MM-DD (make recount DAY=2026-12-01)", *dayText)
	}
	var cfg aws.Config
	name := *table
	if name == "" {
		o, err := readOutputs()
		if err != nil {
			return err
		}
		cfg, name = motostack.AWSConfig(ctx, o.AWSEndpoint), o.TableName
	} else {
		var err error
		if cfg, err = config.LoadDefaultConfig(ctx); err != nil {
			return err
		}
	}
	st := dynamo.New(dynamocall.New(cfg), name, dynamo.Retention{Feedback: time.Duration(*retention) * 24 * time.Hour})
	rep, err := st.Recount(ctx, day, time.Now(), dynamo.RecountOptions{Apply: *apply, StoredWithin: *within})
	fmt.Println(rep)
	return err
}
