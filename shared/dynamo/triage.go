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

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

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

// chooseIndex picks the index for a query: byUrgency for the urgent sort, byAssignee for one
// assignee's items (sparse: only assigned items are in it), else byCreated. Every other filter is a
// FilterExpression on the index's projected attributes (resources.ListFilterAttributes).
func chooseIndex(q feedback.ListQuery) (index, []string) {
	if q.Sort == feedback.SortUrgent {
		return index{name: "byUrgency", pk: "gsiAll", sk: "urgency", value: gsiAllValue, forward: true}, nil
	}
	if q.Assignee != "" {
		return index{"byAssignee", "assignee", "created", q.Assignee, false}, []string{"assignee"}
	}
	return index{name: "byCreated", pk: "gsiAll", sk: "created", value: gsiAllValue}, nil
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

// listInput builds the Query of a list; exclusive start key is set by the caller.
func (st *Store) listInput(q feedback.ListQuery, ix index, used []string) (*dynamodb.QueryInput, error) {
	usedSet := map[string]bool{}
	for _, u := range used {
		usedSet[u] = true
	}
	var conds []expression.ConditionBuilder
	for _, f := range []struct{ attr, v string }{
		{"status", q.Status}, {"priority", q.Priority}, {"team", q.Team}, {"district", q.District},
		{"category", q.Category}, {"channel", q.Channel}, {"assignee", q.Assignee},
	} {
		if f.v != "" && !usedSet[f.attr] {
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
	b := expression.NewBuilder().WithKeyCondition(expression.Key(ix.pk).Equal(expression.Value(ix.value)))
	if c := allOf(conds); c != nil {
		b = b.WithFilter(*c)
	}
	expr, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("list expression: %w", err)
	}
	return &dynamodb.QueryInput{
		TableName: aws.String(st.table), IndexName: aws.String(ix.name),
		KeyConditionExpression: expr.KeyCondition(), FilterExpression: expr.Filter(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
		ScanIndexForward: aws.Bool(ix.forward),
	}, nil
}

// ListFeedback returns one page of feedback items matching q. It is always a Query on an index
// (never a Scan); filters the index cannot serve are applied as a FilterExpression, and the
// Query is repeated until the page is full or the index is exhausted (bounded per request). The
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
// index Query, asking only for the count. complete is false when it stopped at maxCountQueries:
// n is then a lower bound.
func (st *Store) CountFeedback(ctx context.Context, q feedback.ListQuery) (n int, complete bool, err error) {
	ix, used := chooseIndex(q)
	in, err := st.listInput(q, ix, used)
	if err != nil {
		return 0, false, err
	}
	in.Select = types.SelectCount
	for range maxCountQueries {
		out, err := st.db.Query(ctx, in)
		if err != nil {
			return n, false, fmt.Errorf("count feedback on %s: %w", ix.name, err)
		}
		n += int(out.Count)
		if len(out.LastEvaluatedKey) == 0 {
			return n, true, nil
		}
		in.ExclusiveStartKey = out.LastEvaluatedKey
	}
	return n, false, nil
}

// listEntries finds the index entries of one page and the cursor that continues after it.
func (st *Store) listEntries(ctx context.Context, q feedback.ListQuery) (feedback.Page, []map[string]types.AttributeValue, error) {
	var page feedback.Page
	var entries []map[string]types.AttributeValue
	want := q.Limit
	if want <= 0 {
		want = DefaultPageSize
	}
	want = min(want, MaxPageSize)
	ix, used := chooseIndex(q)
	fp := fingerprint(q)
	var start map[string]types.AttributeValue
	if q.Cursor != "" {
		var err error
		if start, err = decodeCursor(q.Cursor, ix, fp); err != nil {
			return page, nil, err
		}
	}
	in, err := st.listInput(q, ix, used)
	if err != nil {
		return page, nil, err
	}
	for i := 0; i < maxQueriesPerRun; i++ {
		in.ExclusiveStartKey = start
		// A filtered query reads entries it drops: read more per request (DynamoDB's Limit counts
		// the entries read, not those kept).
		in.Limit = aws.Int32(int32(max(want-len(entries), 25)))
		if in.FilterExpression != nil {
			in.Limit = aws.Int32(int32(max(4*(want-len(entries)), 200))) //nolint:gosec // G115: want ≤ MaxPageSize (200), so at most 800
		}
		out, err := st.db.Query(ctx, in)
		if err != nil {
			return page, nil, fmt.Errorf("list feedback on %s: %w", ix.name, err)
		}
		for j, raw := range out.Items {
			entries = append(entries, raw)
			if len(entries) == want {
				// The page is full: continue after this item, unless it was the index's last.
				if j < len(out.Items)-1 || len(out.LastEvaluatedKey) > 0 {
					page.Next = encodeCursor(ix, fp, keyOf(raw, ix))
				}
				return page, entries, nil
			}
		}
		start = out.LastEvaluatedKey
		if len(start) == 0 {
			return page, entries, nil
		}
	}
	page.Next = encodeCursor(ix, fp, start)
	return page, entries, nil
}

// maxBatchGet is BatchGetItem's limit of keys per request.
const maxBatchGet = 100

// fullItems reads the items of index entries from the table (strongly consistent), in the
// entries' order. An item gone since the index listed it (expired) is left out.
func (st *Store) fullItems(ctx context.Context, entries []map[string]types.AttributeValue) ([]feedback.Item, error) {
	byKey := map[string]map[string]types.AttributeValue{}
	for lo := 0; lo < len(entries); lo += maxBatchGet {
		var keys []map[string]types.AttributeValue
		for _, e := range entries[lo:min(lo+maxBatchGet, len(entries))] {
			keys = append(keys, map[string]types.AttributeValue{attrPK: e[attrPK], attrSK: e[attrSK]})
		}
		req := map[string]types.KeysAndAttributes{st.table: {Keys: keys, ConsistentRead: aws.Bool(true)}}
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
			out, err := st.db.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{RequestItems: req})
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
func itemKey(item map[string]types.AttributeValue) string {
	pk, _ := item[attrPK].(*types.AttributeValueMemberS)
	sk, _ := item[attrSK].(*types.AttributeValueMemberS)
	if pk == nil || sk == nil {
		return ""
	}
	return pk.Value + "\x00" + sk.Value
}

// keyOf is the exclusive start key that continues a Query on ix after the item raw.
func keyOf(raw map[string]types.AttributeValue, ix index) map[string]types.AttributeValue {
	k := map[string]types.AttributeValue{}
	for _, a := range []string{attrPK, attrSK, ix.pk, ix.sk} {
		k[a] = raw[a]
	}
	return k
}

// cursor is the opaque continuation of a list: the index it belongs to, the query it belongs to
// (a fingerprint of the filters and scope) and the start key.
type cursor struct {
	Index string            `json:"i"`
	Query string            `json:"q"`
	Key   map[string]string `json:"k"`
}

const maxCursorLen = 2048

// ErrBadCursor is returned for a cursor that was not issued for the same query.
var ErrBadCursor = fmt.Errorf("%w: cursor does not belong to this query", feedback.ErrInvalid)

func encodeCursor(ix index, fp string, key map[string]types.AttributeValue) string {
	c := cursor{Index: ix.name, Query: fp, Key: map[string]string{}}
	for k, v := range key {
		if sv, ok := v.(*types.AttributeValueMemberS); ok {
			c.Key[k] = sv.Value
		}
	}
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor accepts only a cursor that continues exactly this query on this index: the key
// holds the table and index key attributes and nothing else, of the shapes this table stores.
func decodeCursor(text string, ix index, fp string) (map[string]types.AttributeValue, error) {
	if len(text) > maxCursorLen {
		return nil, ErrBadCursor
	}
	b, err := base64.RawURLEncoding.DecodeString(text)
	if err != nil {
		return nil, ErrBadCursor
	}
	var c cursor
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil || dec.More() {
		return nil, ErrBadCursor
	}
	if c.Index != ix.name || c.Query != fp {
		return nil, ErrBadCursor
	}
	want := map[string]bool{attrPK: true, attrSK: true, ix.pk: true, ix.sk: true}
	if len(c.Key) != len(want) {
		return nil, ErrBadCursor
	}
	key := map[string]types.AttributeValue{}
	for k, v := range c.Key {
		if !want[k] || v == "" || len(v) > 256 {
			return nil, ErrBadCursor
		}
		key[k] = s(v)
	}
	if !strings.HasPrefix(c.Key[attrPK], "FB#") || c.Key[attrSK] != skItem || c.Key[ix.pk] != ix.value {
		return nil, ErrBadCursor
	}
	return key, nil
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
	got, err := st.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(st.table), Key: key(FeedbackPK(id), skItem), ConsistentRead: aws.Bool(true)})
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
	in := &dynamodb.QueryInput{
		TableName: aws.String(st.table), KeyConditionExpression: expr.KeyCondition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(), ConsistentRead: aws.Bool(true),
	}
	for {
		out, err := st.db.Query(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("history of %s: %w", id, err)
		}
		for _, raw := range out.Items {
			if sk, _ := raw[attrSK].(*types.AttributeValueMemberS); sk != nil && sk.Value == skItem {
				if err := attributevalue.Unmarshal(raw[storedCreatedAt], &createdAt); err != nil {
					return nil, fmt.Errorf("unmarshal feedback %s: %w", id, err)
				}
				continue
			}
			var ev feedback.HistoryEvent
			if err := attributevalue.UnmarshalMap(raw, &ev); err != nil {
				return nil, fmt.Errorf("unmarshal history of %s: %w", id, err)
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
func (st *Store) historyPut(it feedback.Item, ev feedback.HistoryEvent, n int) (*types.Put, error) {
	av, err := attributevalue.MarshalMap(ev)
	if err != nil {
		return nil, fmt.Errorf("marshal history: %w", err)
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
	return &types.Put{TableName: aws.String(st.table), Item: av, ConditionExpression: expr.Condition(), ExpressionAttributeNames: expr.Names()}, nil
}

// UpdateFeedback stores the workflow fields of it (status, assignee, priority, outcome, confirmed
// category, due time, updated time, version) and appends events, in one transaction that holds
// only if the stored version is it.Version-1. A stale version gives feedback.ErrConflict, a
// missing item feedback.ErrNotFound. The index attributes (status, assignee, urgency) move with
// the fields they index.
func (st *Store) UpdateFeedback(ctx context.Context, it feedback.Item, events []feedback.HistoryEvent) error {
	upd := expression.Set(expression.Name("status"), expression.Value(it.Status)).
		Set(expression.Name("priority"), expression.Value(it.Priority)).
		Set(expression.Name("urgency"), expression.Value(UrgencyKey(it.Priority, it.DueAt, it.CreatedAt, it.ID))).
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
	if retentionMayAnonymise(it) {
		upd = upd.Set(expression.Name(retainTextAttr), expression.Value(retainTextValue)) // closed: retention may now anonymise it (byTextRetention)
	}
	expr, err := expression.NewBuilder().WithUpdate(upd).WithCondition(versionIs(it.Version - 1)).Build()
	if err != nil {
		return fmt.Errorf("update feedback %s: %w", it.ID, err)
	}
	items := []types.TransactWriteItem{{Update: &types.Update{
		TableName: aws.String(st.table), Key: key(FeedbackPK(it.ID), skItem),
		UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	}}}
	for i, ev := range events {
		p, err := st.historyPut(it, ev, i)
		if err != nil {
			return err
		}
		items = append(items, types.TransactWriteItem{Put: p})
	}
	_, err = st.db.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: items})
	if err == nil {
		return nil
	}
	var tc *types.TransactionCanceledException
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
	_, err = st.db.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: []types.TransactWriteItem{
		{ConditionCheck: &types.ConditionCheck{TableName: aws.String(st.table), Key: key(FeedbackPK(it.ID), skItem),
			ConditionExpression: answered.Condition(), ExpressionAttributeNames: answered.Names()}},
		{Put: p},
	}})
	if err == nil {
		return nil
	}
	var tc *types.TransactionCanceledException
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
	in := &dynamodb.QueryInput{
		TableName: aws.String(st.table), KeyConditionExpression: expr.KeyCondition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	}
	for {
		out, err := st.db.Query(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("counters of %s: %w", day.Format("2006-01-02"), err)
		}
		for _, raw := range out.Items {
			sk, _ := raw[attrSK].(*types.AttributeValueMemberS)
			if sk == nil {
				continue
			}
			d, ok := parseCounterSK(sk.Value)
			if !ok {
				continue
			}
			row := feedback.CounterRow{Day: day, Channel: d[0], CentreKind: d[1], Centre: d[2], District: d[3], Category: d[4], Counts: map[string]int64{}}
			for k, v := range raw {
				if nv, ok := v.(*types.AttributeValueMemberN); ok {
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
