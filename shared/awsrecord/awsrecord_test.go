package awsrecord

import (
	"reflect"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func TestCalls(t *testing.T) {
	for _, tc := range []struct {
		name    string
		service string
		op      string
		params  any
		want    []Call
	}{
		{"query on an index", "DynamoDB", "Query", &dynamodb.QueryInput{TableName: aws.String("t"), IndexName: aws.String("byDistrict")},
			[]Call{{"dynamodb:Query", "table:t/index/byDistrict"}}},
		{"a transaction is its items' actions", "DynamoDB", "TransactWriteItems", &dynamodb.TransactWriteItemsInput{TransactItems: []types.TransactWriteItem{
			{Put: &types.Put{TableName: aws.String("t")}}, {Delete: &types.Delete{TableName: aws.String("t")}},
			{ConditionCheck: &types.ConditionCheck{TableName: aws.String("t")}}, {Update: &types.Update{TableName: aws.String("u")}},
		}}, []Call{{"dynamodb:PutItem", "table:t"}, {"dynamodb:DeleteItem", "table:t"}, {"dynamodb:ConditionCheckItem", "table:t"}, {"dynamodb:UpdateItem", "table:u"}}},
		{"batch get", "DynamoDB", "BatchGetItem", &dynamodb.BatchGetItemInput{RequestItems: map[string]types.KeysAndAttributes{"t": {}}},
			[]Call{{"dynamodb:BatchGetItem", "table:t"}}},
		{"send to a queue", "SQS", "SendMessage", &sqs.SendMessageInput{QueueUrl: aws.String("http://q/1/feedback")},
			[]Call{{"sqs:SendMessage", "queue:http://q/1/feedback"}}},
		{"publish to a topic", "SNS", "Publish", &sns.PublishInput{TopicArn: aws.String("arn:aws:sns:eu-north-1:1:alerts")},
			[]Call{{"sns:Publish", "topic:arn:aws:sns:eu-north-1:1:alerts"}}},
		{"an SMS to a phone", "SNS", "Publish", &sns.PublishInput{PhoneNumber: aws.String("+4520123456")},
			[]Call{{"sns:Publish", "phone"}}},
		{"opt-out check is account-level", "SNS", "CheckIfPhoneNumberIsOptedOut", &sns.CheckIfPhoneNumberIsOptedOutInput{PhoneNumber: aws.String("+4520123456")},
			[]Call{{"sns:CheckIfPhoneNumberIsOptedOut", "*"}}},
		{"secret", "Secrets Manager", "GetSecretValue", &secretsmanager.GetSecretValueInput{SecretId: aws.String("arn:s")},
			[]Call{{"secretsmanager:GetSecretValue", "secret:arn:s"}}},
		{"account setting", "SNS", "SetSMSAttributes", &sns.SetSMSAttributesInput{}, []Call{{"sns:SetSMSAttributes", "*"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := calls(tc.service, tc.op, tc.params); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestConfigLeavesTheOriginalAlone(t *testing.T) {
	r := New()
	base := aws.Config{Region: "eu-north-1"}
	cfg := r.Config(base, "invite")
	if len(base.APIOptions) != 0 || len(cfg.APIOptions) != 1 {
		t.Fatalf("APIOptions: base %d, recorded %d; want 0 and 1", len(base.APIOptions), len(cfg.APIOptions))
	}
	r.add("invite", []Call{{"b:B", "*"}, {"a:A", "*"}, {"a:A", "*"}})
	if got := r.Calls("invite"); !reflect.DeepEqual(got, []Call{{"a:A", "*"}, {"b:B", "*"}}) {
		t.Errorf("Calls = %v, want distinct and sorted", got)
	}
}
