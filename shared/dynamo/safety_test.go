package dynamo_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/feedback"
)

func TestSafetyListOnTheEmulator(t *testing.T) {
	st, db, table := newStore(t)
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	const hash = "ab12cd34"
	listedFor := func(months int, class string, at time.Time) feedback.SafetyEntry {
		return feedback.SafetyEntry{PhoneHash: hash, Class: class, ListedAt: at, ListedUntil: at.AddDate(0, months, 0)}
	}
	if ok, err := st.SafetyListed(ctx, hash, now); err != nil || ok {
		t.Fatalf("empty list: %v %v", ok, err)
	}
	if err := st.AddToSafetyList(ctx, listedFor(24, feedback.SafetySensitive, now)); err != nil {
		t.Fatal(err)
	}
	// A shorter listing later does not shorten the entry; a longer one extends it.
	if err := st.AddToSafetyList(ctx, listedFor(6, feedback.SafetyDoNotContact, now.AddDate(0, 0, 1))); err != nil {
		t.Fatal(err)
	}
	e, err := st.SafetyEntry(ctx, hash)
	if err != nil || e.Class != feedback.SafetySensitive || !e.ListedUntil.Equal(now.AddDate(0, 24, 0)) || !e.ListedAt.Equal(now) {
		t.Fatalf("entry %+v %v", e, err)
	}
	for _, tc := range []struct {
		at   time.Time
		want bool
	}{{now.AddDate(0, 0, 40), true}, {now.AddDate(0, 24, -1), true}, {now.AddDate(0, 24, 0), false}} {
		if ok, err := st.SafetyListed(ctx, hash, tc.at); err != nil || ok != tc.want {
			t.Errorf("listed at %v: %v %v, want %v", tc.at, ok, err, tc.want)
		}
	}
	// The stored entry holds the hash, class and times only (and the TTL).
	got, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table), Key: map[string]types.AttributeValue{
		"PK": &types.AttributeValueMemberS{Value: "PHONE#" + hash}, "SK": &types.AttributeValueMemberS{Value: "SAFETY"}}})
	if err != nil {
		t.Fatal(err)
	}
	var attrs []string
	for k := range got.Item {
		attrs = append(attrs, k)
	}
	if len(got.Item) != 6 {
		t.Errorf("stored attributes %v, want PK, SK, class, listedAt, listedUntil, expiresAt", attrs)
	}

	lift := feedback.SafetyLift{LiftedAt: now.AddDate(0, 0, 41), LiftedBy: "nat@politi.dk", LiftedBySub: "s-nat", Reason: "Borgeren har bedt om SMS igen"}
	if _, err := st.LiftSafetyEntry(ctx, "unknown", lift); !errors.Is(err, feedback.ErrNotFound) {
		t.Errorf("lifting an unknown hash: %v, want ErrNotFound", err)
	}
	done, err := st.LiftSafetyEntry(ctx, hash, lift)
	if err != nil || done.Class != feedback.SafetySensitive || !done.ListedAt.Equal(now) || done.LiftedBy != "nat@politi.dk" {
		t.Fatalf("lift %+v %v", done, err)
	}
	if ok, err := st.SafetyListed(ctx, hash, lift.LiftedAt); err != nil || ok {
		t.Errorf("still listed after the lift: %v %v", ok, err)
	}
	if _, err := st.LiftSafetyEntry(ctx, hash, lift); !errors.Is(err, feedback.ErrNotFound) {
		t.Errorf("lifting twice: %v, want ErrNotFound", err)
	}
	// A run-out entry (TTL not yet applied) cannot be lifted: there is nothing in force to lift.
	if err := st.AddToSafetyList(ctx, listedFor(1, feedback.SafetyMinor, now)); err != nil {
		t.Fatal(err)
	}
	if _, err := st.LiftSafetyEntry(ctx, hash, lift); !errors.Is(err, feedback.ErrNotFound) {
		t.Errorf("lifting a run-out entry: %v, want ErrNotFound", err)
	}
	lifts, err := st.SafetyLifts(ctx)
	if err != nil || len(lifts) != 1 || lifts[0] != done {
		t.Errorf("lifts %+v %v, want [%+v]", lifts, err, done)
	}
	if strings.Contains(lifts[0].Reason, hash) {
		t.Error("hash in the reason")
	}
}
