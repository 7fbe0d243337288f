package triage_test

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/triage"
)

var testPhoneKey = []byte("0123456789abcdef-test")

func listed(store *memStore, phone, class string) {
	store.safety[invite.PhoneHash(testPhoneKey, phone)] = feedback.SafetyEntry{Class: class, ListedAt: now.AddDate(0, -1, 0), ListedUntil: now.AddDate(0, 23, 0)}
}

func TestLiftSafetyEntry(t *testing.T) {
	const reason = `{"phone":"20 12 34 56","reason":"Borgeren har selv bedt om SMS igen; vurderet sikkert"}`
	tests := []struct {
		name, token, body string
		want              int
		wantLifted        bool
	}{
		{"district staff may not lift", "fyn", reason, 403, false},
		{"supervisor may not lift", "fyn-supervisor", reason, 403, false},
		{"DUP liaison may not lift", "dup", reason, 403, false},
		{"no token", "", reason, 401, false},
		{"reason missing", "national", `{"phone":"+4520123456"}`, 422, false},
		{"reason too short", "national", `{"phone":"+4520123456","reason":"ok"}`, 422, false},
		{"reason too long", "national", `{"phone":"+4520123456","reason":"` + strings.Repeat("x", 1001) + `"}`, 422, false},
		{"number too long as typed", "national", `{"phone":"+45 20 12 34 56` + strings.Repeat(" ", 40) + `","reason":"Borgeren har bedt om det"}`, 422, false},
		{"not a number", "national", `{"phone":"ring mig","reason":"Borgeren har bedt om det"}`, 422, false},
		{"unknown field", "national", `{"phone":"+4520123456","reason":"Borgeren har bedt om det","contactId":"c-1"}`, 422, false},
		{"number not on the list", "national", `{"phone":"+4520999999","reason":"Borgeren har bedt om det"}`, 404, false},
		{"national lifts, number written any way", "national", reason, 201, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := newMemStore()
			listed(store, "+4520123456", feedback.SafetySensitive)
			rec := call(t, newTestHandler(t, store), "POST", "/api/safety-list/lifts", tt.token, tt.body)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			if _, still := store.safety[invite.PhoneHash(testPhoneKey, "+4520123456")]; still == tt.wantLifted {
				t.Errorf("entry still listed: %v, want lifted %v", still, tt.wantLifted)
			}
			if strings.Contains(rec.Body.String(), "20123456") || strings.Contains(rec.Body.String(), "12 34 56") {
				t.Errorf("the number came back: %s", rec.Body)
			}
			if tt.want == 404 && !strings.Contains(rec.Body.String(), "no safety-list entry in force") {
				t.Errorf("404 without a clear message: %s", rec.Body)
			}
			if !tt.wantLifted {
				return
			}
			lift := decode[feedback.SafetyLift](t, rec.Body)
			if lift.LiftedBy != "nat@politi.dk" || lift.LiftedBySub != "s-nat" || lift.Class != feedback.SafetySensitive || !lift.LiftedAt.Equal(now) || !strings.HasPrefix(lift.Reason, "Borgeren har selv") {
				t.Errorf("lift %+v", lift)
			}
		})
	}
}

func TestSafetyLiftHistoryNamesTheUser(t *testing.T) {
	store := newMemStore()
	listed(store, "+4520123456", feedback.SafetyMinor)
	listed(store, "+4530111111", feedback.SafetyDoNotContact)
	h := newTestHandler(t, store)
	for _, phone := range []string{"+4520123456", "0045 30 11 11 11"} {
		if rec := call(t, h, "POST", "/api/safety-list/lifts", "national", `{"phone":"`+phone+`","reason":"Fejlagtigt markeret af centralen"}`); rec.Code != 201 {
			t.Fatalf("lift %s: %d %s", phone, rec.Code, rec.Body)
		}
	}
	if rec := call(t, h, "GET", "/api/safety-list/lifts", "fyn-supervisor", ""); rec.Code != 403 {
		t.Errorf("supervisor sees lifts: %d", rec.Code)
	}
	rec := call(t, h, "GET", "/api/safety-list/lifts", "national", "")
	got := decode[triage.Lifts](t, rec.Body)
	if len(got.Lifts) != 2 || got.Lifts[0].Class != feedback.SafetyDoNotContact || got.Lifts[1].LiftedBy != "nat@politi.dk" {
		t.Errorf("lifts %+v", got.Lifts)
	}
	me := decode[triage.Me](t, call(t, h, "GET", "/api/me", "national", "").Body)
	other := decode[triage.Me](t, call(t, h, "GET", "/api/me", "fyn-supervisor", "").Body)
	if !me.Can.SafetyList || other.Can.SafetyList {
		t.Errorf("can.safetyList: national %v, supervisor %v", me.Can.SafetyList, other.Can.SafetyList)
	}
}

func TestLiftIsLoggedWithoutTheNumber(t *testing.T) {
	store := newMemStore()
	listed(store, "+4520123456", feedback.SafetySensitive)
	var logs bytes.Buffer
	h := triage.NewHandler(triage.Config{Now: func() time.Time { return now }, Log: slog.New(slog.NewJSONHandler(&logs, nil)), PhoneKey: testPhoneKey}, store, staff)
	if rec := call(t, h, "POST", "/api/safety-list/lifts", "national", `{"phone":"+4520123456","reason":"Borgeren har bedt om det"}`); rec.Code != 201 {
		t.Fatalf("lift: %d %s", rec.Code, rec.Body)
	}
	hash := invite.PhoneHash(testPhoneKey, "+4520123456")
	if l := logs.String(); !strings.Contains(l, "safety-list entry lifted") || !strings.Contains(l, "s-nat") || strings.Contains(l, "20123456") || strings.Contains(l, hash) || strings.Contains(l, "Borgeren") {
		t.Errorf("log: %s", l)
	}
}
