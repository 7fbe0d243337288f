package motostack

import (
	"strings"
	"testing"

	ddb "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/resources"
)

func TestItemSizeByDynamoDBRules(t *testing.T) {
	s := func(v string) ddb.AttributeValue { return &ddb.AttributeValueMemberS{Value: v} }
	num := func(v string) ddb.AttributeValue { return &ddb.AttributeValueMemberN{Value: v} }
	tests := []struct {
		name string
		item map[string]ddb.AttributeValue
		want int
	}{
		{"string: name and UTF-8 bytes", map[string]ddb.AttributeValue{"text": s("æøå")}, 4 + 6},
		{"number: 1 byte per two significant digits, plus 1", map[string]ddb.AttributeValue{"n": num("12345")}, 1 + 3 + 1},
		{"number: zeros trimmed", map[string]ddb.AttributeValue{"n": num("1000")}, 1 + 1 + 1},
		{"negative decimal", map[string]ddb.AttributeValue{"n": num("-0.25")}, 1 + 1 + 1 + 1},
		{"boolean", map[string]ddb.AttributeValue{"ok": &ddb.AttributeValueMemberBOOL{Value: true}}, 2 + 1},
		{"list: 3 bytes, 1 per element", map[string]ddb.AttributeValue{"l": &ddb.AttributeValueMemberL{Value: []ddb.AttributeValue{s("ab"), s("c")}}}, 1 + 3 + (1 + 2) + (1 + 1)},
		{"map: 3 bytes, 1 per element and its name", map[string]ddb.AttributeValue{"m": &ddb.AttributeValueMemberM{Value: map[string]ddb.AttributeValue{"id": s("x")}}}, 1 + 3 + (1 + 2 + 1)},
	}
	for _, tt := range tests {
		if got := itemSize(tt.item); got != tt.want {
			t.Errorf("%s: %d bytes, want %d", tt.name, got, tt.want)
		}
	}
	if writeUnits(1024) != 1 || writeUnits(1025) != 2 || writeUnits(0) != 1 {
		t.Error("a write costs 1 unit per started KB, at least 1")
	}
}

// TestIndexUnits: index writes happen when an entry appears, goes, moves or changes, and cost by
// the entry's size.
func TestIndexUnits(t *testing.T) {
	def := resources.TableDef{PartitionKey: "PK", SortKey: "SK", Indexes: []resources.IndexDef{
		{Name: "narrow", PartitionKey: "status", SortKey: "created", Include: []string{"team"}},
		{Name: "wide", PartitionKey: "gsi", SortKey: "created"}, // all attributes
	}}
	m := &Meter{table: def}
	s := func(v string) ddb.AttributeValue { return &ddb.AttributeValueMemberS{Value: v} }
	item := func(mod func(map[string]ddb.AttributeValue)) map[string]ddb.AttributeValue {
		it := map[string]ddb.AttributeValue{"PK": s("FB#1"), "SK": s("ITEM"), "status": s("new"), "created": s("2026"), "gsi": s("ALL"),
			"team": s("fyn"), "text": s(strings.Repeat("x", 1500))}
		if mod != nil {
			mod(it)
		}
		return it
	}
	tests := []struct {
		name          string
		before, after map[string]ddb.AttributeValue
		want          float64
	}{
		{"new item: a small entry and a 2 KB one", nil, item(nil), 1 + 2},
		{"text changes: only the wide index", item(nil), item(func(it map[string]ddb.AttributeValue) { it["text"] = s("short") }), 0 + 2},
		{"projected attribute changes: both", item(nil), item(func(it map[string]ddb.AttributeValue) { it["team"] = s("koebenhavn") }), 1 + 2},
		{"index key changes: delete and put in narrow", item(nil), item(func(it map[string]ddb.AttributeValue) { it["status"] = s("closed") }), 2 + 2},
		{"leaves an index: one delete", item(nil), item(func(it map[string]ddb.AttributeValue) { delete(it, "gsi") }), 0 + 2},
		{"nothing changes", item(nil), item(nil), 0},
		{"not in any index", map[string]ddb.AttributeValue{"PK": s("STATS#1"), "SK": s("C#1")}, map[string]ddb.AttributeValue{"PK": s("STATS#1"), "SK": s("C#1"), "count": &ddb.AttributeValueMemberN{Value: "1"}}, 0},
	}
	for _, tt := range tests {
		if got := m.indexUnits(tt.before, tt.after); got != tt.want {
			t.Errorf("%s: %v index units, want %v", tt.name, got, tt.want)
		}
	}
}
