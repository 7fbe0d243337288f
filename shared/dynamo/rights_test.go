package dynamo_test

import (
	"context"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/retention"
)

// storedReply stores a reply as classify would: its reference claimed by an invitation first, then
// the item with its created event and counters, and a staff note.
func storedReply(t *testing.T, st *dynamo.Store, name string, created time.Time, status string, urgent bool) feedback.Item {
	t.Helper()
	ctx := context.Background()
	ref := feedback.ReferenceOf(feedback.HashToken("tok-" + name)) // the invitation's item is under the token's reference
	inv := feedback.Invitation{TokenHash: feedback.HashToken("tok-" + name), Reference: ref, ContactID: "c-" + ref, Channel: "114",
		Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Language: "da", CreatedAt: created, ExpiresAt: created.Add(7 * 24 * time.Hour)}
	if err := st.CreateInvitation(ctx, inv); err != nil {
		t.Fatal(err)
	}
	it := feedback.Item{ID: ref, ContactID: "c-" + ref, Channel: "114", CentreID: "fyn-vagtcentral", CentreKind: "duty", District: "fyn",
		SubmittedAt: created, CreatedAt: created, Rating: 2, TakenSeriously: "no", WaitAcceptable: "no",
		Text: "Jeg ventede længe, ring på 20123456", ContactOK: true, Contact: "borger@example.dk", Reasons: []string{"ventede længe"},
		Category: "response_time", Urgent: urgent, Priority: "P2", Team: "citizen-service", Status: status, Version: 1, UpdatedAt: created}
	if _, err := st.SaveFeedback(ctx, it); err != nil {
		t.Fatal(err)
	}
	if urgent {
		if err := st.MarkAlerted(ctx, ref, created); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.AppendHistory(ctx, it, feedback.HistoryEvent{At: created.Add(time.Minute), Actor: "anna", Type: "note", Note: "ringede borgeren op på 20123456"}); err != nil {
		t.Fatal(err)
	}
	return it
}

func erased(it feedback.Item) bool {
	return it.Text == "" && it.Contact == "" && !it.ContactOK && it.ContactID == "" && len(it.Reasons) == 0
}

func notesErased(t *testing.T, st *dynamo.Store, ref string) bool {
	t.Helper()
	hist, err := st.FeedbackHistory(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range hist {
		if ev.Type == "note" && (ev.Note != "" || !ev.Erased) {
			return false
		}
	}
	return true
}

func TestOptOutIsKeptAndIdempotent(t *testing.T) {
	st, _, _ := newStore(t)
	ctx := context.Background()
	now := time.Now()
	for range 2 {
		if err := st.OptOut(ctx, "hash-1", now); err != nil {
			t.Fatal(err)
		}
	}
	// The frequency row of the same number expires and is replaced; the opt-out is a row of its own.
	if err := st.ReservePhone(ctx, "hash-1", "c-1", "FB-00000001", now, now.Add(-time.Hour), time.Minute); err != nil {
		t.Fatal(err)
	}
	for hash, want := range map[string]bool{"hash-1": true, "hash-2": false} {
		if got, err := st.OptedOut(ctx, hash); err != nil || got != want {
			t.Errorf("OptedOut(%s) = %v, %v; want %v", hash, got, err, want)
		}
	}
	// The way back: lifted with the citizen's consent on record, in one write.
	lift := feedback.OptOutLift{LiftedAt: now.Add(time.Hour), LiftedBy: "anna", LiftedBySub: "s-anna", Consent: "Borgeren bad selv om SMS igen"}
	got, err := st.LiftOptOut(ctx, "hash-1", lift)
	if err != nil || got.OptedOutAt.IsZero() {
		t.Fatalf("lift: %+v, %v", got, err)
	}
	if out, _ := st.OptedOut(ctx, "hash-1"); out {
		t.Error("still opted out after the lift")
	}
	if _, err := st.LiftOptOut(ctx, "hash-1", lift); !errors.Is(err, feedback.ErrNotFound) {
		t.Errorf("second lift: %v, want ErrNotFound", err)
	}
	lifts, err := st.OptOutLifts(ctx)
	if err != nil || len(lifts) != 1 || lifts[0].LiftedBy != "anna" || lifts[0].Consent != lift.Consent {
		t.Errorf("audit %+v, %v", lifts, err)
	}
}

// TestWithdraw: a withdrawal erases the free text, contact details, multiple-choice answers and
// notes, records who (the citizen) and when, keeps what the statistics and the alert's audit need,
// leaves the counters as they were; a replay changes nothing; a withdrawal that overtakes the
// reply on the queue is settled when the reply is stored.
func TestWithdraw(t *testing.T) {
	st, db, table := newStore(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	it := storedReply(t, st, "FB-WITHDRW1", now, feedback.StatusNew, true)
	before, err := st.DailyCounters(ctx, now, now)
	if err != nil {
		t.Fatal(err)
	}
	at := now.Add(time.Hour)
	if err := st.Withdraw(ctx, it.ID, at); err != nil {
		t.Fatal(err)
	}
	got, err := st.FeedbackItem(ctx, it.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !erased(got) || got.TakenSeriously != "" || got.WaitAcceptable != "" || got.WithdrawnAt == nil || !got.WithdrawnAt.Equal(at) {
		t.Errorf("withdrawn item %+v", got)
	}
	if got.Rating != 2 || got.Category != "response_time" || got.Channel != "114" || got.CentreID != "fyn-vagtcentral" || !got.Urgent || !got.SubmittedAt.Equal(now) {
		t.Errorf("what the statistics need is gone: %+v", got)
	}
	if ok, _ := st.Alerted(ctx, it.ID); !ok {
		t.Error("the urgent alert's record must stay")
	}
	hist, _ := st.FeedbackHistory(ctx, it.ID)
	last := hist[len(hist)-1]
	if last.Type != feedback.EventWithdrawn || last.Actor != feedback.ActorCitizen || !last.At.Equal(at) {
		t.Errorf("history ends with %+v, want the citizen's withdrawal", last)
	}
	if !notesErased(t, st, it.ID) {
		t.Error("notes must be erased")
	}
	after, _ := st.DailyCounters(ctx, now, now)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("counters changed: %v → %v", before, after)
	}

	// A replay changes nothing.
	_, evBefore := underReference(t, db, table, it.ID)
	if err := st.Withdraw(ctx, it.ID, at.Add(time.Hour)); !errors.Is(err, feedback.ErrGone) {
		t.Errorf("second withdrawal: %v, want ErrGone", err)
	}
	again, _ := st.FeedbackItem(ctx, it.ID)
	if _, evAfter := underReference(t, db, table, it.ID); evAfter != evBefore || again.Version != got.Version || !again.WithdrawnAt.Equal(at) {
		t.Errorf("a replay changed the item or its history (%d → %d events)", evBefore, evAfter)
	}
	if err := st.Withdraw(ctx, "FB-NOSUCH00", at); !errors.Is(err, feedback.ErrNotFound) {
		t.Errorf("unknown reference: %v, want ErrNotFound", err)
	}

	// Withdrawn while the reply is still on the queue: settled when intake stores it.
	inv := feedback.Invitation{TokenHash: feedback.HashToken("tok-early"), Reference: feedback.ReferenceOf(feedback.HashToken("tok-early")), ContactID: "c-early", Channel: "112",
		Centre: feedback.Centre{ID: "a", Kind: "alarm", District: "fyn"}, CreatedAt: now, ExpiresAt: now.Add(time.Hour)}
	if err := st.CreateInvitation(ctx, inv); err != nil {
		t.Fatal(err)
	}
	if err := st.Withdraw(ctx, inv.Reference, at); err != nil {
		t.Fatal(err)
	}
	late := feedback.Item{ID: inv.Reference, ContactID: "c-early", Channel: "112", CentreID: "a", CentreKind: "alarm", District: "fyn",
		SubmittedAt: now, CreatedAt: now, Rating: 4, Text: "fin betjening", Category: "praise", Priority: "P4", Team: "citizen-service",
		Status: feedback.StatusNew, Version: 1, UpdatedAt: now}
	if _, err := st.SaveFeedback(ctx, late); err != nil {
		t.Fatal(err)
	}
	if w, err := st.SettleWithdrawal(ctx, late.ID); err != nil || !w {
		t.Fatalf("settle: %v, %v", w, err)
	}
	if got, _ := st.FeedbackItem(ctx, late.ID); !erased(got) || got.WithdrawnAt == nil || got.Rating != 4 {
		t.Errorf("late item not withdrawn: %+v", got)
	}
	if w, err := st.SettleWithdrawal(ctx, it.ID); err != nil || !w {
		t.Errorf("settling a settled withdrawal: %v, %v", w, err)
	}
}

// crashingStore fails every call after the first n to AnonymiseFeedback and PurgeInvitationRow,
// as a run killed halfway would leave the table.
type crashingStore struct {
	*dynamo.Store
	left atomic.Int64
}

var errCrash = errors.New("crash")

func (c *crashingStore) AnonymiseFeedback(ctx context.Context, ref string, cutoff, now time.Time) (retention.Result, error) {
	if c.left.Add(-1) < 0 {
		return "", errCrash
	}
	return c.Store.AnonymiseFeedback(ctx, ref, cutoff, now)
}

func (c *crashingStore) PurgeInvitationRow(ctx context.Context, k retention.RowKey, now time.Time) (bool, error) {
	if c.left.Add(-1) < 0 {
		return false, errCrash
	}
	return c.Store.PurgeInvitationRow(ctx, k, now)
}

// TestRetention seeds items and invitation rows older and younger than their periods, runs the
// retention service on the emulator, and checks that exactly the old ones' personal fields (and
// rows) are gone: open items and legal holds kept, withdrawn items finished, a re-run changes
// nothing, and a run that crashes halfway is completed by the next.
func TestRetention(t *testing.T) {
	for _, crashAfter := range []int64{-1, 2} {
		name := "whole run"
		if crashAfter >= 0 {
			name = "crash halfway"
		}
		t.Run(name, func(t *testing.T) {
			st, db, table := newStore(t)
			ctx := context.Background()
			now := time.Date(2026, 12, 7, 2, 15, 0, 0, time.UTC)
			old, young := now.AddDate(0, 0, -200), now.AddDate(0, 0, -100)
			oldClosed := storedReply(t, st, "FB-OLDCLOS1", old, feedback.StatusClosed, false)
			oldResolved := storedReply(t, st, "FB-OLDRESO1", old.Add(time.Hour), feedback.StatusResolved, true)
			oldOpen := storedReply(t, st, "FB-OLDOPEN1", old, feedback.StatusInProgress, false)
			oldHeld := storedReply(t, st, "FB-OLDHELD1", old, feedback.StatusClosed, false)
			oldWithdrawn := storedReply(t, st, "FB-OLDWDRW1", old, feedback.StatusClosed, false)
			youngClosed := storedReply(t, st, "FB-YNGCLOS1", young, feedback.StatusClosed, false)
			if err := st.SetLegalHold(ctx, oldHeld, true, feedback.HistoryEvent{At: old.Add(time.Hour), Actor: "boss", Type: feedback.EventLegalHold, Note: "klagesag"}); err != nil {
				t.Fatal(err)
			}
			if err := st.Withdraw(ctx, oldWithdrawn.ID, old.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			// Invitation rows: a contact suppressed 40 days ago (expired 10 days ago) and today; a
			// link sent 40 days ago (token expires 7 + 30 days after) and one sent today.
			sent := func(cid, name string, at time.Time) string {
				ref := feedback.ReferenceOf(feedback.HashToken("tok-" + cid))
				hash := hex.EncodeToString([]byte(name)) // phone hashes are hex (stored as bytes)
				if err := st.ReservePhone(ctx, hash, cid, ref, at, at.Add(-30*24*time.Hour), time.Minute); err != nil {
					t.Fatal(err)
				}
				inv := feedback.Invitation{TokenHash: feedback.HashToken("tok-" + cid), Reference: ref, ContactID: cid, Channel: "114", PhoneHash: hash,
					Centre: feedback.Centre{ID: "x", Kind: "duty", District: "fyn"}, CreatedAt: at, ExpiresAt: at.Add(7 * 24 * time.Hour)}
				if err := st.CreateInvitation(ctx, inv); err != nil {
					t.Fatal(err)
				}
				return ref
			}
			c := feedback.Contact{ContactID: "c-sup-old", Channel: "114", EndedAt: now, Centre: feedback.Centre{ID: "x", Kind: "duty", District: "fyn"}}
			if err := st.SuppressContact(ctx, c, "minor", now.AddDate(0, 0, -40)); err != nil {
				t.Fatal(err)
			}
			c.ContactID = "c-sup-new"
			if err := st.SuppressContact(ctx, c, "minor", now); err != nil {
				t.Fatal(err)
			}
			sentOld := sent("c-sent-old", "hash-old", now.AddDate(0, 0, -40))
			sentNew := sent("c-sent-new", "hash-new", now)

			log := slog.New(slog.NewTextHandler(io.Discard, nil))
			run := func(s retention.Store) (retention.Report, error) {
				return retention.NewService(retention.Config{FirstLookback: 60 * 24 * time.Hour}, s, func() time.Time { return now }, log).Run(ctx)
			}
			if crashAfter >= 0 {
				cs := &crashingStore{Store: st}
				cs.left.Store(crashAfter)
				if _, err := run(cs); err == nil {
					t.Fatal("a run that crashed must report an error")
				}
			}
			r, err := run(st)
			if err != nil || !r.Finished {
				t.Fatalf("run: %+v, %v", r, err)
			}
			// The open item is not in byTextRetention (only closed or withdrawn ones are): never seen.
			if crashAfter < 0 && (r.Anonymised != 3 || r.KeptOpen != 0 || r.KeptLegalHold != 1) {
				t.Errorf("report %+v: want 3 anonymised (closed, resolved, withdrawn), 1 held", r)
			}
			for _, tc := range []struct {
				it        feedback.Item
				wantErase bool
			}{
				{oldClosed, true}, {oldResolved, true}, {oldWithdrawn, true},
				{oldOpen, false}, {oldHeld, false}, {youngClosed, false},
			} {
				got, err := st.FeedbackItem(ctx, tc.it.ID)
				if err != nil {
					t.Fatal(err)
				}
				if erased(got) != tc.wantErase || notesErased(t, st, tc.it.ID) != tc.wantErase {
					t.Errorf("%s: erased %v (notes %v), want %v", tc.it.ID, erased(got), notesErased(t, st, tc.it.ID), tc.wantErase)
				}
				if tc.wantErase && (got.AnonymisedAt == nil || got.Rating != 2 || got.Category != "response_time" || got.Status != tc.it.Status) {
					t.Errorf("%s: anonymised item lost what it keeps: %+v", tc.it.ID, got)
				}
				if !tc.wantErase && tc.it.ID != oldWithdrawn.ID && got.Text != tc.it.Text {
					t.Errorf("%s: text changed", tc.it.ID)
				}
			}
			if ok, _ := st.Alerted(ctx, oldResolved.ID); !ok {
				t.Error("the alert's record must stay")
			}
			for _, row := range []struct {
				pk, sk string
				want   bool
			}{
				{"CONTACT#c-sup-old", "CONTACT", false}, {"CONTACT#c-sup-new", "CONTACT", true},
				{dynamo.FeedbackPK(sentOld), "ITEM", false}, {"PHONE#" + hex.EncodeToString([]byte("hash-old")), "PHONE", false},
				{dynamo.FeedbackPK(sentNew), "ITEM", true}, {"PHONE#" + hex.EncodeToString([]byte("hash-new")), "PHONE", true},
			} {
				if got := exists(t, db, table, row.pk, row.sk); got != row.want {
					t.Errorf("%s/%s exists %v, want %v", row.pk, row.sk, got, row.want)
				}
			}
			// The counters are never touched, and a re-run changes nothing.
			counters, _ := st.DailyCounters(ctx, old, now)
			r2, err := run(st)
			if err != nil || r2.Anonymised != 0 || r2.RowsDeleted != 0 || r2.KeptOpen != 0 || r2.KeptLegalHold != 1 {
				t.Errorf("re-run: %+v, %v", r2, err)
			}
			if again, _ := st.DailyCounters(ctx, old, now); !reflect.DeepEqual(counters, again) || len(counters) == 0 {
				t.Error("counters changed or missing")
			}
			// Released from the hold and closed, it goes on the next run.
			held, _ := st.FeedbackItem(ctx, oldHeld.ID)
			if err := st.SetLegalHold(ctx, held, false, feedback.HistoryEvent{At: now, Actor: "boss", Type: feedback.EventLegalRelease, Note: "sagen afsluttet"}); err != nil {
				t.Fatal(err)
			}
			if r3, err := run(st); err != nil || r3.Anonymised != 1 {
				t.Errorf("after the release: %+v, %v", r3, err)
			}
		})
	}
}

func exists(t *testing.T, db *dynamodb.Client, table, pk, sk string) bool {
	t.Helper()
	got, err := db.GetItem(context.Background(), &dynamodb.GetItemInput{TableName: aws.String(table), ConsistentRead: aws.Bool(true),
		Key: map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: pk}, "SK": &types.AttributeValueMemberS{Value: sk}}})
	if err != nil {
		t.Fatal(err)
	}
	return got.Item != nil
}
