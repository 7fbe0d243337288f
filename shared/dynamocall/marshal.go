package dynamocall

// Go values to attribute values and back, by the rules of the SDK's attributevalue package with its
// default options, for the kinds of value the table's records use: strings, numbers, booleans,
// time.Time (RFC 3339 with nanoseconds in a string; read back as time.Parse(time.RFC3339) reads it),
// time.Time with a `unixtime` tag (epoch seconds in a number), pointers, structs with
// `dynamodbav:"name,omitempty"` tags (a struct is a map; its fields matched by name, exactly first,
// then case-insensitively), slices and arrays (a list; []byte is binary, [][]byte a binary set; a
// `stringset` tag makes a string set), maps with string keys, numbers given as strings
// (json.Number: a number), and AttributeValues themselves. A zero value is omitted with omitempty
// (a pointer or interface only when nil: a set one is written as its value, even a zero one),
// else a nil pointer, slice or map is NULL and any other zero is written as it is (0, "", false).
// What attributevalue writes otherwise (embedded structs, the tag options string, numberset,
// binaryset, nullempty, omitemptyelem, nullemptyelem, two fields of one name, maps not keyed by
// strings) is an error here, never a different item. TestSameAsAttributeValue,
// TestMarshalEdgesAsAttributeValue and TestRefusedWhereAttributeValueDiffers hold the two together.

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
)

var (
	timeType       = reflect.TypeFor[time.Time]()
	avType         = reflect.TypeFor[AttributeValue]()
	bytesType      = reflect.TypeFor[[]byte]()
	byteSlicesType = reflect.TypeFor[[][]byte]()
	numberType     = reflect.TypeFor[interface {
		Float64() (float64, error)
		Int64() (int64, error)
		String() string
	}]()
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
	omitEmpty, stringSet, unixTime bool
}

type structField struct {
	name  string
	index int
	tag   fieldTag
}

type structFields struct {
	fields []structField
	err    error
}

var fieldsCache sync.Map // reflect.Type → structFields

// fieldsOf are the attributes of a struct type: its exported fields, named by their dynamodbav tag
// or their Go name (a name "-" skips one). A struct attributevalue would read differently (an
// embedded struct, whose fields it takes as the outer struct's; a tag option other than omitempty,
// stringset and unixtime; two fields of one name, which it drops) is an error.
func fieldsOf(t reflect.Type) ([]structField, error) {
	if f, ok := fieldsCache.Load(t); ok {
		return f.(structFields).fields, f.(structFields).err
	}
	fields, err := listFields(t)
	fieldsCache.Store(t, structFields{fields, err})
	return fields, err
}

func listFields(t reflect.Type) ([]structField, error) {
	var fields []structField
	seen := map[string]bool{}
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Anonymous {
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				return nil, fmt.Errorf("%s: embedded struct %s: not supported (attributevalue takes its fields as the outer struct's)", t, sf.Name)
			}
		}
		if !sf.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(sf.Tag.Get("dynamodbav"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		if seen[name] {
			return nil, fmt.Errorf("%s: two fields named %q (attributevalue drops both)", t, name)
		}
		seen[name] = true
		f := structField{name: name, index: i}
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "":
			case "omitempty":
				f.tag.omitEmpty = true
			case "stringset":
				f.tag.stringSet = true
			case "unixtime":
				f.tag.unixTime = true
			default:
				return nil, fmt.Errorf("%s.%s: tag option %q not supported", t, sf.Name, o)
			}
		}
		fields = append(fields, f)
	}
	return fields, nil
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
		// Set, it is written as its value, even a zero one: omitempty looks at the pointer (as
		// attributevalue's does).
		tag.omitEmpty = false
		return encode(v.Elem(), tag)
	case reflect.String:
		if v.Type().Implements(numberType) { // json.Number: a number, as attributevalue writes it
			return &AttributeValueMemberN{Value: v.String()}, nil
		}
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
			t := v.Interface().(time.Time)
			if tag.unixTime {
				return &AttributeValueMemberN{Value: strconv.FormatInt(t.Unix(), 10)}, nil
			}
			return &AttributeValueMemberS{Value: t.Format(time.RFC3339Nano)}, nil
		}
		fields, err := fieldsOf(v.Type())
		if err != nil {
			return nil, err
		}
		m := map[string]AttributeValue{}
		for _, f := range fields {
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
		if v.Type() == byteSlicesType { // a binary set, as attributevalue writes [][]byte
			if v.Len() == 0 {
				return &AttributeValueMemberNULL{Value: true}, nil
			}
			bs := make([][]byte, v.Len())
			for i := range bs {
				e := v.Index(i)
				if e.IsNil() {
					return nil, fmt.Errorf("a binary set with a nil element")
				}
				bs[i] = append([]byte{}, e.Bytes()...)
			}
			return &AttributeValueMemberBS{Value: bs}, nil
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
			// Parsed at the field's size: a number beyond a float32 is an error (as in
			// attributevalue), while the float32 Marshal wrote reads back (attributevalue refuses
			// math.MaxFloat32's text).
			f, err := strconv.ParseFloat(a.Value, v.Type().Bits())
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
		switch {
		case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8:
			v.SetBytes(append([]byte{}, a.Value...))
		case v.Kind() == reflect.Array && v.Type().Elem().Kind() == reflect.Uint8 && v.Len() == len(a.Value):
			reflect.Copy(v, reflect.ValueOf(a.Value))
		default:
			return mismatch()
		}
	case *AttributeValueMemberL:
		return decodeList(v, a.Value, func(e AttributeValue) AttributeValue { return e }, mismatch)
	case *AttributeValueMemberSS:
		return decodeList(v, a.Value, func(e string) AttributeValue { return &AttributeValueMemberS{Value: e} }, mismatch)
	case *AttributeValueMemberNS:
		return decodeList(v, a.Value, func(e string) AttributeValue { return &AttributeValueMemberN{Value: e} }, mismatch)
	case *AttributeValueMemberBS:
		return decodeList(v, a.Value, func(e []byte) AttributeValue { return &AttributeValueMemberB{Value: e} }, mismatch)
	case *AttributeValueMemberM:
		switch v.Kind() {
		case reflect.Struct:
			fields, err := fieldsOf(v.Type())
			if err != nil {
				return err
			}
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

// decodeList reads a list or a set into a slice (made anew) or an array (its first elements, as
// many as both have), each element as the attribute value elem makes of it.
func decodeList[E any](v reflect.Value, list []E, elem func(E) AttributeValue, mismatch func() error) error {
	switch v.Kind() {
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), len(list), len(list))
		for i, e := range list {
			if err := decode(elem(e), s.Index(i)); err != nil {
				return err
			}
		}
		v.Set(s)
	case reflect.Array:
		for i := 0; i < v.Len() && i < len(list); i++ {
			if err := decode(elem(list[i]), v.Index(i)); err != nil {
				return err
			}
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
