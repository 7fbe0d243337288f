// Command dynamodbcall is a floor reference for the cold-start benchmark: the empty handler plus
// DynamoDB calls the way the functions make them (shared/dynamocall: DynamoDB's JSON with
// attribute values of its own, through shared/awscall, without any of the SDK's DynamoDB
// packages), on an aws.Config built from Lambda's environment. The handler calls only when the
// event names a table, so the operation is linked but the benchmark's event (`{}`) makes no call.
// What it costs above the empty handler is the SDK's signer, retryer and HTTP stack.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/awsenv"
	"borgerfeedback/shared/dynamocall"
)

type event struct {
	Table string `json:"table"`
}

func main() {
	cfg, err := awsenv.Config()
	if err != nil {
		log.Fatal(err)
	}
	db := dynamocall.New(cfg)
	lambda.Start(func(ctx context.Context, ev event) (string, error) {
		if ev.Table != "" {
			if _, err := db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(ev.Table),
				Key: map[string]dynamocall.AttributeValue{"pk": &dynamocall.AttributeValueMemberS{Value: "x"}}}); err != nil {
				return "", err
			}
		}
		return "ok", nil
	})
}
