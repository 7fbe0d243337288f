package dynamocall_test

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/sdkvalue"
)

// sameAsSDK fails t unless Marshal and Unmarshal agree with attributevalue's on v: the same
// attribute value, and the SDK's attribute value read back into v's type the same.
func sameAsSDK(t *testing.T, v any) {
	t.Helper()
	want, err := attributevalue.Marshal(v)
	if err != nil {
		t.Fatalf("attributevalue.Marshal: %v", err)
	}
	got, err := dynamocall.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal: %v (attributevalue writes %#v)", err, want)
	}
	if !reflect.DeepEqual(sdkvalue.ToSDK(got), want) {
		t.Errorf("Marshal\n%s\nattributevalue.Marshal\n%s", show(sdkvalue.ToSDK(got)), show(want))
	}
	if v == nil {
		return
	}
	sameReadAsSDK(t, want, reflect.TypeOf(v))
}

// sameReadAsSDK fails t unless av reads into a new typ as attributevalue.Unmarshal reads it
// (both an error, or both the same value).
func sameReadAsSDK(t *testing.T, av types.AttributeValue, typ reflect.Type) {
	t.Helper()
	wantBack, gotBack := reflect.New(typ), reflect.New(typ)
	wantErr := attributevalue.Unmarshal(av, wantBack.Interface())
	gotErr := dynamocall.Unmarshal(sdkvalue.FromSDK(av), gotBack.Interface())
	switch {
	case wantErr != nil && gotErr == nil:
		t.Errorf("Unmarshal of %s into %s: no error, read %#v; attributevalue: %v", show(av), typ, gotBack.Elem().Interface(), wantErr)
	case wantErr == nil && gotErr != nil:
		t.Errorf("Unmarshal of %s into %s: %v; attributevalue reads %#v", show(av), typ, gotErr, wantBack.Elem().Interface())
	case wantErr == nil && !reflect.DeepEqual(gotBack.Elem().Interface(), wantBack.Elem().Interface()):
		t.Errorf("Unmarshal of %s into %s\n%#v\nattributevalue.Unmarshal\n%#v", show(av), typ, gotBack.Elem().Interface(), wantBack.Elem().Interface())
	}
}

// show is an SDK attribute value as DynamoDB's JSON (readable in a failure).
func show(av types.AttributeValue) string {
	b, err := json.Marshal(sdkvalue.FromSDK(av))
	if err != nil {
		return err.Error()
	}
	return string(b)
}

type (
	pointersOmitted struct {
		Int    *int       `dynamodbav:"int,omitempty"`
		Str    *string    `dynamodbav:"str,omitempty"`
		Bool   *bool      `dynamodbav:"bool,omitempty"`
		Any    any        `dynamodbav:"any,omitempty"`
		Time   *time.Time `dynamodbav:"time,omitempty"`
		List   *[]string  `dynamodbav:"list,omitempty"`
		NilInt *int       `dynamodbav:"nilInt,omitempty"`
	}
	numbers struct {
		MinInt64  int64   `dynamodbav:"minInt64"`
		MaxInt64  int64   `dynamodbav:"maxInt64"`
		MaxUint64 uint64  `dynamodbav:"maxUint64"`
		MinInt8   int8    `dynamodbav:"minInt8"`
		Tiny      float64 `dynamodbav:"tiny"`
		Huge      float64 `dynamodbav:"huge"`
		Neg       float64 `dynamodbav:"neg"`
		Third     float64 `dynamodbav:"third"`
		Single    float32 `dynamodbav:"single"`
		MaxSingle float32 `dynamodbav:"maxSingle"`
		Uint      uint    `dynamodbav:"uint"`
	}
	unixTimes struct {
		At   time.Time  `dynamodbav:"at,unixtime"`
		Ptr  *time.Time `dynamodbav:"ptr,unixtime,omitempty"`
		Zero time.Time  `dynamodbav:"zero,unixtime"`
	}
	// A field named by a "-" with options is skipped too.
	dashOptions struct {
		Kept    string `dynamodbav:"kept"`
		Skipped string `dynamodbav:"-,omitempty"`
	}
	numberStrings struct {
		JSON json.Number           `dynamodbav:"json"`
		AV   attributevalue.Number `dynamodbav:"av"`
	}
	collections struct {
		Bytes     []byte                      `dynamodbav:"bytes"`
		NoBytes   []byte                      `dynamodbav:"noBytes"`
		EmptyB    []byte                      `dynamodbav:"emptyB"`
		Array     [4]byte                     `dynamodbav:"array"`
		Strings   [2]string                   `dynamodbav:"strings"`
		Ptrs      []*string                   `dynamodbav:"ptrs"`
		Nested    map[string][]map[string]int `dynamodbav:"nested"`
		EmptyMap  map[string]string           `dynamodbav:"emptyMap"`
		NilMap    map[string]string           `dynamodbav:"nilMap"`
		AnyList   []any                       `dynamodbav:"anyList"`
		EmptySet  []string                    `dynamodbav:"emptySet,stringset"`
		NilSet    []string                    `dynamodbav:"nilSet,stringset"`
		OmitSet   []string                    `dynamodbav:"omitSet,stringset,omitempty"`
		NamedSet  []status                    `dynamodbav:"namedSet,stringset"`
		EmptyList []int                       `dynamodbav:"emptyList,omitempty"`
	}
	binarySets struct {
		Set   [][]byte `dynamodbav:"set"`
		Empty [][]byte `dynamodbav:"empty"`
	}
	status string
)

// TestMarshalEdgesAsAttributeValue: the corners of attributevalue's rules (pointers to zero values
// with omitempty, number extremes, unixtime, "-" with options, numbers given as strings, bytes,
// arrays, nested and empty collections, sets) come out as the SDK writes and reads them.
func TestMarshalEdgesAsAttributeValue(t *testing.T) {
	zero, empty, no := 0, "", false
	at := time.Date(2026, 12, 7, 9, 30, 15, 999, time.FixedZone("CET", 3600))
	hello := "hej"
	tests := []struct {
		name string
		v    any
	}{
		{"pointers to zero values with omitempty are kept", pointersOmitted{Int: &zero, Str: &empty, Bool: &no, Any: 0, Time: &time.Time{}, List: &[]string{}}},
		{"a zero record of pointers", pointersOmitted{}},
		{"number extremes", numbers{MinInt64: math.MinInt64, MaxInt64: math.MaxInt64, MaxUint64: math.MaxUint64, MinInt8: math.MinInt8,
			Tiny: 5e-324, Huge: math.MaxFloat64, Neg: -0.000123, Third: 1.0 / 3, Single: 0.1, MaxSingle: -math.SmallestNonzeroFloat32, Uint: 7}},
		{"unixtime", unixTimes{At: at, Ptr: &at}},
		{"a '-' with options", dashOptions{Kept: "k", Skipped: "s"}},
		{"numbers given as strings", numberStrings{JSON: "12.50", AV: "-7"}},
		{"collections", collections{Bytes: []byte("x"), EmptyB: []byte{}, Array: [4]byte{1, 2, 3, 4}, Strings: [2]string{"a", ""},
			Ptrs: []*string{&hello, nil}, Nested: map[string][]map[string]int{"a": {{"x": 1}, {}}, "b": nil, "c": {}}, EmptyMap: map[string]string{},
			AnyList: []any{1, "s", nil, true, []byte{1}, map[string]any{"k": 2.5}}, EmptySet: []string{}, OmitSet: []string{},
			NamedSet: []status{"open", "closed"}, EmptyList: []int{}}},
		{"a zero collections record", collections{}},
		{"binary sets", binarySets{Set: [][]byte{{1}, {2, 3}}, Empty: [][]byte{}}},
		{"a pointer to a pointer", func() any { p := &hello; return &p }()},
		{"an int64 alone", int64(math.MinInt64)},
		{"a map of any", map[string]any{"n": 1, "f": 1.5, "s": "", "nil": nil, "l": []any{}, "m": map[string]any{}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { sameAsSDK(t, tc.v) })
	}
}

// TestLargestFloat32ReadsBack: where Marshal and attributevalue both write math.MaxFloat32 as
// "340282350000000000000000000000000000000", attributevalue refuses to read it back (it parses at
// 64 bits and finds it above the largest float32); Unmarshal parses at the field's size and reads it.
func TestLargestFloat32ReadsBack(t *testing.T) {
	for _, f := range []float32{math.MaxFloat32, -math.MaxFloat32, math.SmallestNonzeroFloat32, 0.1} {
		av, err := dynamocall.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		var back float32
		if err := dynamocall.Unmarshal(av, &back); err != nil || back != f {
			t.Errorf("%v: read back %v, %v", f, back, err)
		}
	}
	var back float32
	if err := dynamocall.Unmarshal(&dynamocall.AttributeValueMemberN{Value: "3.5e38"}, &back); err == nil {
		t.Errorf("3.5e38 into a float32: read %v, want an error", back)
	}
}

// TestUnmarshalEdgesAsAttributeValue: values written by others (older code, the SDK, the
// console) read into the Go types as attributevalue reads them, or fail where it fails.
func TestUnmarshalEdgesAsAttributeValue(t *testing.T) {
	s := func(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }
	n := func(v string) types.AttributeValue { return &types.AttributeValueMemberN{Value: v} }
	null := &types.AttributeValueMemberNULL{Value: true}
	tests := []struct {
		name string
		av   types.AttributeValue
		into any // a value of the type read into
	}{
		{"a number set into ints", &types.AttributeValueMemberNS{Value: []string{"1", "-2"}}, []int{}},
		{"a number set into floats", &types.AttributeValueMemberNS{Value: []string{"1.5", "2"}}, []float64{}},
		{"a number set into strings", &types.AttributeValueMemberNS{Value: []string{"1.5"}}, []string{}},
		{"a binary set into byte slices", &types.AttributeValueMemberBS{Value: [][]byte{{1}, {}}}, [][]byte{}},
		{"a string set into a list field", &types.AttributeValueMemberSS{Value: []string{"a", "b"}}, []string{}},
		{"a list into an array", &types.AttributeValueMemberL{Value: []types.AttributeValue{s("a"), s("b"), s("c")}}, [2]string{}},
		{"a number too big for a float32", n("1e39"), float32(0)},
		{"a number too big for an int8", n("128"), int8(0)},
		{"a negative number into a uint", n("-1"), uint(0)},
		{"a fraction into an int", n("1.5"), 0},
		{"an exponent into an int", n("1e3"), 0},
		{"an exponent into a float", n("1.5E+3"), 0.0},
		{"a number into a string", n("0012.50"), ""},
		{"a number into a json.Number", n("12.50"), json.Number("")},
		{"epoch seconds into a time", n("1765099815"), time.Time{}},
		{"a fraction of epoch seconds into a time", n("1765099815.5"), time.Time{}},
		{"RFC 3339 with an offset into a time", s("2026-12-07T10:30:15.000000999+01:00"), time.Time{}},
		{"RFC 3339 without seconds' fraction into a time pointer", s("2026-12-07T09:30:15Z"), (*time.Time)(nil)},
		{"a date only into a time", s("2026-12-07"), time.Time{}},
		{"NULL into an int", null, 5},
		{"NULL into a pointer", null, (*int)(nil)},
		{"a string into an int", s("5"), 0},
		{"a bool into a string", &types.AttributeValueMemberBOOL{Value: true}, ""},
		{"binary into a string", &types.AttributeValueMemberB{Value: []byte("x")}, ""},
		{"binary into an array", &types.AttributeValueMemberB{Value: []byte{1, 2}}, [2]byte{}},
		{"a map into a map of ints", &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{"a": n("1"), "b": null}}, map[string]int{}},
		{"a map into a map of any", &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{"a": n("1"), "l": &types.AttributeValueMemberL{},
			"ns": &types.AttributeValueMemberNS{Value: []string{"2"}}, "bs": &types.AttributeValueMemberBS{Value: [][]byte{{1}}}}}, map[string]any{}},
		{"a list into any", &types.AttributeValueMemberL{Value: []types.AttributeValue{s("a"), null, &types.AttributeValueMemberBOOL{}}}, any(nil)},
		{"a map into a string", &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{}}, ""},
		{"a map into the pointers record", &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{"INT": n("3"), "Str": s("x"),
			"any": n("2"), "time": s("2026-12-07T09:30:15Z"), "list": null, "nilInt": null, "other": s("?")}}, pointersOmitted{}},
		{"a map into the collections record", &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{
			"namedSet": &types.AttributeValueMemberSS{Value: []string{"open"}}, "array": &types.AttributeValueMemberB{Value: []byte{9, 8, 7, 6}},
			"strings": &types.AttributeValueMemberL{Value: []types.AttributeValue{s("x")}}, "emptySet": &types.AttributeValueMemberL{}}}, collections{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			typ := reflect.TypeOf(tc.into)
			if typ == nil {
				typ = reflect.TypeFor[any]()
			}
			sameReadAsSDK(t, tc.av, typ)
		})
	}
}

type (
	Embedded struct {
		A string `dynamodbav:"a"`
	}
	embeddedRecord struct {
		Embedded
		B string `dynamodbav:"b"`
	}
	embeddedPointer struct {
		*Embedded
		B string `dynamodbav:"b"`
	}
	hiddenEmbedded struct {
		inner
		B string `dynamodbav:"b"`
	}
	asString struct {
		N int `dynamodbav:"n,string"`
	}
	numberSet struct {
		N []int `dynamodbav:"n,numberset"`
	}
	binarySet struct {
		B [][]byte `dynamodbav:"b,binaryset"`
	}
	nullEmpty struct {
		S string `dynamodbav:"s,nullempty"`
	}
	omitEmptyElem struct {
		L []string `dynamodbav:"l,omitemptyelem"`
	}
	nullEmptyElem struct {
		M map[string]string `dynamodbav:"m,nullemptyelem"`
	}
	twoSameNames struct {
		A string `dynamodbav:"x"`
		B string `dynamodbav:"x"`
	}
	intKeys struct {
		M map[int]string `dynamodbav:"m"`
	}
)

// TestRefusedWhereAttributeValueDiffers: what attributevalue writes in a way Marshal does not
// (embedded structs, tag options beyond omitempty, stringset and unixtime, two fields of one name,
// maps not keyed by strings) is an error in Marshal and Unmarshal, never a different item.
func TestRefusedWhereAttributeValueDiffers(t *testing.T) {
	tests := []struct {
		name string
		v    any
	}{
		{"an embedded struct", embeddedRecord{Embedded: Embedded{A: "a"}, B: "b"}},
		{"an embedded pointer", embeddedPointer{Embedded: &Embedded{A: "a"}, B: "b"}},
		{"an unexported embedded struct", hiddenEmbedded{inner: inner{ID: "i"}, B: "b"}},
		{"the string option", asString{N: 5}},
		{"the numberset option", numberSet{N: []int{1}}},
		{"the binaryset option", binarySet{B: [][]byte{{1}}}},
		{"the nullempty option", nullEmpty{}},
		{"the omitemptyelem option", omitEmptyElem{L: []string{""}}},
		{"the nullemptyelem option", nullEmptyElem{M: map[string]string{"k": ""}}},
		{"two fields of one name", twoSameNames{A: "a", B: "b"}},
		{"a map keyed by ints", intKeys{M: map[int]string{1: "a"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, err := attributevalue.Marshal(tc.v)
			if err != nil {
				t.Fatalf("attributevalue.Marshal: %v", err)
			}
			got, err := dynamocall.Marshal(tc.v)
			if err == nil && !reflect.DeepEqual(sdkvalue.ToSDK(got), want) {
				t.Errorf("Marshal wrote %s without an error; attributevalue writes %s", show(sdkvalue.ToSDK(got)), show(want))
			}
			back := reflect.New(reflect.TypeOf(tc.v))
			if err := dynamocall.Unmarshal(sdkvalue.FromSDK(want), back.Interface()); err == nil {
				wantBack := reflect.New(reflect.TypeOf(tc.v))
				_ = attributevalue.Unmarshal(want, wantBack.Interface())
				if !reflect.DeepEqual(back.Elem().Interface(), wantBack.Elem().Interface()) {
					t.Errorf("Unmarshal read %#v without an error; attributevalue reads %#v", back.Elem().Interface(), wantBack.Elem().Interface())
				}
			}
		})
	}
}

// fuzzRecord has a field of each kind the table's records use, filled from a fuzz input.
type fuzzRecord struct {
	S       string            `dynamodbav:"s"`
	Omitted string            `dynamodbav:"o,omitempty"`
	I       int64             `dynamodbav:"i"`
	N       int               `dynamodbav:"n,omitempty"`
	F       float64           `dynamodbav:"f"`
	B       bool              `dynamodbav:"b,omitempty"`
	Bytes   []byte            `dynamodbav:"bytes"`
	At      time.Time         `dynamodbav:"at"`
	When    *time.Time        `dynamodbav:"when,omitempty"`
	List    []string          `dynamodbav:"list"`
	Set     []string          `dynamodbav:"set,stringset,omitempty"`
	Map     map[string]string `dynamodbav:"map,omitempty"`
	Inner   *inner            `dynamodbav:"inner,omitempty"`
}

// FuzzSameAsAttributeValue: any record of the table's kinds of value is written as attributevalue
// writes it, read back as it reads it, and survives DynamoDB's JSON unchanged.
func FuzzSameAsAttributeValue(f *testing.F) {
	f.Add("hej æøå", int64(math.MaxInt64), 0.1, []byte{0, 255}, true)
	f.Add("", int64(math.MinInt64), -0.0, []byte{}, false)
	f.Add("<&> \"\\ \u2028 \x00", int64(1765099815123456789), 1e300, []byte(nil), true)
	f.Add("FB#1", int64(-1), math.SmallestNonzeroFloat64, []byte("x"), false)
	f.Fuzz(func(t *testing.T, s string, i int64, fl float64, b []byte, flag bool) {
		if math.IsNaN(fl) || math.IsInf(fl, 0) {
			return // DynamoDB takes no NaN or infinity; both write them as text it refuses
		}
		at := time.Unix(0, i).In(time.FixedZone("", int(i%50400)))
		r := fuzzRecord{S: s, Omitted: s, I: i, N: int(i % 1000), F: fl, B: flag, Bytes: b, At: at, List: []string{s, ""}}
		if flag {
			r.When, r.Set, r.Map, r.Inner = &at, []string{s}, map[string]string{"k" + s: s}, &inner{ID: s, Score: fl}
		}
		sameAsSDK(t, r)
		av, err := dynamocall.MarshalMap(r)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(s) {
			return // JSON carries text: invalid UTF-8 becomes U+FFFD in both clients
		}
		wire, err := json.Marshal(av)
		if err != nil {
			t.Fatal(err)
		}
		back, err := dynamocall.UnmarshalJSONItem(wire)
		if err != nil {
			t.Fatalf("%s: %v", wire, err)
		}
		if !reflect.DeepEqual(back, av) {
			t.Errorf("through JSON %s\n%#v\nwant\n%#v", wire, back, av)
		}
	})
}
