package dynamo

// The queries and updates of staff triage (shared/triage): lists on the feedback indexes with
// filters and opaque cursors, the item with its history, workflow updates with optimistic
// concurrency, and the daily counters.

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/expression"
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/feedback"
)

// Page sizes and the work one list request may do.
const (
	DefaultPageSize  = 50
	MaxPageSize      = 200
	maxQueriesPerRun = 10 // a page may come back short (with a cursor) when filters drop most items
	maxHistory       = 1000
	maxStatsDays     = 366
)

// index is a GSI a list runs on: its name, key attributes and the partition value of the query.
type index struct {
	name, pk, sk, value string
	forward             bool // ascending sort key
}

// allOf combines conditions with AND; nil when there are none.
func allOf(conds []expression.ConditionBuilder) *expression.ConditionBuilder {
	switch len(conds) {
	case 0:
		return nil
	case 1:
		return &conds[0]
	}
	c := conds[0].And(conds[1], conds[2:]...)
	return &c
}

// versionIs is the condition of an optimistic update: the item exists and is at version v.
func versionIs(v int) expression.ConditionBuilder {
	return expression.AttributeExists(expression.Name("id")).And(expression.Name("version").Equal(expression.Value(v)))
}

// listed is an index entry of a list with its place in the list's order.
type listed struct {
	pos   string // the entry's sort key in the list's order (created, or urgency)
	entry map[string]dynamocall.AttributeValue
}

// source is one sorted stream of index entries a list merges: an index partition read page by
// page in key order, or (the urgent order of open items) the open partition of byCreated read
// whole and sorted here by urgency.
type source struct {
	ix    index
	whole bool

	buf  []listed
	scan string // position scanned through (the last evaluated entry's sort key); "" none yet
	done bool   // no more entries beyond buf
	in   *dynamocall.QueryInput
}

// listPlan is how a list reads: its sources, merged by position, ascending or descending.
type listPlan struct {
	sources   []*source
	ascending bool
}

// partitions are the byCreated partitions whose items can match q: open items only for open,
// overdue and open-status lists, closed items only for a closed status.
func partitions(q feedback.ListQuery) []string {
	open, closed := true, true
	if q.Open || q.Overdue {
		closed = false
	}
	if q.Status != "" {
		if (feedback.Item{Status: q.Status}).Open() {
			closed = false
		} else {
			open = false
		}
	}
	var parts []string
	if open {
		parts = append(parts, listOpen)
	}
	if closed {
		parts = append(parts, listClosed)
	}
	return parts
}

// planList picks the sources of a list. Newest first: the byAssignee partition of one assignee
// (sparse: only assigned items are in it), else the open and closed partitions of byCreated that can
// match, merged. Most urgent first: the open items read whole from byCreated and sorted here,
// merged with the closed items of byUrgency (which holds only those). Every other filter is a
// FilterExpression on the index's projected attributes (resources.ListFilterAttributes).
func planList(q feedback.ListQuery) listPlan {
	var p listPlan
	switch {
	case q.Sort == feedback.SortUrgent:
		p.ascending = true
		for _, part := range partitions(q) {
			if part == listOpen {
				p.sources = append(p.sources, &source{ix: index{name: "byCreated", pk: "gsiAll", sk: "created", value: listOpen}, whole: true})
			} else {
				p.sources = append(p.sources, &source{ix: index{name: "byUrgency", pk: "gsiAll", sk: "urgency", value: listClosed, forward: true}})
			}
		}
	case q.Assignee != "":
		p.sources = []*source{{ix: index{name: "byAssignee", pk: "assignee", sk: "created", value: q.Assignee}}}
	default:
		for _, part := range partitions(q) {
			p.sources = append(p.sources, &source{ix: index{name: "byCreated", pk: "gsiAll", sk: "created", value: part}})
		}
	}
	return p
}

// listInput builds the Query of one source of a list; after, when set, starts it beyond that
// position (the key condition's bound: the partition is read from there on).
func (st *Store) listInput(q feedback.ListQuery, ix index, after string) (*dynamocall.QueryInput, error) {
	var conds []expression.ConditionBuilder
	for _, f := range []struct{ attr, v string }{
		{"status", q.Status}, {"priority", q.Priority}, {"team", q.Team}, {"district", q.District},
		{"category", q.Category}, {"channel", q.Channel}, {"assignee", q.Assignee},
	} {
		if f.v != "" && f.attr != ix.pk {
			conds = append(conds, expression.Name(f.attr).Equal(expression.Value(f.v)))
		}
	}
	if len(q.Districts) > 0 {
		var vs []expression.OperandBuilder
		for _, d := range q.Districts {
			vs = append(vs, expression.Value(d))
		}
		conds = append(conds, expression.Name("district").In(vs[0], vs[1:]...))
	}
	switch q.Conduct {
	case feedback.ConductExclude:
		conds = append(conds, expression.Name("conduct").Equal(expression.Value(false)))
	case feedback.ConductOnly:
		conds = append(conds, expression.Name("conduct").Equal(expression.Value(true)))
	}
	notDone := expression.Not(expression.Name("status").In(expression.Value(feedback.StatusResolved), expression.Value(feedback.StatusClosed)))
	if q.Open && !q.Overdue { // Overdue already keeps only open items
		conds = append(conds, notDone)
	}
	if q.Overdue {
		conds = append(conds,
			expression.Name("dueAt").LessThan(expression.Value(q.Now.UTC())),
			expression.Name("dueAt").GreaterThan(expression.Value(time.Time{})),
			notDone)
	}
	keyCond := expression.Key(ix.pk).Equal(expression.Value(ix.value))
	switch {
	case after == "":
	case ix.forward:
		keyCond = keyCond.And(expression.Key(ix.sk).GreaterThan(expression.Value(after)))
	default:
		keyCond = keyCond.And(expression.Key(ix.sk).LessThan(expression.Value(after)))
	}
	b := expression.NewBuilder().WithKeyCondition(keyCond)
	if c := allOf(conds); c != nil {
		b = b.WithFilter(*c)
	}
	expr, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("list expression: %w", err)
	}
	return &dynamocall.QueryInput{
		TableName: aws.String(st.table), IndexName: aws.String(ix.name),
		KeyConditionExpression: expr.KeyCondition(), FilterExpression: expr.Filter(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
		ScanIndexForward: aws.Bool(ix.forward),
	}, nil
}

// ListFeedback returns one page of feedback items matching q. It is always Queries on index
// partitions (never a Scan), merged in the list's order; filters the index cannot serve are
// applied as a FilterExpression, and the Queries are repeated until the page is full or the
// partitions are exhausted (bounded per request: a page may come back short, with a cursor). The
// indexes project only the filtered attributes (resources.ListFilterAttributes), so the page's
// items are then read in full from the table.
func (st *Store) ListFeedback(ctx context.Context, q feedback.ListQuery) (feedback.Page, error) {
	page, entries, err := st.listEntries(ctx, q)
	if err != nil {
		return page, err
	}
	page.Items, err = st.fullItems(ctx, entries)
	return page, err
}

// maxCountQueries bounds CountFeedback: each Query reads up to 1 MB of index entries (a few
// thousand: the indexes hold only the list filters), so a count stops after tens of thousands.
const maxCountQueries = 10

// CountFeedback counts the items matching q (its cursor and limit ignored) with the list's own
// index Queries, asking only for the count. complete is false when it stopped at
// maxCountQueries: n is then a lower bound.
func (st *Store) CountFeedback(ctx context.Context, q feedback.ListQuery) (n int, complete bool, err error) {
	left := maxCountQueries
	for _, src := range planList(q).sources {
		in, err := st.listInput(q, src.ix, "")
		if err != nil {
			return 0, false, err
		}
		in.Select = dynamocall.SelectCount
		for {
			if left == 0 {
				return n, false, nil
			}
			left--
			out, err := st.db.Query(ctx, in)
			if err != nil {
				return n, false, fmt.Errorf("count feedback on %s: %w", src.ix.name, err)
			}
			n += int(out.Count)
			if len(out.LastEvaluatedKey) == 0 {
				break
			}
			in.ExclusiveStartKey = out.LastEvaluatedKey
		}
	}
	return n, true, nil
}

// maxOpenQueries bounds the urgent order's read of the open items (each Query up to 1 MB of index
// entries, about 4,000): beyond about 100,000 matching open items it asks for a narrower list.
const maxOpenQueries = 25

// errTooManyOpen is the urgent order of more open items than maxOpenQueries reads.
var errTooManyOpen = fmt.Errorf("%w: too many open items to sort by urgency: narrow the list (district, status, priority) or sort by newest", feedback.ErrInvalid)

// fill reads the next part of a source into its buffer: one page of a partition, or the whole open
// partition sorted by urgency (from after on).
func (st *Store) fill(ctx context.Context, src *source, want int, after string) error {
	if src.whole {
		for range maxOpenQueries {
			out, err := st.db.Query(ctx, src.in)
			if err != nil {
				return fmt.Errorf("list feedback on %s: %w", src.ix.name, err)
			}
			for _, raw := range out.Items {
				if pos := openUrgency(raw); after == "" || pos > after {
					src.buf = append(src.buf, listed{pos: pos, entry: raw})
				}
			}
			if len(out.LastEvaluatedKey) == 0 {
				sort.Slice(src.buf, func(i, j int) bool { return src.buf[i].pos < src.buf[j].pos })
				src.done = true
				return nil
			}
			src.in.ExclusiveStartKey = out.LastEvaluatedKey
		}
		return errTooManyOpen
	}
	// A filtered query reads entries it drops: read more per request (DynamoDB's Limit counts the
	// entries read, not those kept).
	src.in.Limit = aws.Int32(int32(max(want, 25))) //nolint:gosec // G115: want ≤ MaxPageSize (200)
	if src.in.FilterExpression != nil {
		src.in.Limit = aws.Int32(int32(max(4*want, 200))) //nolint:gosec // G115: want ≤ MaxPageSize (200), so at most 800
	}
	out, err := st.db.Query(ctx, src.in)
	if err != nil {
		return fmt.Errorf("list feedback on %s: %w", src.ix.name, err)
	}
	for _, raw := range out.Items {
		src.buf = append(src.buf, listed{pos: strAttr(raw[src.ix.sk]), entry: raw})
	}
	src.scan = strAttr(out.LastEvaluatedKey[src.ix.sk])
	src.done = len(out.LastEvaluatedKey) == 0
	src.in.ExclusiveStartKey = out.LastEvaluatedKey
	return nil
}

// openUrgency is the urgency key (UrgencyKey) of an open item's byCreated entry, from the
// attributes the entry projects: what byUrgency would hold for it.
func openUrgency(raw map[string]dynamocall.AttributeValue) string {
	created, _, _ := strings.Cut(strAttr(raw["created"]), "#")
	at, _ := time.Parse(createdLayout, created)
	due, _ := time.Parse(time.RFC3339Nano, strAttr(raw["dueAt"]))
	return UrgencyKey(strAttr(raw["priority"]), due, at, trimPrefix(strAttr(raw[attrPK]), "FB#"))
}

// listEntries finds the index entries of one page and the cursor that continues after it: the
// sources' heads merged in the list's order. A source whose buffer is empty stands at the position
// it has read through (nothing of it comes before), so another's head can go first without
// reading it further; when the reading budget ends, the page ends at the first such position.
func (st *Store) listEntries(ctx context.Context, q feedback.ListQuery) (feedback.Page, []map[string]dynamocall.AttributeValue, error) {
	var page feedback.Page
	var entries []map[string]dynamocall.AttributeValue
	want := q.Limit
	if want <= 0 {
		want = DefaultPageSize
	}
	want = min(want, MaxPageSize)
	plan := planList(q)
	fp := fingerprint(q)
	after := ""
	if q.Cursor != "" {
		var err error
		if after, err = decodeCursor(q.Cursor, fp, q.Sort == feedback.SortUrgent); err != nil {
			return page, nil, err
		}
	}
	for _, src := range plan.sources {
		bound := after
		if src.whole {
			bound = "" // its positions are urgency keys, not its index's: fill skips up to after
		}
		var err error
		if src.in, err = st.listInput(q, src.ix, bound); err != nil {
			return page, nil, err
		}
	}
	first := func(a, b string) bool { return (a < b) == plan.ascending }
	reads := 0
	for len(entries) < want {
		var next *source
		var nextPos string
		for _, src := range plan.sources {
			if len(src.buf) == 0 && src.done {
				continue
			}
			pos := src.scan
			if len(src.buf) > 0 {
				pos = src.buf[0].pos
			}
			unread := len(src.buf) == 0 && src.scan == ""
			if next == nil || unread || (!(len(next.buf) == 0 && next.scan == "") && first(pos, nextPos)) {
				next, nextPos = src, pos
				if unread {
					break
				}
			}
		}
		if next == nil {
			return page, entries, nil // every source exhausted
		}
		if len(next.buf) == 0 {
			if reads == maxQueriesPerRun {
				if nextPos != "" {
					after = nextPos // everything up to here is read: listed, or filtered out
				}
				page.Next = encodeCursor(fp, after)
				return page, entries, nil
			}
			reads++
			if err := st.fill(ctx, next, want-len(entries), after); err != nil {
				return page, nil, err
			}
			continue
		}
		entries = append(entries, next.buf[0].entry)
		after = next.buf[0].pos
		next.buf = next.buf[1:]
	}
	for _, src := range plan.sources {
		if len(src.buf) > 0 || !src.done {
			page.Next = encodeCursor(fp, after)
			break
		}
	}
	return page, entries, nil
}

// cursor is the opaque continuation of a list: the query it belongs to (a fingerprint of the
// filters, scope and order) and the position in the list's order the next page starts beyond.
type cursor struct {
	Query string `json:"q"`
	After string `json:"a"`
}

const maxCursorLen = 2048

// ErrBadCursor is returned for a cursor that was not issued for the same query.
var ErrBadCursor = fmt.Errorf("%w: cursor does not belong to this query", feedback.ErrInvalid)

// Positions a cursor may hold: a byCreated/byAssignee sort key (CreatedKey) or an urgency key
// (UrgencyKey), each ending in a reference. Checked by hand rather than by regular expressions
// (`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9}Z#[A-Za-z0-9-]{1,64}$` and
// `^[A-Za-z0-9]{0,16}#-?[0-9]{19}#[A-Za-z0-9-]{1,64}$`, which TestPositionShapes holds them to):
// they were the regexp package's last use in classify and triage (issue 13).

// createdPosition reports whether s has CreatedKey's shape.
func createdPosition(s string) bool {
	const layout = "9999-99-99T99:99:99.999999999Z#" // 9: a digit; anything else: itself
	if len(s) < len(layout) {
		return false
	}
	for i := range len(layout) {
		if layout[i] == '9' && !isDigit(s[i]) || layout[i] != '9' && s[i] != layout[i] {
			return false
		}
	}
	return isReferencePart(s[len(layout):])
}

// urgencyPosition reports whether s has UrgencyKey's shape.
func urgencyPosition(s string) bool {
	priority, rest, ok := strings.Cut(s, "#")
	if !ok || len(priority) > 16 || !allBytes(priority, isAlnum) {
		return false
	}
	rest = strings.TrimPrefix(rest, "-")
	if len(rest) < 20 || !allBytes(rest[:19], isDigit) || rest[19] != '#' {
		return false
	}
	return isReferencePart(rest[20:])
}

// isReferencePart: 1 to 64 letters, digits and hyphens (ASCII).
func isReferencePart(s string) bool {
	return len(s) >= 1 && len(s) <= 64 && allBytes(s, func(c byte) bool { return isAlnum(c) || c == '-' })
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isAlnum(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func allBytes(s string, ok func(byte) bool) bool {
	for i := range len(s) {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

func encodeCursor(fp, after string) string {
	b, _ := json.Marshal(cursor{Query: fp, After: after})
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor accepts only a cursor that continues exactly this query: its fingerprint, and a
// position of the shape this order's keys have.
func decodeCursor(text, fp string, urgent bool) (string, error) {
	if len(text) > maxCursorLen {
		return "", ErrBadCursor
	}
	b, err := base64.RawURLEncoding.DecodeString(text)
	if err != nil {
		return "", ErrBadCursor
	}
	var c cursor
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil || dec.More() || c.Query != fp {
		return "", ErrBadCursor
	}
	shape := createdPosition
	if urgent {
		shape = urgencyPosition
	}
	if !shape(c.After) {
		return "", ErrBadCursor
	}
	return c.After, nil
}

// maxBatchGet is BatchGetItem's limit of keys per request.
const maxBatchGet = 100

// fullItems reads the items of index entries from the table (strongly consistent), in the
// entries' order. An item gone since the index listed it (expired) is left out.
func (st *Store) fullItems(ctx context.Context, entries []map[string]dynamocall.AttributeValue) ([]feedback.Item, error) {
	byKey := map[string]map[string]dynamocall.AttributeValue{}
	for lo := 0; lo < len(entries); lo += maxBatchGet {
		var keys []map[string]dynamocall.AttributeValue
		for _, e := range entries[lo:min(lo+maxBatchGet, len(entries))] {
			keys = append(keys, map[string]dynamocall.AttributeValue{attrPK: e[attrPK], attrSK: e[attrSK]})
		}
		req := map[string]dynamocall.KeysAndAttributes{st.table: {Keys: keys, ConsistentRead: aws.Bool(true)}}
		wait := 50 * time.Millisecond
		for attempt := 0; len(req) > 0; attempt++ {
			if attempt > 0 { // keys DynamoDB left unprocessed (throttling): again after a pause
				if attempt == 8 {
					return nil, fmt.Errorf("read feedback items: %d keys still unprocessed", len(req[st.table].Keys))
				}
				select {
				case <-ctx.Done():
					return nil, ctx.Err()
				case <-time.After(wait):
				}
				wait *= 2
			}
			out, err := st.db.BatchGetItem(ctx, &dynamocall.BatchGetItemInput{RequestItems: req})
			if err != nil {
				return nil, fmt.Errorf("read feedback items: %w", err)
			}
			for _, raw := range out.Responses[st.table] {
				byKey[itemKey(raw)] = raw
			}
			req = out.UnprocessedKeys
		}
	}
	items := make([]feedback.Item, 0, len(entries))
	for _, e := range entries {
		raw, ok := byKey[itemKey(e)]
		if !ok {
			continue
		}
		it, err := decodeItem(raw)
		if err != nil {
			return nil, err
		}
		items = append(items, it)
	}
	return items, nil
}

// itemKey identifies an item by its table key.
func itemKey(item map[string]dynamocall.AttributeValue) string {
	pk, _ := item[attrPK].(*dynamocall.AttributeValueMemberS)
	sk, _ := item[attrSK].(*dynamocall.AttributeValueMemberS)
	if pk == nil || sk == nil {
		return ""
	}
	return pk.Value + "\x00" + sk.Value
}

// fingerprint identifies a query's filters, scope and order (not its page size, cursor or time).
func fingerprint(q feedback.ListQuery) string {
	ds := append([]string(nil), q.Districts...)
	sort.Strings(ds)
	parts := []string{q.Status, q.Priority, q.Team, q.District, q.Category, q.Channel, q.Assignee,
		strconv.FormatBool(q.Overdue), strconv.FormatBool(q.Open), strings.Join(ds, ","), strconv.FormatBool(q.Districts != nil), q.Conduct, q.Sort}
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(sum[:8])
}

// FeedbackItem returns one feedback item (consistent read), or feedback.ErrNotFound.
func (st *Store) FeedbackItem(ctx context.Context, id string) (feedback.Item, error) {
	var it feedback.Item
	got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(FeedbackPK(id), skItem), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return it, fmt.Errorf("get feedback %s: %w", id, err)
	}
	if _, ok := got.Item["id"]; !ok { // none, or an invitation not answered yet
		return it, fmt.Errorf("feedback %s: %w", id, feedback.ErrNotFound)
	}
	if it, err = decodeItem(got.Item); err != nil {
		return it, fmt.Errorf("feedback %s: %w", id, err)
	}
	return it, nil
}

// FeedbackHistory returns an item's history, oldest first. Its first event, "created", is derived
// from the item (SaveFeedback stores no event for it; items stored before that have a stored one,
// which is returned instead). One strongly consistent query reads the history and the item, whose
// sort key "ITEM" sorts after every "H#…".
func (st *Store) FeedbackHistory(ctx context.Context, id string) ([]feedback.HistoryEvent, error) {
	var events []feedback.HistoryEvent
	var createdAt time.Time
	storedCreated := false
	expr, err := build(expression.NewBuilder().WithKeyCondition(partitionIs(FeedbackPK(id)).
		And(expression.Key(attrSK).Between(expression.Value(skHistoryPrefix), expression.Value(skItem)))), "history of "+id)
	if err != nil {
		return nil, err
	}
	in := &dynamocall.QueryInput{
		TableName: aws.String(st.table), KeyConditionExpression: expr.KeyCondition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(), ConsistentRead: aws.Bool(true),
	}
	for {
		out, err := st.db.Query(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("history of %s: %w", id, err)
		}
		for _, raw := range out.Items {
			if sk, _ := raw[attrSK].(*dynamocall.AttributeValueMemberS); sk != nil && sk.Value == skItem {
				if err := dynamocall.Unmarshal(raw[storedCreatedAt], &createdAt); err != nil {
					return nil, fmt.Errorf("unmarshal feedback %s: %w", id, err)
				}
				continue
			}
			ev, err := decodeHistory(raw)
			if err != nil {
				return nil, fmt.Errorf("history of %s: %w", id, err)
			}
			storedCreated = storedCreated || ev.Type == HistoryCreated
			events = append(events, ev)
		}
		if len(out.LastEvaluatedKey) == 0 || len(events) >= maxHistory {
			break
		}
		in.ExclusiveStartKey = out.LastEvaluatedKey
	}
	if !storedCreated && !createdAt.IsZero() {
		events = append([]feedback.HistoryEvent{{At: createdAt, Actor: "system", Type: HistoryCreated, To: feedback.StatusNew}}, events...)
	}
	return events, nil
}

// HistoryCreated is the type of an item's first history event.
const HistoryCreated = "created"

// historyPut is the conditional Put of a history event: history is append-only, so an event never
// overwrites another.
func (st *Store) historyPut(it feedback.Item, ev feedback.HistoryEvent, n int) (*dynamocall.Put, error) {
	av, err := encodeHistory(ev)
	if err != nil {
		return nil, err
	}
	for k, v := range key(FeedbackPK(it.ID), HistorySK(ev.At, n)) {
		av[k] = v
	}
	if !it.CreatedAt.IsZero() {
		av[expiresAttr] = ttl(it.CreatedAt.Add(st.retention.Feedback))
	}
	expr, err := onlyIf(rowAbsent(), "history of "+it.ID)
	if err != nil {
		return nil, err
	}
	return &dynamocall.Put{TableName: aws.String(st.table), Item: av, ConditionExpression: expr.Condition(), ExpressionAttributeNames: expr.Names()}, nil
}

// UpdateFeedback stores the workflow fields of it (status, assignee, priority, outcome, confirmed
// category, due time, updated time, version) and appends events, in one transaction that holds
// only if the stored version is it.Version-1. A stale version gives feedback.ErrConflict, a
// missing item feedback.ErrNotFound. The index attributes (status, assignee, urgency) move with
// the fields they index (gsiAll: byCreated's open or closed partition; urgency, only when closed).
func (st *Store) UpdateFeedback(ctx context.Context, it feedback.Item, events []feedback.HistoryEvent) error {
	upd := expression.Set(expression.Name("status"), expression.Value(it.Status)).
		Set(expression.Name("gsiAll"), expression.Value(listPartition(it))). // byCreated's open or closed partition
		Set(expression.Name("priority"), expression.Value(it.Priority)).
		Set(expression.Name("dueAt"), expression.Value(it.DueAt)).
		Set(expression.Name("updatedAt"), expression.Value(it.UpdatedAt)).
		Set(expression.Name("version"), expression.Value(it.Version))
	for _, f := range []struct{ attr, v string }{
		{"assignee", it.Assignee}, // sparse index byAssignee
		{"outcome", it.Outcome}, {"confirmedCategory", it.ConfirmedCategory},
	} {
		if f.v == "" {
			upd = upd.Remove(expression.Name(f.attr))
		} else {
			upd = upd.Set(expression.Name(f.attr), expression.Value(f.v))
		}
	}
	if it.Open() { // byUrgency holds closed items only
		upd = upd.Remove(expression.Name("urgency"))
	} else {
		upd = upd.Set(expression.Name("urgency"), expression.Value(UrgencyKey(it.Priority, it.DueAt, it.CreatedAt, it.ID)))
	}
	if retentionMayAnonymise(it) {
		upd = upd.Set(expression.Name(retainTextAttr), expression.Value(retainTextValue)) // closed: retention may now anonymise it (byTextRetention)
	}
	expr, err := expression.NewBuilder().WithUpdate(upd).WithCondition(versionIs(it.Version - 1)).Build()
	if err != nil {
		return fmt.Errorf("update feedback %s: %w", it.ID, err)
	}
	items := []dynamocall.TransactWriteItem{{Update: &dynamocall.Update{
		TableName: aws.String(st.table), Key: key(FeedbackPK(it.ID), skItem),
		UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	}}}
	for i, ev := range events {
		p, err := st.historyPut(it, ev, i)
		if err != nil {
			return err
		}
		items = append(items, dynamocall.TransactWriteItem{Put: p})
	}
	_, err = st.db.TransactWriteItems(ctx, &dynamocall.TransactWriteItemsInput{TransactItems: items})
	if err == nil {
		return nil
	}
	var tc *dynamocall.TransactionCanceledException
	if !errors.As(err, &tc) {
		return fmt.Errorf("update feedback %s: %w", it.ID, err)
	}
	cur, gerr := st.FeedbackItem(ctx, it.ID)
	if gerr != nil {
		return gerr // not found, or the read failed
	}
	if cur.Version != it.Version-1 {
		return fmt.Errorf("feedback %s is at version %d, not %d: %w", it.ID, cur.Version, it.Version-1, feedback.ErrConflict)
	}
	return fmt.Errorf("update feedback %s: %w", it.ID, err)
}

// AppendHistory adds one event (a note, a view of contact details) to an existing item's history
// without changing the item, so it never conflicts with a concurrent update.
func (st *Store) AppendHistory(ctx context.Context, it feedback.Item, ev feedback.HistoryEvent) error {
	p, err := st.historyPut(it, ev, 0)
	if err != nil {
		return err
	}
	answered, err := onlyIf(expression.AttributeExists(expression.Name("id")), "append history to "+it.ID)
	if err != nil {
		return err
	}
	_, err = st.db.TransactWriteItems(ctx, &dynamocall.TransactWriteItemsInput{TransactItems: []dynamocall.TransactWriteItem{
		{ConditionCheck: &dynamocall.ConditionCheck{TableName: aws.String(st.table), Key: key(FeedbackPK(it.ID), skItem),
			ConditionExpression: answered.Condition(), ExpressionAttributeNames: answered.Names()}},
		{Put: p},
	}})
	if err == nil {
		return nil
	}
	var tc *dynamocall.TransactionCanceledException
	if errors.As(err, &tc) {
		if _, gerr := st.FeedbackItem(ctx, it.ID); errors.Is(gerr, feedback.ErrNotFound) {
			return gerr
		}
		return fmt.Errorf("append history to %s: %w", it.ID, feedback.ErrConflict) // same instant as another event: retry
	}
	return fmt.Errorf("append history to %s: %w", it.ID, err)
}

// DailyCounters returns the counter rows of every day from from to to (inclusive, UTC days): one
// Query per day's partition, a few at a time. A day holds one row per combination of channel,
// centre and category that had replies or invitations; the caller sums them (triage.BuildStats).
func (st *Store) DailyCounters(ctx context.Context, from, to time.Time) ([]feedback.CounterRow, error) {
	from, to = truncDay(from), truncDay(to)
	if to.Before(from) {
		return nil, fmt.Errorf("%w: stats range ends before it starts", feedback.ErrInvalid)
	}
	days := int(to.Sub(from)/(24*time.Hour)) + 1
	if days > maxStatsDays {
		return nil, fmt.Errorf("%w: stats range longer than %d days", feedback.ErrInvalid, maxStatsDays)
	}
	results := make([][]feedback.CounterRow, days)
	errs := make([]error, days)
	sem := make(chan struct{}, 8)
	var wg sync.WaitGroup
	for i := range days {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			results[i], errs[i] = st.dayCounters(ctx, from.AddDate(0, 0, i))
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	var rows []feedback.CounterRow
	for _, r := range results {
		rows = append(rows, r...)
	}
	return rows, nil
}

func truncDay(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func (st *Store) dayCounters(ctx context.Context, day time.Time) ([]feedback.CounterRow, error) {
	var rows []feedback.CounterRow
	expr, err := build(expression.NewBuilder().WithKeyCondition(partitionIs(StatsPK(day))), "counters of "+day.Format(time.DateOnly))
	if err != nil {
		return nil, err
	}
	in := &dynamocall.QueryInput{
		TableName: aws.String(st.table), KeyConditionExpression: expr.KeyCondition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	}
	for {
		out, err := st.db.Query(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("counters of %s: %w", day.Format("2006-01-02"), err)
		}
		for _, raw := range out.Items {
			sk, _ := raw[attrSK].(*dynamocall.AttributeValueMemberS)
			if sk == nil {
				continue
			}
			d, ok := parseCounterSK(sk.Value)
			if !ok {
				continue
			}
			row := feedback.CounterRow{Day: day, Channel: d[0], CentreKind: d[1], Centre: d[2], District: d[3], Category: d[4], Counts: map[string]int64{}}
			for k, v := range raw {
				if nv, ok := v.(*dynamocall.AttributeValueMemberN); ok {
					if x, err := strconv.ParseInt(nv.Value, 10, 64); err == nil {
						row.Counts[k] = x
					}
				}
			}
			rows = append(rows, row)
		}
		if len(out.LastEvaluatedKey) == 0 {
			return rows, nil
		}
		in.ExclusiveStartKey = out.LastEvaluatedKey
	}
}
