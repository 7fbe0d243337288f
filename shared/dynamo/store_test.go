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
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
)

var (
	motoURL string
	tables  atomic.Int64
)

// TestMain runs one emulator for the package; each test gets its own table.
func TestMain(m *testing.M) {
	moto, err := motostack.RunMoto(context.Background(), 0, io.Discard)
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
	db := dynamodb.NewFromConfig(motostack.AWSConfig(ctx, motoURL))
	def := resources.Table
	def.Name = fmt.Sprintf("%s-%s-%d", def.Name, t.Name(), tables.Add(1)) // unique also under -count=N
	if err := motostack.CreateTable(ctx, db, def); err != nil {
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

// TestSuppressContact: a suppression recorded without a claim respects a running claim and an
// outcome like ClaimContact does, and is counted once.
func TestSuppressContact(t *testing.T) {
	st, db, table := newStore(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	c := feedback.Contact{ContactID: "c-1", Channel: "112", EndedAt: now, Centre: feedback.Centre{ID: "x", Kind: "alarm", District: "fyn"}}
	if err := st.ClaimContact(ctx, "c-1", now, time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := st.SuppressContact(ctx, c, invite.ReasonSampling, now); !errors.Is(err, invite.ErrBusy) {
		t.Fatalf("while another worker holds the contact: %v, want ErrBusy", err)
	}
	if err := st.SuppressContact(ctx, c, invite.ReasonSampling, now.Add(2*time.Minute)); err != nil {
		t.Fatalf("after the lease expired: %v", err)
	}
	for _, at := range []time.Time{now.Add(3 * time.Minute), now.Add(time.Hour)} {
		if err := st.SuppressContact(ctx, c, invite.ReasonSampling, at); !errors.Is(err, invite.ErrAlreadyDone) {
			t.Fatalf("again: %v, want ErrAlreadyDone", err)
		}
		if err := st.ClaimContact(ctx, "c-1", at, time.Minute); !errors.Is(err, invite.ErrAlreadyDone) {
			t.Fatalf("claim after the suppression: %v, want ErrAlreadyDone", err)
		}
	}
	row := counterRow(t, db, table, now, dynamo.CounterSK("112", "alarm", "x", "fyn", ""))
	if v, ok := row["inv_suppressed_sampling"].(*types.AttributeValueMemberN); !ok || v.Value != "1" || len(row) != 3 {
		t.Errorf("counter row %v, want inv_suppressed_sampling = 1 and nothing else", row)
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
	if err := st.OptOut(ctx, "hash", now); err != nil {
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
		EndedAt: now.Add(-time.Minute), Centre: feedback.Centre{ID: "x", Kind: "duty", District: "fyn"}, Language: "en", CallLanguage: "ar", CreatedAt: now, ExpiresAt: now.Add(time.Hour)}
	if err := st.CreateInvitation(ctx, inv); err != nil {
		t.Fatal(err)
	}
	dup := inv
	dup.TokenHash = feedback.HashToken("other")
	if err := st.CreateInvitation(ctx, dup); !errors.Is(err, feedback.ErrConflict) {
		t.Fatalf("a taken reference: %v, want ErrConflict", err)
	}
	got, err := st.Invitation(ctx, inv.TokenHash)
	if err != nil || got.Reference != inv.Reference || got.Centre.District != "fyn" || !got.ExpiresAt.Equal(inv.ExpiresAt) || !got.EndedAt.Equal(inv.EndedAt) || got.CallLanguage != "ar" {
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

// counterRow reads one counter row of a day straight from the table.
func counterRow(t *testing.T, db *dynamodb.Client, table string, day time.Time, sk string) map[string]types.AttributeValue {
	t.Helper()
	row, err := db.GetItem(context.Background(), &dynamodb.GetItemInput{TableName: aws.String(table), ConsistentRead: aws.Bool(true),
		Key: map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: dynamo.StatsPK(day)}, "SK": &types.AttributeValueMemberS{Value: sk}}})
	if err != nil {
		t.Fatal(err)
	}
	return row.Item
}

func deleteKey(t *testing.T, db *dynamodb.Client, table, pk, sk string) {
	t.Helper()
	if _, err := db.DeleteItem(context.Background(), &dynamodb.DeleteItemInput{TableName: aws.String(table), Key: map[string]types.AttributeValue{
		"PK": &types.AttributeValueMemberS{Value: pk}, "SK": &types.AttributeValueMemberS{Value: sk}}}); err != nil {
		t.Fatal(err)
	}
}

// underReference counts the items and history events stored under a reference.
func underReference(t *testing.T, db *dynamodb.Client, table, ref string) (items, events int) {
	t.Helper()
	q, err := db.Query(context.Background(), &dynamodb.QueryInput{TableName: aws.String(table), KeyConditionExpression: aws.String("PK = :pk"), ConsistentRead: aws.Bool(true),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": &types.AttributeValueMemberS{Value: dynamo.FeedbackPK(ref)}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range q.Items {
		if it["SK"].(*types.AttributeValueMemberS).Value == "ITEM" {
			items++
		} else {
			events++
		}
	}
	return items, events
}

func dayCount(t *testing.T, db *dynamodb.Client, table string, day time.Time, sk string) string {
	t.Helper()
	v, _ := counterRow(t, db, table, day, sk)["count"].(*types.AttributeValueMemberN)
	if v == nil {
		return "0"
	}
	return v.Value
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
	if items, events := underReference(t, db, table, it.ID); items != 1 || events != 1 {
		t.Fatalf("under the reference: %d items, %d history events; want 1 and 1", items, events)
	}
	// Counted once, in one row: the day's row of its channel, centre and category.
	row := counterRow(t, db, table, now, dynamo.CounterSK("114", "duty", "fyn-vagtcentral", "fyn", "response_time"))
	for attr, want := range map[string]string{"count": "1", "ratingSum": "2", "ratingSqSum": "4", "cat_response_time": "1", "inv_answered": "1"} {
		if v, ok := row[attr].(*types.AttributeValueMemberN); !ok || v.Value != want {
			t.Errorf("counter %s = %v, want %s", attr, row[attr], want)
		}
	}
	rows, err := st.DailyCounters(ctx, now, now)
	if err != nil || len(rows) != 1 {
		t.Errorf("the day has %d counter rows (%v), want 1", len(rows), err)
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

// TestSaveFeedbackFinishesAnInterruptedSave: an earlier attempt stored the item and died before its
// "created" event (so before counting); the redelivered message writes the event and counts the
// stored item, once, without storing it again, even when this attempt classified it differently.
func TestSaveFeedbackFinishesAnInterruptedSave(t *testing.T) {
	st, db, table := newStore(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	it := feedback.Item{ID: "FB-CCCCCCCC", Channel: "112", CentreID: "a", CentreKind: "alarm", District: "bornholm", SubmittedAt: now,
		CreatedAt: now, Rating: 4, Category: "praise", Priority: "P4", Team: "citizen-service", Status: feedback.StatusNew, Version: 1}
	sk := dynamo.CounterSK("112", "alarm", "a", "bornholm", "praise")
	// What the first attempt left: the item, nothing else.
	if _, err := st.SaveFeedback(ctx, it); err != nil {
		t.Fatal(err)
	}
	deleteKey(t, db, table, dynamo.FeedbackPK(it.ID), dynamo.HistorySK(now, 0))
	deleteKey(t, db, table, dynamo.StatsPK(now), sk)
	again := it
	again.Category, again.CreatedAt = "other", now.Add(time.Minute) // a later attempt, another classifier version
	for i := 0; i < 2; i++ {
		created, err := st.SaveFeedback(ctx, again)
		if err != nil || created {
			t.Fatalf("redelivery %d: created=%v err=%v, want created=false", i, created, err)
		}
	}
	if items, events := underReference(t, db, table, it.ID); items != 1 || events != 1 {
		t.Errorf("under the reference: %d items, %d history events; want 1 and 1", items, events)
	}
	if got := dayCount(t, db, table, now, sk); got != "1" {
		t.Errorf("count of the stored category after the interrupted save and two redeliveries = %s, want 1", got)
	}
	if got := dayCount(t, db, table, now, dynamo.CounterSK("112", "alarm", "a", "bornholm", "other")); got != "0" {
		t.Errorf("count of the redelivery's category = %s, want 0: the stored item is what counts", got)
	}
	hist, err := st.FeedbackHistory(ctx, it.ID)
	if err != nil || len(hist) != 1 || !hist[0].At.Equal(now) {
		t.Errorf("history %+v (%v): want one created event at the stored item's creation", hist, err)
	}
}

// TestSaveFeedbackCountsAtMostOnce: once the "created" event exists the counting belongs to the
// attempt that wrote it; an attempt cut off before its counter write loses that count rather than
// risk counting twice (the documented limit: at most once, logged).
func TestSaveFeedbackCountsAtMostOnce(t *testing.T) {
	st, db, table := newStore(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	it := feedback.Item{ID: "FB-DDDDDDDD", Channel: "114", CentreID: "s", CentreKind: "service", District: "fyn", SubmittedAt: now,
		CreatedAt: now, Rating: 5, Category: "praise", Priority: "P4", Team: "citizen-service", Status: feedback.StatusNew, Version: 1}
	sk := dynamo.CounterSK("114", "service", "s", "fyn", "praise")
	if _, err := st.SaveFeedback(ctx, it); err != nil {
		t.Fatal(err)
	}
	deleteKey(t, db, table, dynamo.StatsPK(now), sk) // as if the first attempt died before its counter write
	if created, err := st.SaveFeedback(ctx, it); err != nil || created {
		t.Fatalf("redelivery: created=%v err=%v", created, err)
	}
	if got := dayCount(t, db, table, now, sk); got != "0" {
		t.Errorf("count = %s, want 0 (the count was claimed by the attempt that died)", got)
	}
}

// TestSaveFeedbackConcurrentDuplicates: the same reply delivered to several workers at once is
// stored once, with one history event, and counted once.
func TestSaveFeedbackConcurrentDuplicates(t *testing.T) {
	st, db, table := newStore(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	it := feedback.Item{ID: "FB-EEEEEEEE", Channel: "114", CentreID: "fyn-vagtcentral", CentreKind: "duty", District: "fyn", SubmittedAt: now,
		CreatedAt: now, Rating: 1, Category: "conduct", Conduct: true, Priority: "P2", Team: "dup-fyn", Status: feedback.StatusNew, Version: 1}
	const workers = 8
	type result struct {
		created bool
		err     error
	}
	results := make(chan result, workers)
	for range workers {
		go func() {
			created, err := st.SaveFeedback(ctx, it)
			results <- result{created, err}
		}()
	}
	created := 0
	for range workers {
		r := <-results
		if r.err != nil {
			t.Errorf("save: %v", r.err)
		}
		if r.created {
			created++
		}
	}
	if created != 1 {
		t.Errorf("%d saves reported created, want 1", created)
	}
	if items, events := underReference(t, db, table, it.ID); items != 1 || events != 1 {
		t.Errorf("under the reference: %d items, %d history events; want 1 and 1", items, events)
	}
	row := counterRow(t, db, table, now, dynamo.CounterSK("114", "duty", "fyn-vagtcentral", "fyn", "conduct"))
	for attr, want := range map[string]string{"count": "1", "conduct": "1", "ratingSum": "1"} {
		if v, ok := row[attr].(*types.AttributeValueMemberN); !ok || v.Value != want {
			t.Errorf("counter %s = %v, want %s", attr, row[attr], want)
		}
	}
}
