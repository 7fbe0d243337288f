package motostack

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strings"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddb "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/resources"
)

// Meter counts the DynamoDB capacity units the requests passing through it would consume in AWS.
// moto does not meter (its ConsumedCapacity is a constant), so the meter applies DynamoDB's
// published rules itself:
//
//   - an item's size is the sum of its attribute names and values (strings and binaries by their
//     bytes, numbers 1 byte per two significant digits + 1, booleans and nulls 1 byte, lists and
//     maps 3 bytes + 1 byte per element);
//   - a write costs 1 WRU per started KB of the larger of the item before and after it (at least 1),
//     twice that inside a transaction; a write whose condition fails costs the same without the
//     indexes;
//   - each global secondary index the item is in before or after costs 1 WRU per started KB of its
//     index entry (table keys, index keys and the projected attributes) when the entry is put or
//     deleted, 2 writes when the entry's key changes, none when nothing it holds changes;
//   - a read costs 1 RRU per started 4 KB (half that when eventually consistent): GetItem and
//     BatchGetItem by the full item, Query by the items it returns (a lower bound when a filter
//     drops items).
//
// Each write is metered inside motostack's write serialisation, with an unmetered read of the item
// before and after it, so the sizes are those the write saw. Units are tallied per item kind:
// the partition key's prefix and the sort key's, e.g. "FB/ITEM", "STATS/R".
type Meter struct {
	table resources.TableDef // key and index definitions (any table name: tests make one per test)

	mu        sync.Mutex
	read      *dynamodb.Client // unmetered reads of the item before and after a write
	write     map[string]float64
	reads     map[string]float64
	writes    map[string]int // write requests per kind
	unmetered map[string]int // operations the meter does not understand
}

// NewMeter returns a meter for tables shaped like table.
func NewMeter(table resources.TableDef) *Meter {
	return &Meter{table: table, write: map[string]float64{}, reads: map[string]float64{}, writes: map[string]int{}, unmetered: map[string]int{}}
}

// reader is the meter's own client, to the emulator the metered request goes to.
func (m *Meter) reader(r *http.Request) *dynamodb.Client {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.read == nil {
		cfg := AWSConfig(context.Background(), r.URL.Scheme+"://"+r.URL.Host)
		cfg.HTTPClient = &http.Client{} // not serialised: the meter runs inside the serialisation
		m.read = dynamodb.NewFromConfig(cfg)
	}
	return m.read
}

// Usage is what a meter counted.
type Usage struct {
	WRU       map[string]float64 // write units by item kind
	RRU       map[string]float64 // read units by item kind
	Writes    map[string]int     // write requests by item kind
	Unmetered map[string]int     // DynamoDB operations the meter could not price
}

// TotalWRU is the sum of the write units.
func (u Usage) TotalWRU() float64 { return sum(u.WRU) }

// TotalRRU is the sum of the read units.
func (u Usage) TotalRRU() float64 { return sum(u.RRU) }

func sum(m map[string]float64) float64 {
	t := 0.0
	for _, v := range m {
		t += v
	}
	return t
}

// Kinds lists the item kinds with write or read units, sorted.
func (u Usage) Kinds() []string {
	seen := map[string]bool{}
	for k := range u.WRU {
		seen[k] = true
	}
	for k := range u.RRU {
		seen[k] = true
	}
	var out []string
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Usage returns what the meter counted so far.
func (m *Meter) Usage() Usage {
	m.mu.Lock()
	defer m.mu.Unlock()
	u := Usage{WRU: map[string]float64{}, RRU: map[string]float64{}, Writes: map[string]int{}, Unmetered: map[string]int{}}
	for k, v := range m.write {
		u.WRU[k] = v
	}
	for k, v := range m.reads {
		u.RRU[k] = v
	}
	for k, v := range m.writes {
		u.Writes[k] = v
	}
	for k, v := range m.unmetered {
		u.Unmetered[k] = v
	}
	return u
}

// Reset sets every count back to zero.
func (m *Meter) Reset() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.write, m.reads, m.writes, m.unmetered = map[string]float64{}, map[string]float64{}, map[string]int{}, map[string]int{}
}

// Transport meters the DynamoDB requests that go through next.
func (m *Meter) Transport(next http.RoundTripper) http.RoundTripper {
	return meterTransport{m: m, next: next}
}

type meterTransport struct {
	m    *Meter
	next http.RoundTripper
}

func (t meterTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	op, ok := strings.CutPrefix(r.Header.Get("X-Amz-Target"), "DynamoDB_20120810.")
	if !ok || r.Body == nil {
		return t.next.RoundTrip(r)
	}
	body, err := io.ReadAll(r.Body)
	r.Body.Close()
	if err != nil {
		return nil, err
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	switch op {
	case "PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems":
		t.m.reader(r)
		return t.m.meterWrite(r, op, body, t.next)
	case "GetItem", "Query", "BatchGetItem":
		resp, err := t.next.RoundTrip(r)
		if err != nil || resp.StatusCode != http.StatusOK {
			return resp, err
		}
		out, rerr := io.ReadAll(resp.Body)
		resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(out))
		if rerr == nil {
			t.m.reader(r)
			t.m.meterRead(r.Context(), op, body, out)
		}
		return resp, nil
	case "BatchWriteItem", "ExecuteStatement", "BatchExecuteStatement", "ExecuteTransaction", "TransactGetItems", "Scan":
		t.m.mu.Lock()
		t.m.unmetered[op]++
		t.m.mu.Unlock()
	}
	return t.next.RoundTrip(r)
}

// writeReq is one item write: a PutItem, UpdateItem or DeleteItem, alone or in a transaction.
type writeReq struct {
	table  string
	key    map[string]ddb.AttributeValue
	check  bool // a transaction's ConditionCheck: priced as a write, changes nothing
	before map[string]ddb.AttributeValue
}

func (m *Meter) meterWrite(r *http.Request, op string, body []byte, next http.RoundTripper) (*http.Response, error) {
	ctx := r.Context()
	var reqs []*writeReq
	var in struct {
		TransactItems []map[string]json.RawMessage
	}
	var parseErr error
	if op == "TransactWriteItems" {
		parseErr = json.Unmarshal(body, &in)
		for _, ti := range in.TransactItems {
			for kind, raw := range ti {
				w, err := m.parseWrite(kind, raw)
				if err != nil {
					parseErr = err
					continue
				}
				w.check = kind == "ConditionCheck"
				reqs = append(reqs, w)
			}
		}
	} else {
		w, err := m.parseWrite(strings.TrimSuffix(op, "Item"), body)
		parseErr = err
		if w != nil {
			reqs = append(reqs, w)
		}
	}
	if parseErr != nil {
		m.mu.Lock()
		m.unmetered[op]++
		m.mu.Unlock()
		return next.RoundTrip(r)
	}
	for _, w := range reqs {
		w.before = m.get(ctx, w.table, w.key)
	}
	resp, err := next.RoundTrip(r)
	if err != nil {
		return resp, err
	}
	factor := 1.0
	if op == "TransactWriteItems" {
		factor = 2
	}
	switch {
	case resp.StatusCode == http.StatusOK:
		for _, w := range reqs {
			after := w.before
			if !w.check {
				after = m.get(ctx, w.table, w.key)
			}
			kind := m.kind(w.key)
			units := factor * writeUnits(max(itemSize(w.before), itemSize(after)))
			if !w.check {
				units += m.indexUnits(w.before, after)
			}
			m.mu.Lock()
			m.write[kind] += units
			m.writes[kind]++
			m.mu.Unlock()
		}
	case resp.StatusCode == http.StatusBadRequest:
		// A failed condition is billed by the size of the item it was checked against; a throttled
		// or invalid request is not billed.
		out, rerr := io.ReadAll(resp.Body)
		resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(out))
		if rerr == nil && (bytes.Contains(out, []byte("ConditionalCheckFailed")) || bytes.Contains(out, []byte("TransactionCanceled"))) {
			for _, w := range reqs {
				kind := m.kind(w.key)
				m.mu.Lock()
				m.write[kind] += factor * writeUnits(itemSize(w.before))
				m.writes[kind]++
				m.mu.Unlock()
			}
		}
	}
	return resp, nil
}

// parseWrite reads the table and key of a Put, Update, Delete or ConditionCheck request.
func (m *Meter) parseWrite(kind string, raw []byte) (*writeReq, error) {
	var in struct {
		TableName string
		Item      map[string]json.RawMessage
		Key       map[string]json.RawMessage
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	src := in.Key
	if kind == "Put" {
		src = in.Item
	}
	key := map[string]ddb.AttributeValue{}
	for _, a := range []string{m.table.PartitionKey, m.table.SortKey} {
		v, err := decodeAttr(src[a])
		if err != nil {
			return nil, fmt.Errorf("%s key %s: %w", kind, a, err)
		}
		key[a] = v
	}
	return &writeReq{table: in.TableName, key: key}, nil
}

func (m *Meter) get(ctx context.Context, table string, key map[string]ddb.AttributeValue) map[string]ddb.AttributeValue {
	m.mu.Lock()
	read := m.read
	m.mu.Unlock()
	out, err := read.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table), Key: key, ConsistentRead: aws.Bool(true)})
	if err != nil {
		return nil
	}
	return out.Item
}

func (m *Meter) meterRead(ctx context.Context, op string, req, resp []byte) {
	var in struct {
		TableName      string
		Key            map[string]json.RawMessage
		ConsistentRead bool
		RequestItems   map[string]struct {
			ConsistentRead bool
		}
	}
	var out struct {
		Item      map[string]json.RawMessage
		Items     []map[string]json.RawMessage
		Responses map[string][]map[string]json.RawMessage
	}
	if json.Unmarshal(req, &in) != nil || json.Unmarshal(resp, &out) != nil {
		m.mu.Lock()
		m.unmetered[op]++
		m.mu.Unlock()
		return
	}
	add := func(kind string, size int, consistent bool) {
		units := math.Ceil(float64(max(size, 1)) / 4096)
		if !consistent {
			units /= 2
		}
		m.mu.Lock()
		m.reads[kind] += units
		m.mu.Unlock()
	}
	switch op {
	case "GetItem":
		key, err := decodeItem(in.Key)
		if err != nil {
			return
		}
		// Billed by the whole item, whatever a ProjectionExpression returns.
		add(m.kind(key), itemSize(m.get(ctx, in.TableName, key)), in.ConsistentRead)
	case "Query":
		size, kind := 0, ""
		for _, raw := range out.Items {
			it, err := decodeItem(raw)
			if err != nil {
				return
			}
			size += itemSize(it)
			kind = m.kind(it)
		}
		if kind == "" {
			kind = "query"
		}
		add(kind, size, in.ConsistentRead)
	case "BatchGetItem":
		for table, items := range out.Responses {
			for _, raw := range items {
				it, err := decodeItem(raw)
				if err != nil {
					return
				}
				add(m.kind(it), itemSize(it), in.RequestItems[table].ConsistentRead)
			}
		}
	}
}

// kind names an item's kind by the prefixes of its keys: "FB/ITEM", "FB/H", "STATS/R", ...
func (m *Meter) kind(item map[string]ddb.AttributeValue) string {
	prefix := func(attr string) string {
		v, _ := item[attr].(*ddb.AttributeValueMemberS)
		if v == nil {
			return "?"
		}
		p, _, _ := strings.Cut(v.Value, "#")
		return p
	}
	return prefix(m.table.PartitionKey) + "/" + prefix(m.table.SortKey)
}

// indexUnits are the write units of the index entries a write changes.
func (m *Meter) indexUnits(before, after map[string]ddb.AttributeValue) float64 {
	units := 0.0
	for _, ix := range m.table.Indexes {
		b, a := m.indexEntry(ix, before), m.indexEntry(ix, after)
		switch {
		case b == nil && a == nil:
		case b == nil:
			units += writeUnits(itemSize(a))
		case a == nil:
			units += writeUnits(itemSize(b))
		case !sameAttr(b[ix.PartitionKey], a[ix.PartitionKey]) || !sameAttr(b[ix.SortKey], a[ix.SortKey]):
			units += writeUnits(itemSize(b)) + writeUnits(itemSize(a)) // delete the old entry, put the new
		case !sameItem(a, b):
			units += writeUnits(max(itemSize(a), itemSize(b)))
		}
	}
	return units
}

// indexEntry is the entry an item has in an index, or nil when it lacks the index's keys.
func (m *Meter) indexEntry(ix resources.IndexDef, item map[string]ddb.AttributeValue) map[string]ddb.AttributeValue {
	if item == nil || item[ix.PartitionKey] == nil || item[ix.SortKey] == nil {
		return nil
	}
	if ix.Include == nil && !ix.KeysOnly {
		return item
	}
	e := map[string]ddb.AttributeValue{}
	for _, a := range append([]string{m.table.PartitionKey, m.table.SortKey, ix.PartitionKey, ix.SortKey}, ix.Include...) {
		if v, ok := item[a]; ok {
			e[a] = v
		}
	}
	return e
}

func writeUnits(size int) float64 { return math.Ceil(float64(max(size, 1)) / 1024) }

// itemSize is an item's size by DynamoDB's rules (see Meter).
func itemSize(item map[string]ddb.AttributeValue) int {
	n := 0
	for name, v := range item {
		n += len(name) + attrSize(v)
	}
	return n
}

func attrSize(v ddb.AttributeValue) int {
	switch v := v.(type) {
	case *ddb.AttributeValueMemberS:
		return len(v.Value)
	case *ddb.AttributeValueMemberN:
		return numberSize(v.Value)
	case *ddb.AttributeValueMemberB:
		return len(v.Value)
	case *ddb.AttributeValueMemberBOOL, *ddb.AttributeValueMemberNULL:
		return 1
	case *ddb.AttributeValueMemberSS:
		n := 0
		for _, s := range v.Value {
			n += len(s)
		}
		return n
	case *ddb.AttributeValueMemberNS:
		n := 0
		for _, s := range v.Value {
			n += numberSize(s)
		}
		return n
	case *ddb.AttributeValueMemberBS:
		n := 0
		for _, b := range v.Value {
			n += len(b)
		}
		return n
	case *ddb.AttributeValueMemberL:
		n := 3
		for _, e := range v.Value {
			n += 1 + attrSize(e)
		}
		return n
	case *ddb.AttributeValueMemberM:
		n := 3
		for k, e := range v.Value {
			n += 1 + len(k) + attrSize(e)
		}
		return n
	}
	return 0
}

// numberSize is 1 byte per two significant digits, plus 1 (plus 1 for a negative number).
func numberSize(s string) int {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimLeft(s, "+-")
	mant, _, _ := strings.Cut(strings.ToLower(s), "e")
	digits := strings.Trim(strings.Replace(mant, ".", "", 1), "0")
	n := (len(digits)+1)/2 + 1
	if neg {
		n++
	}
	return n
}

func sameItem(a, b map[string]ddb.AttributeValue) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !sameAttr(v, b[k]) {
			return false
		}
	}
	return true
}

func sameAttr(a, b ddb.AttributeValue) bool {
	ja, _ := json.Marshal(wire(a))
	jb, _ := json.Marshal(wire(b))
	return bytes.Equal(ja, jb)
}

// wire is an attribute value in DynamoDB's JSON form (for comparing values).
func wire(v ddb.AttributeValue) any {
	switch v := v.(type) {
	case *ddb.AttributeValueMemberS:
		return map[string]any{"S": v.Value}
	case *ddb.AttributeValueMemberN:
		return map[string]any{"N": v.Value}
	case *ddb.AttributeValueMemberB:
		return map[string]any{"B": v.Value}
	case *ddb.AttributeValueMemberBOOL:
		return map[string]any{"BOOL": v.Value}
	case *ddb.AttributeValueMemberNULL:
		return map[string]any{"NULL": v.Value}
	case *ddb.AttributeValueMemberSS:
		s := append([]string(nil), v.Value...)
		sort.Strings(s)
		return map[string]any{"SS": s}
	case *ddb.AttributeValueMemberNS:
		s := append([]string(nil), v.Value...)
		sort.Strings(s)
		return map[string]any{"NS": s}
	case *ddb.AttributeValueMemberBS:
		return map[string]any{"BS": v.Value}
	case *ddb.AttributeValueMemberL:
		l := make([]any, len(v.Value))
		for i, e := range v.Value {
			l[i] = wire(e)
		}
		return map[string]any{"L": l}
	case *ddb.AttributeValueMemberM:
		mm := map[string]any{}
		for k, e := range v.Value {
			mm[k] = wire(e)
		}
		return map[string]any{"M": mm}
	}
	return nil
}

func decodeItem(raw map[string]json.RawMessage) (map[string]ddb.AttributeValue, error) {
	item := make(map[string]ddb.AttributeValue, len(raw))
	for k, r := range raw {
		v, err := decodeAttr(r)
		if err != nil {
			return nil, fmt.Errorf("attribute %s: %w", k, err)
		}
		item[k] = v
	}
	return item, nil
}

// decodeAttr reads one attribute value of DynamoDB's JSON wire format.
func decodeAttr(raw json.RawMessage) (ddb.AttributeValue, error) {
	var w map[string]json.RawMessage
	if err := json.Unmarshal(raw, &w); err != nil || len(w) != 1 {
		return nil, fmt.Errorf("not an attribute value: %s", raw)
	}
	for typ, r := range w {
		switch typ {
		case "S", "N":
			var s string
			if err := json.Unmarshal(r, &s); err != nil {
				return nil, err
			}
			if typ == "N" {
				return &ddb.AttributeValueMemberN{Value: s}, nil
			}
			return &ddb.AttributeValueMemberS{Value: s}, nil
		case "B":
			var s string
			if err := json.Unmarshal(r, &s); err != nil {
				return nil, err
			}
			b, err := base64.StdEncoding.DecodeString(s)
			return &ddb.AttributeValueMemberB{Value: b}, err
		case "BOOL", "NULL":
			var b bool
			if err := json.Unmarshal(r, &b); err != nil {
				return nil, err
			}
			if typ == "NULL" {
				return &ddb.AttributeValueMemberNULL{Value: b}, nil
			}
			return &ddb.AttributeValueMemberBOOL{Value: b}, nil
		case "SS", "NS":
			var s []string
			if err := json.Unmarshal(r, &s); err != nil {
				return nil, err
			}
			if typ == "NS" {
				return &ddb.AttributeValueMemberNS{Value: s}, nil
			}
			return &ddb.AttributeValueMemberSS{Value: s}, nil
		case "BS":
			var s []string
			if err := json.Unmarshal(r, &s); err != nil {
				return nil, err
			}
			out := &ddb.AttributeValueMemberBS{}
			for _, e := range s {
				b, err := base64.StdEncoding.DecodeString(e)
				if err != nil {
					return nil, err
				}
				out.Value = append(out.Value, b)
			}
			return out, nil
		case "L":
			var l []json.RawMessage
			if err := json.Unmarshal(r, &l); err != nil {
				return nil, err
			}
			out := &ddb.AttributeValueMemberL{Value: []ddb.AttributeValue{}}
			for _, e := range l {
				v, err := decodeAttr(e)
				if err != nil {
					return nil, err
				}
				out.Value = append(out.Value, v)
			}
			return out, nil
		case "M":
			var mm map[string]json.RawMessage
			if err := json.Unmarshal(r, &mm); err != nil {
				return nil, err
			}
			v, err := decodeItem(mm)
			if err != nil {
				return nil, err
			}
			return &ddb.AttributeValueMemberM{Value: v}, nil
		}
		return nil, fmt.Errorf("unknown attribute type %s", typ)
	}
	return nil, fmt.Errorf("empty attribute value")
}
