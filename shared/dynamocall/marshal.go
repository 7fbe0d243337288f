package dynamocall

// Go values to attribute values and back, by the rules of the SDK's attributevalue package with its
// default options, for the kinds of value the table's records use: strings, numbers, booleans,
// time.Time (RFC 3339 with nanoseconds in a string; read back as time.Parse(time.RFC3339) reads it),
// pointers, structs with `dynamodbav:"name,omitempty"` tags (a struct is a map; its fields matched
// by name, exactly first, then case-insensitively), slices (a list; []byte is binary; a
// `stringset` tag makes a string set), maps with string keys, and AttributeValues themselves.
// A zero value is omitted with omitempty, else a nil pointer, slice or map is NULL and any other
// zero is written as it is (0, "", false). TestSameAsAttributeValue holds the two to the same output.

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
)

var (
	timeType  = reflect.TypeFor[time.Time]()
	avType    = reflect.TypeFor[AttributeValue]()
	bytesType = reflect.TypeFor[[]byte]()
)

// Marshal is the attribute value of v.
func Marshal(v any) (AttributeValue, error) {
	if av, ok := v.(AttributeValue); ok {
		return av, nil
	}
	av, err := encode(reflect.ValueOf(v), fieldTag{})
	if err != nil {
		return nil, err
	}
	if av == nil {
		return &AttributeValueMemberNULL{Value: true}, nil
	}
	return av, nil
}

// MarshalMap is the attributes of a struct (or a map with string keys).
func MarshalMap(v any) (map[string]AttributeValue, error) {
	av, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	m, ok := av.(*AttributeValueMemberM)
	if !ok {
		return nil, fmt.Errorf("marshal %T: not a map", v)
	}
	return m.Value, nil
}

// Unmarshal reads av into the value out points to.
func Unmarshal(av AttributeValue, out any) error {
	v := reflect.ValueOf(out)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return fmt.Errorf("unmarshal into %T: not a non-nil pointer", out)
	}
	return decode(av, v.Elem())
}

// UnmarshalMap reads an item into the struct (or map) out points to.
func UnmarshalMap(m map[string]AttributeValue, out any) error {
	return Unmarshal(&AttributeValueMemberM{Value: m}, out)
}

type fieldTag struct {
	omitEmpty, stringSet bool
}

type structField struct {
	name  string
	index int
	tag   fieldTag
}

var structFields sync.Map // reflect.Type → []structField

// fieldsOf are the attributes of a struct type: its exported fields, named by their dynamodbav tag
// or their Go name ("-" skips one).
func fieldsOf(t reflect.Type) []structField {
	if f, ok := structFields.Load(t); ok {
		return f.([]structField)
	}
	var fields []structField
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("dynamodbav")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		f := structField{name: name, index: i}
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "omitempty":
				f.tag.omitEmpty = true
			case "stringset":
				f.tag.stringSet = true
			}
		}
		fields = append(fields, f)
	}
	structFields.Store(t, fields)
	return fields
}

func isZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Invalid:
		return true
	case reflect.Array:
		return v.Len() == 0
	case reflect.Map, reflect.Slice, reflect.Interface, reflect.Pointer:
		return v.IsNil()
	case reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	}
	return false
}

// encode is v's attribute value; nil when it is omitted.
func encode(v reflect.Value, tag fieldTag) (AttributeValue, error) {
	if isZero(v) {
		if tag.omitEmpty {
			return nil, nil
		}
		switch v.Kind() {
		case reflect.Invalid, reflect.Map, reflect.Slice, reflect.Interface, reflect.Pointer:
			return &AttributeValueMemberNULL{Value: true}, nil
		}
	}
	if v.Type().Implements(avType) {
		return v.Interface().(AttributeValue), nil
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		return encode(v.Elem(), tag)
	case reflect.String:
		return &AttributeValueMemberS{Value: v.String()}, nil
	case reflect.Bool:
		return &AttributeValueMemberBOOL{Value: v.Bool()}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &AttributeValueMemberN{Value: strconv.FormatInt(v.Int(), 10)}, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &AttributeValueMemberN{Value: strconv.FormatUint(v.Uint(), 10)}, nil
	case reflect.Float32:
		return &AttributeValueMemberN{Value: strconv.FormatFloat(v.Float(), 'f', -1, 32)}, nil
	case reflect.Float64:
		return &AttributeValueMemberN{Value: strconv.FormatFloat(v.Float(), 'f', -1, 64)}, nil
	case reflect.Struct:
		if v.Type() == timeType {
			return &AttributeValueMemberS{Value: v.Interface().(time.Time).Format(time.RFC3339Nano)}, nil
		}
		m := map[string]AttributeValue{}
		for _, f := range fieldsOf(v.Type()) {
			av, err := encode(v.Field(f.index), f.tag)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f.name, err)
			}
			if av != nil {
				m[f.name] = av
			}
		}
		return &AttributeValueMemberM{Value: m}, nil
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return nil, fmt.Errorf("map key type %s: only string keys", v.Type().Key())
		}
		m := map[string]AttributeValue{}
		iter := v.MapRange()
		for iter.Next() {
			k := iter.Key().String()
			if k == "" {
				return nil, fmt.Errorf("map key cannot be empty")
			}
			av, err := encode(iter.Value(), fieldTag{})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", k, err)
			}
			if av != nil {
				m[k] = av
			}
		}
		return &AttributeValueMemberM{Value: m}, nil
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return &AttributeValueMemberB{Value: b}, nil
		}
		if tag.stringSet {
			if v.Len() == 0 {
				return &AttributeValueMemberNULL{Value: true}, nil
			}
			ss := make([]string, 0, v.Len())
			for i := range v.Len() {
				e := v.Index(i)
				if e.Kind() != reflect.String {
					return nil, fmt.Errorf("string set of %s", e.Type())
				}
				ss = append(ss, e.String())
			}
			return &AttributeValueMemberSS{Value: ss}, nil
		}
		l := make([]AttributeValue, 0, v.Len())
		for i := range v.Len() {
			av, err := encode(v.Index(i), fieldTag{})
			if err != nil {
				return nil, err
			}
			if av != nil {
				l = append(l, av)
			}
		}
		return &AttributeValueMemberL{Value: l}, nil
	}
	return nil, fmt.Errorf("cannot marshal a %s", v.Type())
}

// decode reads av into v (settable).
func decode(av AttributeValue, v reflect.Value) error {
	if _, isNull := av.(*AttributeValueMemberNULL); av == nil || isNull {
		v.Set(reflect.Zero(v.Type()))
		return nil
	}
	if v.Type() == avType {
		v.Set(reflect.ValueOf(av))
		return nil
	}
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		x, err := generic(av)
		if err != nil {
			return err
		}
		v.Set(reflect.ValueOf(&x).Elem())
		return nil
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		return decode(av, v.Elem())
	}
	mismatch := func() error { return fmt.Errorf("cannot unmarshal %T into a %s", av, v.Type()) }
	switch a := av.(type) {
	case *AttributeValueMemberS:
		switch {
		case v.Type() == timeType:
			t, err := time.Parse(time.RFC3339, a.Value)
			if err != nil {
				return err
			}
			v.Set(reflect.ValueOf(t))
		case v.Kind() == reflect.String:
			v.SetString(a.Value)
		default:
			return mismatch()
		}
	case *AttributeValueMemberN:
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			i, err := strconv.ParseInt(a.Value, 10, 64)
			if err != nil {
				return err
			}
			if v.OverflowInt(i) {
				return fmt.Errorf("number %s overflows a %s", a.Value, v.Type())
			}
			v.SetInt(i)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			u, err := strconv.ParseUint(a.Value, 10, 64)
			if err != nil {
				return err
			}
			if v.OverflowUint(u) {
				return fmt.Errorf("number %s overflows a %s", a.Value, v.Type())
			}
			v.SetUint(u)
		case reflect.Float32, reflect.Float64:
			f, err := strconv.ParseFloat(a.Value, 64)
			if err != nil {
				return err
			}
			v.SetFloat(f)
		case reflect.String:
			v.SetString(a.Value)
		default:
			if v.Type() == timeType { // epoch seconds, as the SDK reads a number into a time
				sec, err := strconv.ParseInt(a.Value, 10, 64)
				if err != nil {
					return err
				}
				v.Set(reflect.ValueOf(time.Unix(sec, 0)))
				return nil
			}
			return mismatch()
		}
	case *AttributeValueMemberBOOL:
		if v.Kind() != reflect.Bool {
			return mismatch()
		}
		v.SetBool(a.Value)
	case *AttributeValueMemberB:
		if v.Type() != bytesType && !(v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8) {
			return mismatch()
		}
		v.SetBytes(append([]byte(nil), a.Value...))
	case *AttributeValueMemberL:
		if v.Kind() != reflect.Slice {
			return mismatch()
		}
		s := reflect.MakeSlice(v.Type(), len(a.Value), len(a.Value))
		for i, e := range a.Value {
			if err := decode(e, s.Index(i)); err != nil {
				return err
			}
		}
		v.Set(s)
	case *AttributeValueMemberSS:
		if v.Kind() != reflect.Slice || v.Type().Elem().Kind() != reflect.String {
			return mismatch()
		}
		s := reflect.MakeSlice(v.Type(), len(a.Value), len(a.Value))
		for i, e := range a.Value {
			s.Index(i).SetString(e)
		}
		v.Set(s)
	case *AttributeValueMemberM:
		switch v.Kind() {
		case reflect.Struct:
			fields := fieldsOf(v.Type())
			for k, e := range a.Value {
				f, ok := fieldNamed(fields, k)
				if !ok {
					continue
				}
				if err := decode(e, v.Field(f.index)); err != nil {
					return fmt.Errorf("%s: %w", k, err)
				}
			}
		case reflect.Map:
			if v.Type().Key().Kind() != reflect.String {
				return mismatch()
			}
			if v.IsNil() {
				v.Set(reflect.MakeMapWithSize(v.Type(), len(a.Value)))
			}
			for k, e := range a.Value {
				ev := reflect.New(v.Type().Elem()).Elem()
				if err := decode(e, ev); err != nil {
					return fmt.Errorf("%s: %w", k, err)
				}
				v.SetMapIndex(reflect.ValueOf(k).Convert(v.Type().Key()), ev)
			}
		default:
			return mismatch()
		}
	default:
		return mismatch()
	}
	return nil
}

// fieldNamed finds an attribute's field: its exact name first, then ignoring case (as the SDK does).
func fieldNamed(fields []structField, name string) (structField, bool) {
	for _, f := range fields {
		if f.name == name {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.name, name) {
			return f, true
		}
	}
	return structField{}, false
}

// generic is av as the SDK reads it into an interface{}: string, float64, bool, []byte, []any,
// map[string]any, []string, []float64, [][]byte.
func generic(av AttributeValue) (any, error) {
	switch a := av.(type) {
	case *AttributeValueMemberS:
		return a.Value, nil
	case *AttributeValueMemberN:
		return strconv.ParseFloat(a.Value, 64)
	case *AttributeValueMemberBOOL:
		return a.Value, nil
	case *AttributeValueMemberB:
		return append([]byte(nil), a.Value...), nil
	case *AttributeValueMemberNULL:
		return nil, nil
	case *AttributeValueMemberL:
		l := make([]any, len(a.Value))
		for i, e := range a.Value {
			x, err := generic(e)
			if err != nil {
				return nil, err
			}
			l[i] = x
		}
		return l, nil
	case *AttributeValueMemberM:
		m := make(map[string]any, len(a.Value))
		for k, e := range a.Value {
			x, err := generic(e)
			if err != nil {
				return nil, err
			}
			m[k] = x
		}
		return m, nil
	case *AttributeValueMemberSS:
		return append([]string(nil), a.Value...), nil
	case *AttributeValueMemberNS:
		fs := make([]float64, len(a.Value))
		for i, n := range a.Value {
			f, err := strconv.ParseFloat(n, 64)
			if err != nil {
				return nil, err
			}
			fs[i] = f
		}
		return fs, nil
	case *AttributeValueMemberBS:
		return append([][]byte(nil), a.Value...), nil
	}
	return nil, fmt.Errorf("cannot unmarshal %T", av)
}
