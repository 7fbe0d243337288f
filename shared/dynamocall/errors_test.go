package dynamocall_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/smithy-go"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/sdkvalue"
)

// errorSeen is what a caller can read of an error: what the two clients must agree on.
type errorSeen struct {
	Code, Message string
	Status        int
	Item          map[string]dynamocall.AttributeValue // a failed condition's
	Reasons       []dynamocall.CancellationReason      // a cancelled transaction's, in order
	Calls         int
}

func seenOf(err error) errorSeen {
	var e errorSeen
	if err == nil {
		return e
	}
	var apiErr smithy.APIError
	if errors.As(err, &apiErr) {
		e.Code, e.Message = apiErr.ErrorCode(), apiErr.ErrorMessage()
	}
	var re *awshttp.ResponseError
	if errors.As(err, &re) {
		e.Status = re.HTTPStatusCode()
	}
	var sdkCF *types.ConditionalCheckFailedException
	var ourCF *dynamocall.ConditionalCheckFailedException
	switch {
	case errors.As(err, &sdkCF):
		e.Item = sdkvalue.ItemFromSDK(sdkCF.Item)
	case errors.As(err, &ourCF):
		e.Item = ourCF.Item
	}
	var sdkTC *types.TransactionCanceledException
	var ourTC *dynamocall.TransactionCanceledException
	switch {
	case errors.As(err, &sdkTC):
		for _, r := range sdkTC.CancellationReasons {
			e.Reasons = append(e.Reasons, dynamocall.CancellationReason{Code: r.Code, Message: r.Message, Item: sdkvalue.ItemFromSDK(r.Item)})
		}
	case errors.As(err, &ourTC):
		e.Reasons = ourTC.CancellationReasons
	}
	return e
}

// TestErrorsAsTheSDKClient: every error answer DynamoDB gives (and the forms its code may take:
// in the body's __type, with a URI after ':', in the X-Amzn-ErrorType header, as "code") is read as
// the SDK's client reads it: the same code and message, the same typed error with its item or its
// reasons in order, the same HTTP status, and retried as often.
func TestErrorsAsTheSDKClient(t *testing.T) {
	const ns = "com.amazonaws.dynamodb.v20120810#"
	tests := []struct {
		name string
		a    answer
	}{
		{"a failed condition with the item", answer{status: 400, body: `{"__type":"` + ns + `ConditionalCheckFailedException","message":"The conditional request failed","Item":{"PK":{"S":"FB#1"},"n":{"N":"2"},"b":{"B":"AQ=="}}}`}},
		{"a failed condition without the item", answer{status: 400, body: `{"__type":"` + ns + `ConditionalCheckFailedException","message":"The conditional request failed"}`}},
		{"a cancelled transaction, reasons in order", answer{status: 400, body: `{"__type":"` + ns + `TransactionCanceledException","Message":"Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, TransactionConflict]",` +
			`"CancellationReasons":[{"Code":"None"},{"Code":"ConditionalCheckFailed","Message":"The conditional request failed","Item":{"PK":{"S":"FB#1"},"l":{"L":[{"NULL":true}]}}},{"Code":"TransactionConflict","Message":"Transaction is ongoing for the item"}]}`}},
		{"a validation error's text", answer{status: 400, body: `{"__type":"com.amazon.coral.validate#ValidationException","message":"One or more parameter values were invalid: An AttributeValue may not contain an empty string"}`}},
		{"over the table's throughput", answer{status: 400, body: `{"__type":"` + ns + `ProvisionedThroughputExceededException","message":"The level of configured provisioned throughput for the table was exceeded"}`}},
		{"throttled", answer{status: 400, body: `{"__type":"com.amazon.coral.availability#ThrottlingException","message":"Rate of requests exceeds the allowed throughput."}`}},
		{"over the account's request limit", answer{status: 400, body: `{"__type":"` + ns + `RequestLimitExceeded","message":"Throughput exceeds the current throughput limit for your account."}`}},
		{"a transaction in progress", answer{status: 400, body: `{"__type":"` + ns + `TransactionInProgressException","message":"in progress"}`}},
		{"a transaction conflict", answer{status: 400, body: `{"__type":"` + ns + `TransactionConflictException","message":"conflict"}`}},
		{"an item collection too large", answer{status: 400, body: `{"__type":"` + ns + `ItemCollectionSizeLimitExceededException","message":"too large"}`}},
		{"a missing table", answer{status: 400, body: `{"__type":"` + ns + `ResourceNotFoundException","message":"Requested resource not found"}`}},
		{"a code with a URI after ':'", answer{status: 400, body: `{"__type":"com.amazon.coral.availability#ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/","message":"Rate exceeded"}`}},
		{"the code in the X-Amzn-ErrorType header only", answer{status: 400, body: `{"message":"Rate exceeded"}`,
			headers: map[string]string{"X-Amzn-ErrorType": "ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/"}}},
		{"the header's code before the body's", answer{status: 400, body: `{"__type":"` + ns + `ValidationException","message":"m"}`,
			headers: map[string]string{"X-Amzn-ErrorType": "ProvisionedThroughputExceededException"}}},
		{"the code as \"code\"", answer{status: 400, body: `{"code":"ValidationException","Message":"capital M"}`}},
		{"a server error", answer{status: 500, body: `{"__type":"com.amazon.coral.service#InternalFailure","message":"internal"}`}},
		{"unavailable", answer{status: 503, body: `{"__type":"com.amazon.coral.availability#ServiceUnavailableException","message":"unavailable"}`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // a retried answer waits seconds between attempts (the SDK's backoff)
			srv := newServer(t, tc.a)
			ctx := context.Background()
			_, err := dynamodb.NewFromConfig(config(srv.URL)).PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("t"), Item: sdkKey})
			want := seenOf(err)
			want.Calls = len(srv.taken())
			_, err = dynamocall.New(config(srv.URL)).PutItem(ctx, &dynamocall.PutItemInput{TableName: aws.String("t"), Item: key})
			got := seenOf(err)
			got.Calls = len(srv.taken())
			if want.Code == "" {
				t.Fatalf("the SDK's client read no code from the answer: %v", err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("error read as\n%+v\nthe SDK's client reads\n%+v", got, want)
			}
		})
	}
}
