package devstack_test

import (
	dtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

type (
	dynamodbKey = dtypes.AttributeValue
	sqsAttr     = sqstypes.MessageSystemAttributeName
)

func s(v string) dtypes.AttributeValue { return &dtypes.AttributeValueMemberS{Value: v} }
