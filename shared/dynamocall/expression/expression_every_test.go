package expression_test

import (
	"reflect"
	"testing"
	"time"

	sdk "github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression"

	"borgerfeedback/shared/dynamocall/expression"
)

// TestEveryBuilderAsSDK: each builder of the package, alone and in the compositions shared/dynamo
// makes (an IN of one value, a key's greater-than for a cursor, NOT of an AND, a name used in
// several expressions, names that are reserved words or hold '-', '#', ':' or spaces, values of
// each Go type the store passes), is written as the SDK's builder writes it.
func TestEveryBuilderAsSDK(t *testing.T) {
	at := time.Date(2026, 12, 7, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	type pair struct {
		name string
		sdk  sdk.Builder
		ours expression.Builder
	}
	n, sn := expression.Name, sdk.Name
	v, sv := expression.Value, sdk.Value
	cond := func(name string, s sdk.ConditionBuilder, o expression.ConditionBuilder) pair {
		return pair{name, sdk.NewBuilder().WithCondition(s), expression.NewBuilder().WithCondition(o)}
	}
	key := func(name string, s sdk.KeyConditionBuilder, o expression.KeyConditionBuilder) pair {
		return pair{name, sdk.NewBuilder().WithKeyCondition(s), expression.NewBuilder().WithKeyCondition(o)}
	}
	update := func(name string, s sdk.UpdateBuilder, o expression.UpdateBuilder) pair {
		return pair{name, sdk.NewBuilder().WithUpdate(s), expression.NewBuilder().WithUpdate(o)}
	}
	tests := []pair{
		cond("equal", sn("a").Equal(sv("x")), n("a").Equal(v("x"))),
		cond("not equal", sn("a").NotEqual(sv(1)), n("a").NotEqual(v(1))),
		cond("less than", sn("a").LessThan(sv(int64(-5))), n("a").LessThan(v(int64(-5)))),
		cond("less than or equal", sn("a").LessThanEqual(sv(1.5)), n("a").LessThanEqual(v(1.5))),
		cond("greater than", sn("a").GreaterThan(sv(at)), n("a").GreaterThan(v(at))),
		cond("greater than or equal", sn("a").GreaterThanEqual(sv(uint8(3))), n("a").GreaterThanEqual(v(uint8(3)))),
		cond("a name compared to a name", sn("a").Equal(sn("b")), n("a").Equal(n("b"))),
		cond("in, one value", sn("district").In(sv("fyn")), n("district").In(v("fyn"))),
		cond("in, names and values", sn("a").In(sn("b"), sv(true), sv([]byte{1})), n("a").In(n("b"), v(true), v([]byte{1}))),
		cond("begins_with", sn("sk").BeginsWith("H#"), n("sk").BeginsWith("H#")),
		cond("attribute_exists", sdk.AttributeExists(sn("id")), expression.AttributeExists(n("id"))),
		cond("attribute_not_exists", sdk.AttributeNotExists(sn("id")), expression.AttributeNotExists(n("id"))),
		cond("and of two", sn("a").Equal(sv(1)).And(sn("b").Equal(sv(2))), n("a").Equal(v(1)).And(n("b").Equal(v(2)))),
		cond("or of three", sn("a").Equal(sv(1)).Or(sn("b").Equal(sv(2)), sn("c").Equal(sv(3))), n("a").Equal(v(1)).Or(n("b").Equal(v(2)), n("c").Equal(v(3)))),
		cond("not of an and", sdk.Not(sn("a").Equal(sv(1)).And(sdk.AttributeExists(sn("b")))), expression.Not(n("a").Equal(v(1)).And(expression.AttributeExists(n("b"))))),
		cond("and of ors of one name", sn("a").Equal(sv(1)).Or(sn("a").Equal(sv(2))).And(sn("a").Equal(sv(3)).Or(sn("b").Equal(sv(1)))),
			n("a").Equal(v(1)).Or(n("a").Equal(v(2))).And(n("a").Equal(v(3)).Or(n("b").Equal(v(1))))),
		cond("reserved words and odd names", sn("status").Equal(sv("open")).And(sn("cat-other").Equal(sv(1)), sn("inv_suppressed_opt out").Equal(sv(2)),
			sn("a#b").Equal(sv(3)), sn("x:y").Equal(sv(4)), sn("æøå").Equal(sv(5))),
			n("status").Equal(v("open")).And(n("cat-other").Equal(v(1)), n("inv_suppressed_opt out").Equal(v(2)), n("a#b").Equal(v(3)), n("x:y").Equal(v(4)), n("æøå").Equal(v(5)))),
		cond("values of every type the store passes", sn("a").In(sv(""), sv(0), sv(int64(1)<<62), sv(false), sv(time.Time{}), sv(at.UTC()), sv([]string{"x"}), sv(nil), sv(map[string]int{"k": 1})),
			n("a").In(v(""), v(0), v(int64(1)<<62), v(false), v(time.Time{}), v(at.UTC()), v([]string{"x"}), v(nil), v(map[string]int{"k": 1}))),
		key("key equal", sdk.Key("PK").Equal(sv("FB#1")), expression.Key("PK").Equal(v("FB#1"))),
		key("key less than", sdk.Key("PK").Equal(sv("p")).And(sdk.Key("SK").LessThan(sv("s"))), expression.Key("PK").Equal(v("p")).And(expression.Key("SK").LessThan(v("s")))),
		key("key less than or equal", sdk.Key("PK").Equal(sv("p")).And(sdk.Key("SK").LessThanEqual(sv("s"))), expression.Key("PK").Equal(v("p")).And(expression.Key("SK").LessThanEqual(v("s")))),
		key("key greater than (a cursor)", sdk.Key("gsiAll").Equal(sv("OPEN")).And(sdk.Key("created").GreaterThan(sv("2026-12-07T09:00:00Z#FB-1"))),
			expression.Key("gsiAll").Equal(v("OPEN")).And(expression.Key("created").GreaterThan(v("2026-12-07T09:00:00Z#FB-1")))),
		key("key greater than or equal", sdk.Key("PK").Equal(sv("p")).And(sdk.Key("SK").GreaterThanEqual(sv("s"))), expression.Key("PK").Equal(v("p")).And(expression.Key("SK").GreaterThanEqual(v("s")))),
		key("key between", sdk.Key("PK").Equal(sv("p")).And(sdk.Key("SK").Between(sv("a"), sv("b"))), expression.Key("PK").Equal(v("p")).And(expression.Key("SK").Between(v("a"), v("b")))),
		key("key begins_with", sdk.Key("PK").Equal(sv("p")).And(sdk.Key("SK").BeginsWith("H#")), expression.Key("PK").Equal(v("p")).And(expression.Key("SK").BeginsWith("H#"))),
		update("set", sdk.Set(sn("a"), sv(1)), expression.Set(n("a"), v(1))),
		update("set a name to a name", sdk.Set(sn("a"), sn("b")), expression.Set(n("a"), n("b"))),
		update("remove", sdk.Remove(sn("a")), expression.Remove(n("a"))),
		update("add", sdk.Add(sn("a"), sv(int64(2))), expression.Add(n("a"), v(int64(2)))),
		update("delete", sdk.Delete(sn("a"), sv([]byte{1})), expression.Delete(n("a"), v([]byte{1}))),
		update("every action, twice, one name in several", sdk.Delete(sn("d"), sv(1)).Set(sn("a"), sv(1)).Add(sn("c"), sv(1)).Remove(sn("b")).Set(sn("b"), sv(2)).Add(sn("a"), sv(3)).Remove(sn("e")).Delete(sn("a"), sv(4)),
			expression.Delete(n("d"), v(1)).Set(n("a"), v(1)).Add(n("c"), v(1)).Remove(n("b")).Set(n("b"), v(2)).Add(n("a"), v(3)).Remove(n("e")).Delete(n("a"), v(4))),
		{"a projection with names added", sdk.NewBuilder().WithProjection(sdk.NamesList(sn("a"), sn("b")).AddNames(sn("a"), sn("status"))),
			expression.NewBuilder().WithProjection(expression.NamesList(n("a"), n("b")).AddNames(n("a"), n("status")))},
		{"all five, sharing names", sdk.NewBuilder().WithProjection(sdk.NamesList(sn("p"), sn("a"))).WithUpdate(sdk.Set(sn("a"), sv(1)).Remove(sn("k"))).
			WithFilter(sn("k").Equal(sv(2))).WithKeyCondition(sdk.Key("k").Equal(sv(3))).WithCondition(sdk.AttributeExists(sn("p"))),
			expression.NewBuilder().WithProjection(expression.NamesList(n("p"), n("a"))).WithUpdate(expression.Set(n("a"), v(1)).Remove(n("k"))).
				WithFilter(n("k").Equal(v(2))).WithKeyCondition(expression.Key("k").Equal(v(3))).WithCondition(expression.AttributeExists(n("p")))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, got := fromSDK(t, tc.sdk), fromOurs(t, tc.ours)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("built\n%#v\nthe SDK's builder\n%#v", got, want)
			}
		})
	}
}
