package dynamo

// Reminders (shared/reminder): one entry per scheduled reminder in the partition of the hour it is
// due, sorted by its minute; the sweep's checkpoint; and the claim on the link token that lets one
// reminder out.
//
//	REMIND#<yyyy-mm-ddThh>  / <yyyy-mm-ddThh:mm>#<token hash>  a scheduled reminder: number and token sealed
//	REMINDER                / SWEEP                            the sweep's checkpoint (the first hour not yet finished)
//
// The reply path writes none of these: the sweep reads the link token to see whether it was used.

import (
	"context"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/expression"
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/reminder"
	"borgerfeedback/shared/sampling"
)

var _ reminder.Store = (*Store)(nil)

const (
	remindPrefix = "REMIND#"
	reminderPK   = "REMINDER"
	skSweep      = "SWEEP"
	hourLayout   = "2006-01-02T15"
	minuteLayout = "2006-01-02T15:04"
)

func remindPK(t time.Time) string { return remindPrefix + t.UTC().Format(hourLayout) }
func remindSK(e reminder.Entry) string {
	return e.Due.UTC().Format(minuteLayout) + "#" + e.TokenHash
}

// ScheduleReminder implements reminder.Store. The entry expires (TTL) with the link.
func (st *Store) ScheduleReminder(ctx context.Context, e reminder.Entry) error {
	item := key(remindPK(e.Due), remindSK(e))
	item["sealed"] = &dynamocall.AttributeValueMemberB{Value: e.Sealed}
	item["linkExpiresAt"] = n(e.Expires.Unix())
	item[expiresAttr] = ttl(e.Expires)
	_, err := st.db.PutItem(ctx, &dynamocall.PutItemInput{TableName: aws.String(st.table), Item: item})
	return err
}

// DueReminders implements reminder.Store: one key Query on the hour's partition, up to the minute
// of upTo.
func (st *Store) DueReminders(ctx context.Context, hour, upTo time.Time) ([]reminder.Entry, error) {
	var out []reminder.Entry
	expr, err := build(expression.NewBuilder().WithKeyCondition(partitionIs(remindPK(hour)).
		And(expression.Key(attrSK).LessThan(expression.Value(upTo.UTC().Format(minuteLayout)+"$")))), "due reminders")
	if err != nil {
		return nil, err
	}
	in := &dynamocall.QueryInput{
		TableName: aws.String(st.table), KeyConditionExpression: expr.KeyCondition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(), ConsistentRead: aws.Bool(true),
	}
	for {
		page, err := st.db.Query(ctx, in)
		if err != nil {
			return nil, err
		}
		for _, it := range page.Items {
			minute, tokenHash, _ := strings.Cut(str(it[attrSK]), "#")
			due, err := time.Parse(minuteLayout, minute)
			if err != nil {
				return nil, fmt.Errorf("reminder entry %q: %w", str(it[attrSK]), err)
			}
			e := reminder.Entry{Due: due.UTC(), TokenHash: tokenHash}
			if b, ok := it["sealed"].(*dynamocall.AttributeValueMemberB); ok {
				e.Sealed = b.Value
			}
			if v, ok := it["linkExpiresAt"].(*dynamocall.AttributeValueMemberN); ok {
				var sec int64
				_, _ = fmt.Sscan(v.Value, &sec) // a malformed number reads as 0: the link counts as expired
				e.Expires = time.Unix(sec, 0).UTC()
			}
			out = append(out, e)
		}
		if len(page.LastEvaluatedKey) == 0 {
			return out, nil
		}
		in.ExclusiveStartKey = page.LastEvaluatedKey
	}
}

// DropReminder implements reminder.Store: a conditional delete, so only one run learns it dropped it.
func (st *Store) DropReminder(ctx context.Context, e reminder.Entry) (bool, error) {
	expr, err := onlyIf(rowPresent(), "drop reminder")
	if err != nil {
		return false, err
	}
	_, err = st.db.DeleteItem(ctx, &dynamocall.DeleteItemInput{
		TableName: aws.String(st.table), Key: key(remindPK(e.Due), remindSK(e)),
		ConditionExpression: expr.Condition(), ExpressionAttributeNames: expr.Names(),
	})
	if isConditionFailed(err) {
		return false, nil
	}
	return err == nil, err
}

// SweepCheckpoint implements reminder.Store.
func (st *Store) SweepCheckpoint(ctx context.Context) (time.Time, error) {
	got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(reminderPK, skSweep), ConsistentRead: aws.Bool(true)})
	if err != nil || got.Item == nil {
		return time.Time{}, err
	}
	t, err := time.Parse(hourLayout, str(got.Item["hour"]))
	if err != nil {
		return time.Time{}, fmt.Errorf("reminder checkpoint %q: %w", str(got.Item["hour"]), err)
	}
	return t.UTC(), nil
}

// SaveSweepCheckpoint implements reminder.Store. It never moves the checkpoint back, so an
// overlapping slower run does not undo a faster one's progress.
func (st *Store) SaveSweepCheckpoint(ctx context.Context, hour time.Time) error {
	item := key(reminderPK, skSweep)
	item["hour"] = s(hour.UTC().Format(hourLayout))
	expr, err := onlyIf(rowAbsent().Or(expression.Name("hour").LessThan(expression.Value(item["hour"]))), "save sweep checkpoint")
	if err != nil {
		return err
	}
	_, err = st.db.PutItem(ctx, &dynamocall.PutItemInput{
		TableName: aws.String(st.table), Item: item,
		ConditionExpression: expr.Condition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	})
	if isConditionFailed(err) {
		return nil
	}
	return err
}

// ClaimReminder implements reminder.Store: the link token gets remindedAt unless it is used or
// reminded (or gone).
func (st *Store) ClaimReminder(ctx context.Context, tokenHash string, at time.Time) error {
	v, err := dynamocall.Marshal(at)
	if err != nil {
		return err
	}
	h, err := hex.DecodeString(tokenHash)
	if err != nil {
		return feedback.ErrConflict
	}
	// The link token is the invitation's item (FB#<reference>/ITEM); answered, it holds the reply.
	expr, err := build(expression.NewBuilder().WithUpdate(expression.Set(expression.Name("remindedAt"), expression.Value(v))).
		WithCondition(attrIs(storedTokenHash, h).And(
			expression.AttributeNotExists(expression.Name("usedAt")),
			expression.AttributeNotExists(expression.Name("id")),
			expression.AttributeNotExists(expression.Name("remindedAt")))), "claim reminder")
	if err != nil {
		return err
	}
	_, err = st.db.UpdateItem(ctx, &dynamocall.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(FeedbackPK(feedback.ReferenceOf(tokenHash)), skItem),
		UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	})
	if isConditionFailed(err) {
		return feedback.ErrConflict
	}
	return err
}

// ReleaseReminder implements reminder.Store: it removes this claim (and no other).
func (st *Store) ReleaseReminder(ctx context.Context, tokenHash string, at time.Time) error {
	v, err := dynamocall.Marshal(at)
	if err != nil {
		return err
	}
	expr, err := build(expression.NewBuilder().WithUpdate(expression.Remove(expression.Name("remindedAt"))).
		WithCondition(attrIs("remindedAt", v)), "release reminder")
	if err != nil {
		return err
	}
	_, err = st.db.UpdateItem(ctx, &dynamocall.UpdateItemInput{
		TableName: aws.String(st.table), Key: key(FeedbackPK(feedback.ReferenceOf(tokenHash)), skItem),
		UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	})
	if isConditionFailed(err) {
		return nil
	}
	return err
}

// CountReminder implements reminder.Store: on the day the contact ended, like its outcome.
func (st *Store) CountReminder(ctx context.Context, inv feedback.Invitation, reason string) error {
	counter := sampling.CounterReminderSent
	if reason != "" {
		counter = sampling.CounterReminderSkipped + reason
	}
	day := inv.EndedAt
	if day.IsZero() {
		day = inv.CreatedAt
	}
	return st.count(ctx, day, CounterSK(inv.Channel, inv.Centre.Kind, inv.Centre.ID, inv.Centre.District, ""), map[string]int64{counter: 1}, "reminder of "+inv.Reference)
}
