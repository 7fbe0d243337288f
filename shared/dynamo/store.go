package dynamo

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/sampling"
)

// API is the part of the DynamoDB client the store uses.
type API interface {
	GetItem(ctx context.Context, in *dynamodb.GetItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error)
	PutItem(ctx context.Context, in *dynamodb.PutItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
	UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error)
	DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error)
	Query(ctx context.Context, in *dynamodb.QueryInput, opts ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error)
	BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error)
	TransactWriteItems(ctx context.Context, in *dynamodb.TransactWriteItemsInput, opts ...func(*dynamodb.Options)) (*dynamodb.TransactWriteItemsOutput, error)
}

// Retention is how long each data class is kept before DynamoDB's TTL deletes it.
type Retention struct {
	Invitations time.Duration // contacts and link tokens; default 30 days
	Feedback    time.Duration // feedback items and their history; default 2 years
}

// Store is the DynamoDB adapter of the whole table.
type Store struct {
	db        API
	table     string
	retention Retention
}

// The store fits invite.Store, feedback.InvitationStore and intake.Store (that proof is in
// fit_test.go: importing intake here would link the classifier into every function).
var (
	_ invite.Store             = (*Store)(nil)
	_ feedback.InvitationStore = (*Store)(nil)
)

// New returns a store on table; zero retention settings take the defaults.
func New(db API, table string, r Retention) *Store {
	if r.Invitations == 0 {
		r.Invitations = 30 * 24 * time.Hour
	}
	if r.Feedback == 0 {
		r.Feedback = 2 * 365 * 24 * time.Hour
	}
	return &Store{db: db, table: table, retention: r}
}

func key(pk, sk string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{attrPK: &types.AttributeValueMemberS{Value: pk}, attrSK: &types.AttributeValueMemberS{Value: sk}}
}

func s(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }
func n(v int64) types.AttributeValue {
	return &types.AttributeValueMemberN{Value: strconv.FormatInt(v, 10)}
}
func ttl(t time.Time) types.AttributeValue { return n(t.Unix()) }

func isConditionFailed(err error) bool {
	var cf *types.ConditionalCheckFailedException
	return errors.As(err, &cf)
}

// Contact states.
const (
	contactClaimed    = "claimed"
	contactSent       = "sent"
	contactSuppressed = "suppressed"
)

// ClaimContact implements invite.Store.
func (st *Store) ClaimContact(ctx context.Context, contactID string, now time.Time, lease time.Duration) error {
	item := key(contactPK(contactID), skContact)
	item["state"] = s(contactClaimed)
	item["leaseUntil"] = n(now.Add(lease).UnixMilli())
	st.expireInvitationRow(item, now.Add(st.retention.Invitations))
	return st.takeContact(ctx, contactID, item, now)
}

// takeContact puts a contact's item unless the contact has an outcome (invite.ErrAlreadyDone) or
// another worker's lease on it is running (invite.ErrBusy).
func (st *Store) takeContact(ctx context.Context, contactID string, item map[string]types.AttributeValue, now time.Time) error {
	_, err := st.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(st.table), Item: item,
		ConditionExpression:       aws.String("attribute_not_exists(PK) OR (#state = :claimed AND leaseUntil < :now)"),
		ExpressionAttributeNames:  map[string]string{"#state": "state"},
		ExpressionAttributeValues: map[string]types.AttributeValue{":claimed": s(contactClaimed), ":now": n(now.UnixMilli())},
	})
	if err == nil {
		return nil
	}
	if !isConditionFailed(err) {
		return err
	}
	got, err := st.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(st.table), Key: key(contactPK(contactID), skContact), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return err
	}
	if v, ok := got.Item["state"].(*types.AttributeValueMemberS); ok && v.Value != contactClaimed {
		return invite.ErrAlreadyDone
	}
	return invite.ErrBusy
}

// OptedOut implements invite.Store.
func (st *Store) OptedOut(ctx context.Context, phoneHash string) (bool, error) {
	return st.exists(ctx, phonePK(phoneHash), skOptOut)
}

// OptOut implements feedback.InvitationStore: the phone hash goes on the opt-out list, a row of
// its own without expiry (the frequency row beside it expires; the wish not to be texted does not).
// Putting it again keeps the first time.
func (st *Store) OptOut(ctx context.Context, phoneHash string, at time.Time) error {
	item := key(phonePK(phoneHash), skOptOut)
	item["optedOutAt"] = s(at.UTC().Format(time.RFC3339Nano))
	_, err := st.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(st.table), Item: item, ConditionExpression: aws.String("attribute_not_exists(PK)")})
	if isConditionFailed(err) {
		return nil
	}
	return err
}

// ReservePhone implements invite.Store.
func (st *Store) ReservePhone(ctx context.Context, phoneHash, contactID string, now, cutoff time.Time) error {
	window := now.Sub(cutoff)
	_, err := st.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(phonePK(phoneHash), skPhone),
		UpdateExpression:          aws.String("SET lastInvitedAt = :now, lastContact = :cid, " + expiresAttr + " = :ttl"),
		ConditionExpression:       aws.String("attribute_not_exists(lastInvitedAt) OR lastInvitedAt < :cutoff OR lastContact = :cid"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":now": n(now.Unix()), ":cid": s(contactID), ":cutoff": n(cutoff.Unix()), ":ttl": ttl(now.Add(window + 24*time.Hour))},
	})
	if isConditionFailed(err) {
		return feedback.ErrConflict
	}
	return err
}

// CreateInvitation implements invite.Store: first the reference claim, then the token, each
// conditional. A crash in between leaves an unused claim, which costs nothing; no transaction needed.
func (st *Store) CreateInvitation(ctx context.Context, inv feedback.Invitation) error {
	tok, err := attributevalue.MarshalMap(inv)
	if err != nil {
		return fmt.Errorf("marshal invitation: %w", err)
	}
	for k, v := range key(tokenPK(inv.TokenHash), skToken) {
		tok[k] = v
	}
	st.expireInvitationRow(tok, inv.ExpiresAt.Add(st.retention.Invitations))
	ref := key(refPK(inv.Reference), skRef)
	ref[expiresAttr] = ttl(inv.CreatedAt.Add(st.retention.Feedback + st.retention.Invitations))
	for _, item := range []map[string]types.AttributeValue{ref, tok} {
		_, err := st.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(st.table), Item: item, ConditionExpression: aws.String("attribute_not_exists(PK)")})
		if isConditionFailed(err) {
			return fmt.Errorf("%w: reference or token taken", feedback.ErrConflict)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// FinishContact implements invite.Store: it records the outcome once (conditional on the claim),
// then counts it. No transaction: a crash between the two writes loses one count of an invitation
// outcome (the SMS and the outcome itself are safe), which is cheaper than a transaction on every
// contact (twice the write units) and good enough for statistics that are a sample anyway.
func (st *Store) FinishContact(ctx context.Context, c feedback.Contact, o invite.Outcome, now time.Time) error {
	state := contactSent
	if !o.Sent {
		state = contactSuppressed
	}
	_, err := st.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(contactPK(c.ContactID), skContact),
		UpdateExpression:          aws.String("SET #state = :state, #reason = :reason, #ref = :ref, finishedAt = :now"),
		ConditionExpression:       aws.String("#state = :claimed"),
		ExpressionAttributeNames:  map[string]string{"#state": "state", "#reason": "reason", "#ref": "reference"},
		ExpressionAttributeValues: map[string]types.AttributeValue{":state": s(state), ":reason": s(o.Reason), ":ref": s(o.Reference), ":now": n(now.Unix()), ":claimed": s(contactClaimed)},
	})
	if isConditionFailed(err) {
		return nil // another worker recorded the outcome first, and counted it
	}
	if err != nil {
		return err
	}
	return st.countOutcome(ctx, c, o)
}

// SuppressContact implements invite.Store: the outcome is put where ClaimContact would put its
// claim, on the same condition, so a contact suppressed before anything was done for it costs one
// write instead of a claim and an update; then it is counted.
func (st *Store) SuppressContact(ctx context.Context, c feedback.Contact, reason string, now time.Time) error {
	item := key(contactPK(c.ContactID), skContact)
	item["state"] = s(contactSuppressed)
	item["reason"] = s(reason)
	item["finishedAt"] = n(now.Unix())
	st.expireInvitationRow(item, now.Add(st.retention.Invitations))
	if err := st.takeContact(ctx, c.ContactID, item, now); err != nil {
		return err
	}
	return st.countOutcome(ctx, c, invite.Outcome{Reason: reason})
}

// countOutcome adds a recorded outcome to the day's counters of the contact's channel and centre.
func (st *Store) countOutcome(ctx context.Context, c feedback.Contact, o invite.Outcome) error {
	counter := "inv_sent"
	if !o.Sent {
		counter = "inv_suppressed_" + o.Reason
	}
	counts := map[string]int64{counter: 1}
	for k, v := range sampling.OutcomeCounts(c.Sample, o.Sent) { // the controller's inputs, in the same write
		counts[k] = v
	}
	if err := st.count(ctx, c.EndedAt, CounterSK(c.Channel, c.Centre.Kind, c.Centre.ID, c.Centre.District, ""), counts); err != nil {
		// The outcome is recorded, so a retry would not count again: log-worthy, not retry-worthy.
		return fmt.Errorf("%w: count outcome of contact %s: %v", errCountLost, c.ContactID, err) //nolint:errorlint // errCountLost is the error callers match: the cause is text only, so nothing retries a lost count
	}
	return nil
}

// errCountLost marks a statistics write that failed after the fact it counts was recorded.
var errCountLost = errors.New("statistics count lost")

// Invitation implements feedback.InvitationStore.
func (st *Store) Invitation(ctx context.Context, tokenHash string) (feedback.Invitation, error) {
	var inv feedback.Invitation
	got, err := st.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(st.table), Key: key(tokenPK(tokenHash), skToken), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return inv, err
	}
	if got.Item == nil {
		return inv, feedback.ErrNotFound
	}
	if err := attributevalue.UnmarshalMap(got.Item, &inv); err != nil {
		return inv, fmt.Errorf("unmarshal invitation: %w", err)
	}
	return inv, nil
}

// MarkUsed implements feedback.InvitationStore.
func (st *Store) MarkUsed(ctx context.Context, tokenHash string, at time.Time) error {
	v, err := attributevalue.Marshal(at)
	if err != nil {
		return err
	}
	_, err = st.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(tokenPK(tokenHash), skToken),
		UpdateExpression:          aws.String("SET usedAt = :at"),
		ConditionExpression:       aws.String("attribute_exists(PK) AND attribute_not_exists(usedAt)"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":at": v},
	})
	if isConditionFailed(err) {
		return feedback.ErrGone
	}
	return err
}

// SaveFeedback stores a classified item once, its "created" history event, and counts it in the
// daily counters. A second save of the same reference (redelivery, duplicate message, resubmission)
// stores nothing new and returns created=false.
//
// No transaction: the item is put on condition that the reference is new; then the "created" event,
// whose key is derived from the submission, is put on condition that it does not exist yet, and the
// attempt that creates it is the one that counts the reply (one counter row, retried until the
// function's deadline). A redelivery after a crash between the two puts finds the item stored and
// the event missing: it writes the event and counts what is stored. A reply is therefore stored
// exactly once and counted at most once: its count is lost only if the function dies, or DynamoDB
// refuses for longer than the deadline, between the event and the counter (logged with the
// reference). A transaction would make the count exact too, but bills every item twice, and the
// emulator's transactions copy the whole table, which made the local stack crawl under load.
func (st *Store) SaveFeedback(ctx context.Context, it feedback.Item) (created bool, err error) {
	av, err := st.itemAttributes(it)
	if err != nil {
		return false, err
	}
	_, err = st.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(st.table), Item: av, ConditionExpression: aws.String("attribute_not_exists(PK)")})
	switch {
	case err == nil:
		created = true
	case isConditionFailed(err):
		// Stored before: what follows uses the stored item, whatever this attempt classified.
		if it, err = st.FeedbackItem(ctx, it.ID); err != nil {
			return false, err
		}
	default:
		return false, fmt.Errorf("save feedback %s: %w", it.ID, err)
	}
	hist, err := attributevalue.MarshalMap(feedback.HistoryEvent{At: it.CreatedAt, Actor: "system", Type: "created", To: feedback.StatusNew})
	if err != nil {
		return created, fmt.Errorf("marshal history: %w", err)
	}
	for k, v := range key(FeedbackPK(it.ID), HistorySK(it.SubmittedAt, 0)) { // same key on every attempt
		hist[k] = v
	}
	hist[expiresAttr] = ttl(it.CreatedAt.Add(st.retention.Feedback))
	_, err = st.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(st.table), Item: hist, ConditionExpression: aws.String("attribute_not_exists(PK)")})
	if isConditionFailed(err) {
		return created, nil // an earlier or concurrent attempt wrote the event: the counting is its
	}
	if err != nil {
		return created, fmt.Errorf("history of feedback %s: %w", it.ID, err)
	}
	if err := st.count(ctx, it.SubmittedAt, replyCounterSK(it), replyCounts(it)); err != nil {
		return created, fmt.Errorf("%w: feedback %s: %v", errCountLost, it.ID, err) //nolint:errorlint // errCountLost is the error callers match: the cause is text only, so nothing retries a lost count
	}
	return created, nil
}

// replyCounterSK is the counter row a reply is counted in: its submission day's row of its
// channel, centre and category.
func replyCounterSK(it feedback.Item) string {
	return CounterSK(it.Channel, it.CentreKind, it.CentreID, it.District, it.Category)
}

// replyCounts is what one stored reply adds to its counter row (SaveFeedback) and what a recount
// adds up (Recount): one definition, so the two cannot drift.
func replyCounts(it feedback.Item) map[string]int64 {
	counts := map[string]int64{"count": 1, "ratingSum": int64(it.Rating), "ratingSqSum": int64(it.Rating * it.Rating),
		"cat_" + it.Category: 1, "inv_answered": 1}
	if it.Urgent {
		counts["urgent"] = 1
	}
	if it.Conduct {
		counts["conduct"] = 1
	}
	for k, v := range sampling.ReplyCounts(it.Sample, it.Rating) { // the weighted statistics' sums, same write
		counts[k] = v
	}
	return counts
}

// count adds counts to one counter row of a day, retrying (beyond the SDK's own retries) with
// backoff until it succeeds or ctx ends: the fact it counts is recorded already, so giving up loses
// the count.
func (st *Store) count(ctx context.Context, day time.Time, sk string, counts map[string]int64) error {
	names := map[string]string{}
	vals := map[string]types.AttributeValue{}
	var adds []string
	for name, v := range counts {
		i := len(adds)
		adds = append(adds, fmt.Sprintf("#c%d :c%d", i, i))
		names[fmt.Sprintf("#c%d", i)] = name
		vals[fmt.Sprintf(":c%d", i)] = n(v)
	}
	in := &dynamodb.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(StatsPK(day), sk),
		UpdateExpression: aws.String("ADD " + strings.Join(adds, ", ")), ExpressionAttributeNames: names, ExpressionAttributeValues: vals,
	}
	wait := 100 * time.Millisecond
	for {
		_, err := st.db.UpdateItem(ctx, in)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, 2*time.Second)
	}
}

func (st *Store) exists(ctx context.Context, pk, sk string) (bool, error) {
	got, err := st.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(st.table), Key: key(pk, sk), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return false, err
	}
	return got.Item != nil, nil
}

// ItemAttributes is the stored form of a feedback item with its key and index attributes.
func (st *Store) itemAttributes(it feedback.Item) (map[string]types.AttributeValue, error) {
	av, err := attributevalue.MarshalMap(it)
	if err != nil {
		return nil, fmt.Errorf("marshal feedback %s: %w", it.ID, err)
	}
	for k, v := range key(FeedbackPK(it.ID), skItem) {
		av[k] = v
	}
	av["gsiAll"] = s(gsiAllValue)
	av["created"] = s(CreatedKey(it.CreatedAt, it.ID))
	av["urgency"] = s(UrgencyKey(it.Priority, it.DueAt, it.CreatedAt, it.ID))
	av[expiresAttr] = ttl(it.CreatedAt.Add(st.retention.Feedback))
	if it.HoldsPersonalData() {
		av[retainTextAttr] = s(retainTextValue) // sparse index byTextRetention: retention finds it
	}
	if it.Assignee == "" {
		delete(av, "assignee") // sparse index: only assigned items are in byAssignee
	}
	return av, nil
}

// Alerted reports whether the urgent alert of a reference was published.
func (st *Store) Alerted(ctx context.Context, reference string) (bool, error) {
	got, err := st.db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String(st.table), Key: key(FeedbackPK(reference), skItem), ConsistentRead: aws.Bool(true),
		ProjectionExpression: aws.String("alertedAt"),
	})
	if err != nil {
		return false, err
	}
	_, ok := got.Item["alertedAt"]
	return ok, nil
}

// MarkAlerted records that the urgent alert of a reference was published.
func (st *Store) MarkAlerted(ctx context.Context, reference string, at time.Time) error {
	_, err := st.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(FeedbackPK(reference), skItem),
		UpdateExpression:          aws.String("SET alertedAt = :at"),
		ConditionExpression:       aws.String("attribute_exists(PK)"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":at": s(at.UTC().Format(time.RFC3339))},
	})
	return err
}

// FeedbackRecord is a feedback item as SaveFeedback stores it (its keys and index attributes), for
// bulk loads by tests and tools (BatchWriteItem); it writes nothing, and a bulk load has neither
// history nor counters.
func (st *Store) FeedbackRecord(it feedback.Item) (map[string]types.AttributeValue, error) {
	return st.itemAttributes(it)
}
