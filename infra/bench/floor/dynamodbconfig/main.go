// Command dynamodbconfig is a floor reference for the cold-start benchmark: the empty handler plus
// one DynamoDB client on config.LoadDefaultConfig (the SDK's full credential chain), to show what
// the config package costs against floor/dynamodb. The handler calls the client only when the event
// names a table.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type event struct {
	Table string `json:"table"`
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
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
