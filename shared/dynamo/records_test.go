package dynamo

import (
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden file of the stored records")

// filled returns a T with every field set to a value that is not its zero, each different.
func filled[T any]() T {
	var v T
	n := 0
	fill(reflect.ValueOf(&v).Elem(), "x", &n)
	return v
}

// fill sets v and everything in it; n counts the values set, so each differs.
func fill(v reflect.Value, name string, n *int) {
	*n++
	base := time.Date(2026, 11, 26, 14, 3, 0, 123456789, time.UTC)
	switch v.Kind() {
	case reflect.String:
		v.SetString(name)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(*n))
	case reflect.Float64:
		v.SetFloat(float64(*n) / 100)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fill(v.Index(0), name+"-0", n)
		fill(v.Index(1), name+"-1", n)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), name, n)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(base.Add(time.Duration(*n) * time.Minute)))
			return
		}
		for i := range v.NumField() {
			fill(v.Field(i), name+"."+v.Type().Field(i).Name, n)
		}
	default:
		panic(fmt.Sprintf("fill: no value for %s", v.Type()))
	}
}

// hexHashes gives an invitation hashes that are hex, as the store requires.
func hexHashes(inv feedback.Invitation) feedback.Invitation {
	inv.TokenHash = feedback.HashToken(inv.TokenHash)
	inv.PhoneHash = hex.EncodeToString([]byte(inv.PhoneHash))
	return inv
}

// TestStoredRecords: what an item, an invitation and a history event with every field set are
// stored as (the golden file, written before the records became their own types: stored data
// keeps its shape), and that reading them back gives the same values.
func TestStoredRecords(t *testing.T) {
	var b strings.Builder
	for _, tc := range []struct {
		name string
		it   feedback.Item
		inv  feedback.Invitation
		ev   feedback.HistoryEvent
	}{
		{"every field set", filled[feedback.Item](), hexHashes(filled[feedback.Invitation]()), filled[feedback.HistoryEvent]()},
		{"only what is required", feedback.Item{ID: "FB-AAAAAAAA"}, feedback.Invitation{TokenHash: feedback.HashToken("t"), Reference: "FB-AAAAAAAA"}, feedback.HistoryEvent{Type: "note"}},
	} {
		itemAV, err := encodeItem(tc.it)
		if err != nil {
			t.Fatal(err)
		}
		invAV, err := encodeInvitation(tc.inv)
		if err != nil {
			t.Fatal(err)
		}
		evAV, err := encodeHistory(tc.ev)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range []struct {
			name string
			av   map[string]dynamocall.AttributeValue
		}{{"item", itemAV}, {"invitation", invAV}, {"history event", evAV}} {
			fmt.Fprintf(&b, "%s, %s:\n%s\n", r.name, tc.name, avText(&dynamocall.AttributeValueMemberM{Value: r.av}, "  "))
		}
		if got, err := decodeItem(itemAV); err != nil || !reflect.DeepEqual(got, tc.it) {
			t.Errorf("%s: item read back\n%+v, %v\nwant\n%+v", tc.name, got, err, tc.it)
		}
		if got, err := decodeInvitation(invAV, tc.inv.Reference); err != nil || !reflect.DeepEqual(got, tc.inv) {
			t.Errorf("%s: invitation read back\n%+v, %v\nwant\n%+v", tc.name, got, err, tc.inv)
		}
		if got, err := decodeHistory(evAV); err != nil || !reflect.DeepEqual(got, tc.ev) {
			t.Errorf("%s: history event read back\n%+v, %v\nwant\n%+v", tc.name, got, err, tc.ev)
		}
	}
	path := filepath.Join("testdata", "records.golden")
	if *updateGolden {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if b.String() != string(want) {
		t.Errorf("stored records changed:\n%s\nwant (%s):\n%s", b.String(), path, want)
	}
}

// avText is a stored value as sorted, indented text.
func avText(av dynamocall.AttributeValue, indent string) string {
	switch v := av.(type) {
	case *dynamocall.AttributeValueMemberS:
		return fmt.Sprintf("S %q", v.Value)
	case *dynamocall.AttributeValueMemberN:
		return "N " + v.Value
	case *dynamocall.AttributeValueMemberB:
		return "B " + hex.EncodeToString(v.Value)
	case *dynamocall.AttributeValueMemberBOOL:
		return fmt.Sprintf("BOOL %v", v.Value)
	case *dynamocall.AttributeValueMemberNULL:
		return "NULL"
	case *dynamocall.AttributeValueMemberL:
		var parts []string
		for _, x := range v.Value {
			parts = append(parts, avText(x, indent+"  "))
		}
		return "L [" + strings.Join(parts, ", ") + "]"
	case *dynamocall.AttributeValueMemberM:
		keys := make([]string, 0, len(v.Value))
		for k := range v.Value {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var lines []string
		for _, k := range keys {
			lines = append(lines, indent+k+": "+avText(v.Value[k], indent+"  "))
		}
		return "M\n" + strings.Join(lines, "\n")
	}
	return fmt.Sprintf("%T", av)
}
