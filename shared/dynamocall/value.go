package dynamocall

import (
	"encoding/json"
	"fmt"
)

// AttributeValue is one attribute value as DynamoDB's JSON carries it ({"S":"…"}, {"N":"…"} …):
// one of the AttributeValueMember types, named and shaped as the SDK's types package names them, so
// code written on the SDK's types reads the same.
type AttributeValue interface {
	isAttributeValue()
	json.Marshaler
}

type (
	// AttributeValueMemberS is a string.
	AttributeValueMemberS struct{ Value string }
	// AttributeValueMemberN is a number, in its decimal text.
	AttributeValueMemberN struct{ Value string }
	// AttributeValueMemberB is binary (base64 in JSON).
	AttributeValueMemberB struct{ Value []byte }
	// AttributeValueMemberBOOL is a boolean.
	AttributeValueMemberBOOL struct{ Value bool }
	// AttributeValueMemberNULL is the null value (Value is true).
	AttributeValueMemberNULL struct{ Value bool }
	// AttributeValueMemberL is a list.
	AttributeValueMemberL struct{ Value []AttributeValue }
	// AttributeValueMemberM is a map.
	AttributeValueMemberM struct{ Value map[string]AttributeValue }
	// AttributeValueMemberSS is a string set.
	AttributeValueMemberSS struct{ Value []string }
	// AttributeValueMemberNS is a number set.
	AttributeValueMemberNS struct{ Value []string }
	// AttributeValueMemberBS is a binary set.
	AttributeValueMemberBS struct{ Value [][]byte }
)

func (*AttributeValueMemberS) isAttributeValue()    {}
func (*AttributeValueMemberN) isAttributeValue()    {}
func (*AttributeValueMemberB) isAttributeValue()    {}
func (*AttributeValueMemberBOOL) isAttributeValue() {}
func (*AttributeValueMemberNULL) isAttributeValue() {}
func (*AttributeValueMemberL) isAttributeValue()    {}
func (*AttributeValueMemberM) isAttributeValue()    {}
func (*AttributeValueMemberSS) isAttributeValue()   {}
func (*AttributeValueMemberNS) isAttributeValue()   {}
func (*AttributeValueMemberBS) isAttributeValue()   {}

// MarshalJSON writes {"S":"…"}.
func (v *AttributeValueMemberS) MarshalJSON() ([]byte, error) { return member("S", v.Value) }

// MarshalJSON writes {"N":"…"}.
func (v *AttributeValueMemberN) MarshalJSON() ([]byte, error) { return member("N", v.Value) }

// MarshalJSON writes {"B":"<base64>"}.
func (v *AttributeValueMemberB) MarshalJSON() ([]byte, error) { return member("B", nonNil(v.Value)) }

// MarshalJSON writes {"BOOL":…}.
func (v *AttributeValueMemberBOOL) MarshalJSON() ([]byte, error) { return member("BOOL", v.Value) }

// MarshalJSON writes {"NULL":true}.
func (v *AttributeValueMemberNULL) MarshalJSON() ([]byte, error) { return member("NULL", v.Value) }

// MarshalJSON writes {"L":[…]} (an empty list as [], never null).
func (v *AttributeValueMemberL) MarshalJSON() ([]byte, error) { return member("L", nonNil(v.Value)) }

// MarshalJSON writes {"M":{…}} (an empty map as {}, never null).
func (v *AttributeValueMemberM) MarshalJSON() ([]byte, error) {
	m := v.Value
	if m == nil {
		m = map[string]AttributeValue{}
	}
	return member("M", m)
}

// MarshalJSON writes {"SS":[…]}.
func (v *AttributeValueMemberSS) MarshalJSON() ([]byte, error) { return member("SS", nonNil(v.Value)) }

// MarshalJSON writes {"NS":[…]}.
func (v *AttributeValueMemberNS) MarshalJSON() ([]byte, error) { return member("NS", nonNil(v.Value)) }

// MarshalJSON writes {"BS":[…]}.
func (v *AttributeValueMemberBS) MarshalJSON() ([]byte, error) { return member("BS", nonNil(v.Value)) }

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// member is the JSON object {"<kind>": v}.
func member(kind string, v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(b)+len(kind)+5)
	out = append(out, `{"`...)
	out = append(out, kind...)
	out = append(out, `":`...)
	out = append(out, b...)
	return append(out, '}'), nil
}

// wireValue is an attribute value as read from JSON: exactly one member is set.
type wireValue struct {
	S    *string
	N    *string
	B    []byte
	BOOL *bool
	NULL *bool
	L    []wireValue
	M    map[string]wireValue
	SS   []string
	NS   []string
	BS   [][]byte
}

// value is the AttributeValue w holds, or an error when it holds none or more than one.
func (w *wireValue) value() (AttributeValue, error) {
	var out []AttributeValue
	if w.S != nil {
		out = append(out, &AttributeValueMemberS{Value: *w.S})
	}
	if w.N != nil {
		out = append(out, &AttributeValueMemberN{Value: *w.N})
	}
	if w.B != nil {
		out = append(out, &AttributeValueMemberB{Value: w.B})
	}
	if w.BOOL != nil {
		out = append(out, &AttributeValueMemberBOOL{Value: *w.BOOL})
	}
	if w.NULL != nil {
		out = append(out, &AttributeValueMemberNULL{Value: *w.NULL})
	}
	if w.L != nil {
		l := make([]AttributeValue, len(w.L))
		for i := range w.L {
			v, err := w.L[i].value()
			if err != nil {
				return nil, err
			}
			l[i] = v
		}
		out = append(out, &AttributeValueMemberL{Value: l})
	}
	if w.M != nil {
		m, err := item(w.M)
		if err != nil {
			return nil, err
		}
		out = append(out, &AttributeValueMemberM{Value: m})
	}
	if w.SS != nil {
		out = append(out, &AttributeValueMemberSS{Value: w.SS})
	}
	if w.NS != nil {
		out = append(out, &AttributeValueMemberNS{Value: w.NS})
	}
	if w.BS != nil {
		out = append(out, &AttributeValueMemberBS{Value: w.BS})
	}
	if len(out) != 1 {
		return nil, fmt.Errorf("an attribute value with %d members", len(out))
	}
	return out[0], nil
}

// item converts a map of wire values (nil stays nil).
func item(w map[string]wireValue) (map[string]AttributeValue, error) {
	if w == nil {
		return nil, nil
	}
	m := make(map[string]AttributeValue, len(w))
	for k, v := range w {
		av, err := v.value()
		if err != nil {
			return nil, fmt.Errorf("attribute %s: %w", k, err)
		}
		m[k] = av
	}
	return m, nil
}

func items(w []map[string]wireValue) ([]map[string]AttributeValue, error) {
	if w == nil {
		return nil, nil
	}
	out := make([]map[string]AttributeValue, len(w))
	for i, m := range w {
		it, err := item(m)
		if err != nil {
			return nil, err
		}
		out[i] = it
	}
	return out, nil
}

// UnmarshalJSONItem reads one item in DynamoDB's JSON ({"attr":{"S":"…"},…}).
func UnmarshalJSONItem(b []byte) (map[string]AttributeValue, error) {
	var w map[string]wireValue
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, err
	}
	return item(w)
}
