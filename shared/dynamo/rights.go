package dynamo

// The citizen's rights and the data's lifetime (issue 12): withdrawal, legal hold, anonymising
// feedback in place, and the retention function's queries and deletes. Every list here is a Query
// on a sparse keys-only index (byTextRetention, byPurgeDay), never a Scan.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/expression"
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/retention"
)

var _ retention.Store = (*Store)(nil)

// expireInvitationRow gives a row of the invitation class (contact outcome, link token) its TTL and
// its purge day, under which the retention function finds it once its period has ended.
func (st *Store) expireInvitationRow(item map[string]dynamocall.AttributeValue, until time.Time) {
	item[expiresAttr] = ttl(until)
	item[purgeDayAttr] = s(until.UTC().Format(time.DateOnly))
}

// Withdraw implements feedback.InvitationStore. The withdrawal is first recorded on the
// reference's item, which holds the invitation from the SMS on, so a reply still on the intake
// queue is withdrawn too: intake settles it when it stores the item (SettleWithdrawal). Then the
// stored reply, if any, is erased. A second withdrawal changes nothing and returns feedback.ErrGone;
// it does finish an erasure a crash cut short.
func (st *Store) Withdraw(ctx context.Context, reference string, at time.Time) error {
	expr, err := build(expression.NewBuilder().WithUpdate(expression.Set(expression.Name(withdrawRequestAttr), expression.Value(at.UTC()))).
		WithCondition(rowPresent().And(expression.AttributeNotExists(expression.Name(withdrawRequestAttr)))), "withdraw "+reference)
	if err != nil {
		return err
	}
	_, err = st.db.UpdateItem(ctx, &dynamocall.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(FeedbackPK(reference), skItem),
		UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	})
	before := false
	switch {
	case isConditionFailed(err):
		ok, gerr := st.exists(ctx, FeedbackPK(reference), skItem)
		if gerr != nil {
			return gerr
		}
		if !ok {
			return fmt.Errorf("reference %s: %w", reference, feedback.ErrNotFound)
		}
		before = true
	case err != nil:
		return fmt.Errorf("withdraw %s: %w", reference, err)
	}
	if _, err := st.SettleWithdrawal(ctx, reference); err != nil {
		return err
	}
	if before {
		return fmt.Errorf("reply %s was withdrawn before: %w", reference, feedback.ErrGone)
	}
	return nil
}

// withdrawRequestAttr marks the reference's item as withdrawn by the citizen, from the moment they
// asked (the reply's own withdrawnAt is set when it is erased).
const withdrawRequestAttr = "withdrawRequestedAt"

// SettleWithdrawal implements intake.Store: when the reference was withdrawn, the stored item is
// erased (once) and withdrawn is true.
func (st *Store) SettleWithdrawal(ctx context.Context, reference string) (withdrawn bool, err error) {
	proj, err := build(expression.NewBuilder().WithProjection(expression.NamesList(expression.Name(withdrawRequestAttr))), "withdrawal of "+reference)
	if err != nil {
		return false, err
	}
	got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(FeedbackPK(reference), skItem),
		ConsistentRead: aws.Bool(true), ProjectionExpression: proj.Projection(), ExpressionAttributeNames: proj.Names()})
	if err != nil {
		return false, fmt.Errorf("withdrawal of %s: %w", reference, err)
	}
	var marker struct {
		WithdrawnAt *time.Time `dynamodbav:"withdrawRequestedAt"`
	}
	if got.Item == nil {
		return false, nil
	}
	if err := dynamocall.UnmarshalMap(got.Item, &marker); err != nil {
		return false, fmt.Errorf("withdrawal of %s: %w", reference, err)
	}
	if marker.WithdrawnAt == nil {
		return false, nil
	}
	at := marker.WithdrawnAt.UTC()
	err = st.erase(ctx, reference, func(it feedback.Item) (feedback.Item, *feedback.HistoryEvent) {
		if it.Withdrawn() {
			return it, nil
		}
		next := feedback.Erase(it, true)
		next.WithdrawnAt = &at
		return next, &feedback.HistoryEvent{At: at, Actor: feedback.ActorCitizen, Type: feedback.EventWithdrawn}
	})
	if errors.Is(err, feedback.ErrNotFound) {
		return true, nil // not stored yet: intake settles it when it stores the reply
	}
	return true, err
}

// AnonymiseFeedback implements retention.Store.
func (st *Store) AnonymiseFeedback(ctx context.Context, reference string, cutoff, now time.Time) (retention.Result, error) {
	result := retention.Anonymised
	err := st.erase(ctx, reference, func(it feedback.Item) (feedback.Item, *feedback.HistoryEvent) {
		switch {
		case it.CreatedAt.After(cutoff):
			result = retention.NotDue
		case it.LegalHold:
			result = retention.KeptLegalHold
		case it.Open():
			result = retention.KeptOpen
		case it.AnonymisedAt != nil:
			result = retention.Anonymised // done before; a crash left the index entry
			return it, nil
		default:
			result = retention.Anonymised
			next := feedback.Erase(it, false)
			at := now.UTC()
			next.AnonymisedAt = &at
			return next, &feedback.HistoryEvent{At: at, Actor: feedback.ActorSystem, Type: feedback.EventAnonymised, Note: "sletteregler: fritekst, kontaktoplysninger og noter slettet"}
		}
		return it, nil
	})
	if errors.Is(err, feedback.ErrNotFound) {
		return retention.Gone, nil
	}
	return result, err
}

// erase applies change to the stored item of reference: when change returns an event, the
// item's notes are erased, then the item's personal fields are replaced by those of the changed
// item and the event appended, in one transaction conditioned on the version read (retried on a
// concurrent staff update, or an event at the same instant). An anonymised item leaves
// byTextRetention; a withdrawn one stays in it, so retention later erases the notes staff may add
// after the withdrawal and marks it anonymised.
// Erasing the notes first makes a crash harmless: the item keeps its index entry and is erased
// again on the next attempt.
func (st *Store) erase(ctx context.Context, reference string, change func(feedback.Item) (feedback.Item, *feedback.HistoryEvent)) error {
	for attempt := 0; ; attempt++ {
		it, err := st.FeedbackItem(ctx, reference)
		if errors.Is(err, feedback.ErrNotFound) {
			return err
		}
		if err != nil {
			return err
		}
		next, ev := change(it)
		if ev == nil {
			if next.AnonymisedAt != nil {
				return st.leaveTextRetention(ctx, it)
			}
			return nil
		}
		if err := st.eraseNotes(ctx, reference); err != nil {
			return err
		}
		err = st.replacePersonal(ctx, it, next, *ev, attempt)
		if errors.Is(err, feedback.ErrConflict) && attempt < 5 {
			continue
		}
		return err
	}
}

// replacePersonal writes the personal fields of next over those of it (version it.Version) and
// appends ev (as the n-th event of its instant), in one transaction.
func (st *Store) replacePersonal(ctx context.Context, it, next feedback.Item, ev feedback.HistoryEvent, nth int) error {
	upd := expression.Set(expression.Name("text"), expression.Value(next.Text)).
		Set(expression.Name("contactId"), expression.Value(next.ContactID)).
		Set(expression.Name("contactOk"), expression.Value(next.ContactOK)).
		Set(expression.Name("version"), expression.Value(it.Version+1)).
		Remove(expression.Name("reasons"))
	for attr, v := range map[string]string{"contact": next.Contact, "takenSeriously": next.TakenSeriously, "waitAcceptable": next.WaitAcceptable} {
		if v == "" {
			upd = upd.Remove(expression.Name(attr))
		} else {
			upd = upd.Set(expression.Name(attr), expression.Value(v))
		}
	}
	for attr, t := range map[string]*time.Time{"withdrawnAt": next.WithdrawnAt, "anonymisedAt": next.AnonymisedAt, "updatedAt": &ev.At} {
		if t != nil {
			upd = upd.Set(expression.Name(attr), expression.Value(t.UTC()))
		}
	}
	if next.AnonymisedAt != nil {
		upd = upd.Remove(expression.Name(retainTextAttr))
	} else {
		// Withdrawn: in byTextRetention from now on, so retention later erases the notes staff
		// may add after the withdrawal and marks the item anonymised.
		upd = upd.Set(expression.Name(retainTextAttr), expression.Value(retainTextValue))
	}
	expr, err := expression.NewBuilder().WithUpdate(upd).WithCondition(versionIs(it.Version)).Build()
	if err != nil {
		return fmt.Errorf("erase %s: %w", it.ID, err)
	}
	put, err := st.historyPut(it, ev, nth)
	if err != nil {
		return err
	}
	_, err = st.db.TransactWriteItems(ctx, &dynamocall.TransactWriteItemsInput{TransactItems: []dynamocall.TransactWriteItem{
		{Update: &dynamocall.Update{TableName: aws.String(st.table), Key: key(FeedbackPK(it.ID), skItem),
			UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
			ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values()}},
		{Put: put},
	}})
	var tc *dynamocall.TransactionCanceledException
	if errors.As(err, &tc) {
		return fmt.Errorf("erase %s: changed meanwhile: %w", it.ID, feedback.ErrConflict)
	}
	if err != nil {
		return fmt.Errorf("erase %s: %w", it.ID, err)
	}
	return nil
}

// leaveTextRetention takes an item whose personal data is gone out of byTextRetention.
func (st *Store) leaveTextRetention(ctx context.Context, it feedback.Item) error {
	expr, err := build(expression.NewBuilder().WithUpdate(expression.Remove(expression.Name(retainTextAttr))).WithCondition(rowPresent()),
		"leave text retention "+it.ID)
	if err != nil {
		return err
	}
	_, err = st.db.UpdateItem(ctx, &dynamocall.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(FeedbackPK(it.ID), skItem),
		UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(), ExpressionAttributeNames: expr.Names(),
	})
	if isConditionFailed(err) {
		return nil
	}
	return err
}

// eraseNotes blanks the text of an item's note events; the events (who, when) stay.
func (st *Store) eraseNotes(ctx context.Context, reference string) error {
	notes, err := build(expression.NewBuilder().
		WithKeyCondition(partitionIs(FeedbackPK(reference)).And(expression.Key(attrSK).BeginsWith(skHistoryPrefix))).
		WithFilter(attrIs("type", "note").And(expression.AttributeExists(expression.Name("note")))), "notes of "+reference)
	if err != nil {
		return err
	}
	blank, err := build(expression.NewBuilder().
		WithUpdate(expression.Remove(expression.Name("note")).Set(expression.Name("erased"), expression.Value(true))).
		WithCondition(rowPresent()), "erase notes of "+reference)
	if err != nil {
		return err
	}
	in := &dynamocall.QueryInput{
		TableName: aws.String(st.table), KeyConditionExpression: notes.KeyCondition(), FilterExpression: notes.Filter(),
		ExpressionAttributeNames: notes.Names(), ExpressionAttributeValues: notes.Values(), ConsistentRead: aws.Bool(true),
	}
	for {
		out, err := st.db.Query(ctx, in)
		if err != nil {
			return fmt.Errorf("notes of %s: %w", reference, err)
		}
		for _, raw := range out.Items {
			_, err := st.db.UpdateItem(ctx, &dynamocall.UpdateItemInput{
				TableName: aws.String(st.table), Key: map[string]dynamocall.AttributeValue{attrPK: raw[attrPK], attrSK: raw[attrSK]},
				UpdateExpression: blank.Update(), ConditionExpression: blank.Condition(),
				ExpressionAttributeNames: blank.Names(), ExpressionAttributeValues: blank.Values(),
			})
			if err != nil && !isConditionFailed(err) {
				return fmt.Errorf("erase a note of %s: %w", reference, err)
			}
		}
		if len(out.LastEvaluatedKey) == 0 {
			return nil
		}
		in.ExclusiveStartKey = out.LastEvaluatedKey
	}
}

// SetLegalHold puts an item on legal hold or releases it (hold false) and records ev (who, when,
// the reason), in one transaction conditioned on it.Version: feedback.ErrConflict when stale.
func (st *Store) SetLegalHold(ctx context.Context, it feedback.Item, hold bool, ev feedback.HistoryEvent) error {
	upd := expression.Set(expression.Name("version"), expression.Value(it.Version+1))
	if hold {
		upd = upd.Set(expression.Name("legalHold"), expression.Value(true)).
			Set(expression.Name("legalHoldReason"), expression.Value(ev.Note))
	} else {
		upd = upd.Remove(expression.Name("legalHold")).Remove(expression.Name("legalHoldReason"))
	}
	expr, err := expression.NewBuilder().WithUpdate(upd).WithCondition(versionIs(it.Version)).Build()
	if err != nil {
		return fmt.Errorf("legal hold %s: %w", it.ID, err)
	}
	put, err := st.historyPut(it, ev, 0)
	if err != nil {
		return err
	}
	_, err = st.db.TransactWriteItems(ctx, &dynamocall.TransactWriteItemsInput{TransactItems: []dynamocall.TransactWriteItem{
		{Update: &dynamocall.Update{TableName: aws.String(st.table), Key: key(FeedbackPK(it.ID), skItem), UpdateExpression: expr.Update(),
			ConditionExpression: expr.Condition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values()}},
		{Put: put},
	}})
	var tc *dynamocall.TransactionCanceledException
	if errors.As(err, &tc) {
		return fmt.Errorf("legal hold of %s: version %d is stale: %w", it.ID, it.Version, feedback.ErrConflict)
	}
	return err
}

// TextRetentionDue implements retention.Store: one page of the references of items that still hold
// personal data and were created before createdBefore, oldest first (byTextRetention).
func (st *Store) TextRetentionDue(ctx context.Context, createdBefore time.Time, cursor string, limit int) ([]string, string, error) {
	expr, err := build(expression.NewBuilder().WithKeyCondition(expression.Key(retainTextAttr).Equal(expression.Value(retainTextValue)).
		And(expression.Key("created").LessThan(expression.Value(CreatedKey(createdBefore, ""))))), "text retention")
	if err != nil {
		return nil, "", err
	}
	in := &dynamocall.QueryInput{
		TableName: aws.String(st.table), IndexName: aws.String("byTextRetention"),
		KeyConditionExpression: expr.KeyCondition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
		Limit: aws.Int32(int32(limit)), //nolint:gosec // G115: a page size the retention run sets (100), far below 2^31
	}
	if in.ExclusiveStartKey, err = decodeRetentionCursor(cursor); err != nil {
		return nil, "", err
	}
	out, err := st.db.Query(ctx, in)
	if err != nil {
		return nil, "", fmt.Errorf("text retention: %w", err)
	}
	refs := make([]string, 0, len(out.Items))
	for _, raw := range out.Items {
		refs = append(refs, trimPrefix(strAttr(raw[attrPK]), "FB#"))
	}
	return refs, encodeRetentionCursor(out.LastEvaluatedKey), nil
}

// InvitationRowsDue implements retention.Store: one page of the invitation rows whose retention
// ends on day (byPurgeDay).
func (st *Store) InvitationRowsDue(ctx context.Context, day time.Time, cursor string) ([]retention.RowKey, string, error) {
	expr, err := build(expression.NewBuilder().WithKeyCondition(expression.Key(purgeDayAttr).Equal(expression.Value(day.UTC().Format(time.DateOnly)))),
		"invitation rows due")
	if err != nil {
		return nil, "", err
	}
	in := &dynamocall.QueryInput{
		TableName: aws.String(st.table), IndexName: aws.String("byPurgeDay"),
		KeyConditionExpression: expr.KeyCondition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	}
	if in.ExclusiveStartKey, err = decodeRetentionCursor(cursor); err != nil {
		return nil, "", err
	}
	out, err := st.db.Query(ctx, in)
	if err != nil {
		return nil, "", fmt.Errorf("invitation rows of %s: %w", day.Format(time.DateOnly), err)
	}
	rows := make([]retention.RowKey, 0, len(out.Items))
	for _, raw := range out.Items {
		rows = append(rows, retention.RowKey{PK: strAttr(raw[attrPK]), SK: strAttr(raw[attrSK])})
	}
	return rows, encodeRetentionCursor(out.LastEvaluatedKey), nil
}

// PurgeInvitationRow implements retention.Store: a suppressed contact's row, or an invitation's
// item together with its contact row and its phone number's frequency row (unless a later contact
// has taken that row over), once its retention has ended. An unanswered invitation's item is
// deleted; an answered one keeps the reply and loses the invitation's data (token, phone hash,
// link times). deleted is false for a row already purged or not yet due.
func (st *Store) PurgeInvitationRow(ctx context.Context, k retention.RowKey, now time.Time) (bool, error) {
	if k.SK == skItem {
		got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(k.PK, k.SK), ConsistentRead: aws.Bool(true)})
		if err != nil {
			return false, fmt.Errorf("read invitation: %w", err)
		}
		day := strAttr(got.Item[purgeDayAttr])
		if got.Item == nil || day == "" || day > now.UTC().Format(time.DateOnly) {
			return false, nil
		}
		if cid := strAttr(got.Item["contactId"]); cid != "" {
			if _, err := st.db.DeleteItem(ctx, &dynamocall.DeleteItemInput{TableName: aws.String(st.table), Key: key(contactPK(cid), skContact)}); err != nil {
				return false, fmt.Errorf("delete contact row: %w", err)
			}
			if ph := storedHash(got.Item[storedPhoneHash]); ph != "" {
				stillMine, err := onlyIf(attrIs("lastContact", cid), "delete phone row") // not once a later contact took the row over
				if err != nil {
					return false, err
				}
				_, err = st.db.DeleteItem(ctx, &dynamocall.DeleteItemInput{TableName: aws.String(st.table), Key: key(phonePK(ph), skPhone),
					ConditionExpression: stillMine.Condition(), ExpressionAttributeNames: stillMine.Names(), ExpressionAttributeValues: stillMine.Values()})
				if err != nil && !isConditionFailed(err) {
					return false, fmt.Errorf("delete phone row: %w", err)
				}
			}
		}
		if _, answered := got.Item["id"]; answered {
			var remove expression.UpdateBuilder
			for _, attr := range invitationOnlyAttrs {
				remove = remove.Remove(expression.Name(attr))
			}
			expr, err := build(expression.NewBuilder().WithUpdate(remove).WithCondition(attrIs(purgeDayAttr, day)), "purge invitation of "+k.PK)
			if err != nil {
				return false, err
			}
			_, err = st.db.UpdateItem(ctx, &dynamocall.UpdateItemInput{TableName: aws.String(st.table), Key: key(k.PK, k.SK),
				UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
				ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values()})
			if isConditionFailed(err) {
				return false, nil
			}
			if err != nil {
				return false, fmt.Errorf("purge invitation of %s: %w", k.PK, err)
			}
			return true, nil
		}
		unanswered, err := onlyIf(expression.AttributeNotExists(expression.Name("id")).And(attrIs(purgeDayAttr, day)), "delete invitation")
		if err != nil {
			return false, err
		}
		_, err = st.db.DeleteItem(ctx, &dynamocall.DeleteItemInput{TableName: aws.String(st.table), Key: key(k.PK, k.SK),
			ConditionExpression: unanswered.Condition(), ExpressionAttributeNames: unanswered.Names(), ExpressionAttributeValues: unanswered.Values()})
		if isConditionFailed(err) {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("delete invitation: %w", err)
		}
		return true, nil
	}
	expired, err := onlyIf(expression.Name(expiresAttr).LessThanEqual(expression.Value(now.Unix())), "delete invitation row")
	if err != nil {
		return false, err
	}
	_, err = st.db.DeleteItem(ctx, &dynamocall.DeleteItemInput{TableName: aws.String(st.table), Key: key(k.PK, k.SK),
		ConditionExpression: expired.Condition(), ExpressionAttributeNames: expired.Names(), ExpressionAttributeValues: expired.Values()})
	if isConditionFailed(err) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("delete invitation row: %w", err)
	}
	return true, nil
}

// InvitationsPurgedThrough implements retention.Store: the last day whose invitation rows were all
// purged (zero before the first run).
func (st *Store) InvitationsPurgedThrough(ctx context.Context) (time.Time, error) {
	got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(retentionPK, skRetention), ConsistentRead: aws.Bool(true)})
	if err != nil || got.Item == nil {
		return time.Time{}, err
	}
	return time.Parse(time.DateOnly, strAttr(got.Item["invitationsPurgedThrough"]))
}

// SetInvitationsPurgedThrough implements retention.Store.
func (st *Store) SetInvitationsPurgedThrough(ctx context.Context, day time.Time) error {
	item := key(retentionPK, skRetention)
	item["invitationsPurgedThrough"] = s(day.UTC().Format(time.DateOnly))
	_, err := st.db.PutItem(ctx, &dynamocall.PutItemInput{TableName: aws.String(st.table), Item: item})
	return err
}

func encodeRetentionCursor(k map[string]dynamocall.AttributeValue) string {
	if len(k) == 0 {
		return ""
	}
	m := map[string]string{}
	for a, v := range k {
		m[a] = strAttr(v)
	}
	b, _ := json.Marshal(m)
	return string(b)
}

func decodeRetentionCursor(c string) (map[string]dynamocall.AttributeValue, error) {
	if c == "" {
		return nil, nil
	}
	var m map[string]string
	if err := json.Unmarshal([]byte(c), &m); err != nil {
		return nil, fmt.Errorf("%w: retention cursor", feedback.ErrInvalid)
	}
	k := map[string]dynamocall.AttributeValue{}
	for a, v := range m {
		k[a] = s(v)
	}
	return k, nil
}

// strAttr is the value of a string attribute, "" for any other.
func strAttr(v dynamocall.AttributeValue) string {
	if sv, ok := v.(*dynamocall.AttributeValueMemberS); ok {
		return sv.Value
	}
	return ""
}

// LiftOptOut removes the opt-out of a phone hash and records the lift (who, when, the citizen's
// consent), in one transaction: an opt-out is never gone without its audit record.
// feedback.ErrNotFound when the number is not opted out.
func (st *Store) LiftOptOut(ctx context.Context, phoneHash string, lift feedback.OptOutLift) (feedback.OptOutLift, error) {
	got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(phonePK(phoneHash), skOptOut), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return lift, fmt.Errorf("read opt-out: %w", err)
	}
	if got.Item == nil {
		return lift, feedback.ErrNotFound
	}
	since := strAttr(got.Item["optedOutAt"])
	lift.OptedOutAt, _ = time.Parse(time.RFC3339Nano, since)
	nonce := feedback.HashToken(phoneHash + lift.LiftedAt.String())[:8]
	audit := key(optOutLiftPK, lift.LiftedAt.UTC().Format(time.RFC3339Nano)+"#"+nonce)
	for k, v := range map[string]dynamocall.AttributeValue{
		"optedOutAt": s(since), "liftedAt": s(lift.LiftedAt.UTC().Format(time.RFC3339Nano)), "liftedBy": s(lift.LiftedBy),
		"liftedBySub": s(lift.LiftedBySub), "consent": s(lift.Consent), "phoneHash": s(phoneHash), expiresAttr: ttl(lift.LiftedAt.Add(st.retention.Feedback)),
	} {
		audit[k] = v
	}
	unchanged, err := onlyIf(attrIs("optedOutAt", since), "lift opt-out")
	if err != nil {
		return lift, err
	}
	fresh, err := onlyIf(rowAbsent(), "lift opt-out")
	if err != nil {
		return lift, err
	}
	_, err = st.db.TransactWriteItems(ctx, &dynamocall.TransactWriteItemsInput{TransactItems: []dynamocall.TransactWriteItem{
		{Delete: &dynamocall.Delete{TableName: aws.String(st.table), Key: key(phonePK(phoneHash), skOptOut),
			ConditionExpression: unchanged.Condition(), ExpressionAttributeNames: unchanged.Names(), ExpressionAttributeValues: unchanged.Values()}},
		{Put: &dynamocall.Put{TableName: aws.String(st.table), Item: audit, ConditionExpression: fresh.Condition(), ExpressionAttributeNames: fresh.Names()}},
	}})
	var tc *dynamocall.TransactionCanceledException
	if errors.As(err, &tc) {
		return lift, fmt.Errorf("opt-out changed while lifting: %w", feedback.ErrConflict)
	}
	if err != nil {
		return lift, fmt.Errorf("lift opt-out: %w", err)
	}
	return lift, nil
}

// OptOutLifts returns the latest opt-out lifts, newest first (one Query on the audit partition).
func (st *Store) OptOutLifts(ctx context.Context) ([]feedback.OptOutLift, error) {
	expr, err := build(expression.NewBuilder().WithKeyCondition(partitionIs(optOutLiftPK)), "opt-out lifts")
	if err != nil {
		return nil, err
	}
	out, err := st.db.Query(ctx, &dynamocall.QueryInput{
		TableName: aws.String(st.table), KeyConditionExpression: expr.KeyCondition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
		ScanIndexForward: aws.Bool(false), Limit: aws.Int32(100),
	})
	if err != nil {
		return nil, fmt.Errorf("read opt-out lifts: %w", err)
	}
	lifts := make([]feedback.OptOutLift, 0, len(out.Items))
	for _, it := range out.Items {
		l := feedback.OptOutLift{LiftedBy: strAttr(it["liftedBy"]), LiftedBySub: strAttr(it["liftedBySub"]), Consent: strAttr(it["consent"])}
		l.OptedOutAt, _ = time.Parse(time.RFC3339Nano, strAttr(it["optedOutAt"]))
		l.LiftedAt, _ = time.Parse(time.RFC3339Nano, strAttr(it["liftedAt"]))
		lifts = append(lifts, l)
	}
	return lifts, nil
}
