package dynamo

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"time"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/expression"
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/sampling"
)

// API is the part of the DynamoDB client the store uses.
type API interface {
	GetItem(ctx context.Context, in *dynamocall.GetItemInput) (*dynamocall.GetItemOutput, error)
	PutItem(ctx context.Context, in *dynamocall.PutItemInput) (*dynamocall.PutItemOutput, error)
	UpdateItem(ctx context.Context, in *dynamocall.UpdateItemInput) (*dynamocall.UpdateItemOutput, error)
	DeleteItem(ctx context.Context, in *dynamocall.DeleteItemInput) (*dynamocall.DeleteItemOutput, error)
	Query(ctx context.Context, in *dynamocall.QueryInput) (*dynamocall.QueryOutput, error)
	BatchGetItem(ctx context.Context, in *dynamocall.BatchGetItemInput) (*dynamocall.BatchGetItemOutput, error)
	TransactWriteItems(ctx context.Context, in *dynamocall.TransactWriteItemsInput) (*dynamocall.TransactWriteItemsOutput, error)
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

func key(pk, sk string) map[string]dynamocall.AttributeValue {
	return map[string]dynamocall.AttributeValue{attrPK: &dynamocall.AttributeValueMemberS{Value: pk}, attrSK: &dynamocall.AttributeValueMemberS{Value: sk}}
}

func s(v string) dynamocall.AttributeValue { return &dynamocall.AttributeValueMemberS{Value: v} }
func n(v int64) dynamocall.AttributeValue {
	return &dynamocall.AttributeValueMemberN{Value: strconv.FormatInt(v, 10)}
}
func ttl(t time.Time) dynamocall.AttributeValue { return n(t.Unix()) }

func isConditionFailed(err error) bool {
	var cf *dynamocall.ConditionalCheckFailedException
	return errors.As(err, &cf)
}

// contactSuppressed is the state of a contact's outcome row (only suppressed contacts have one).
const contactSuppressed = "suppressed"

// CheckContact implements invite.Store: one read of the contact's outcome row (only suppressed
// contacts have one).
func (st *Store) CheckContact(ctx context.Context, contactID string) error {
	done, err := st.exists(ctx, contactPK(contactID), skContact)
	if err != nil {
		return err
	}
	if done {
		return invite.ErrAlreadyDone
	}
	return nil
}

// ContactOutcome tells what became of a contact: "sent", "suppressed:<reason>", or "" while it has
// no outcome (not processed yet, or its reservation's lease runs without an invitation). A sent
// contact is found through its number's reservation (phoneHash), as invite finds it.
func (st *Store) ContactOutcome(ctx context.Context, contactID, phoneHash string) (string, error) {
	got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(contactPK(contactID), skContact), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return "", err
	}
	if got.Item != nil {
		return strAttr(got.Item["state"]) + ":" + strAttr(got.Item["reason"]), nil
	}
	if phoneHash == "" {
		return "", nil
	}
	ph, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(phonePK(phoneHash), skPhone), ConsistentRead: aws.Bool(true)})
	if err != nil || strAttr(ph.Item["lastContact"]) != contactID {
		return "", err
	}
	inv, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(FeedbackPK(strAttr(ph.Item["lastRef"])), skItem), ConsistentRead: aws.Bool(true)})
	if err != nil || strAttr(inv.Item["contactId"]) != contactID {
		return "", err
	}
	return "sent", nil
}

// PhoneState implements invite.Store: one strongly consistent query of the number's partition
// (its frequency row, safety-list entry and opt-out).
func (st *Store) PhoneState(ctx context.Context, phoneHash string, now time.Time) (invite.PhoneState, error) {
	rows, err := st.phoneRows(ctx, phoneHash)
	if err != nil {
		return invite.PhoneState{}, err
	}
	return phoneState(phoneHash, rows, now), nil
}

// MigratePhone implements invite.Store, for a number's hash under a previous phone-hash key: one
// strongly consistent query of that partition (as PhoneState), then, for each row found, one
// conditional write under newHash with the row's original values — the safety-list entry if in
// force (AddToSafetyList: an entry under newHash that runs longer is kept), the opt-out (OptOut: an
// opt-out under newHash keeps its time) and the frequency row whole (invitation time, the claim,
// expiry; kept when newHash's records a later invitation). An empty partition costs the read only.
// The rows under oldHash stay: they expire, or a lift removes them under every key (shared/triage).
func (st *Store) MigratePhone(ctx context.Context, oldHash, newHash string, now time.Time) (invite.PhoneState, error) {
	rows, err := st.phoneRows(ctx, oldHash)
	if err != nil {
		return invite.PhoneState{}, err
	}
	for _, row := range rows {
		switch strAttr(row[attrSK]) {
		case skSafety:
			if e := safetyEntry(newHash, row); e.Active(now) {
				err = st.AddToSafetyList(ctx, e)
			}
		case skOptOut:
			at, _ := time.Parse(time.RFC3339Nano, strAttr(row["optedOutAt"]))
			err = st.OptOut(ctx, newHash, at)
		case skPhone:
			err = st.copyFrequencyRow(ctx, row, newHash)
		}
		if err != nil {
			return invite.PhoneState{}, fmt.Errorf("move phone %s row to the current key: %w", strAttr(row[attrSK]), err)
		}
	}
	return phoneState(oldHash, rows, now), nil
}

// copyFrequencyRow puts a number's frequency row (lastInvitedAt, the claim, expiresAt) under
// newHash, unless the row there records an invitation at the same time or later.
func (st *Store) copyFrequencyRow(ctx context.Context, row map[string]dynamocall.AttributeValue, newHash string) error {
	invited, ok := row["lastInvitedAt"]
	if !ok {
		return nil // a row without an invitation time keeps nobody out
	}
	item := make(map[string]dynamocall.AttributeValue, len(row))
	for k, v := range row {
		item[k] = v
	}
	for k, v := range key(phonePK(newHash), skPhone) {
		item[k] = v
	}
	older, err := onlyIf(expression.AttributeNotExists(expression.Name("lastInvitedAt")).
		Or(expression.Name("lastInvitedAt").LessThan(expression.Value(invited))), "move frequency row")
	if err != nil {
		return err
	}
	_, err = st.db.PutItem(ctx, &dynamocall.PutItemInput{TableName: aws.String(st.table), Item: item,
		ConditionExpression: older.Condition(), ExpressionAttributeNames: older.Names(), ExpressionAttributeValues: older.Values()})
	if isConditionFailed(err) {
		return nil
	}
	return err
}

// phoneRows reads a number's partition (frequency row, safety-list entry, opt-out), strongly
// consistent.
func (st *Store) phoneRows(ctx context.Context, phoneHash string) ([]map[string]dynamocall.AttributeValue, error) {
	expr, err := build(expression.NewBuilder().WithKeyCondition(partitionIs(phonePK(phoneHash))), "read phone state")
	if err != nil {
		return nil, err
	}
	out, err := st.db.Query(ctx, &dynamocall.QueryInput{
		TableName: aws.String(st.table), KeyConditionExpression: expr.KeyCondition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(), ConsistentRead: aws.Bool(true),
	})
	if err != nil {
		return nil, fmt.Errorf("read phone %s: %w", "state", err)
	}
	return out.Items, nil
}

// phoneState is what a number's rows say at now.
func phoneState(phoneHash string, rows []map[string]dynamocall.AttributeValue, now time.Time) invite.PhoneState {
	var ps invite.PhoneState
	for _, row := range rows {
		switch strAttr(row[attrSK]) {
		case skPhone:
			ps.LastContact = strAttr(row["lastContact"])
		case skSafety:
			ps.SafetyListed = safetyEntry(phoneHash, row).Active(now)
		case skOptOut:
			ps.OptedOut = true
		}
	}
	return ps
}

// OptedOut reports whether the phone hash asked for no more SMS.
func (st *Store) OptedOut(ctx context.Context, phoneHash string) (bool, error) {
	return st.exists(ctx, phonePK(phoneHash), skOptOut)
}

// OptOut implements feedback.InvitationStore: the phone hash goes on the opt-out list, a row of
// its own without expiry (the frequency row beside it expires; the wish not to be texted does not).
// Putting it again keeps the first time.
func (st *Store) OptOut(ctx context.Context, phoneHash string, at time.Time) error {
	item := key(phonePK(phoneHash), skOptOut)
	item["optedOutAt"] = s(at.UTC().Format(time.RFC3339Nano))
	if err := st.putNew(ctx, item, "opt out"); !isConditionFailed(err) {
		return err
	}
	return nil
}

// ReservePhone implements invite.Store. The number's frequency row is also the contact's claim:
// it names the contact, the reference of its invitation and the lease. A fresh reservation is one
// conditional write. When it fails, the row tells why: another contact within the window
// (feedback.ErrConflict), or this contact before — done when its invitation exists, busy while the
// lease runs, else taken again (a conditional write on the lease read).
func (st *Store) ReservePhone(ctx context.Context, phoneHash, contactID, reference string, now, cutoff time.Time, lease time.Duration) error {
	window := now.Sub(cutoff)
	fresh, err := build(expression.NewBuilder().
		WithUpdate(expression.Set(expression.Name("lastInvitedAt"), expression.Value(now.Unix())).
			Set(expression.Name("lastContact"), expression.Value(contactID)).
			Set(expression.Name("lastRef"), expression.Value(reference)).
			Set(expression.Name("leaseUntil"), expression.Value(now.Add(lease).UnixMilli())).
			Set(expression.Name(expiresAttr), expression.Value(ttl(now.Add(window+24*time.Hour))))).
		WithCondition(expression.AttributeNotExists(expression.Name("lastInvitedAt")).
			Or(expression.Name("lastInvitedAt").LessThan(expression.Value(cutoff.Unix())))), "reserve phone")
	if err != nil {
		return err
	}
	_, err = st.db.UpdateItem(ctx, &dynamocall.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(phonePK(phoneHash), skPhone),
		UpdateExpression: fresh.Update(), ConditionExpression: fresh.Condition(),
		ExpressionAttributeNames: fresh.Names(), ExpressionAttributeValues: fresh.Values(),
	})
	if !isConditionFailed(err) {
		return err
	}
	got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(phonePK(phoneHash), skPhone), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return err
	}
	if strAttr(got.Item["lastContact"]) != contactID {
		return feedback.ErrConflict
	}
	last := strAttr(got.Item["lastRef"])
	proj, err := build(expression.NewBuilder().WithProjection(expression.NamesList(expression.Name("contactId"))), "reserve phone")
	if err != nil {
		return err
	}
	inv, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(FeedbackPK(last), skItem), ConsistentRead: aws.Bool(true),
		ProjectionExpression: proj.Projection(), ExpressionAttributeNames: proj.Names()})
	if err != nil {
		return err
	}
	if last != "" && strAttr(inv.Item["contactId"]) == contactID {
		return invite.ErrAlreadyDone
	}
	leaseUntil, ok := got.Item["leaseUntil"].(*dynamocall.AttributeValueMemberN)
	if !ok {
		return invite.ErrBusy
	}
	if held, _ := strconv.ParseInt(leaseUntil.Value, 10, 64); held >= now.UnixMilli() {
		return invite.ErrBusy
	}
	retake, err := build(expression.NewBuilder().
		WithUpdate(expression.Set(expression.Name("lastRef"), expression.Value(reference)).
			Set(expression.Name("leaseUntil"), expression.Value(now.Add(lease).UnixMilli()))).
		WithCondition(attrIs("lastContact", contactID).And(attrIs("leaseUntil", leaseUntil))), "reserve phone")
	if err != nil {
		return err
	}
	_, err = st.db.UpdateItem(ctx, &dynamocall.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(phonePK(phoneHash), skPhone),
		UpdateExpression: retake.Update(), ConditionExpression: retake.Condition(),
		ExpressionAttributeNames: retake.Names(), ExpressionAttributeValues: retake.Values(),
	})
	if isConditionFailed(err) {
		return invite.ErrBusy
	}
	return err
}

// CancelInvitation implements invite.Store: the invitation of an SMS that was not sent is deleted
// (unless a reply is stored on it, which cannot be before the SMS).
func (st *Store) CancelInvitation(ctx context.Context, inv feedback.Invitation) error {
	unanswered, err := onlyIf(expression.AttributeNotExists(expression.Name("id")), "cancel invitation")
	if err != nil {
		return err
	}
	_, err = st.db.DeleteItem(ctx, &dynamocall.DeleteItemInput{TableName: aws.String(st.table), Key: key(FeedbackPK(inv.Reference), skItem),
		ConditionExpression: unanswered.Condition(), ExpressionAttributeNames: unanswered.Names()})
	if isConditionFailed(err) {
		return nil
	}
	return err
}

// CreateInvitation implements invite.Store: one conditional put of the invitation under its
// reference's key (FB#<reference>/ITEM), where the reply will be stored. The item is at once the
// reference claim (no invitation or reply has that reference yet) and the link token (found from
// the token by feedback.ReferenceOf), so an invitation is one write; the reply later completes the
// same item (SaveFeedback). Its byPurgeDay entry stays after the reply: the retention function then
// removes the invitation's data from the answered item, or the unanswered item with its contact and
// phone rows.
func (st *Store) CreateInvitation(ctx context.Context, inv feedback.Invitation) error {
	if inv.Reference != feedback.ReferenceOf(inv.TokenHash) {
		return fmt.Errorf("invitation %s: the reference is not the token's (feedback.ReferenceOf)", inv.Reference)
	}
	item, err := encodeInvitation(inv)
	if err != nil {
		return err
	}
	for k, v := range key(FeedbackPK(inv.Reference), skItem) {
		item[k] = v
	}
	st.expireInvitationRow(item, inv.ExpiresAt.Add(st.retention.Invitations))
	err = st.putNew(ctx, item, "create invitation")
	if isConditionFailed(err) {
		return fmt.Errorf("%w: reference %s taken", feedback.ErrConflict, inv.Reference)
	}
	return err
}

// FinishContact implements invite.Store: a sent invitation is counted in the day's counter row of
// its channel and centre. It writes no outcome row: the invitation's item is the record (found
// through the phone number's reservation by a redelivery). The count is at most once: a crash
// before it loses it, and a redelivery finds the contact done and counts nothing.
func (st *Store) FinishContact(ctx context.Context, c feedback.Contact, o invite.Outcome, _ time.Time) error {
	return st.countOutcome(ctx, c, o)
}

// SuppressContact implements invite.Store: the outcome is put once (conditional), with its
// byPurgeDay entry, then counted.
func (st *Store) SuppressContact(ctx context.Context, c feedback.Contact, reason string, now time.Time) error {
	item := key(contactPK(c.ContactID), skContact)
	item["state"] = s(contactSuppressed)
	item["reason"] = s(reason)
	item["finishedAt"] = n(now.Unix())
	st.expireInvitationRow(item, now.Add(st.retention.Invitations))
	err := st.putNew(ctx, item, "suppress contact")
	if isConditionFailed(err) {
		return invite.ErrAlreadyDone
	}
	if err != nil {
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
	// The outcome is recorded, so a retry would not count again: a lost count is log-worthy, not
	// retry-worthy.
	return st.count(ctx, c.EndedAt, CounterSK(c.Channel, c.Centre.Kind, c.Centre.ID, c.Centre.District, ""), counts, "contact "+c.ContactID)
}

// Invitation implements feedback.InvitationStore: the item under the token's reference, when it
// holds this token (answered or not).
func (st *Store) Invitation(ctx context.Context, tokenHash string) (feedback.Invitation, error) {
	var inv feedback.Invitation
	ref := feedback.ReferenceOf(tokenHash)
	got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(FeedbackPK(ref), skItem), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return inv, err
	}
	if storedHash(got.Item[storedTokenHash]) != tokenHash || tokenHash == "" {
		return inv, feedback.ErrNotFound
	}
	return decodeInvitation(got.Item, ref)
}

// MarkUsed implements feedback.InvitationStore: a conditional update of the invitation's item.
func (st *Store) MarkUsed(ctx context.Context, tokenHash string, at time.Time) error {
	hashBytes, err := hex.DecodeString(tokenHash)
	if err != nil {
		return feedback.ErrNotFound
	}
	expr, err := build(expression.NewBuilder().WithUpdate(expression.Set(expression.Name("usedAt"), expression.Value(at))).
		WithCondition(attrIs(storedTokenHash, hashBytes).And(
			expression.AttributeNotExists(expression.Name("usedAt")),
			expression.AttributeNotExists(expression.Name("id")))), "mark link used")
	if err != nil {
		return err
	}
	_, err = st.db.UpdateItem(ctx, &dynamocall.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(FeedbackPK(feedback.ReferenceOf(tokenHash)), skItem),
		UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	})
	if isConditionFailed(err) {
		return feedback.ErrGone
	}
	return err
}

// SaveFeedback stores a classified item once and counts it in the daily counters. A second save of
// the same reference (redelivery, duplicate message, resubmission) stores nothing and counts
// nothing, and returns created=false.
//
// One conditional write: the item, on condition that no reply has that reference yet. The attempt
// whose write succeeds is the one that counts the reply (one counter row, retried until the
// function's deadline; in classify, gathered with the batch's other replies and written once per
// row when the batch ends: BatchCounters). So a reply is stored exactly once and counted at most
// once: its count is lost only if the function dies, or DynamoDB refuses for longer than the
// deadline, between the write and the counter (logged with the reference; `make recount` rebuilds
// the day's counters from the stored items). The item's "created" history event is not stored: FeedbackHistory derives it
// from the item, so a reply costs no history write. A transaction would make the count exact too,
// but bills every item twice.
//
// An update, not a put: the item holds the reply's invitation (CreateInvitation), which stays (the
// link's later uses — opting out, withdrawing — still find it) until the invitation's retention
// ends; the item's expiry becomes the reply's.
func (st *Store) SaveFeedback(ctx context.Context, it feedback.Item) (created bool, err error) {
	av, err := st.itemAttributes(it)
	if err != nil {
		return false, err
	}
	var upd expression.UpdateBuilder
	for _, name := range sortedKeys(av, nil) {
		if name == attrPK || name == attrSK {
			continue
		}
		upd = upd.Set(expression.Name(name), expression.Value(av[name]))
	}
	for _, name := range restatedByReply {
		upd = upd.Remove(expression.Name(name))
	}
	expr, err := expression.NewBuilder().WithUpdate(upd).
		WithCondition(expression.AttributeNotExists(expression.Name("id"))).Build()
	if err != nil {
		return false, fmt.Errorf("save feedback %s: %w", it.ID, err)
	}
	_, err = st.db.UpdateItem(ctx, &dynamocall.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(FeedbackPK(it.ID), skItem),
		UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	})
	switch {
	case isConditionFailed(err):
		return false, nil // stored before: the attempt that stored it counted it (or lost the count with it)
	case err != nil:
		return false, fmt.Errorf("save feedback %s: %w", it.ID, err)
	}
	return true, st.count(ctx, it.SubmittedAt, replyCounterSK(it), replyCounts(it), "feedback "+it.ID)
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

func (st *Store) exists(ctx context.Context, pk, sk string) (bool, error) {
	got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(pk, sk), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return false, err
	}
	return got.Item != nil, nil
}

// ItemAttributes is the stored form of a feedback item with its key and index attributes.
func (st *Store) itemAttributes(it feedback.Item) (map[string]dynamocall.AttributeValue, error) {
	av, err := encodeItem(it)
	if err != nil {
		return nil, err
	}
	for k, v := range key(FeedbackPK(it.ID), skItem) {
		av[k] = v
	}
	av["gsiAll"] = s(listPartition(it))
	av["created"] = s(CreatedKey(it.CreatedAt, it.ID))
	if !it.Open() { // sparse: byUrgency holds the closed items (the open ones are sorted from byCreated)
		av["urgency"] = s(UrgencyKey(it.Priority, it.DueAt, it.CreatedAt, it.ID))
	}
	av[expiresAttr] = ttl(it.CreatedAt.Add(st.retention.Feedback))
	if retentionMayAnonymise(it) {
		av[retainTextAttr] = s(retainTextValue) // sparse index byTextRetention: retention finds it
	}
	if it.Assignee == "" {
		delete(av, "assignee") // sparse index: only assigned items are in byAssignee
	}
	return av, nil
}

// retentionMayAnonymise reports whether an item belongs in byTextRetention: it holds personal
// data, and it is closed or withdrawn (an open item is kept by retention anyway, so a new reply
// does not enter the index; the update that closes it puts it there).
func retentionMayAnonymise(it feedback.Item) bool {
	return it.HoldsPersonalData() && it.AnonymisedAt == nil && (!it.Open() || it.Withdrawn())
}

// Alerted reports whether the urgent alert of a reference was published.
func (st *Store) Alerted(ctx context.Context, reference string) (bool, error) {
	proj, err := build(expression.NewBuilder().WithProjection(expression.NamesList(expression.Name("alertedAt"))), "alerted")
	if err != nil {
		return false, err
	}
	got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{
		TableName: aws.String(st.table), Key: key(FeedbackPK(reference), skItem), ConsistentRead: aws.Bool(true),
		ProjectionExpression: proj.Projection(), ExpressionAttributeNames: proj.Names(),
	})
	if err != nil {
		return false, err
	}
	_, ok := got.Item["alertedAt"]
	return ok, nil
}

// MarkAlerted records that the urgent alert of a reference was published.
func (st *Store) MarkAlerted(ctx context.Context, reference string, at time.Time) error {
	expr, err := build(expression.NewBuilder().WithUpdate(expression.Set(expression.Name("alertedAt"), expression.Value(at.UTC().Format(time.RFC3339)))).
		WithCondition(expression.AttributeExists(expression.Name("id"))), "mark alerted")
	if err != nil {
		return err
	}
	_, err = st.db.UpdateItem(ctx, &dynamocall.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(FeedbackPK(reference), skItem),
		UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	})
	return err
}

// FeedbackRecord is a feedback item as SaveFeedback stores it (its keys and index attributes), for
// bulk loads by tests and tools (BatchWriteItem); it writes nothing, and a bulk load has neither
// history nor counters.
func (st *Store) FeedbackRecord(it feedback.Item) (map[string]dynamocall.AttributeValue, error) {
	return st.itemAttributes(it)
}
