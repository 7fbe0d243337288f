package dynamo

// The safety list (shared/invite puts numbers on it; shared/triage lifts entries) and the audit
// records of lifts.

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"time"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/expression"
	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/feedback"
)

// maxLifts is how many of the latest lifts SafetyLifts returns.
const maxLifts = 100

// AddToSafetyList implements invite.Store: the entry is put unless one that runs longer is there.
// DynamoDB's TTL deletes it once it has run out (SafetyListed checks the time too, since TTL
// deletion lags).
func (st *Store) AddToSafetyList(ctx context.Context, e feedback.SafetyEntry) error {
	item := key(phonePK(e.PhoneHash), skSafety)
	item["class"] = s(e.Class)
	item["listedAt"] = s(e.ListedAt.UTC().Format(time.RFC3339Nano))
	item["listedUntil"] = n(e.ListedUntil.Unix())
	item[expiresAttr] = ttl(e.ListedUntil)
	expr, err := onlyIf(rowAbsent().Or(expression.Name("listedUntil").LessThan(expression.Value(item["listedUntil"]))), "safety list")
	if err != nil {
		return err
	}
	_, err = st.db.PutItem(ctx, &dynamocall.PutItemInput{
		TableName: aws.String(st.table), Item: item,
		ConditionExpression: expr.Condition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	})
	if isConditionFailed(err) {
		return nil // listed already, for longer
	}
	return err
}

// SafetyListed reports whether the phone hash is on the safety list at now.
func (st *Store) SafetyListed(ctx context.Context, phoneHash string, now time.Time) (bool, error) {
	e, err := st.SafetyEntry(ctx, phoneHash)
	if errors.Is(err, feedback.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return e.Active(now), nil
}

// SafetyEntry returns the stored entry of a phone hash (active or run out but not yet deleted),
// or feedback.ErrNotFound.
func (st *Store) SafetyEntry(ctx context.Context, phoneHash string) (feedback.SafetyEntry, error) {
	got, err := st.db.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String(st.table), Key: key(phonePK(phoneHash), skSafety), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return feedback.SafetyEntry{}, fmt.Errorf("read safety list: %w", err)
	}
	if got.Item == nil {
		return feedback.SafetyEntry{}, feedback.ErrNotFound
	}
	return safetyEntry(phoneHash, got.Item), nil
}

// safetyEntry reads a stored safety-list row.
func safetyEntry(phoneHash string, item map[string]dynamocall.AttributeValue) feedback.SafetyEntry {
	e := feedback.SafetyEntry{PhoneHash: phoneHash, Class: str(item["class"])}
	e.ListedAt, _ = time.Parse(time.RFC3339Nano, str(item["listedAt"]))
	if v, ok := item["listedUntil"].(*dynamocall.AttributeValueMemberN); ok {
		sec, _ := strconv.ParseInt(v.Value, 10, 64)
		e.ListedUntil = time.Unix(sec, 0).UTC()
	}
	return e
}

// LiftSafetyEntry removes the active entry of a phone hash and records the lift, in one
// transaction: an entry is never gone without its audit record. lift carries who, when and why;
// the class and listing times are taken from the entry. feedback.ErrNotFound when the number has
// no active entry; feedback.ErrConflict when the entry changed while it was being lifted (a new
// contact listed it again): the caller may try again.
func (st *Store) LiftSafetyEntry(ctx context.Context, phoneHash string, lift feedback.SafetyLift) (feedback.SafetyLift, error) {
	e, err := st.SafetyEntry(ctx, phoneHash)
	if err != nil {
		return lift, err
	}
	if !e.Active(lift.LiftedAt) {
		return lift, feedback.ErrNotFound
	}
	lift.Class, lift.ListedAt, lift.ListedUntil = e.Class, e.ListedAt, e.ListedUntil
	var nonce [4]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return lift, err
	}
	audit := key(safetyLiftPK, lift.LiftedAt.UTC().Format(time.RFC3339Nano)+"#"+hex.EncodeToString(nonce[:]))
	for k, v := range map[string]dynamocall.AttributeValue{
		"class": s(lift.Class), "listedAt": s(lift.ListedAt.UTC().Format(time.RFC3339Nano)), "listedUntil": n(lift.ListedUntil.Unix()),
		"liftedAt": s(lift.LiftedAt.UTC().Format(time.RFC3339Nano)), "liftedBy": s(lift.LiftedBy), "liftedBySub": s(lift.LiftedBySub),
		"reason": s(lift.Reason), "phoneHash": s(phoneHash), expiresAttr: ttl(lift.LiftedAt.Add(st.retention.Feedback)),
	} {
		audit[k] = v
	}
	unchanged, err := onlyIf(attrIs("listedAt", e.ListedAt.UTC().Format(time.RFC3339Nano)), "lift safety-list entry")
	if err != nil {
		return lift, err
	}
	fresh, err := onlyIf(rowAbsent(), "lift safety-list entry")
	if err != nil {
		return lift, err
	}
	_, err = st.db.TransactWriteItems(ctx, &dynamocall.TransactWriteItemsInput{TransactItems: []dynamocall.TransactWriteItem{
		{Delete: &dynamocall.Delete{TableName: aws.String(st.table), Key: key(phonePK(phoneHash), skSafety),
			ConditionExpression: unchanged.Condition(), ExpressionAttributeNames: unchanged.Names(), ExpressionAttributeValues: unchanged.Values()}},
		{Put: &dynamocall.Put{TableName: aws.String(st.table), Item: audit, ConditionExpression: fresh.Condition(), ExpressionAttributeNames: fresh.Names()}},
	}})
	var tc *dynamocall.TransactionCanceledException
	if errors.As(err, &tc) {
		return lift, fmt.Errorf("safety-list entry changed while lifting: %w", feedback.ErrConflict)
	}
	if err != nil {
		return lift, fmt.Errorf("lift safety-list entry: %w", err)
	}
	return lift, nil
}

// SafetyLifts returns the latest lifts, newest first (one Query on the audit partition).
func (st *Store) SafetyLifts(ctx context.Context) ([]feedback.SafetyLift, error) {
	expr, err := build(expression.NewBuilder().WithKeyCondition(partitionIs(safetyLiftPK)), "safety-list lifts")
	if err != nil {
		return nil, err
	}
	out, err := st.db.Query(ctx, &dynamocall.QueryInput{
		TableName: aws.String(st.table), KeyConditionExpression: expr.KeyCondition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
		ScanIndexForward: aws.Bool(false), Limit: aws.Int32(maxLifts),
	})
	if err != nil {
		return nil, fmt.Errorf("read safety-list lifts: %w", err)
	}
	lifts := make([]feedback.SafetyLift, 0, len(out.Items))
	for _, it := range out.Items {
		l := feedback.SafetyLift{Class: str(it["class"]), LiftedBy: str(it["liftedBy"]), LiftedBySub: str(it["liftedBySub"]), Reason: str(it["reason"])}
		l.ListedAt, _ = time.Parse(time.RFC3339Nano, str(it["listedAt"]))
		l.LiftedAt, _ = time.Parse(time.RFC3339Nano, str(it["liftedAt"]))
		if v, ok := it["listedUntil"].(*dynamocall.AttributeValueMemberN); ok {
			sec, _ := strconv.ParseInt(v.Value, 10, 64)
			l.ListedUntil = time.Unix(sec, 0).UTC()
		}
		lifts = append(lifts, l)
	}
	return lifts, nil
}

func str(v dynamocall.AttributeValue) string {
	if sv, ok := v.(*dynamocall.AttributeValueMemberS); ok {
		return sv.Value
	}
	return ""
}
