package triage_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/triage"
)

func TestLegalHold(t *testing.T) {
	store := newMemStore(fixtures()...)
	h := newTestHandler(t, store)
	for _, tc := range []struct {
		name, token, body string
		want              int
	}{
		{"district staff may not", "fyn", `{"hold":true,"reason":"klagesag","version":1}`, http.StatusForbidden},
		{"a reason is required", "national", `{"hold":true,"reason":"  ","version":1}`, http.StatusUnprocessableEntity},
		{"the version is required", "national", `{"hold":true,"reason":"klagesag"}`, http.StatusUnprocessableEntity},
		{"unknown fields are refused", "national", `{"hold":true,"reason":"x","version":1,"until":"2030"}`, http.StatusUnprocessableEntity},
		{"a stale version conflicts", "national", `{"hold":true,"reason":"klagesag","version":7}`, http.StatusConflict},
		{"national holds", "national", `{"hold":true,"reason":"klagesag hos DUP","version":1}`, http.StatusOK},
		{"holding twice is refused", "fyn-supervisor", `{"hold":true,"reason":"igen","version":2}`, http.StatusUnprocessableEntity},
		{"a supervisor releases", "fyn-supervisor", `{"hold":false,"reason":"sagen er afsluttet","version":2}`, http.StatusOK},
	} {
		rec := call(t, h, http.MethodPost, "/api/feedback/FB-FYN00001/legal-hold", tc.token, tc.body)
		if rec.Code != tc.want {
			t.Errorf("%s: %d, want %d: %s", tc.name, rec.Code, tc.want, rec.Body.String())
		}
	}
	it, _ := store.FeedbackItem(t.Context(), "FB-FYN00001")
	hist, _ := store.FeedbackHistory(t.Context(), "FB-FYN00001")
	var audit []string
	for _, ev := range hist[1:] {
		audit = append(audit, ev.Type+" by "+ev.Actor+": "+ev.Note)
	}
	want := "legal_hold by nat@politi.dk: klagesag hos DUP|legal_release by sup@politi.dk: sagen er afsluttet"
	if it.LegalHold || strings.Join(audit, "|") != want {
		t.Errorf("hold %v, audit %q, want %q", it.LegalHold, audit, want)
	}
}

func TestAccessReport(t *testing.T) {
	store := newMemStore(fixtures()...)
	h := newTestHandler(t, store)
	if rec := call(t, h, http.MethodGet, "/api/feedback/FB-FYN00001/access-report", "fyn-supervisor", ""); rec.Code != http.StatusForbidden {
		t.Errorf("a supervisor: %d, want 403", rec.Code)
	}
	if rec := call(t, h, http.MethodGet, "/api/feedback/FB-NOSUCH00/access-report", "national", ""); rec.Code != http.StatusNotFound {
		t.Errorf("unknown reference: %d, want 404", rec.Code)
	}
	rec := call(t, h, http.MethodGet, "/api/feedback/FB-FYN00001/access-report", "national", "")
	if rec.Code != http.StatusOK {
		t.Fatalf("report: %d %s", rec.Code, rec.Body.String())
	}
	rep := decode[triage.AccessReport](t, rec.Body)
	body := rec.Body.String()
	// The citizen's own data, unmasked, in plain Danish.
	for _, want := range []string{"borger@example.dk", "20 12 34 56", "Din besvarelse", "Bedømmelse (1–5)", "Sletteregler"} {
		if !strings.Contains(body, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	last := rep.History[len(rep.History)-1]
	if last.Type != feedback.EventAccessReport || last.Actor != "nat@politi.dk" {
		t.Errorf("the report is not recorded in the history: %+v", last)
	}
	rec = call(t, h, http.MethodGet, "/api/feedback/FB-FYN00001/access-report?format=html", "national", "")
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") ||
		!strings.Contains(rec.Body.String(), `<html lang="da">`) || !strings.Contains(rec.Body.String(), "borger@example.dk") {
		t.Errorf("printable report: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	// What the citizen reads is in Danish: the stored values by their Danish names, not as stored.
	printable := rec.Body.String()
	for _, want := range []string{"<dd>Ny</dd>", "<dd>Fyn</dd>", "Indsigtsrapport udarbejdet", "Modtaget"} {
		if !strings.Contains(printable, want) {
			t.Errorf("printable report lacks %q", want)
		}
	}
	for _, notWant := range []string{"<dd>new</dd>", "<dd>fyn</dd>", "access_report", "<dd>created"} {
		if strings.Contains(printable, notWant) {
			t.Errorf("printable report has the stored value %q", notWant)
		}
	}
	hist, _ := store.FeedbackHistory(t.Context(), "FB-FYN00001")
	if n := len(hist); n != 3 {
		t.Errorf("%d history events, want created and two reports", n)
	}
	if rec := call(t, h, http.MethodGet, "/api/feedback/FB-FYN00001/access-report?format=pdf", "national", ""); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("unknown format: %d", rec.Code)
	}
}

func TestWithdrawnItemReadsAsSuch(t *testing.T) {
	it := fixture("FB-WDRW0001", "fyn", false, feedback.StatusNew, feedback.P3, time.Hour)
	at := now.Add(-time.Minute)
	it = feedback.Erase(it, true)
	it.WithdrawnAt = &at
	h := newTestHandler(t, newMemStore(it))
	rec := call(t, h, http.MethodGet, "/api/feedback/FB-WDRW0001", "national", "")
	d := decode[triage.Detail](t, rec.Body)
	if d.Notice != feedback.WithdrawnLabel || d.Text != "" || d.ContactAvailable || d.Rating != 2 {
		t.Errorf("withdrawn item as staff see it: %+v", d.ItemView)
	}
}

func TestLiftOptOut(t *testing.T) {
	const consent = `{"phone":"20 12 34 56","consent":"Borgeren ringede 114 den 3/12 og bad selv om SMS igen"}`
	for _, tt := range []struct {
		name, token, body string
		want              int
		wantLifted        bool
	}{
		{"district staff may not lift", "fyn", consent, 403, false},
		{"supervisor may not lift", "supervisor", consent, 403, false},
		{"consent missing", "national", `{"phone":"+4520123456"}`, 422, false},
		{"consent too short", "national", `{"phone":"+4520123456","consent":"ja"}`, 422, false},
		{"not a number", "national", `{"phone":"ring mig","consent":"Borgeren har bedt om det"}`, 422, false},
		{"number not opted out", "national", `{"phone":"+4520999999","consent":"Borgeren har bedt om det"}`, 404, false},
		{"national lifts with the consent on record", "national", consent, 201, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			store := newMemStore()
			hash := invite.PhoneHash(testPhoneKey, "+4520123456")
			store.optedOut = map[string]time.Time{hash: now.AddDate(0, 0, -3)}
			rec := call(t, newTestHandler(t, store), "POST", "/api/opt-outs/lifts", tt.token, tt.body)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			if _, still := store.optedOut[hash]; still == tt.wantLifted {
				t.Errorf("still opted out: %v, want lifted %v", still, tt.wantLifted)
			}
			if strings.Contains(rec.Body.String(), "12 34 56") || strings.Contains(rec.Body.String(), hash) {
				t.Errorf("the number or its hash came back: %s", rec.Body)
			}
			if !tt.wantLifted {
				return
			}
			lifts := decode[triage.OptOutLifts](t, call(t, newTestHandler(t, store), "GET", "/api/opt-outs/lifts", "national", "").Body)
			if len(lifts.Lifts) != 1 || lifts.Lifts[0].LiftedBy != "nat@politi.dk" || !strings.Contains(lifts.Lifts[0].Consent, "bad selv om SMS igen") {
				t.Errorf("audit %+v", lifts)
			}
		})
	}
}
