package dynamo_test

import (
	"context"
	"encoding/hex"
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
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/retention"
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
	// The store on the client the functions use (shared/dynamocall); the SDK's client reads behind it.
	return dynamo.New(dynamocall.New(motostack.AWSConfig(ctx, motoURL)), def.Name, dynamo.Retention{}), db, def.Name
}

// TestReservationClaimsTheContact: the phone number's reservation is the contact's claim — busy
// while its lease runs, taken again once it ran out without an invitation, done once the
// invitation exists — and a suppression is recorded once.
func TestReservationClaimsTheContact(t *testing.T) {
	st, db, table := newStore(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	window := 30 * 24 * time.Hour
	hash := hex.EncodeToString([]byte("phone-1"))
	reserve := func(cid, ref string, at time.Time) error {
		return st.ReservePhone(ctx, hash, cid, ref, at, at.Add(-window), time.Minute)
	}
	if err := st.CheckContact(ctx, "c-1"); err != nil {
		t.Fatalf("a new contact: %v", err)
	}
	tok1 := feedback.HashToken("tok-1")
	if err := reserve("c-1", feedback.ReferenceOf(tok1), now); err != nil {
		t.Fatal(err)
	}
	if err := reserve("c-1", feedback.ReferenceOf(tok1), now.Add(time.Second)); !errors.Is(err, invite.ErrBusy) {
		t.Fatalf("a duplicate within the lease: %v, want ErrBusy", err)
	}
	if err := reserve("c-2", "FB-22222222", now.Add(time.Hour)); !errors.Is(err, feedback.ErrConflict) {
		t.Fatalf("another contact within the window: %v, want ErrConflict", err)
	}
	// The worker died before storing the invitation: after the lease, a retry takes it again.
	tok2 := feedback.HashToken("tok-2")
	if err := reserve("c-1", feedback.ReferenceOf(tok2), now.Add(2*time.Minute)); err != nil {
		t.Fatalf("after the lease ran out: %v", err)
	}
	inv := feedback.Invitation{TokenHash: tok2, Reference: feedback.ReferenceOf(tok2), ContactID: "c-1", Channel: "114", CreatedAt: now, ExpiresAt: now.Add(time.Hour)}
	if err := st.CreateInvitation(ctx, inv); err != nil {
		t.Fatal(err)
	}
	for _, at := range []time.Time{now.Add(2*time.Minute + time.Second), now.Add(time.Hour)} {
		if err := reserve("c-1", feedback.ReferenceOf(feedback.HashToken("tok-3")), at); !errors.Is(err, invite.ErrAlreadyDone) {
			t.Fatalf("a redelivery once the invitation exists: %v, want ErrAlreadyDone", err)
		}
	}
	// An SMS that failed: the invitation is taken back, and the retry after the lease sends.
	if err := st.CancelInvitation(ctx, inv); err != nil {
		t.Fatal(err)
	}
	if err := reserve("c-1", feedback.ReferenceOf(feedback.HashToken("tok-4")), now.Add(5*time.Minute)); err != nil {
		t.Fatalf("after a cancelled invitation: %v", err)
	}
	ps, err := st.PhoneState(ctx, hash, now)
	if err != nil || ps.LastContact != "c-1" || ps.SafetyListed || ps.OptedOut {
		t.Errorf("phone state %+v, %v", ps, err)
	}

	// A suppression is recorded and counted once.
	c := feedback.Contact{ContactID: "c-9", Channel: "112", EndedAt: now, Centre: feedback.Centre{ID: "x", Kind: "alarm", District: "fyn"}}
	if err := st.SuppressContact(ctx, c, invite.ReasonSampling, now); err != nil {
		t.Fatal(err)
	}
	for _, at := range []time.Time{now.Add(3 * time.Minute), now.Add(time.Hour)} {
		if err := st.SuppressContact(ctx, c, invite.ReasonSampling, at); !errors.Is(err, invite.ErrAlreadyDone) {
			t.Fatalf("again: %v, want ErrAlreadyDone", err)
		}
		if err := st.CheckContact(ctx, "c-9"); !errors.Is(err, invite.ErrAlreadyDone) {
			t.Fatalf("check after the suppression: %v, want ErrAlreadyDone", err)
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
		{"same contact again (a duplicate within the lease)", "c-1", now.Add(time.Second), invite.ErrBusy},
		{"another contact within 30 days", "c-2", now.Add(29 * 24 * time.Hour), feedback.ErrConflict},
		{"another contact after 30 days", "c-3", now.Add(31 * 24 * time.Hour), nil},
	}
	for _, s := range steps {
		if err := st.ReservePhone(ctx, "hash", s.contact, "FB-"+s.contact, s.at, s.at.Add(-window), time.Minute); !errors.Is(err, s.wantErr) {
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
	hash := feedback.HashToken("tok")
	inv := feedback.Invitation{TokenHash: hash, Reference: feedback.ReferenceOf(hash), ContactID: "c-1", Channel: "114",
		EndedAt: now.Add(-time.Minute), Centre: feedback.Centre{ID: "x", Kind: "duty", District: "fyn"}, Language: "en", CallLanguage: "ar", CreatedAt: now, ExpiresAt: now.Add(time.Hour)}
	if err := st.CreateInvitation(ctx, inv); err != nil {
		t.Fatal(err)
	}
	if err := st.CreateInvitation(ctx, inv); !errors.Is(err, feedback.ErrConflict) {
		t.Fatalf("a taken reference: %v, want ErrConflict", err)
	}
	wrong := inv
	wrong.Reference = "FB-AAAAAAAA"
	if err := st.CreateInvitation(ctx, wrong); err == nil || errors.Is(err, feedback.ErrConflict) {
		t.Fatalf("a reference that is not the token's: %v, want a plain error", err)
	}
	// A reply stored under a reference (one answered before, or stored without an invitation) takes it.
	other := feedback.HashToken("other")
	if _, err := st.SaveFeedback(ctx, feedback.Item{ID: feedback.ReferenceOf(other), Channel: "114", SubmittedAt: now, CreatedAt: now,
		Rating: 3, Category: "other", Priority: "P4", Status: feedback.StatusNew, Version: 1}); err != nil {
		t.Fatal(err)
	}
	dup := inv
	dup.TokenHash, dup.Reference = other, feedback.ReferenceOf(other)
	if err := st.CreateInvitation(ctx, dup); !errors.Is(err, feedback.ErrConflict) {
		t.Fatalf("a reference with a stored reply: %v, want ErrConflict", err)
	}
	if _, err := st.Invitation(ctx, other); !errors.Is(err, feedback.ErrNotFound) {
		t.Fatalf("a refused invitation must not be found: %v", err)
	}
	// Not a reply yet: staff do not see it.
	if _, err := st.FeedbackItem(ctx, inv.Reference); !errors.Is(err, feedback.ErrNotFound) {
		t.Fatalf("an unanswered invitation as feedback: %v, want ErrNotFound", err)
	}
	got, err := st.Invitation(ctx, inv.TokenHash)
	if err != nil || got != inv {
		t.Fatalf("read back %+v, %v; want %+v", got, err, inv)
	}
	if _, err := st.Invitation(ctx, feedback.HashToken("nope")); !errors.Is(err, feedback.ErrNotFound) {
		t.Fatalf("unknown token: %v", err)
	}
	if err := st.MarkUsed(ctx, inv.TokenHash, now); err != nil {
		t.Fatal(err)
	}
	if err := st.MarkUsed(ctx, inv.TokenHash, now); !errors.Is(err, feedback.ErrGone) {
		t.Fatalf("second use: %v, want ErrGone", err)
	}
	if err := st.MarkUsed(ctx, feedback.HashToken("nope"), now); !errors.Is(err, feedback.ErrGone) {
		t.Fatalf("unknown token marked used: %v, want ErrGone", err)
	}
	// The reply completes the invitation's item: the link still opens (used), the reply is stored once.
	reply := feedback.Item{ID: inv.Reference, ContactID: "c-1", Channel: "114", CentreID: inv.Centre.ID, CentreKind: inv.Centre.Kind, District: inv.Centre.District,
		FormLanguage: "ar", SubmittedAt: now, CreatedAt: now.Add(time.Second),
		Rating: 4, TextLanguage: "da", Category: "praise", Priority: "P4", Status: feedback.StatusNew, Version: 1}
	for i, want := range []bool{true, false} {
		if created, err := st.SaveFeedback(ctx, reply); err != nil || created != want {
			t.Fatalf("save %d: created=%v err=%v", i, created, err)
		}
	}
	got, err = st.Invitation(ctx, inv.TokenHash)
	if err != nil || !errors.Is(got.Usable(now), feedback.ErrGone) || got.Reference != inv.Reference || got.Centre != inv.Centre ||
		!got.EndedAt.Equal(inv.EndedAt) || !got.ExpiresAt.Equal(inv.ExpiresAt) || got.ContactID != inv.ContactID || got.Language != "en" || got.CallLanguage != "ar" {
		t.Errorf("the invitation after its reply: %+v, %v", got, err)
	}
	if it, err := st.FeedbackItem(ctx, inv.Reference); err != nil || it.TextLanguage != "da" || !it.CreatedAt.Equal(reply.CreatedAt) {
		t.Errorf("the reply on the invitation's item: %+v, %v", it, err)
	}

	// The invitation's own data leaves the item when its retention ends; the reply stays.
	if ok, err := st.PurgeInvitationRow(ctx, retention.RowKey{PK: dynamo.FeedbackPK(inv.Reference), SK: "ITEM"}, now.AddDate(0, 0, 40)); err != nil || !ok {
		t.Fatalf("purge the answered invitation: %v, %v", ok, err)
	}
	if _, err := st.Invitation(ctx, inv.TokenHash); !errors.Is(err, feedback.ErrNotFound) {
		t.Errorf("the link after its invitation was purged: %v, want ErrNotFound", err)
	}
	if it, err := st.FeedbackItem(ctx, inv.Reference); err != nil || it.Rating != 4 {
		t.Errorf("the reply after its invitation was purged: %+v, %v", it, err)
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
	if items, events := underReference(t, db, table, it.ID); items != 1 || events != 0 {
		t.Fatalf("under the reference: %d items, %d stored history events; want 1 and 0 (created is derived)", items, events)
	}
	hist, err := st.FeedbackHistory(ctx, it.ID)
	if err != nil || len(hist) != 1 || hist[0].Type != "created" || !hist[0].At.Equal(now) || hist[0].To != feedback.StatusNew {
		t.Fatalf("history %+v (%v): want the created event at the item's creation", hist, err)
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

// TestSaveFeedbackRedeliveryKeepsTheStoredItem: a redelivery classified differently (a later
// classifier version) stores nothing, counts nothing, and the history's created event is the stored
// item's. An item stored before the created event was derived keeps its stored event, once.
func TestSaveFeedbackRedeliveryKeepsTheStoredItem(t *testing.T) {
	st, db, table := newStore(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	it := feedback.Item{ID: "FB-CCCCCCCC", Channel: "112", CentreID: "a", CentreKind: "alarm", District: "bornholm", SubmittedAt: now,
		CreatedAt: now, Rating: 4, Category: "praise", Priority: "P4", Team: "citizen-service", Status: feedback.StatusNew, Version: 1}
	sk := dynamo.CounterSK("112", "alarm", "a", "bornholm", "praise")
	if _, err := st.SaveFeedback(ctx, it); err != nil {
		t.Fatal(err)
	}
	again := it
	again.Category, again.CreatedAt = "other", now.Add(time.Minute) // a later attempt, another classifier version
	for i := 0; i < 2; i++ {
		created, err := st.SaveFeedback(ctx, again)
		if err != nil || created {
			t.Fatalf("redelivery %d: created=%v err=%v, want created=false", i, created, err)
		}
	}
	if got := dayCount(t, db, table, now, sk); got != "1" {
		t.Errorf("count of the stored category after two redeliveries = %s, want 1", got)
	}
	if got := dayCount(t, db, table, now, dynamo.CounterSK("112", "alarm", "a", "bornholm", "other")); got != "0" {
		t.Errorf("count of the redelivery's category = %s, want 0: the stored item is what counts", got)
	}
	hist, err := st.FeedbackHistory(ctx, it.ID)
	if err != nil || len(hist) != 1 || !hist[0].At.Equal(now) {
		t.Errorf("history %+v (%v): want one created event at the stored item's creation", hist, err)
	}

	// An item from before: its created event is stored, and is not doubled.
	old := feedback.HistoryEvent{At: now, Actor: "system", Type: "created", To: feedback.StatusNew}
	av := map[string]types.AttributeValue{"at": &types.AttributeValueMemberS{Value: now.Format(time.RFC3339Nano)},
		"actor": &types.AttributeValueMemberS{Value: "system"}, "type": &types.AttributeValueMemberS{Value: "created"}, "to": &types.AttributeValueMemberS{Value: feedback.StatusNew}}
	av["PK"], av["SK"] = &types.AttributeValueMemberS{Value: dynamo.FeedbackPK(it.ID)}, &types.AttributeValueMemberS{Value: dynamo.HistorySK(now, 0)}
	if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table), Item: av}); err != nil {
		t.Fatal(err)
	}
	if hist, err := st.FeedbackHistory(ctx, it.ID); err != nil || len(hist) != 1 || hist[0] != old {
		t.Errorf("history of an item with a stored created event: %+v (%v)", hist, err)
	}
}

// TestSaveFeedbackCountsAtMostOnce: the counting belongs to the attempt that stored the item; an attempt cut off before its counter write loses that count rather than
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
	if items, events := underReference(t, db, table, it.ID); items != 1 || events != 0 {
		t.Errorf("under the reference: %d items, %d stored history events; want 1 and 0", items, events)
	}
	row := counterRow(t, db, table, now, dynamo.CounterSK("114", "duty", "fyn-vagtcentral", "fyn", "conduct"))
	for attr, want := range map[string]string{"count": "1", "conduct": "1", "ratingSum": "1"} {
		if v, ok := row[attr].(*types.AttributeValueMemberN); !ok || v.Value != want {
			t.Errorf("counter %s = %v, want %s", attr, row[attr], want)
		}
	}
}
