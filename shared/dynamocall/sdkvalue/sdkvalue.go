// Package sdkvalue converts attribute values between shared/dynamocall and the SDK's DynamoDB
// types, for the tests and tools that hold items in both (a bulk load through the SDK's client of
// records shared/dynamo makes, an item read through both clients). The functions never import it.
package sdkvalue

import (
	"fmt"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamocall"
)

// ToSDK is v as the SDK's type.
func ToSDK(v dynamocall.AttributeValue) types.AttributeValue {
	switch a := v.(type) {
	case *dynamocall.AttributeValueMemberS:
		return &types.AttributeValueMemberS{Value: a.Value}
	case *dynamocall.AttributeValueMemberN:
		return &types.AttributeValueMemberN{Value: a.Value}
	case *dynamocall.AttributeValueMemberB:
		return &types.AttributeValueMemberB{Value: a.Value}
	case *dynamocall.AttributeValueMemberBOOL:
		return &types.AttributeValueMemberBOOL{Value: a.Value}
	case *dynamocall.AttributeValueMemberNULL:
		return &types.AttributeValueMemberNULL{Value: a.Value}
	case *dynamocall.AttributeValueMemberL:
		l := make([]types.AttributeValue, len(a.Value))
		for i, e := range a.Value {
			l[i] = ToSDK(e)
		}
		return &types.AttributeValueMemberL{Value: l}
	case *dynamocall.AttributeValueMemberM:
		return &types.AttributeValueMemberM{Value: ItemToSDK(a.Value)}
	case *dynamocall.AttributeValueMemberSS:
		return &types.AttributeValueMemberSS{Value: a.Value}
	case *dynamocall.AttributeValueMemberNS:
		return &types.AttributeValueMemberNS{Value: a.Value}
	case *dynamocall.AttributeValueMemberBS:
		return &types.AttributeValueMemberBS{Value: a.Value}
	case nil:
		return nil
	}
	panic(fmt.Sprintf("sdkvalue: unknown attribute value %T", v))
}

// FromSDK is the SDK's v as dynamocall's type.
func FromSDK(v types.AttributeValue) dynamocall.AttributeValue {
	switch a := v.(type) {
	case *types.AttributeValueMemberS:
		return &dynamocall.AttributeValueMemberS{Value: a.Value}
	case *types.AttributeValueMemberN:
		return &dynamocall.AttributeValueMemberN{Value: a.Value}
	case *types.AttributeValueMemberB:
		return &dynamocall.AttributeValueMemberB{Value: a.Value}
	case *types.AttributeValueMemberBOOL:
		return &dynamocall.AttributeValueMemberBOOL{Value: a.Value}
	case *types.AttributeValueMemberNULL:
		return &dynamocall.AttributeValueMemberNULL{Value: a.Value}
	case *types.AttributeValueMemberL:
		l := make([]dynamocall.AttributeValue, len(a.Value))
		for i, e := range a.Value {
			l[i] = FromSDK(e)
		}
		return &dynamocall.AttributeValueMemberL{Value: l}
	case *types.AttributeValueMemberM:
		return &dynamocall.AttributeValueMemberM{Value: ItemFromSDK(a.Value)}
	case *types.AttributeValueMemberSS:
		return &dynamocall.AttributeValueMemberSS{Value: a.Value}
	case *types.AttributeValueMemberNS:
		return &dynamocall.AttributeValueMemberNS{Value: a.Value}
	case *types.AttributeValueMemberBS:
		return &dynamocall.AttributeValueMemberBS{Value: a.Value}
	case nil:
		return nil
	}
	panic(fmt.Sprintf("sdkvalue: unknown attribute value %T", v))
}

// ItemToSDK is an item as the SDK's type (nil stays nil).
func ItemToSDK(m map[string]dynamocall.AttributeValue) map[string]types.AttributeValue {
	if m == nil {
		return nil
	}
	out := make(map[string]types.AttributeValue, len(m))
	for k, v := range m {
		out[k] = ToSDK(v)
	}
	return out
}

// ItemFromSDK is the SDK's item as dynamocall's type (nil stays nil).
func ItemFromSDK(m map[string]types.AttributeValue) map[string]dynamocall.AttributeValue {
	if m == nil {
		return nil
	}
	out := make(map[string]dynamocall.AttributeValue, len(m))
	for k, v := range m {
		out[k] = FromSDK(v)
	}
	return out
}
