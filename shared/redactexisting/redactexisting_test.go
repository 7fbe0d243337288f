package redactexisting_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/redact"
	"borgerfeedback/shared/redactexisting"
	"borgerfeedback/shared/resources"
)

var motoURL string

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

// Texts as the old rules stored them: CPR numbers in spellings they missed, phone numbers and e-mail
// addresses in the clear (they were masked only when read).
var oldTexts = []string{
	"Jeg ventede længe i køen.", // clean: stays as it is
	"mit cpr er cpr0101901234, ring",
	"01.01.90-1234 er mit personnummer",
	"CPR 010190 - 1234 og tlf 20 12 34 56",
	"０１０１９０－１２３４",
	"skriv til borger@example.dk",
	"Ventede 40 min.", // clean
	"010190\u20111234kr",
	"01 01 90 1234",
}

// failAfter fails the n-th Query on a partition (not the index), as an interrupted run would stop.
type failAfter struct {
	*dynamodb.Client
	n, calls atomic.Int64
}

func (f *failAfter) Query(ctx context.Context, in *dynamodb.QueryInput, opts ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	if in.IndexName == nil && f.calls.Add(1) == f.n.Load() {
		return nil, errors.New("interrupted")
	}
	return f.Client.Query(ctx, in, opts...)
}

func TestRedactExistingOnTheEmulator(t *testing.T) {
	ctx := context.Background()
	db := dynamodb.NewFromConfig(motostack.AWSConfig(ctx, motoURL))
	def := resources.Table
	def.Name = "redact-existing-test"
	if err := motostack.CreateTable(ctx, db, def); err != nil {
		t.Fatal(err)
	}
	store := dynamo.New(dynamocall.New(motostack.AWSConfig(ctx, motoURL)), def.Name, dynamo.Retention{})

	// Seed 18 items stored under the old rules, two with a note quoting a CPR number.
	now := time.Now().UTC().Truncate(time.Second)
	var items []feedback.Item
	dirty := 0
	for i := range 18 {
		text := oldTexts[i%len(oldTexts)]
		at := now.Add(time.Duration(i) * time.Minute)
		it := feedback.Item{ID: fmt.Sprintf("FB-OLD%05d", i), ContactID: fmt.Sprintf("c-%d", i), Channel: "114",
			CentreID: "fyn-vagtcentral", CentreKind: "duty", District: "fyn", FormLanguage: "da", SubmittedAt: at, CreatedAt: at,
			Rating: 2, Text: text, ContactOK: i == 5, Category: feedback.CategoryOther, Priority: feedback.P3, Team: "citizen-service",
			TextLanguage: "da", Reasons: []string{"rating 2"}, ClassifierVersion: "old", UpdatedAt: at, Version: 1,
			Status: []string{feedback.StatusNew, feedback.StatusNew, feedback.StatusClosed}[i%3]} // both of byCreated's partitions
		if i == 5 {
			it.Contact = "borger@example.dk" // the consented contact stays as given
		}
		if i == 3 {
			it.Reasons = []string{"matched 'cpr 0101901234'"}
		}
		if redact.Text(it.Text) != it.Text || i == 3 {
			dirty++
		}
		if _, err := store.SaveFeedback(ctx, it); err != nil {
			t.Fatal(err)
		}
		items = append(items, it)
	}
	for _, i := range []int{2, 11} {
		ev := feedback.HistoryEvent{At: now.Add(time.Hour), Actor: "fyn@politi.dk", Type: "note", Note: "borgerens cpr 010190-1234"}
		if err := store.AppendHistory(ctx, items[i], ev); err != nil {
			t.Fatal(err)
		}
	}

	// Interrupted in its second page.
	broken := &failAfter{Client: db}
	broken.n.Store(7)
	first, err := redactexisting.Run(ctx, broken, def.Name, redactexisting.Options{PageSize: 4})
	if err == nil {
		t.Fatal("the interrupted run reported no error")
	}
	t.Log(first)
	// Resumed: starts after the last page it finished, not from the beginning.
	second, err := redactexisting.Run(ctx, db, def.Name, redactexisting.Options{PageSize: 4})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(second)
	if !second.Resumed || second.Items != len(items)-4 {
		t.Errorf("second run: resumed %v, %d items; want resumed after the first page (%d items)", second.Resumed, second.Items, len(items)-4)
	}
	if got := first.TextsChanged + second.TextsChanged; got != dirty {
		t.Errorf("%d texts redacted in all, want %d", got, dirty)
	}
	if got := first.NotesChanged + second.NotesChanged; got != 2 {
		t.Errorf("%d notes redacted in all, want 2", got)
	}

	// Every item now holds what the current rules store, and nothing else changed.
	for _, want := range items {
		got, err := store.FeedbackItem(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != redact.Text(want.Text) || strings.Contains(strings.Join(got.Reasons, " "), "0101901234") {
			t.Errorf("%s: text %q reasons %q", want.ID, got.Text, got.Reasons)
		}
		if got.Version != want.Version || got.Status != want.Status || got.Contact != want.Contact || got.Category != want.Category {
			t.Errorf("%s: other attributes changed: %+v", want.ID, got)
		}
		hist, err := store.FeedbackHistory(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range hist {
			if strings.Contains(ev.Note, "1234") {
				t.Errorf("%s: note %q not redacted", want.ID, ev.Note)
			}
		}
	}

	// A re-run is a no-op: finished, and even when asked to check everything again nothing changes.
	third, err := redactexisting.Run(ctx, db, def.Name, redactexisting.Options{PageSize: 4})
	if err != nil || !third.AlreadyDone || third.Items != 0 {
		t.Errorf("third run: %v, %v", third, err)
	}
	again, err := redactexisting.Run(ctx, db, def.Name, redactexisting.Options{PageSize: 4, Again: true})
	if err != nil || again.Items != len(items) || again.TextsChanged != 0 || again.NotesChanged != 0 || again.Conflicts != 0 {
		t.Errorf("run again: %v, %v", again, err)
	}
	for _, r := range []redactexisting.Report{first, second, third, again} {
		if strings.Contains(r.String(), "@") || strings.Contains(r.String(), "cpr") {
			t.Errorf("report carries content: %s", r)
		}
	}
}

// changedBeforeUpdate changes the item under the pass (another writer) just before the pass's
// first update of it.
type changedBeforeUpdate struct {
	*dynamodb.Client
	change func()
	done   atomic.Bool
}

func (c *changedBeforeUpdate) UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error) {
	if !c.done.Swap(true) {
		c.change()
	}
	return c.Client.UpdateItem(ctx, in, opts...)
}

// TestRedactExistingLeavesWhatChangedMeanwhile: the pass's update holds only while every attribute
// it rewrites is still what it read; when one of them changed meanwhile, it writes none of them and
// counts a conflict, and a later run redacts what is there then.
func TestRedactExistingLeavesWhatChangedMeanwhile(t *testing.T) {
	ctx := context.Background()
	db := dynamodb.NewFromConfig(motostack.AWSConfig(ctx, motoURL))
	def := resources.Table
	def.Name = "redact-existing-conflict-test"
	if err := motostack.CreateTable(ctx, db, def); err != nil {
		t.Fatal(err)
	}
	store := dynamo.New(dynamocall.New(motostack.AWSConfig(ctx, motoURL)), def.Name, dynamo.Retention{})
	at := time.Now().UTC().Truncate(time.Second)
	it := feedback.Item{ID: "FB-OLD00001", Channel: "114", SubmittedAt: at, CreatedAt: at, Rating: 2, Text: oldTexts[1],
		Category: feedback.CategoryOther, Priority: feedback.P3, Reasons: []string{"matched 'cpr 0101901234'"}, Status: feedback.StatusNew, UpdatedAt: at, Version: 1}
	if _, err := store.SaveFeedback(ctx, it); err != nil {
		t.Fatal(err)
	}
	changed := []string{"sat af en anden: cpr 0101901234"}
	racing := &changedBeforeUpdate{Client: db, change: func() {
		reasons, err := attributevalue.Marshal(changed)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: aws.String(def.Name), Key: map[string]types.AttributeValue{
			"PK": &types.AttributeValueMemberS{Value: dynamo.FeedbackPK(it.ID)}, "SK": &types.AttributeValueMemberS{Value: "ITEM"}},
			UpdateExpression: aws.String("SET reasons = :r"), ExpressionAttributeValues: map[string]types.AttributeValue{":r": reasons}}); err != nil {
			t.Fatal(err)
		}
	}}
	rep, err := redactexisting.Run(ctx, racing, def.Name, redactexisting.Options{PageSize: 4})
	if err != nil || rep.Conflicts != 1 || rep.TextsChanged != 0 {
		t.Fatalf("run with a change under it: %v, %v; want 1 conflict, nothing changed", rep, err)
	}
	got, err := store.FeedbackItem(ctx, it.ID)
	if err != nil || got.Text != it.Text || len(got.Reasons) != 1 || got.Reasons[0] != changed[0] {
		t.Fatalf("after the conflict: text %q reasons %q, %v; want the text untouched and the other writer's reasons", got.Text, got.Reasons, err)
	}
	rep, err = redactexisting.Run(ctx, db, def.Name, redactexisting.Options{PageSize: 4, Again: true})
	if err != nil || rep.Conflicts != 0 || rep.TextsChanged != 1 {
		t.Fatalf("the next run: %v, %v", rep, err)
	}
	if got, err = store.FeedbackItem(ctx, it.ID); err != nil || got.Text != redact.Text(it.Text) || strings.Contains(got.Reasons[0], "0101901234") {
		t.Errorf("after the next run: text %q reasons %q, %v", got.Text, got.Reasons, err)
	}
}
