package dynamocall_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/sdkvalue"
)

type inner struct {
	_     [0]func()
	ID    string  `dynamodbav:"id"`
	Score float64 `dynamodbav:"score"`
	Flag  bool    `dynamodbav:"flag,omitempty"`
}

type record struct {
	Name      string            `dynamodbav:"name"`
	Empty     string            `dynamodbav:"empty"`
	Omitted   string            `dynamodbav:"omitted,omitempty"`
	Count     int               `dynamodbav:"count"`
	Big       int64             `dynamodbav:"big"`
	Small     uint8             `dynamodbav:"small"`
	Ratio     float64           `dynamodbav:"ratio"`
	Single    float32           `dynamodbav:"single"`
	Yes       bool              `dynamodbav:"yes"`
	No        bool              `dynamodbav:"no"`
	At        time.Time         `dynamodbav:"at"`
	Zero      time.Time         `dynamodbav:"zero"`
	When      *time.Time        `dynamodbav:"when,omitempty"`
	NilWhen   *time.Time        `dynamodbav:"nilWhen"`
	Inner     inner             `dynamodbav:"inner"`
	PInner    *inner            `dynamodbav:"pInner,omitempty"`
	NilInner  *inner            `dynamodbav:"nilInner"`
	List      []string          `dynamodbav:"list"`
	NilList   []string          `dynamodbav:"nilList"`
	EmptyList []string          `dynamodbav:"emptyList"`
	Set       []string          `dynamodbav:"set,stringset"`
	Bytes     []byte            `dynamodbav:"bytes"`
	Map       map[string]int    `dynamodbav:"map"`
	NilMap    map[string]string `dynamodbav:"nilMap,omitempty"`
	Untagged  string
	Skipped   string `dynamodbav:"-"`
	private   string
}

// TestSameAsAttributeValue: Marshal writes what the SDK's attributevalue writes, and Unmarshal
// reads the SDK's output back as attributevalue.Unmarshal does, for every kind of value the
// table's records use.
func TestSameAsAttributeValue(t *testing.T) {
	when := time.Date(2026, 12, 7, 9, 30, 0, 120000000, time.FixedZone("CET", 3600))
	full := record{Name: "æøå \"x\"", Count: -3, Big: 1 << 53, Small: 200, Ratio: 0.1, Single: 1.5, Yes: true,
		At: time.Date(2026, 11, 26, 14, 3, 0, 123456789, time.UTC), When: &when,
		Inner: inner{ID: "i", Score: 2.25, Flag: true}, PInner: &inner{ID: "p"}, List: []string{"a", ""}, EmptyList: []string{},
		Set: []string{"x", "y"}, Bytes: []byte{0, 1, 255}, Map: map[string]int{"a": 1, "b": 0}, Untagged: "u", Skipped: "s", private: "p"}
	tests := []struct {
		name string
		v    any
	}{
		{"a record with every kind set", full},
		{"a zero record", record{}},
		{"a pointer to a record", &full},
		{"a string", "s"},
		{"an empty string", ""},
		{"an int", 42},
		{"a float", 3.5e-7},
		{"a time", when},
		{"a bool", true},
		{"bytes", []byte("abc")},
		{"a list of maps", []map[string]any{{"a": 1, "b": "x"}, {}}},
		{"nil", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, err := attributevalue.Marshal(tc.v)
			if err != nil {
				t.Fatal(err)
			}
			got, err := dynamocall.Marshal(tc.v)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(sdkvalue.ToSDK(got), want) {
				t.Errorf("Marshal\n%#v\nattributevalue.Marshal\n%#v", sdkvalue.ToSDK(got), want)
			}
			if tc.v == nil {
				return
			}
			typ := reflect.TypeOf(tc.v)
			wantBack, gotBack := reflect.New(typ), reflect.New(typ)
			if err := attributevalue.Unmarshal(want, wantBack.Interface()); err != nil {
				t.Fatal(err)
			}
			if err := dynamocall.Unmarshal(sdkvalue.FromSDK(want), gotBack.Interface()); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(gotBack.Elem().Interface(), wantBack.Elem().Interface()) {
				t.Errorf("Unmarshal\n%#v\nattributevalue.Unmarshal\n%#v", gotBack.Elem().Interface(), wantBack.Elem().Interface())
			}
		})
	}
}

// TestUnmarshalAsAttributeValue: items written by others (numbers into times, names differing in
// case, NULL into set fields, attributes the record does not have) read as attributevalue reads them.
func TestUnmarshalAsAttributeValue(t *testing.T) {
	item := map[string]types.AttributeValue{
		"NAME": &types.AttributeValueMemberS{Value: "upper"}, "count": &types.AttributeValueMemberN{Value: "7"},
		"at": &types.AttributeValueMemberN{Value: "1700000000"}, "list": &types.AttributeValueMemberNULL{Value: true},
		"set": &types.AttributeValueMemberSS{Value: []string{"a"}}, "unknown": &types.AttributeValueMemberS{Value: "?"},
		"when": &types.AttributeValueMemberS{Value: "2026-12-07T10:30:00.12+01:00"}, "Untagged": &types.AttributeValueMemberS{Value: "u"},
		"inner": &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: "i"}}},
	}
	var want, got record
	if err := attributevalue.UnmarshalMap(item, &want); err != nil {
		t.Fatal(err)
	}
	if err := dynamocall.UnmarshalMap(sdkvalue.ItemFromSDK(item), &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("UnmarshalMap\n%#v\nattributevalue.UnmarshalMap\n%#v", got, want)
	}
	// A type mismatch is an error in both.
	bad := map[string]dynamocall.AttributeValue{"count": &dynamocall.AttributeValueMemberS{Value: "x"}}
	if err := dynamocall.UnmarshalMap(bad, &got); err == nil {
		t.Error("a string into an int: no error")
	}
}
