package expression_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	sdk "github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/expression"
	"borgerfeedback/shared/dynamocall/sdkvalue"
)

// built is an expression's text, names and values, comparable between the two builders.
type built struct {
	Condition, Filter, Key, Update, Projection string
	Names                                      map[string]string
	Values                                     map[string]dynamocall.AttributeValue
}

func str(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func fromSDK(t *testing.T, b sdk.Builder) built {
	t.Helper()
	e, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return built{str(e.Condition()), str(e.Filter()), str(e.KeyCondition()), str(e.Update()), str(e.Projection()), e.Names(), sdkvalue.ItemFromSDK(e.Values())}
}

func fromOurs(t *testing.T, b expression.Builder) built {
	t.Helper()
	e, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return built{str(e.Condition()), str(e.Filter()), str(e.KeyCondition()), str(e.Update()), str(e.Projection()), e.Names(), e.Values()}
}

// TestSameAsSDK: the expressions shared/dynamo writes come out as the SDK's builder writes them,
// text, names and values.
func TestSameAsSDK(t *testing.T) {
	at := time.Date(2026, 12, 7, 9, 0, 0, 5, time.UTC)
	lease := &types.AttributeValueMemberN{Value: "17"}
	ourLease := sdkvalue.FromSDK(lease)
	tests := []struct {
		name string
		sdk  func() sdk.Builder
		ours func() expression.Builder
	}{
		{"a conditional put", func() sdk.Builder {
			return sdk.NewBuilder().WithCondition(sdk.AttributeNotExists(sdk.Name("PK")))
		}, func() expression.Builder {
			return expression.NewBuilder().WithCondition(expression.AttributeNotExists(expression.Name("PK")))
		}},
		{"an update on a condition of three", func() sdk.Builder {
			return sdk.NewBuilder().WithUpdate(sdk.Set(sdk.Name("usedAt"), sdk.Value(at)).Set(sdk.Name("n"), sdk.Value(3)).Remove(sdk.Name("centre")).Remove(sdk.Name("usedAt"))).
				WithCondition(sdk.Name("tk").Equal(sdk.Value([]byte{1, 2})).And(sdk.AttributeNotExists(sdk.Name("usedAt")), sdk.AttributeNotExists(sdk.Name("id"))))
		}, func() expression.Builder {
			return expression.NewBuilder().WithUpdate(expression.Set(expression.Name("usedAt"), expression.Value(at)).Set(expression.Name("n"), expression.Value(3)).Remove(expression.Name("centre")).Remove(expression.Name("usedAt"))).
				WithCondition(expression.Name("tk").Equal(expression.Value([]byte{1, 2})).And(expression.AttributeNotExists(expression.Name("usedAt")), expression.AttributeNotExists(expression.Name("id"))))
		}},
		{"counters added", func() sdk.Builder {
			var u sdk.UpdateBuilder
			for _, n := range []string{"count", "ratingSum", "cat_other"} {
				u = u.Add(sdk.Name(n), sdk.Value(int64(len(n))))
			}
			return sdk.NewBuilder().WithUpdate(u.Set(sdk.Name("expiresAt"), sdk.Value(int64(1_800_000_000))))
		}, func() expression.Builder {
			var u expression.UpdateBuilder
			for _, n := range []string{"count", "ratingSum", "cat_other"} {
				u = u.Add(expression.Name(n), expression.Value(int64(len(n))))
			}
			return expression.NewBuilder().WithUpdate(u.Set(expression.Name("expiresAt"), expression.Value(int64(1_800_000_000))))
		}},
		{"an or, a less-than and a value already an attribute value", func() sdk.Builder {
			return sdk.NewBuilder().WithUpdate(sdk.Set(sdk.Name("lastRef"), sdk.Value("FB-1"))).
				WithCondition(sdk.AttributeNotExists(sdk.Name("lastInvitedAt")).Or(sdk.Name("lastInvitedAt").LessThan(sdk.Value(int64(5)))).
					And(sdk.Name("leaseUntil").Equal(sdk.Value(lease))))
		}, func() expression.Builder {
			return expression.NewBuilder().WithUpdate(expression.Set(expression.Name("lastRef"), expression.Value("FB-1"))).
				WithCondition(expression.AttributeNotExists(expression.Name("lastInvitedAt")).Or(expression.Name("lastInvitedAt").LessThan(expression.Value(int64(5)))).
					And(expression.Name("leaseUntil").Equal(expression.Value(ourLease))))
		}},
		{"a list's query: key, filter with in, not, booleans and times", func() sdk.Builder {
			notDone := sdk.Not(sdk.Name("status").In(sdk.Value("resolved"), sdk.Value("closed")))
			f := sdk.Name("district").In(sdk.Value("fyn"), sdk.Value("kbh"), sdk.Value("")).And(sdk.Name("conduct").Equal(sdk.Value(false)),
				sdk.Name("dueAt").LessThan(sdk.Value(at)), sdk.Name("dueAt").GreaterThan(sdk.Value(time.Time{})), notDone)
			k := sdk.Key("gsiAll").Equal(sdk.Value("OPEN")).And(sdk.Key("created").LessThan(sdk.Value("2026-12-07T")))
			return sdk.NewBuilder().WithKeyCondition(k).WithFilter(f)
		}, func() expression.Builder {
			notDone := expression.Not(expression.Name("status").In(expression.Value("resolved"), expression.Value("closed")))
			f := expression.Name("district").In(expression.Value("fyn"), expression.Value("kbh"), expression.Value("")).And(expression.Name("conduct").Equal(expression.Value(false)),
				expression.Name("dueAt").LessThan(expression.Value(at)), expression.Name("dueAt").GreaterThan(expression.Value(time.Time{})), notDone)
			k := expression.Key("gsiAll").Equal(expression.Value("OPEN")).And(expression.Key("created").LessThan(expression.Value("2026-12-07T")))
			return expression.NewBuilder().WithKeyCondition(k).WithFilter(f)
		}},
		{"key conditions: between, begins_with, greater than", func() sdk.Builder {
			return sdk.NewBuilder().WithKeyCondition(sdk.Key("PK").Equal(sdk.Value("FB#1")).And(sdk.Key("SK").Between(sdk.Value("H#0"), sdk.Value("H#9")))).
				WithProjection(sdk.NamesList(sdk.Name("PK"), sdk.Name("SK")))
		}, func() expression.Builder {
			return expression.NewBuilder().WithKeyCondition(expression.Key("PK").Equal(expression.Value("FB#1")).And(expression.Key("SK").Between(expression.Value("H#0"), expression.Value("H#9")))).
				WithProjection(expression.NamesList(expression.Name("PK"), expression.Name("SK")))
		}},
		{"begins_with and greater than on keys", func() sdk.Builder {
			return sdk.NewBuilder().WithKeyCondition(sdk.Key("PK").Equal(sdk.Value("FB#1")).And(sdk.Key("SK").BeginsWith("H#"))).
				WithFilter(sdk.Name("expiresAt").LessThanEqual(sdk.Value(9)))
		}, func() expression.Builder {
			return expression.NewBuilder().WithKeyCondition(expression.Key("PK").Equal(expression.Value("FB#1")).And(expression.Key("SK").BeginsWith("H#"))).
				WithFilter(expression.Name("expiresAt").LessThanEqual(expression.Value(9)))
		}},
		{"a projection", func() sdk.Builder {
			return sdk.NewBuilder().WithProjection(sdk.NamesList(sdk.Name("alertedAt")))
		}, func() expression.Builder {
			return expression.NewBuilder().WithProjection(expression.NamesList(expression.Name("alertedAt")))
		}},
		{"reserved words and a removal with a condition", func() sdk.Builder {
			return sdk.NewBuilder().WithUpdate(sdk.Remove(sdk.Name("status")).Remove(sdk.Name("name"))).
				WithCondition(sdk.AttributeExists(sdk.Name("PK")).And(sdk.Name("version").Equal(sdk.Value(2))))
		}, func() expression.Builder {
			return expression.NewBuilder().WithUpdate(expression.Remove(expression.Name("status")).Remove(expression.Name("name"))).
				WithCondition(expression.AttributeExists(expression.Name("PK")).And(expression.Name("version").Equal(expression.Value(2))))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, got := fromSDK(t, tc.sdk()), fromOurs(t, tc.ours())
			if !reflect.DeepEqual(got, want) {
				t.Errorf("built\n%#v\nthe SDK's builder\n%#v", got, want)
			}
		})
	}
}

// TestRefused: what this package does not write is an error, not a wrong expression.
func TestRefused(t *testing.T) {
	tests := []struct {
		name string
		b    expression.Builder
		want string
	}{
		{"nothing", expression.NewBuilder(), "nothing to build"},
		{"an update without actions", expression.NewBuilder().WithUpdate(expression.UpdateBuilder{}), "without actions"},
		{"a document path", expression.NewBuilder().WithCondition(expression.AttributeExists(expression.Name("centre.id"))), "document path"},
		{"an empty name", expression.NewBuilder().WithProjection(expression.NamesList(expression.Name(""))), "empty attribute name"},
		{"an unset condition", expression.NewBuilder().WithCondition(expression.ConditionBuilder{}), "unset"},
		{"a value that cannot be marshalled", expression.NewBuilder().WithCondition(expression.Name("a").Equal(expression.Value(func() {}))), "value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := tc.b.Build(); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}
