// Command dynamodbsqs is a floor reference for the cold-start benchmark: the empty handler plus a
// DynamoDB and an SQS client on an aws.Config built from Lambda's environment (shared/awsenv, no
// config package), the clients the form uses. The handler calls them only when the event names a
// table and a queue, so the operations are linked but the benchmark's event (`{}`) makes no call.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/awsenv"
)

type event struct {
	Table string `json:"table"`
	Queue string `json:"queue"`
}

func main() {
	cfg, err := awsenv.Config()
	if err != nil {
		log.Fatal(err)
	}
	db, q := dynamodb.NewFromConfig(cfg), sqs.NewFromConfig(cfg)
	lambda.Start(func(ctx context.Context, ev event) (string, error) {
		if ev.Table != "" && ev.Queue != "" {
			if _, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(ev.Table),
				Key: map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: "x"}}}); err != nil {
				return "", err
			}
			if _, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(ev.Queue), MessageBody: aws.String("x")}); err != nil {
				return "", err
			}
		}
		return "ok", nil
	})
}
