package dynamocall_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/sdkvalue"
)

// TestTextAndPagesOnTheWireAsTheSDKClient: text of every kind (control characters, line and
// paragraph separators, HTML's characters, invalid UTF-8, astral characters, long digit strings)
// goes out and comes back as with the SDK's client, and a page's LastEvaluatedKey (string,
// number and binary keys) given back as ExclusiveStartKey is sent as the SDK's client sends it.
func TestTextAndPagesOnTheWireAsTheSDKClient(t *testing.T) {
	texts := []string{"\x00\x01\x1f\x7f", "\t\r\n\"\\/", "<script>&amp;</script>", "\u2028\u2029", "bad \xff\xfe utf-8 \xc3", "😀 \U0010FFFF", "æøå ÆØÅ",
		"", " ", "12345678901234567890123456789012345678"}
	sdkItem := map[string]types.AttributeValue{"PK": sdkKey["PK"], "SK": sdkKey["SK"],
		"n": &types.AttributeValueMemberN{Value: "-1234567890123456789012345678901234567.8"}, "e": &types.AttributeValueMemberB{Value: []byte{}},
		"ss": &types.AttributeValueMemberSS{Value: texts[:5]}}
	for i, s := range texts {
		sdkItem["t"+string(rune('a'+i))] = &types.AttributeValueMemberS{Value: s}
		sdkItem[s+"name"] = &types.AttributeValueMemberBOOL{Value: i%2 == 0}
	}
	item := sdkvalue.ItemFromSDK(sdkItem)
	// An answer carrying escapes of every kind (DynamoDB's text is valid UTF-8: raw invalid bytes
	// in an answer would read as U+FFFD here and as themselves in the SDK's client).
	answer := answer{status: 200, body: "{\"Attributes\":{\"s\":{\"S\":\"\\u00e6 \\ud83d\\ude00 \\u0000 \\/ \\ufffd\"},\"k\\t\":{\"N\":\"1E+3\"}}," +
		"\"Items\":[{\"PK\":{\"S\":\"a\"}}],\"Count\":1,\"ScannedCount\":1,\"LastEvaluatedKey\":{\"PK\":{\"S\":\"FB#\\u2028\"},\"n\":{\"N\":\"-0.5\"},\"b\":{\"B\":\"AP8=\"}}}"}
	srv := newServer(t, answer)
	ctx := context.Background()
	sdkClient, ours := dynamodb.NewFromConfig(config(srv.URL)), dynamocall.New(config(srv.URL))

	sdkPut, err := sdkClient.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("t"), Item: sdkItem, ReturnValues: types.ReturnValueAllOld})
	if err != nil {
		t.Fatal(err)
	}
	sdkReq := srv.taken()
	ourPut, err := ours.PutItem(ctx, &dynamocall.PutItemInput{TableName: aws.String("t"), Item: item, ReturnValues: "ALL_OLD"})
	if err != nil {
		t.Fatal(err)
	}
	if ourReq := srv.taken(); !reflect.DeepEqual(ourReq, sdkReq) {
		t.Errorf("request\n%+v, the SDK's client sends\n%+v", ourReq, sdkReq)
	}
	if want := sdkvalue.ItemFromSDK(sdkPut.Attributes); !reflect.DeepEqual(ourPut.Attributes, want) {
		t.Errorf("answer read as\n%#v, the SDK's client reads\n%#v", ourPut.Attributes, want)
	}

	sdkPage, err := sdkClient.Query(ctx, &dynamodb.QueryInput{TableName: aws.String("t"), KeyConditionExpression: aws.String("PK = :p"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":p": sdkKey["PK"]}})
	if err != nil {
		t.Fatal(err)
	}
	ourPage, err := ours.Query(ctx, &dynamocall.QueryInput{TableName: aws.String("t"), KeyConditionExpression: aws.String("PK = :p"),
		ExpressionAttributeValues: map[string]dynamocall.AttributeValue{":p": key["PK"]}})
	if err != nil {
		t.Fatal(err)
	}
	srv.taken()
	if _, err := sdkClient.Query(ctx, &dynamodb.QueryInput{TableName: aws.String("t"), KeyConditionExpression: aws.String("PK = :p"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":p": sdkKey["PK"]}, ExclusiveStartKey: sdkPage.LastEvaluatedKey}); err != nil {
		t.Fatal(err)
	}
	sdkReq = srv.taken()
	if _, err := ours.Query(ctx, &dynamocall.QueryInput{TableName: aws.String("t"), KeyConditionExpression: aws.String("PK = :p"),
		ExpressionAttributeValues: map[string]dynamocall.AttributeValue{":p": key["PK"]}, ExclusiveStartKey: ourPage.LastEvaluatedKey}); err != nil {
		t.Fatal(err)
	}
	if ourReq := srv.taken(); !reflect.DeepEqual(ourReq, sdkReq) {
		t.Errorf("the next page's request\n%+v, the SDK's client sends\n%+v", ourReq, sdkReq)
	}
}
