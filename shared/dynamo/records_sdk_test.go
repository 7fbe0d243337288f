package dynamo

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/sdkvalue"
	"borgerfeedback/shared/feedback"
)

// TestRecordsAsAttributeValue: each stored record, in the shapes a reply, an invitation and a
// history event take (every field set, none, empty lists, zero and far times, times in other
// zones, number extremes, a sample of zeros), is written by dynamocall.MarshalMap as the SDK's
// attributevalue.MarshalMap wrote it before the switch, and what the SDK wrote (or an item with
// attributes missing, NULL or unknown) reads back as attributevalue.UnmarshalMap read it.
func TestRecordsAsAttributeValue(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	at := time.Date(2026, 12, 7, 10, 30, 0, 1, cet)
	zero := time.Time{}
	item := filled[feedback.Item]()
	inv := filled[feedback.Invitation]()
	tests := []struct {
		name string
		rec  any
	}{
		{"an item, every field set", itemRecordOf(item)},
		{"an item, no field set", itemRecordOf(feedback.Item{})},
		{"an item with empty reasons, a zero sample and a zero time set", itemRecordOf(feedback.Item{Reasons: []string{}, Sample: &feedback.Sample{},
			WithdrawnAt: &zero, AnonymisedAt: &at, SubmittedAt: at, DueAt: time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)})},
		{"an item with number extremes", itemRecordOf(feedback.Item{Rating: math.MinInt64, Version: math.MaxInt64,
			Sample: &feedback.Sample{Probability: math.SmallestNonzeroFloat64, Multiplier: math.MaxFloat64}})},
		{"an item with a text of every escape", itemRecordOf(feedback.Item{Text: "\x00\t\n\"\\<>&\u2028\U0001F600 æøå", Reasons: []string{""}})},
		{"an invitation, every field set", invitationRecordOf(inv)},
		{"an invitation, no field set", invitationRecordOf(feedback.Invitation{})},
		{"an invitation used and reminded at zero times", invitationRecordOf(feedback.Invitation{UsedAt: &zero, RemindedAt: &at, EndedAt: at})},
		{"a history event, every field set", historyRecordOf(filled[feedback.HistoryEvent]())},
		{"a history event, no field set", historyRecordOf(feedback.HistoryEvent{})},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, err := attributevalue.MarshalMap(tc.rec)
			if err != nil {
				t.Fatal(err)
			}
			got, err := dynamocall.MarshalMap(tc.rec)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(sdkvalue.ItemToSDK(got), want) {
				t.Errorf("MarshalMap\n%s\nattributevalue.MarshalMap\n%s", avText(&dynamocall.AttributeValueMemberM{Value: got}, "  "),
					avText(&dynamocall.AttributeValueMemberM{Value: sdkvalue.ItemFromSDK(want)}, "  "))
			}
			sameRecordRead(t, want, reflect.TypeOf(tc.rec))
		})
	}
}

// TestOlderItemsReadAsAttributeValue: items as other code may have left them (attributes absent,
// NULL, of another case, unknown, numbers where times are) read as attributevalue reads them, and
// a type the record cannot hold fails in both.
func TestOlderItemsReadAsAttributeValue(t *testing.T) {
	s := func(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }
	n := func(v string) types.AttributeValue { return &types.AttributeValueMemberN{Value: v} }
	null := &types.AttributeValueMemberNULL{Value: true}
	tests := []struct {
		name string
		item map[string]types.AttributeValue
		into any
	}{
		{"an item with NULLs, unknown attributes and another case", map[string]types.AttributeValue{"id": s("FB-1"), "Rating": n("4"),
			"reasons": null, "sample": null, "withdrawnAt": null, "dueAt": n("1765099815"), "gsiAll": s("OPEN"), "PK": s("FB#1"),
			"text": s(""), "contactOk": &types.AttributeValueMemberBOOL{Value: true}}, itemRecord{}},
		{"reasons as a string set", map[string]types.AttributeValue{"reasons": &types.AttributeValueMemberSS{Value: []string{"a"}}}, itemRecord{}},
		{"a rating as a string", map[string]types.AttributeValue{"rating": s("4")}, itemRecord{}},
		{"a version beyond an int", map[string]types.AttributeValue{"version": n("9223372036854775808")}, itemRecord{}},
		{"a time that is not RFC 3339", map[string]types.AttributeValue{"createdAt": s("2026-12-07 10:30")}, itemRecord{}},
		{"a sample map with extra attributes", map[string]types.AttributeValue{"sample": &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{
			"probability": n("0.25"), "group": s("g"), "new": s("?")}}}, itemRecord{}},
		{"an invitation's centre as NULL", map[string]types.AttributeValue{"centre": null, "usedAt": s("2026-12-07T10:30:00+01:00")}, invitationRecord{}},
		{"a history event with a number note", map[string]types.AttributeValue{"note": n("5")}, historyRecord{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { sameRecordRead(t, tc.item, reflect.TypeOf(tc.into)) })
	}
}

// sameRecordRead fails t unless item reads into a new typ as attributevalue.UnmarshalMap reads it.
func sameRecordRead(t *testing.T, item map[string]types.AttributeValue, typ reflect.Type) {
	t.Helper()
	want, got := reflect.New(typ), reflect.New(typ)
	wantErr := attributevalue.UnmarshalMap(item, want.Interface())
	gotErr := dynamocall.UnmarshalMap(sdkvalue.ItemFromSDK(item), got.Interface())
	switch {
	case (wantErr == nil) != (gotErr == nil):
		t.Errorf("UnmarshalMap: %v; attributevalue.UnmarshalMap: %v", gotErr, wantErr)
	case wantErr == nil && !reflect.DeepEqual(got.Elem().Interface(), want.Elem().Interface()):
		t.Errorf("UnmarshalMap\n%+v\nattributevalue.UnmarshalMap\n%+v", got.Elem().Interface(), want.Elem().Interface())
	}
}
