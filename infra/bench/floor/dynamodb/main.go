// Command dynamodb is a floor reference for the cold-start benchmark: the empty handler plus one
// DynamoDB client on an aws.Config built from Lambda's environment (shared/awsenv, no config
// package). The handler calls the client only when the event names a table, so the operation is
// linked as in a real function but the benchmark's event (`{}`) makes no call.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/awsenv"
)

type event struct {
	Table string `json:"table"`
}

func main() {
	cfg, err := awsenv.Config()
	if err != nil {
		log.Fatal(err)
	}
	db := dynamodb.NewFromConfig(cfg)
	lambda.Start(func(ctx context.Context, ev event) (string, error) {
		if ev.Table != "" {
			if _, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(ev.Table),
				Key: map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: "x"}}}); err != nil {
				return "", err
			}
		}
		return "ok", nil
	})
}
