// Package expression builds DynamoDB's condition, filter, key-condition, update and projection
// expressions with every name and value aliased (#0, :0 …), so no attribute can clash with a
// reserved word or another placeholder. It has the API of the SDK's feature/dynamodb/expression for
// the part shared/dynamo uses, on dynamocall's attribute values, without linking the SDK's DynamoDB
// types (their schema registry's init was a sixth of a function's cold start; issue 13). A name
// is one top-level attribute (no document paths). TestSameAsSDK checks the expressions against
// the SDK's on the emulator's answers.
package expression

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"borgerfeedback/shared/dynamocall"
)

// aliases collects an expression's names and values while it is written.
type aliases struct {
	names     map[string]string // attribute name → alias
	nameOrder []string
	values    []dynamocall.AttributeValue
}

func (a *aliases) name(n string) (string, error) {
	if n == "" {
		return "", errors.New("expression: an empty attribute name")
	}
	if strings.ContainsAny(n, ".[]") {
		return "", fmt.Errorf("expression: attribute name %q is a document path, which this package does not write", n)
	}
	if alias, ok := a.names[n]; ok {
		return alias, nil
	}
	if a.names == nil {
		a.names = map[string]string{}
	}
	alias := "#" + strconv.Itoa(len(a.nameOrder))
	a.names[n] = alias
	a.nameOrder = append(a.nameOrder, n)
	return alias, nil
}

func (a *aliases) value(v any) (string, error) {
	av, err := dynamocall.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("expression: value: %w", err)
	}
	a.values = append(a.values, av)
	return ":" + strconv.Itoa(len(a.values)-1), nil
}

// OperandBuilder is a name or a value in an expression.
type OperandBuilder interface {
	operand(a *aliases) (string, error)
}

// NameBuilder is an attribute's name.
type NameBuilder struct{ name string }

// ValueBuilder is a value (marshalled with dynamocall.Marshal).
type ValueBuilder struct{ value any }

// Name is the attribute called name.
func Name(name string) NameBuilder { return NameBuilder{name: name} }

// Value is the value v.
func Value(v any) ValueBuilder { return ValueBuilder{value: v} }

func (n NameBuilder) operand(a *aliases) (string, error)  { return a.name(n.name) }
func (v ValueBuilder) operand(a *aliases) (string, error) { return a.value(v.value) }

// writer writes one expression's text.
type writer func(a *aliases) (string, error)

// ConditionBuilder is a condition (of a write, or a Query's filter).
type ConditionBuilder struct{ write writer }

func compare(op string, left, right OperandBuilder) ConditionBuilder {
	return ConditionBuilder{write: func(a *aliases) (string, error) {
		l, err := left.operand(a)
		if err != nil {
			return "", err
		}
		r, err := right.operand(a)
		if err != nil {
			return "", err
		}
		return l + " " + op + " " + r, nil
	}}
}

// Equal holds while the attribute equals right.
func (n NameBuilder) Equal(right OperandBuilder) ConditionBuilder { return compare("=", n, right) }

// NotEqual holds while the attribute differs from right.
func (n NameBuilder) NotEqual(right OperandBuilder) ConditionBuilder { return compare("<>", n, right) }

// LessThan holds while the attribute is below right.
func (n NameBuilder) LessThan(right OperandBuilder) ConditionBuilder { return compare("<", n, right) }

// LessThanEqual holds while the attribute is at most right.
func (n NameBuilder) LessThanEqual(right OperandBuilder) ConditionBuilder {
	return compare("<=", n, right)
}

// GreaterThan holds while the attribute is above right.
func (n NameBuilder) GreaterThan(right OperandBuilder) ConditionBuilder {
	return compare(">", n, right)
}

// GreaterThanEqual holds while the attribute is at least right.
func (n NameBuilder) GreaterThanEqual(right OperandBuilder) ConditionBuilder {
	return compare(">=", n, right)
}

// In holds while the attribute equals one of the operands.
func (n NameBuilder) In(right OperandBuilder, other ...OperandBuilder) ConditionBuilder {
	return ConditionBuilder{write: func(a *aliases) (string, error) {
		l, err := n.operand(a)
		if err != nil {
			return "", err
		}
		parts := make([]string, 0, 1+len(other))
		for _, o := range append([]OperandBuilder{right}, other...) {
			s, err := o.operand(a)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		return l + " IN (" + strings.Join(parts, ", ") + ")", nil
	}}
}

// BeginsWith holds while the attribute (a string) starts with prefix.
func (n NameBuilder) BeginsWith(prefix string) ConditionBuilder {
	return ConditionBuilder{write: func(a *aliases) (string, error) {
		l, err := n.operand(a)
		if err != nil {
			return "", err
		}
		r, err := a.value(prefix)
		if err != nil {
			return "", err
		}
		return "begins_with (" + l + ", " + r + ")", nil
	}}
}

// AttributeExists holds while the item has the attribute.
func AttributeExists(n NameBuilder) ConditionBuilder { return function("attribute_exists", n) }

// AttributeNotExists holds while the item lacks the attribute.
func AttributeNotExists(n NameBuilder) ConditionBuilder { return function("attribute_not_exists", n) }

func function(f string, n NameBuilder) ConditionBuilder {
	return ConditionBuilder{write: func(a *aliases) (string, error) {
		s, err := n.operand(a)
		if err != nil {
			return "", err
		}
		return f + " (" + s + ")", nil
	}}
}

func join(op string, conds []ConditionBuilder) ConditionBuilder {
	return ConditionBuilder{write: func(a *aliases) (string, error) {
		parts := make([]string, 0, len(conds))
		for _, c := range conds {
			if c.write == nil {
				return "", errors.New("expression: an unset condition")
			}
			s, err := c.write(a)
			if err != nil {
				return "", err
			}
			parts = append(parts, "("+s+")")
		}
		return strings.Join(parts, " "+op+" "), nil
	}}
}

// And holds while c and every other condition hold.
func (c ConditionBuilder) And(right ConditionBuilder, other ...ConditionBuilder) ConditionBuilder {
	return join("AND", append([]ConditionBuilder{c, right}, other...))
}

// Or holds while c or any other condition holds.
func (c ConditionBuilder) Or(right ConditionBuilder, other ...ConditionBuilder) ConditionBuilder {
	return join("OR", append([]ConditionBuilder{c, right}, other...))
}

// Not holds while c does not.
func Not(c ConditionBuilder) ConditionBuilder {
	return ConditionBuilder{write: func(a *aliases) (string, error) {
		if c.write == nil {
			return "", errors.New("expression: an unset condition")
		}
		s, err := c.write(a)
		if err != nil {
			return "", err
		}
		return "NOT (" + s + ")", nil
	}}
}

// KeyBuilder is a key attribute of a Query's key condition.
type KeyBuilder struct{ key string }

// KeyConditionBuilder is a Query's key condition.
type KeyConditionBuilder struct{ write writer }

// Key is the key attribute called key.
func Key(key string) KeyBuilder { return KeyBuilder{key: key} }

func (k KeyBuilder) compare(op string, v ValueBuilder) KeyConditionBuilder {
	return KeyConditionBuilder{write: compare(op, Name(k.key), v).write}
}

// Equal holds for the items whose key equals v.
func (k KeyBuilder) Equal(v ValueBuilder) KeyConditionBuilder { return k.compare("=", v) }

// LessThan holds for the items whose key is below v.
func (k KeyBuilder) LessThan(v ValueBuilder) KeyConditionBuilder { return k.compare("<", v) }

// LessThanEqual holds for the items whose key is at most v.
func (k KeyBuilder) LessThanEqual(v ValueBuilder) KeyConditionBuilder { return k.compare("<=", v) }

// GreaterThan holds for the items whose key is above v.
func (k KeyBuilder) GreaterThan(v ValueBuilder) KeyConditionBuilder { return k.compare(">", v) }

// GreaterThanEqual holds for the items whose key is at least v.
func (k KeyBuilder) GreaterThanEqual(v ValueBuilder) KeyConditionBuilder { return k.compare(">=", v) }

// Between holds for the items whose key is from lower to upper, both included.
func (k KeyBuilder) Between(lower, upper ValueBuilder) KeyConditionBuilder {
	return KeyConditionBuilder{write: func(a *aliases) (string, error) {
		n, err := a.name(k.key)
		if err != nil {
			return "", err
		}
		lo, err := lower.operand(a)
		if err != nil {
			return "", err
		}
		hi, err := upper.operand(a)
		if err != nil {
			return "", err
		}
		return n + " BETWEEN " + lo + " AND " + hi, nil
	}}
}

// BeginsWith holds for the items whose key (a string) starts with prefix.
func (k KeyBuilder) BeginsWith(prefix string) KeyConditionBuilder {
	return KeyConditionBuilder{write: Name(k.key).BeginsWith(prefix).write}
}

// And holds for the items that meet both: a partition key's and a sort key's condition.
func (kc KeyConditionBuilder) And(right KeyConditionBuilder) KeyConditionBuilder {
	return KeyConditionBuilder{write: func(a *aliases) (string, error) {
		if kc.write == nil || right.write == nil {
			return "", errors.New("expression: an unset key condition")
		}
		l, err := kc.write(a)
		if err != nil {
			return "", err
		}
		r, err := right.write(a)
		if err != nil {
			return "", err
		}
		return "(" + l + ") AND (" + r + ")", nil
	}}
}

// UpdateBuilder is an update's actions; its zero value has none.
type UpdateBuilder struct {
	set, remove, add, del []writer
}

// Set sets name to the operand's value.
func Set(name NameBuilder, op OperandBuilder) UpdateBuilder { return UpdateBuilder{}.Set(name, op) }

// Remove removes the attribute.
func Remove(name NameBuilder) UpdateBuilder { return UpdateBuilder{}.Remove(name) }

// Add adds v to a number (or elements to a set), creating it when absent.
func Add(name NameBuilder, v ValueBuilder) UpdateBuilder { return UpdateBuilder{}.Add(name, v) }

// Delete removes v's elements from a set.
func Delete(name NameBuilder, v ValueBuilder) UpdateBuilder { return UpdateBuilder{}.Delete(name, v) }

func pair(sep string, name NameBuilder, op OperandBuilder) writer {
	return func(a *aliases) (string, error) {
		n, err := name.operand(a)
		if err != nil {
			return "", err
		}
		v, err := op.operand(a)
		if err != nil {
			return "", err
		}
		return n + sep + v, nil
	}
}

// Set adds the action of setting name to the operand's value.
func (u UpdateBuilder) Set(name NameBuilder, op OperandBuilder) UpdateBuilder {
	u.set = append(u.set[:len(u.set):len(u.set)], pair(" = ", name, op))
	return u
}

// Remove adds the action of removing the attribute.
func (u UpdateBuilder) Remove(name NameBuilder) UpdateBuilder {
	u.remove = append(u.remove[:len(u.remove):len(u.remove)], name.operand)
	return u
}

// Add adds the action of adding v to a number (or elements to a set).
func (u UpdateBuilder) Add(name NameBuilder, v ValueBuilder) UpdateBuilder {
	u.add = append(u.add[:len(u.add):len(u.add)], pair(" ", name, v))
	return u
}

// Delete adds the action of removing v's elements from a set.
func (u UpdateBuilder) Delete(name NameBuilder, v ValueBuilder) UpdateBuilder {
	u.del = append(u.del[:len(u.del):len(u.del)], pair(" ", name, v))
	return u
}

func (u UpdateBuilder) write(a *aliases) (string, error) {
	var clauses []string
	for _, c := range []struct {
		verb    string
		actions []writer
	}{{"ADD", u.add}, {"DELETE", u.del}, {"REMOVE", u.remove}, {"SET", u.set}} { // the SDK's order
		if len(c.actions) == 0 {
			continue
		}
		parts := make([]string, len(c.actions))
		for i, w := range c.actions {
			s, err := w(a)
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
		clauses = append(clauses, c.verb+" "+strings.Join(parts, ", ")+"\n")
	}
	if len(clauses) == 0 {
		return "", errors.New("expression: an update without actions")
	}
	return strings.Join(clauses, ""), nil
}

// ProjectionBuilder is the attributes a read returns.
type ProjectionBuilder struct{ names []NameBuilder }

// NamesList is a projection of these attributes.
func NamesList(name NameBuilder, names ...NameBuilder) ProjectionBuilder {
	return ProjectionBuilder{names: append([]NameBuilder{name}, names...)}
}

// AddNames adds attributes to the projection.
func (p ProjectionBuilder) AddNames(names ...NameBuilder) ProjectionBuilder {
	p.names = append(p.names[:len(p.names):len(p.names)], names...)
	return p
}

func (p ProjectionBuilder) write(a *aliases) (string, error) {
	parts := make([]string, len(p.names))
	for i, n := range p.names {
		s, err := n.operand(a)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, ", "), nil
}

// Builder gathers an operation's expressions, which share their names and values.
type Builder struct {
	condition, filter *ConditionBuilder
	key               *KeyConditionBuilder
	update            *UpdateBuilder
	projection        *ProjectionBuilder
}

// NewBuilder is an empty Builder.
func NewBuilder() Builder { return Builder{} }

// WithCondition sets the write's condition.
func (b Builder) WithCondition(c ConditionBuilder) Builder { b.condition = &c; return b }

// WithFilter sets the Query's filter.
func (b Builder) WithFilter(c ConditionBuilder) Builder { b.filter = &c; return b }

// WithKeyCondition sets the Query's key condition.
func (b Builder) WithKeyCondition(k KeyConditionBuilder) Builder { b.key = &k; return b }

// WithUpdate sets the update's actions.
func (b Builder) WithUpdate(u UpdateBuilder) Builder { b.update = &u; return b }

// WithProjection sets the read's attributes.
func (b Builder) WithProjection(p ProjectionBuilder) Builder { b.projection = &p; return b }

// Expression is the written expressions with their names and values.
type Expression struct {
	condition, filter, key, update, projection *string
	names                                      map[string]string
	values                                     map[string]dynamocall.AttributeValue
}

// Build writes the expressions.
func (b Builder) Build() (Expression, error) {
	var (
		a   aliases
		out Expression
	)
	for _, part := range []struct {
		set   bool
		write writer
		into  **string
		what  string
	}{
		// In the SDK's order, so the aliases are the same as its builder's.
		{b.condition != nil, func(a *aliases) (string, error) { return writeOf(b.condition.write)(a) }, &out.condition, "condition"},
		{b.filter != nil, func(a *aliases) (string, error) { return writeOf(b.filter.write)(a) }, &out.filter, "filter"},
		{b.key != nil, func(a *aliases) (string, error) { return writeOf(b.key.write)(a) }, &out.key, "key condition"},
		{b.projection != nil, func(a *aliases) (string, error) { return b.projection.write(a) }, &out.projection, "projection"},
		{b.update != nil, func(a *aliases) (string, error) { return b.update.write(a) }, &out.update, "update"},
	} {
		if !part.set {
			continue
		}
		s, err := part.write(&a)
		if err != nil {
			return Expression{}, fmt.Errorf("%s: %w", part.what, err)
		}
		*part.into = &s
	}
	if out.key == nil && out.condition == nil && out.filter == nil && out.projection == nil && out.update == nil {
		return Expression{}, errors.New("expression: nothing to build")
	}
	if len(a.nameOrder) > 0 {
		out.names = make(map[string]string, len(a.nameOrder))
		for n, alias := range a.names {
			out.names[alias] = n
		}
	}
	if len(a.values) > 0 {
		out.values = make(map[string]dynamocall.AttributeValue, len(a.values))
		for i, v := range a.values {
			out.values[":"+strconv.Itoa(i)] = v
		}
	}
	return out, nil
}

// writeOf is w, or an error writer when w is unset (a zero builder).
func writeOf(w writer) writer {
	if w == nil {
		return func(*aliases) (string, error) { return "", errors.New("expression: unset") }
	}
	return w
}

// Condition is the condition expression (nil when none).
func (e Expression) Condition() *string { return e.condition }

// Filter is the filter expression (nil when none).
func (e Expression) Filter() *string { return e.filter }

// KeyCondition is the key-condition expression (nil when none).
func (e Expression) KeyCondition() *string { return e.key }

// Update is the update expression (nil when none).
func (e Expression) Update() *string { return e.update }

// Projection is the projection expression (nil when none).
func (e Expression) Projection() *string { return e.projection }

// Names maps each name's alias to the name (nil when none).
func (e Expression) Names() map[string]string { return e.names }

// Values maps each value's alias to the value (nil when none).
func (e Expression) Values() map[string]dynamocall.AttributeValue { return e.values }
