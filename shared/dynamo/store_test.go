package dynamo_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/localstack"
	"borgerfeedback/shared/resources"
)

var (
	motoURL string
	tables  atomic.Int64
)

// TestMain runs one emulator for the package; each test gets its own table.
func TestMain(m *testing.M) {
	moto, err := localstack.RunMoto(context.Background(), 0, io.Discard)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	motoURL = moto.Endpoint
	code := m.Run()
	moto.Stop()
	os.Exit(code)
}

func newStore(t *testing.T) (*dynamo.Store, *dynamodb.Client, string) {
	t.Helper()
	ctx := context.Background()
	db := dynamodb.NewFromConfig(localstack.AWSConfig(ctx, motoURL))
	def := resources.Table
	def.Name = fmt.Sprintf("%s-%s-%d", def.Name, t.Name(), tables.Add(1)) // unique also under -count=N
	if err := localstack.CreateTable(ctx, db, def); err != nil {
		t.Fatal(err)
	}
	return dynamo.New(db, def.Name, dynamo.Retention{}), db, def.Name
}

func TestContactClaimIsOncePerContact(t *testing.T) {
	st, _, _ := newStore(t)
	ctx := context.Background()
	now := time.Now()
	c := feedback.Contact{ContactID: "c-1", Channel: "114", EndedAt: now, Centre: feedback.Centre{ID: "x", Kind: "duty", District: "fyn"}}
	if err := st.ClaimContact(ctx, "c-1", now, time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := st.ClaimContact(ctx, "c-1", now, time.Minute); !errors.Is(err, invite.ErrBusy) {
		t.Fatalf("second claim within the lease: %v, want ErrBusy", err)
	}
	if err := st.ClaimContact(ctx, "c-1", now.Add(2*time.Minute), time.Minute); err != nil {
		t.Fatalf("claim after the lease expired: %v", err)
	}
	if err := st.FinishContact(ctx, c, invite.Outcome{Sent: true, Reference: "FB-00000000"}, now); err != nil {
		t.Fatal(err)
	}
	if err := st.FinishContact(ctx, c, invite.Outcome{Sent: true, Reference: "FB-00000000"}, now); err != nil {
		t.Fatalf("finishing twice must be a no-op: %v", err)
	}
	if err := st.ClaimContact(ctx, "c-1", now.Add(time.Hour), time.Minute); !errors.Is(err, invite.ErrAlreadyDone) {
		t.Fatalf("claim after finish: %v, want ErrAlreadyDone", err)
	}
}

func TestPhoneWindow(t *testing.T) {
	st, _, _ := newStore(t)
	ctx := context.Background()
	now := time.Now()
	window := 30 * 24 * time.Hour
	steps := []struct {
		name    string
		contact string
		at      time.Time
		wantErr error
	}{
		{"first invitation", "c-1", now, nil},
		{"same contact again (redelivery)", "c-1", now.Add(time.Minute), nil},
		{"another contact within 30 days", "c-2", now.Add(29 * 24 * time.Hour), feedback.ErrConflict},
		{"another contact after 30 days", "c-3", now.Add(31 * 24 * time.Hour), nil},
	}
	for _, s := range steps {
		if err := st.ReservePhone(ctx, "hash", s.contact, s.at, s.at.Add(-window)); !errors.Is(err, s.wantErr) {
			t.Errorf("%s: %v, want %v", s.name, err, s.wantErr)
		}
	}
	if out, _ := st.OptedOut(ctx, "hash"); out {
		t.Error("not opted out yet")
	}
	if err := st.SetOptedOut(ctx, "hash"); err != nil {
		t.Fatal(err)
	}
	if out, _ := st.OptedOut(ctx, "hash"); !out {
		t.Error("opt-out not recorded")
	}
}

func TestInvitationSingleUse(t *testing.T) {
	st, _, _ := newStore(t)
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Millisecond)
	inv := feedback.Invitation{TokenHash: feedback.HashToken("tok"), Reference: "FB-AAAAAAAA", ContactID: "c-1", Channel: "114",
		Centre: feedback.Centre{ID: "x", Kind: "duty", District: "fyn"}, Language: "da", CreatedAt: now, ExpiresAt: now.Add(time.Hour)}
	if err := st.CreateInvitation(ctx, inv); err != nil {
		t.Fatal(err)
	}
	dup := inv
	dup.TokenHash = feedback.HashToken("other")
	if err := st.CreateInvitation(ctx, dup); !errors.Is(err, feedback.ErrConflict) {
		t.Fatalf("a taken reference: %v, want ErrConflict", err)
	}
	got, err := st.Invitation(ctx, inv.TokenHash)
	if err != nil || got.Reference != inv.Reference || got.Centre.District != "fyn" || !got.ExpiresAt.Equal(inv.ExpiresAt) {
		t.Fatalf("read back %+v, %v", got, err)
	}
	if _, err := st.Invitation(ctx, feedback.HashToken("nope")); !errors.Is(err, feedback.ErrNotFound) {
		t.Fatalf("unknown token: %v", err)
	}
	if _, err := st.Invitation(ctx, dup.TokenHash); !errors.Is(err, feedback.ErrNotFound) {
		t.Fatal("a refused reference must not store its token")
	}
	if err := st.MarkUsed(ctx, inv.TokenHash, now); err != nil {
		t.Fatal(err)
	}
	if err := st.MarkUsed(ctx, inv.TokenHash, now); !errors.Is(err, feedback.ErrGone) {
		t.Fatalf("second use: %v, want ErrGone", err)
	}
	got, _ = st.Invitation(ctx, inv.TokenHash)
	if !errors.Is(got.Usable(now), feedback.ErrGone) {
		t.Error("a used invitation must not be usable")
	}
}

func TestSaveFeedbackOnceWithCounters(t *testing.T) {
	st, db, table := newStore(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	it := feedback.Item{ID: "FB-BBBBBBBB", ContactID: "c-1", Channel: "114", CentreID: "fyn-vagtcentral", CentreKind: "duty",
		District: "fyn", SubmittedAt: now, CreatedAt: now, Rating: 2, Text: "ventede længe", Category: "response_time",
		Priority: "P2", Team: "citizen-service", Status: feedback.StatusNew, Version: 1, UpdatedAt: now}
	for i, want := range []bool{true, false, false} {
		created, err := st.SaveFeedback(ctx, it)
		if err != nil || created != want {
			t.Fatalf("save %d: created=%v err=%v, want created=%v", i, created, err, want)
		}
	}
	// One item and one history event under the reference.
	q, err := db.Query(ctx, &dynamodb.QueryInput{TableName: aws.String(table), KeyConditionExpression: aws.String("PK = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": &types.AttributeValueMemberS{Value: dynamo.FeedbackPK(it.ID)}}})
	if err != nil || len(q.Items) != 2 {
		t.Fatalf("items under the reference: %d (%v), want item + history", len(q.Items), err)
	}
	// Counters counted once.
	row, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table), Key: map[string]types.AttributeValue{
		"PK": &types.AttributeValueMemberS{Value: dynamo.StatsPK(now)}, "SK": &types.AttributeValueMemberS{Value: dynamo.StatsSK("all", "all")}}})
	if err != nil {
		t.Fatal(err)
	}
	for attr, want := range map[string]string{"count": "1", "ratingSum": "2", "ratingSqSum": "4", "cat_response_time": "1", "inv_answered": "1"} {
		if v, ok := row.Item[attr].(*types.AttributeValueMemberN); !ok || v.Value != want {
			t.Errorf("counter %s = %v, want %s", attr, row.Item[attr], want)
		}
	}
	// The alert marker.
	if done, _ := st.Alerted(ctx, it.ID); done {
		t.Error("not alerted yet")
	}
	if err := st.MarkAlerted(ctx, it.ID, now); err != nil {
		t.Fatal(err)
	}
	if done, _ := st.Alerted(ctx, it.ID); !done {
		t.Error("alert not recorded")
	}
}

// TestSaveFeedbackFinishesAnInterruptedSave: an earlier attempt stored the item and died before
// counting it; the redelivered message counts it (once) without storing it again.
func TestSaveFeedbackFinishesAnInterruptedSave(t *testing.T) {
	st, db, table := newStore(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	it := feedback.Item{ID: "FB-CCCCCCCC", Channel: "112", CentreID: "a", CentreKind: "alarm", District: "bornholm", SubmittedAt: now,
		CreatedAt: now, Rating: 4, Category: "praise", Priority: "P4", Team: "citizen-service", Status: feedback.StatusNew, Version: 1}
	// What the first attempt left: the item with its count still pending, nothing else.
	if _, err := st.SaveFeedback(ctx, it); err != nil {
		t.Fatal(err)
	}
	if _, err := db.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: aws.String(table),
		Key:              map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: dynamo.FeedbackPK(it.ID)}, "SK": &types.AttributeValueMemberS{Value: "ITEM"}},
		UpdateExpression: aws.String("SET countPending = :t"), ExpressionAttributeValues: map[string]types.AttributeValue{":t": &types.AttributeValueMemberBOOL{Value: true}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(table), Key: map[string]types.AttributeValue{
		"PK": &types.AttributeValueMemberS{Value: dynamo.StatsPK(now)}, "SK": &types.AttributeValueMemberS{Value: dynamo.StatsSK("all", "all")}}}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		created, err := st.SaveFeedback(ctx, it)
		if err != nil || created {
			t.Fatalf("redelivery %d: created=%v err=%v, want created=false", i, created, err)
		}
	}
	row, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table), Key: map[string]types.AttributeValue{
		"PK": &types.AttributeValueMemberS{Value: dynamo.StatsPK(now)}, "SK": &types.AttributeValueMemberS{Value: dynamo.StatsSK("all", "all")}}})
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := row.Item["count"].(*types.AttributeValueMemberN); !ok || v.Value != "1" {
		t.Errorf("count after the interrupted save and two redeliveries = %v, want 1", row.Item["count"])
	}
}
