package dynamo_test

import (
	"context"
	"encoding/hex"
	"errors"
	"testing"
	"time"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/reminder"
	"borgerfeedback/shared/retention"
)

// TestConditionalWrites pins what each conditional write refuses and allows, on the emulator: the
// conditions are built with feature/dynamodb/expression, and a condition that reads differently
// (an OR for an AND, < for <=, a missing attribute_not_exists) changes one of these outcomes.
func TestConditionalWrites(t *testing.T) {
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	invitation := func(t *testing.T, st *dynamo.Store, cid, phone string, at time.Time) feedback.Invitation {
		t.Helper()
		hash := feedback.HashToken("tok-" + cid)
		inv := feedback.Invitation{TokenHash: hash, Reference: feedback.ReferenceOf(hash), ContactID: cid, Channel: "114", PhoneHash: phone,
			Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Language: "da", CreatedAt: at, ExpiresAt: at.Add(7 * 24 * time.Hour)}
		if phone != "" {
			if err := st.ReservePhone(context.Background(), phone, cid, inv.Reference, at, at.Add(-30*24*time.Hour), time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.CreateInvitation(context.Background(), inv); err != nil {
			t.Fatal(err)
		}
		return inv
	}
	reply := func(t *testing.T, st *dynamo.Store, inv feedback.Invitation, at time.Time) {
		t.Helper()
		it := feedback.Item{ID: inv.Reference, ContactID: inv.ContactID, Channel: "114", CentreID: inv.Centre.ID, CentreKind: inv.Centre.Kind,
			District: inv.Centre.District, SubmittedAt: at, CreatedAt: at, Rating: 4, Category: "praise", Priority: "P4", Status: feedback.StatusNew, Version: 1}
		if created, err := st.SaveFeedback(context.Background(), it); err != nil || !created {
			t.Fatalf("save reply: %v %v", created, err)
		}
	}
	phoneA, phoneB := hex.EncodeToString([]byte("phone-a")), hex.EncodeToString([]byte("phone-b"))
	for _, tc := range []struct {
		name string
		run  func(t *testing.T, st *dynamo.Store)
	}{
		{"safety list: a shorter or equal listing keeps the entry, a longer one replaces it", func(t *testing.T, st *dynamo.Store) {
			ctx := context.Background()
			put := func(class string, months int) {
				if err := st.AddToSafetyList(ctx, feedback.SafetyEntry{PhoneHash: phoneA, Class: class, ListedAt: t0, ListedUntil: t0.AddDate(0, months, 0)}); err != nil {
					t.Fatal(err)
				}
			}
			want := func(class string, months int) {
				t.Helper()
				e, err := st.SafetyEntry(ctx, phoneA)
				if err != nil || e.Class != class || !e.ListedUntil.Equal(t0.AddDate(0, months, 0)) {
					t.Errorf("entry %+v %v, want %s until +%d months", e, err, class, months)
				}
			}
			put(feedback.SafetyMinor, 6)
			put(feedback.SafetyDoNotContact, 6) // equal: kept
			want(feedback.SafetyMinor, 6)
			put(feedback.SafetySensitive, 24)
			want(feedback.SafetySensitive, 24)
			put(feedback.SafetyDoNotContact, 12)
			want(feedback.SafetySensitive, 24)
		}},
		{"sweep checkpoint: never moves back", func(t *testing.T, st *dynamo.Store) {
			ctx := context.Background()
			for _, h := range []int{5, 3, 5, 7, 6} {
				if err := st.SaveSweepCheckpoint(ctx, t0.Add(time.Duration(h)*time.Hour)); err != nil {
					t.Fatal(err)
				}
			}
			if got, err := st.SweepCheckpoint(ctx); err != nil || !got.Equal(t0.Add(7*time.Hour)) {
				t.Errorf("checkpoint %v %v, want %v", got, err, t0.Add(7*time.Hour))
			}
		}},
		{"reminder: dropped once; a claim only on an unused, unanswered, unclaimed link, released only by its own time", func(t *testing.T, st *dynamo.Store) {
			ctx := context.Background()
			e := reminder.Entry{Due: t0.Add(48 * time.Hour), TokenHash: feedback.HashToken("tok-r"), Sealed: []byte{1, 2, 3}, Expires: t0.Add(7 * 24 * time.Hour)}
			if err := st.ScheduleReminder(ctx, e); err != nil {
				t.Fatal(err)
			}
			for i, want := range []bool{true, false} {
				if dropped, err := st.DropReminder(ctx, e); err != nil || dropped != want {
					t.Errorf("drop %d: %v %v, want %v", i, dropped, err, want)
				}
			}
			if err := st.ClaimReminder(ctx, feedback.HashToken("tok-none"), t0); !errors.Is(err, feedback.ErrConflict) {
				t.Errorf("claim on no invitation: %v, want ErrConflict", err)
			}
			inv := invitation(t, st, "c-claim", "", t0)
			first, second := t0.Add(48*time.Hour), t0.Add(49*time.Hour)
			if err := st.ClaimReminder(ctx, inv.TokenHash, first); err != nil {
				t.Fatal(err)
			}
			if err := st.ClaimReminder(ctx, inv.TokenHash, second); !errors.Is(err, feedback.ErrConflict) {
				t.Errorf("a second claim: %v, want ErrConflict", err)
			}
			if err := st.ReleaseReminder(ctx, inv.TokenHash, second); err != nil {
				t.Fatal(err)
			}
			if err := st.ClaimReminder(ctx, inv.TokenHash, second); !errors.Is(err, feedback.ErrConflict) {
				t.Errorf("claim after another time's release: %v, want ErrConflict (the first claim stays)", err)
			}
			if err := st.ReleaseReminder(ctx, inv.TokenHash, first); err != nil {
				t.Fatal(err)
			}
			if err := st.ClaimReminder(ctx, inv.TokenHash, second); err != nil {
				t.Errorf("claim after its own release: %v", err)
			}
			used := invitation(t, st, "c-used", "", t0)
			if err := st.MarkUsed(ctx, used.TokenHash, t0.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			answered := invitation(t, st, "c-answered", "", t0)
			reply(t, st, answered, t0.Add(time.Hour))
			for name, tok := range map[string]string{"used": used.TokenHash, "answered": answered.TokenHash} {
				if err := st.ClaimReminder(ctx, tok, first); !errors.Is(err, feedback.ErrConflict) {
					t.Errorf("claim on a %s link: %v, want ErrConflict", name, err)
				}
			}
		}},
		{"invitation: cancelling keeps an answered one; an alert is marked only on a reply", func(t *testing.T, st *dynamo.Store) {
			ctx := context.Background()
			open := invitation(t, st, "c-open", "", t0)
			if err := st.MarkAlerted(ctx, open.Reference, t0); err == nil {
				t.Error("alert marked on an unanswered invitation")
			}
			if ok, err := st.Alerted(ctx, open.Reference); err != nil || ok {
				t.Errorf("alerted %v %v on an unanswered invitation", ok, err)
			}
			answered := invitation(t, st, "c-ans", "", t0)
			reply(t, st, answered, t0.Add(time.Hour))
			if err := st.MarkAlerted(ctx, answered.Reference, t0.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			if ok, err := st.Alerted(ctx, answered.Reference); err != nil || !ok {
				t.Errorf("alerted %v %v on a reply", ok, err)
			}
			for _, inv := range []feedback.Invitation{open, answered} {
				if err := st.CancelInvitation(ctx, inv); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := st.Invitation(ctx, open.TokenHash); !errors.Is(err, feedback.ErrNotFound) {
				t.Errorf("a cancelled invitation: %v, want ErrNotFound", err)
			}
			if _, err := st.FeedbackItem(ctx, answered.Reference); err != nil {
				t.Errorf("cancelling an answered invitation removed its reply: %v", err)
			}
		}},
		{"purge: not before its day; the phone row only while it is this contact's; an answered item keeps its reply", func(t *testing.T, st *dynamo.Store) {
			ctx := context.Background()
			mine := invitation(t, st, "c-mine", phoneA, t0)
			taken := invitation(t, st, "c-taken", phoneB, t0)
			later := t0.Add(31 * 24 * time.Hour) // outside the frequency window: a later contact takes phone B's row
			if err := st.ReservePhone(ctx, phoneB, "c-later", feedback.ReferenceOf(feedback.HashToken("tok-later")), later, later.Add(-30*24*time.Hour), time.Minute); err != nil {
				t.Fatal(err)
			}
			answered := invitation(t, st, "c-answ", "", t0)
			reply(t, st, answered, t0.Add(time.Hour))
			due := t0.Add(37 * 24 * time.Hour) // the link's 7 days and the invitations' 30
			for _, inv := range []feedback.Invitation{mine, taken, answered} {
				k := retention.RowKey{PK: dynamo.FeedbackPK(inv.Reference), SK: "ITEM"}
				if ok, err := st.PurgeInvitationRow(ctx, k, due.Add(-24*time.Hour)); err != nil || ok {
					t.Errorf("%s purged a day early: %v %v", inv.ContactID, ok, err)
				}
				if ok, err := st.PurgeInvitationRow(ctx, k, due); err != nil || !ok {
					t.Errorf("%s not purged on its day: %v %v", inv.ContactID, ok, err)
				}
				if ok, err := st.PurgeInvitationRow(ctx, k, due); err != nil || ok {
					t.Errorf("%s purged twice: %v %v", inv.ContactID, ok, err)
				}
			}
			ps, err := st.PhoneState(ctx, phoneA, due)
			if err != nil || ps.LastContact != "" {
				t.Errorf("phone A after its contact's purge: %+v %v, want no row", ps, err)
			}
			if ps, err := st.PhoneState(ctx, phoneB, due); err != nil || ps.LastContact != "c-later" {
				t.Errorf("phone B after the earlier contact's purge: %+v %v, want the later contact's row", ps, err)
			}
			if it, err := st.FeedbackItem(ctx, answered.Reference); err != nil || it.Rating != 4 {
				t.Errorf("the answered item after the purge: %+v %v", it, err)
			}
		}},
		{"purge: a suppressed contact's row not before it expires", func(t *testing.T, st *dynamo.Store) {
			ctx := context.Background()
			c := feedback.Contact{ContactID: "c-sup", Channel: "114", EndedAt: t0, Centre: feedback.Centre{ID: "x", Kind: "duty", District: "fyn"}}
			if err := st.SuppressContact(ctx, c, "minor", t0); err != nil {
				t.Fatal(err)
			}
			k := retention.RowKey{PK: "CONTACT#c-sup", SK: "CONTACT"}
			expires := t0.Add(30 * 24 * time.Hour)
			for _, step := range []struct {
				at   time.Time
				want bool
			}{{expires.Add(-time.Second), false}, {expires, true}, {expires, false}} {
				if ok, err := st.PurgeInvitationRow(ctx, k, step.at); err != nil || ok != step.want {
					t.Errorf("purge at %v: %v %v, want %v", step.at, ok, err, step.want)
				}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, _, _ := newStore(t)
			tc.run(t, st)
		})
	}
}
