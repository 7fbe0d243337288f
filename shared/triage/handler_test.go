package triage_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/triage"
)

var now = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

func fixture(id, district string, conduct bool, status, priority string, age time.Duration) feedback.Item {
	created := now.Add(-age)
	return feedback.Item{
		ID: id, ContactID: "c-" + id, Channel: "114", CentreID: district + "-vagtcentral", CentreKind: "duty", District: district,
		FormLanguage: "da", SubmittedAt: created, CreatedAt: created, Rating: 2, Text: "Ventetid på 114 var for lang",
		Category: feedback.CategoryResponseTime, Conduct: conduct, Priority: priority, Team: feedback.TeamCitizenService,
		TextLanguage: "da", Reasons: []string{"ventetid"}, ClassifierVersion: "test", Status: status,
		DueAt: feedback.DefaultSLA().Due(priority, created), UpdatedAt: created, Version: 1,
	}
}

// Items: two in Fyn and two in Copenhagen, one of each a conduct (DUP) matter.
func fixtures() []feedback.Item {
	fynA := fixture("FB-FYN00001", "fyn", false, feedback.StatusNew, feedback.P3, time.Hour)
	fynA.Text = "Ring til mig på 20 12 34 56 eller skriv til borger@example.dk — tak for hjælpen, æøå"
	fynA.ContactOK, fynA.Contact = true, "borger@example.dk"
	fynB := fixture("FB-FYN00002", "fyn", true, feedback.StatusNew, feedback.P2, 50*time.Hour)
	fynB.Category = feedback.CategoryConduct
	kbhC := fixture("FB-KBH00003", "koebenhavn", false, feedback.StatusInProgress, feedback.P4, 3*time.Hour)
	kbhC.Text = "=HYPERLINK(\"http://evil\";\"klik\")"
	kbhD := fixture("FB-KBH00004", "koebenhavn", true, feedback.StatusTriaged, feedback.P2, 4*time.Hour)
	return []feedback.Item{fynA, fynB, kbhC, kbhD}
}

// Staff tokens of the fake authenticator: one per combination of groups the rules distinguish.
var staff = tokenAuth{
	"national":       {Username: "nat@politi.dk", Subject: "s-nat", Groups: []string{"national"}},
	"fyn":            {Username: "fyn@politi.dk", Subject: "s-fyn", Groups: []string{"district-fyn"}},
	"fyn-supervisor": {Username: "sup@politi.dk", Subject: "s-sup", Groups: []string{"district-fyn", "supervisor"}},
	"dup":            {Username: "dup@politi.dk", Subject: "s-dup", Groups: []string{"dup-liaison"}},
	"dup-fyn":        {Username: "dupfyn@politi.dk", Subject: "s-dupfyn", Groups: []string{"dup-liaison", "district-fyn"}},
	"supervisor":     {Username: "boss@politi.dk", Subject: "s-boss", Groups: []string{"supervisor"}},
	"nobody":         {Username: "new@politi.dk", Subject: "s-new", Groups: nil},
	"unknown-group":  {Username: "odd@politi.dk", Subject: "s-odd", Groups: []string{"district-atlantis", "admins"}},
}

func newTestHandler(t *testing.T, store *memStore) http.Handler {
	t.Helper()
	return triage.NewHandler(triage.Config{
		SLA: feedback.DefaultSLA(), Now: func() time.Time { return now },
		Log: slog.New(slog.NewJSONHandler(&testWriter{t}, nil)), PhoneKey: testPhoneKey,
	}, store, staff)
}

type testWriter struct{ t *testing.T }

func (w *testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

func decode[T any](t *testing.T, b *bytes.Buffer) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatalf("decode %s: %v", b.String(), err)
	}
	return v
}

type listBody struct {
	Items []struct {
		ID       string `json:"id"`
		Text     string `json:"text"`
		Contact  string `json:"contact"`
		Overdue  bool   `json:"overdue"`
		Priority string `json:"priority"`
	} `json:"items"`
	Next  string `json:"next"`
	Total *int   `json:"total"`
}

func ids(l listBody) []string {
	var out []string
	for _, it := range l.Items {
		out = append(out, it.ID)
	}
	return out
}

func TestAccessPerRole(t *testing.T) {
	all := []string{"FB-FYN00001", "FB-KBH00003", "FB-KBH00004", "FB-FYN00002"} // newest first
	tests := []struct {
		token   string
		list    []string // newest first; nil means 403
		export  int
		stats   int
		canWork []string
	}{
		{"national", all, 200, 200, all},
		{"fyn", []string{"FB-FYN00001"}, 403, 403, []string{"FB-FYN00001"}},
		{"fyn-supervisor", []string{"FB-FYN00001"}, 200, 200, []string{"FB-FYN00001"}},
		{"dup", []string{"FB-KBH00004", "FB-FYN00002"}, 403, 403, []string{"FB-FYN00002", "FB-KBH00004"}},
		{"dup-fyn", []string{"FB-FYN00001", "FB-FYN00002"}, 403, 403, []string{"FB-FYN00001", "FB-FYN00002"}},
		{"supervisor", nil, 403, 200, nil},
		{"nobody", nil, 403, 403, nil},
		{"unknown-group", nil, 403, 403, nil},
	}
	for _, tc := range tests {
		t.Run(tc.token, func(t *testing.T) {
			h := newTestHandler(t, newMemStore(fixtures()...))
			rec := call(t, h, "GET", "/api/feedback", tc.token, "")
			if tc.list == nil {
				if rec.Code != http.StatusForbidden {
					t.Fatalf("list: %d, want 403", rec.Code)
				}
			} else {
				if rec.Code != http.StatusOK {
					t.Fatalf("list: %d %s", rec.Code, rec.Body)
				}
				if got := ids(decode[listBody](t, rec.Body)); !slices.Equal(got, tc.list) {
					t.Errorf("list = %v, want %v", got, tc.list)
				}
			}
			for _, id := range all {
				want := http.StatusForbidden
				if slices.Contains(tc.canWork, id) {
					want = http.StatusOK
				}
				if rec := call(t, h, "GET", "/api/feedback/"+id, tc.token, ""); rec.Code != want {
					t.Errorf("GET %s: %d, want %d", id, rec.Code, want)
				}
				if want == http.StatusOK {
					want = http.StatusCreated
				}
				if rec := call(t, h, "POST", "/api/feedback/"+id+"/notes", tc.token, `{"text":"ringede op"}`); rec.Code != want {
					t.Errorf("note on %s: %d, want %d", id, rec.Code, want)
				}
			}
			if rec := call(t, h, "GET", "/api/export.csv", tc.token, ""); rec.Code != tc.export {
				t.Errorf("export: %d, want %d", rec.Code, tc.export)
			}
			if rec := call(t, h, "GET", "/api/stats", tc.token, ""); rec.Code != tc.stats {
				t.Errorf("stats: %d, want %d", rec.Code, tc.stats)
			}
			if rec := call(t, h, "GET", "/api/me", tc.token, ""); rec.Code != http.StatusOK {
				t.Errorf("me: %d", rec.Code)
			}
		})
	}
}

func TestDistrictFilterOutsideScopeIsForbidden(t *testing.T) {
	h := newTestHandler(t, newMemStore(fixtures()...))
	if rec := call(t, h, "GET", "/api/feedback?district=koebenhavn", "fyn", ""); rec.Code != http.StatusForbidden {
		t.Errorf("fyn staff asking for koebenhavn: %d, want 403", rec.Code)
	}
	if rec := call(t, h, "GET", "/api/feedback?district=fyn", "fyn", ""); rec.Code != http.StatusOK {
		t.Errorf("fyn staff asking for fyn: %d, want 200", rec.Code)
	}
}

func TestUnauthenticated(t *testing.T) {
	h := newTestHandler(t, newMemStore(fixtures()...))
	for _, target := range []string{"/api/feedback", "/api/feedback/FB-FYN00001", "/api/stats", "/api/export.csv", "/api/me"} {
		for _, token := range []string{"", "forged"} {
			rec := call(t, h, "GET", target, token, "")
			if rec.Code != http.StatusUnauthorized {
				t.Errorf("GET %s with %q: %d, want 401", target, token, rec.Code)
			}
			if !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("GET %s: no WWW-Authenticate", target)
			}
		}
	}
	if rec := call(t, h, "PATCH", "/api/feedback/FB-FYN00001", "", `{"version":1,"status":"triaged"}`); rec.Code != http.StatusUnauthorized {
		t.Errorf("PATCH without token: %d", rec.Code)
	}
	// The OpenAPI document itself is public.
	if rec := call(t, h, "GET", "/api/openapi.json", "", ""); rec.Code != http.StatusOK {
		t.Errorf("openapi.json: %d", rec.Code)
	}
}

func TestTransitions(t *testing.T) {
	tests := []struct {
		from, to string
		extra    string // more PATCH fields
		want     int
	}{
		{"new", "triaged", "", 200},
		{"new", "in_progress", "", 200}, // skipping a step
		{"new", "resolved", "", 200},
		{"new", "closed", "", 422}, // closing needs outcome and category
		{"new", "closed", `,"outcome":"explained"`, 422},
		{"new", "closed", `,"outcome":"explained","confirmedCategory":"response_time"`, 200},
		{"triaged", "in_progress", "", 200},
		{"triaged", "new", "", 422}, // nothing goes back to new
		{"in_progress", "triaged", "", 422},
		{"in_progress", "resolved", "", 200},
		{"resolved", "closed", `,"outcome":"apology","confirmedCategory":"conduct"`, 200},
		{"resolved", "in_progress", "", 200}, // reopen
		{"closed", "triaged", "", 200},       // reopen
		{"closed", "resolved", "", 422},
		{"closed", "new", "", 422},
		{"new", "done", "", 422},
		{"new", "closed", `,"outcome":"fixed","confirmedCategory":"response_time"`, 422},
		{"new", "closed", `,"outcome":"explained","confirmedCategory":"weather"`, 422},
	}
	for _, tc := range tests {
		t.Run(tc.from+"→"+tc.to+tc.extra, func(t *testing.T) {
			it := fixture("FB-TEST0001", "fyn", false, tc.from, feedback.P3, time.Hour)
			if tc.from == feedback.StatusClosed {
				it.Outcome, it.ConfirmedCategory = "explained", feedback.CategoryAdvice
			}
			store := newMemStore(it)
			h := newTestHandler(t, store)
			rec := call(t, h, "PATCH", "/api/feedback/FB-TEST0001", "fyn", `{"version":1,"status":"`+tc.to+`"`+tc.extra+`}`)
			if rec.Code != tc.want {
				t.Fatalf("PATCH: %d, want %d: %s", rec.Code, tc.want, rec.Body)
			}
			got := store.items["FB-TEST0001"]
			hist := store.history["FB-TEST0001"]
			if tc.want != 200 {
				if got.Version != 1 || got.Status != tc.from || len(hist) != 1 {
					t.Errorf("a refused change changed the item: %+v, %d events", got, len(hist))
				}
				return
			}
			if got.Status != tc.to || got.Version != 2 {
				t.Errorf("stored status %s version %d, want %s 2", got.Status, got.Version, tc.to)
			}
			ev := hist[1]
			if ev.Type != triage.EventStatus || ev.From != tc.from || ev.To != tc.to || ev.Actor != "fyn@politi.dk" || !ev.At.Equal(now) {
				t.Errorf("history event = %+v", ev)
			}
			d := decode[struct {
				Status  string `json:"status"`
				Version int    `json:"version"`
				History []feedback.HistoryEvent
			}](t, rec.Body)
			if d.Status != tc.to || d.Version != 2 || len(d.History) != len(hist) {
				t.Errorf("response = %+v", d)
			}
			if tc.from == feedback.StatusClosed && got.Outcome != "" {
				t.Errorf("reopened item kept its outcome %q", got.Outcome)
			}
		})
	}
}

func TestStaleVersionConflicts(t *testing.T) {
	store := newMemStore(fixtures()...)
	h := newTestHandler(t, store)
	if rec := call(t, h, "PATCH", "/api/feedback/FB-FYN00001", "national", `{"version":1,"status":"in_progress"}`); rec.Code != 200 {
		t.Fatalf("first PATCH: %d %s", rec.Code, rec.Body)
	}
	rec := call(t, h, "PATCH", "/api/feedback/FB-FYN00001", "national", `{"version":1,"status":"resolved"}`)
	if rec.Code != http.StatusConflict {
		t.Fatalf("stale PATCH: %d, want 409", rec.Code)
	}
	if s := store.items["FB-FYN00001"].Status; s != feedback.StatusInProgress {
		t.Errorf("stale PATCH changed status to %s", s)
	}
	for _, body := range []string{`{"status":"resolved"}`, `{"version":2,"colour":"red"}`, `not json`} {
		if rec := call(t, h, "PATCH", "/api/feedback/FB-FYN00001", "national", body); rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("PATCH %s: %d, want 422", body, rec.Code)
		}
	}
	// A change that changes nothing keeps the version.
	if rec := call(t, h, "PATCH", "/api/feedback/FB-FYN00001", "national", `{"version":2,"status":"in_progress"}`); rec.Code != 200 || store.items["FB-FYN00001"].Version != 2 {
		t.Errorf("no-op PATCH: %d, version %d", rec.Code, store.items["FB-FYN00001"].Version)
	}
}

func TestAssignment(t *testing.T) {
	tests := []struct {
		name, token, before, assignee string
		want                          int
	}{
		{"take an unassigned item", "fyn", "", "fyn@politi.dk", 200},
		{"give up my own item", "fyn", "fyn@politi.dk", "", 200},
		{"assign to a colleague", "fyn", "", "other@politi.dk", 403},
		{"take a colleague's item", "fyn", "other@politi.dk", "fyn@politi.dk", 403},
		{"supervisor reassigns", "fyn-supervisor", "other@politi.dk", "third@politi.dk", 200},
		{"national assigns", "national", "", "fyn@politi.dk", 200},
		{"not a username", "national", "", "a\nb", 422},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := fixture("FB-TEST0001", "fyn", false, feedback.StatusNew, feedback.P3, time.Hour)
			it.Assignee = tc.before
			store := newMemStore(it)
			h := newTestHandler(t, store)
			body, _ := json.Marshal(map[string]any{"version": 1, "assignee": tc.assignee})
			rec := call(t, h, "PATCH", "/api/feedback/FB-TEST0001", tc.token, string(body))
			if rec.Code != tc.want {
				t.Fatalf("PATCH: %d, want %d: %s", rec.Code, tc.want, rec.Body)
			}
			got := store.items["FB-TEST0001"]
			if tc.want == 200 {
				ev := store.history["FB-TEST0001"][1]
				if got.Assignee != tc.assignee || ev.Type != triage.EventAssignee || ev.From != tc.before || ev.To != tc.assignee {
					t.Errorf("assignee %q, event %+v", got.Assignee, ev)
				}
			} else if got.Assignee != tc.before {
				t.Errorf("refused assignment changed the assignee to %q", got.Assignee)
			}
		})
	}
}

func TestPriorityChangeMovesDueTime(t *testing.T) {
	store := newMemStore(fixtures()...)
	h := newTestHandler(t, store)
	rec := call(t, h, "PATCH", "/api/feedback/FB-KBH00003", "national", `{"version":1,"priority":"P1"}`)
	if rec.Code != 200 {
		t.Fatalf("PATCH: %d %s", rec.Code, rec.Body)
	}
	got := store.items["FB-KBH00003"]
	if want := got.CreatedAt.Add(time.Hour); !got.DueAt.Equal(want) {
		t.Errorf("due %v, want %v", got.DueAt, want)
	}
	if !decode[struct{ Overdue bool }](t, rec.Body).Overdue {
		t.Error("an item created three hours ago with P1 is not flagged overdue")
	}
}

func TestOverdueFlagAndFilter(t *testing.T) {
	h := newTestHandler(t, newMemStore(fixtures()...))
	rec := call(t, h, "GET", "/api/feedback?overdue=true", "national", "")
	l := decode[listBody](t, rec.Body)
	if got := ids(l); !slices.Equal(got, []string{"FB-FYN00002"}) {
		t.Fatalf("overdue list = %v, want the P2 item from 50 hours ago", got)
	}
	if !l.Items[0].Overdue {
		t.Error("overdue item not flagged")
	}
}

func TestListFiltersValidateAndPaginate(t *testing.T) {
	h := newTestHandler(t, newMemStore(fixtures()...))
	for _, q := range []string{"status=done", "priority=P9", "channel=113", "sort=oldest", "overdue=maybe", "limit=0", "limit=500", "district=atlantis", "category=weather"} {
		if rec := call(t, h, "GET", "/api/feedback?"+q, "national", ""); rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("%s: %d, want 422", q, rec.Code)
		}
	}
	var seen []string
	target := "/api/feedback?limit=3"
	for range 3 {
		l := decode[listBody](t, call(t, h, "GET", target, "national", "").Body)
		seen = append(seen, ids(l)...)
		if l.Next == "" {
			break
		}
		target = "/api/feedback?limit=3&cursor=" + l.Next
	}
	if len(seen) != 4 {
		t.Errorf("pages gave %v", seen)
	}
	l := decode[listBody](t, call(t, h, "GET", "/api/feedback?sort=urgent", "national", "").Body)
	if l.Items[0].Priority != feedback.P2 || l.Items[3].Priority != feedback.P4 {
		t.Errorf("urgent order = %v", ids(l))
	}
	if got := ids(decode[listBody](t, call(t, h, "GET", "/api/feedback?status=in_progress", "national", "").Body)); !slices.Equal(got, []string{"FB-KBH00003"}) {
		t.Errorf("status filter = %v", got)
	}
	if rec := call(t, h, "GET", "/api/feedback/FB-NOPE0000", "national", ""); rec.Code != 404 {
		t.Errorf("unknown item: %d", rec.Code)
	}
	if rec := call(t, h, "GET", "/api/feedback/fb-1%3Cscript%3E", "national", ""); rec.Code != 404 {
		t.Errorf("malformed reference: %d, want 404", rec.Code)
	}
}

func TestContactDetailsAreMaskedAndEachViewRecorded(t *testing.T) {
	store := newMemStore(fixtures()...)
	h := newTestHandler(t, store)
	for _, target := range []string{"/api/feedback", "/api/feedback/FB-FYN00001"} {
		body := call(t, h, "GET", target, "fyn", "").Body.String()
		for _, secret := range []string{"borger@example.dk", "20 12 34 56"} {
			if strings.Contains(body, secret) {
				t.Errorf("%s shows %q: %s", target, secret, body)
			}
		}
		if !strings.Contains(body, "æøå") {
			t.Errorf("%s lost the rest of the text: %s", target, body)
		}
	}
	for i := 1; i <= 2; i++ {
		rec := call(t, h, "POST", "/api/feedback/FB-FYN00001/contact", "fyn", "")
		if rec.Code != 200 {
			t.Fatalf("contact: %d %s", rec.Code, rec.Body)
		}
		c := decode[triage.ContactResponse](t, rec.Body)
		if c.Contact != "borger@example.dk" || !strings.Contains(c.Text, "borger@example.dk") || strings.Contains(c.Text, "20 12 34 56") {
			t.Errorf("contact response = %+v", c)
		}
		var views int
		for _, ev := range store.history["FB-FYN00001"] {
			if ev.Type == triage.EventContactViewed && ev.Actor == "fyn@politi.dk" {
				views++
			}
		}
		if views != i {
			t.Errorf("after %d views the history records %d", i, views)
		}
	}
	if rec := call(t, h, "POST", "/api/feedback/FB-KBH00003/contact", "national", ""); rec.Code != 404 {
		t.Errorf("contact of an item without one: %d, want 404", rec.Code)
	}
	if rec := call(t, h, "POST", "/api/feedback/FB-FYN00001/contact", "dup", ""); rec.Code != 403 {
		t.Errorf("contact for a role that does not follow the item up: %d, want 403", rec.Code)
	}
}

func TestNotes(t *testing.T) {
	store := newMemStore(fixtures()...)
	h := newTestHandler(t, store)
	for _, tc := range []struct {
		body string
		want int
	}{
		{`{"text":"Ringet til borgeren, <b>ikke</b> svar"}`, 201},
		{`{"text":"   "}`, 422},
		{`{"text":"` + strings.Repeat("x", triage.MaxNoteLength+1) + `"}`, 422},
		{`{"note":"wrong field"}`, 422},
	} {
		if rec := call(t, h, "POST", "/api/feedback/FB-FYN00001/notes", "fyn", tc.body); rec.Code != tc.want {
			t.Errorf("note %.40s: %d, want %d", tc.body, rec.Code, tc.want)
		}
	}
	hist := store.history["FB-FYN00001"]
	if last := hist[len(hist)-1]; last.Type != triage.EventNote || last.Note != "Ringet til borgeren, <b>ikke</b> svar" || last.Actor != "fyn@politi.dk" {
		t.Errorf("last event = %+v", last)
	}
	if store.items["FB-FYN00001"].Version != 1 {
		t.Error("a note changed the item's version")
	}
}

func TestExportCSV(t *testing.T) {
	h := newTestHandler(t, newMemStore(fixtures()...))
	rec := call(t, h, "GET", "/api/export.csv", "national", "")
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
		t.Fatalf("export: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	if !strings.Contains(rec.Header().Get("Content-Disposition"), "attachment") {
		t.Error("no attachment disposition")
	}
	body := rec.Body.Bytes()
	if !bytes.HasPrefix(body, []byte("\xEF\xBB\xBF")) {
		t.Fatal("no UTF-8 byte-order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(body[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || !slices.Equal(rows[0], triage.ExportColumns) {
		t.Fatalf("rows = %d, header %v", len(rows), rows[0])
	}
	text := slices.Index(triage.ExportColumns, "text")
	byID := map[string][]string{}
	for _, r := range rows[1:] {
		byID[r[0]] = r
	}
	if got := byID["FB-KBH00003"][text]; got != `'=HYPERLINK("http://evil";"klik")` {
		t.Errorf("formula cell = %q, want it neutralised", got)
	}
	if got := byID["FB-FYN00001"][text]; !strings.Contains(got, "æøå") || strings.Contains(got, "borger@example.dk") {
		t.Errorf("text cell = %q: want æøå intact and the e-mail masked", got)
	}
	if strings.Contains(string(body), "contact\"") || slices.Contains(rows[0], "contact") {
		t.Error("export carries contact details")
	}
	semi := call(t, h, "GET", "/api/export.csv?delimiter=semicolon&district=fyn", "national", "")
	r := csv.NewReader(bytes.NewReader(semi.Body.Bytes()[3:]))
	r.Comma = ';'
	if rows, err := r.ReadAll(); err != nil || len(rows) != 3 {
		t.Errorf("semicolon export of fyn: %d rows, %v", len(rows), err)
	}
}

func TestNeutraliseCell(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+45 20": "'+45 20", "-2": "'-2", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx", "\rx": "'\rx",
		"": "", "ok": "ok", "æ=1": "æ=1", " =1": " '=1",
	} {
		if got := triage.NeutraliseCell(in); got != want {
			t.Errorf("NeutraliseCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStats(t *testing.T) {
	store := newMemStore()
	day := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	row := func(day time.Time, category string, counts map[string]int64) feedback.CounterRow {
		return feedback.CounterRow{Day: day, Channel: "114", CentreKind: "duty", Centre: "fyn-vagtcentral", District: "fyn", Category: category, Counts: counts}
	}
	store.rows = []feedback.CounterRow{
		row(day, "conduct", map[string]int64{"count": 2, "ratingSum": 3, "ratingSqSum": 5, "conduct": 2, "cat_conduct": 2, "inv_answered": 2}),
		row(day, "praise", map[string]int64{"count": 2, "ratingSum": 9, "ratingSqSum": 41, "urgent": 1, "cat_praise": 2, "inv_answered": 2}),
		row(day, "", map[string]int64{"inv_sent": 10, "inv_suppressed_minor": 3}), // invitation outcomes
		row(day.AddDate(0, 0, -40), "other", map[string]int64{"count": 100}),      // outside the default range
	}
	h := newTestHandler(t, store)
	rec := call(t, h, "GET", "/api/stats", "national", "")
	if rec.Code != 200 {
		t.Fatalf("stats: %d %s", rec.Code, rec.Body)
	}
	s := decode[triage.Stats](t, rec.Body)
	if s.Total.Count != 4 || *s.Total.MeanRating != 3 || s.Total.UrgentShare != 0.25 || s.Total.ConductShare != 0.5 {
		t.Errorf("total = %+v", s.Total)
	}
	if s.Total.Invitations.Sent != 10 || s.Total.Invitations.Suppressed["minor"] != 3 || s.Total.Invitations.Answered != 4 {
		t.Errorf("invitations = %+v", s.Total.Invitations)
	}
	if len(s.ByDay) != 30 || s.ByDay[28].Day != "2026-11-25" || s.ByDay[28].Count != 4 {
		t.Errorf("byDay: %d days, [28] = %+v", len(s.ByDay), s.ByDay[28])
	}
	if ch := s.ByDim["channel"]; len(ch) != 1 || ch[0].Value != "114" || ch[0].Count != 4 || ch[0].Invitations.Sent != 10 {
		t.Errorf("by channel = %+v", ch)
	}
	// The category slices count replies only: invitation outcomes have no category.
	if cat := s.ByDim["category"]; len(cat) != 2 || cat[0].Value != "conduct" || cat[0].Count != 2 || cat[0].ConductShare != 1 ||
		cat[1].Value != "praise" || cat[1].UrgentShare != 0.5 || cat[1].Invitations.Sent != 0 || cat[1].Invitations.Answered != 2 {
		t.Errorf("by category = %+v", cat)
	}
	for _, q := range []string{"from=2026-13-01", "from=2026-11-20&to=2026-11-10", "from=2024-01-01&to=2026-01-01"} {
		if rec := call(t, h, "GET", "/api/stats?"+q, "national", ""); rec.Code != 422 {
			t.Errorf("%s: %d, want 422", q, rec.Code)
		}
	}
}

func TestMeanCI(t *testing.T) {
	// ratings 2, 3, 4, 5: mean 3.5, s = 1.291, t(3) = 3.182 → half-width 2.054.
	mean, ci, ok := triage.MeanCI(4, 14, 54)
	if !ok || mean != 3.5 || ci[0] < 1.44 || ci[0] > 1.46 || ci[1] != 5 {
		t.Errorf("MeanCI = %v %v %v", mean, ci, ok)
	}
	// Many ratings: the t quantile approaches 1.96.
	mean, ci, _ = triage.MeanCI(10000, 30000, 100000) // mean 3, variance 1
	if half := ci[1] - mean; half < 0.0195 || half > 0.0197 {
		t.Errorf("half-width for n=10000, s=1: %v", half)
	}
	if _, _, ok := triage.MeanCI(1, 5, 25); ok {
		t.Error("an interval from one rating")
	}
}

func TestFailuresDoNotLeakInternals(t *testing.T) {
	store := newMemStore(fixtures()...)
	store.fail = errSecret
	h := newTestHandler(t, store)
	rec := call(t, h, "GET", "/api/feedback", "national", "")
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "table-xyz") {
		t.Errorf("store failure: %d %s", rec.Code, rec.Body)
	}
}

var errSecret = &secretErr{}

type secretErr struct{}

func (*secretErr) Error() string { return "dynamodb: table-xyz throttled" }

func TestPrincipal(t *testing.T) {
	p := triage.NewPrincipal(auth.Claims{Groups: []string{"district-fyn", "district-fyn", "district-atlantis", "supervisor"}})
	if !slices.Equal(p.Districts, []string{"fyn"}) || !p.Supervisor || p.National || p.DUP {
		t.Errorf("principal = %+v", p)
	}
}

// A refused request is logged with the staff member's pool subject and the item reference, and
// without names, e-mail addresses or citizen text.
func TestForbiddenIsLoggedWithoutPersonalData(t *testing.T) {
	var buf bytes.Buffer
	h := triage.NewHandler(triage.Config{Now: func() time.Time { return now }, Log: slog.New(slog.NewJSONHandler(&buf, nil))},
		newMemStore(fixtures()...), staff)
	if rec := call(t, h, "GET", "/api/feedback/FB-KBH00003", "fyn", ""); rec.Code != 403 {
		t.Fatalf("GET: %d", rec.Code)
	}
	if rec := call(t, h, "POST", "/api/feedback/FB-FYN00001/contact", "fyn", ""); rec.Code != 200 {
		t.Fatalf("contact: %d", rec.Code)
	}
	logs := buf.String()
	for _, want := range []string{`"msg":"forbidden"`, `"sub":"s-fyn"`, `"item":"FB-KBH00003"`, `"msg":"contact viewed"`} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %s:\n%s", want, logs)
		}
	}
	for _, personal := range []string{"fyn@politi.dk", "borger@example.dk", "20 12 34 56", "Ventetid på 114"} {
		if strings.Contains(logs, personal) {
			t.Errorf("log contains %q:\n%s", personal, logs)
		}
	}
}

// FuzzPatch: whatever a client sends as a PATCH body or list query, the handler answers without a
// server error, and the item changes only on a 200 that increments its version by one.
func FuzzPatch(f *testing.F) {
	f.Add(`{"version":1,"status":"in_progress"}`, "status=new&sort=urgent")
	f.Add(`{"version":1,"status":"closed","outcome":"explained","confirmedCategory":"advice"}`, "overdue=true&limit=1")
	f.Add(`{"version":1,"assignee":"x\u0000"}`, "cursor=%ff&district=fyn")
	f.Add(`{"version":1e99}`, "limit=-1")
	f.Fuzz(func(t *testing.T, body, query string) {
		store := newMemStore(fixtures()...)
		h := triage.NewHandler(triage.Config{Now: func() time.Time { return now }, Log: slog.New(slog.DiscardHandler)}, store, staff)
		r := httptest.NewRequest("PATCH", "/api/feedback/FB-FYN00001", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		r.Header.Set("Authorization", "Bearer fyn")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		got := store.items["FB-FYN00001"]
		switch {
		case rec.Code >= 500:
			t.Fatalf("PATCH %q: %d", body, rec.Code)
		case rec.Code == 200 && got.Version != 1 && got.Version != 2:
			t.Fatalf("PATCH %q: version %d", body, got.Version)
		case rec.Code != 200 && got.Version != 1:
			t.Fatalf("PATCH %q answered %d but changed the item", body, rec.Code)
		}
		r = httptest.NewRequest("GET", "/api/feedback", nil)
		r.URL.RawQuery = query
		r.Header.Set("Authorization", "Bearer fyn")
		rec = httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code >= 500 {
			t.Fatalf("GET ?%s: %d", query, rec.Code)
		}
	})
}

// TestBodyLimit: a staff request body over 16 KiB is a 413 problem, not a 422, and the item does
// not change; a body just under the limit is still read.
func TestBodyLimit(t *testing.T) {
	for _, tc := range []struct {
		name       string
		assignee   int // length of the assignee string, which pads the body
		wantStatus int
	}{
		{"just under the limit", 16<<10 - 64, 422}, // read, then refused as an over-long assignee
		{"over the limit", 16 << 10, 413},
		{"far over the limit", 1 << 20, 413},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store := newMemStore(fixtures()...)
			h := triage.NewHandler(triage.Config{Now: func() time.Time { return now }, Log: slog.New(slog.DiscardHandler)}, store, staff)
			body := `{"version":1,"assignee":"` + strings.Repeat("a", tc.assignee) + `"}`
			r := httptest.NewRequest("PATCH", "/api/feedback/FB-FYN00001", strings.NewReader(body))
			r.Header.Set("Content-Type", "application/json")
			r.Header.Set("Authorization", "Bearer fyn")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			if rec.Code != tc.wantStatus {
				t.Fatalf("PATCH with %d bytes: %d %s, want %d", len(body), rec.Code, rec.Body.String(), tc.wantStatus)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/problem+json" {
				t.Errorf("Content-Type %q, want problem details", ct)
			}
			var problem map[string]any
			if err := json.Unmarshal(rec.Body.Bytes(), &problem); err != nil || problem["status"] != float64(tc.wantStatus) {
				t.Errorf("body %s is not a %d problem (%v)", rec.Body.String(), tc.wantStatus, err)
			}
			if tc.wantStatus == 413 && !strings.Contains(fmt.Sprint(problem["detail"]), "16 KiB") {
				t.Errorf("detail %q does not say the limit", problem["detail"])
			}
			if got := store.items["FB-FYN00001"]; got.Version != 1 {
				t.Errorf("item changed to version %d", got.Version)
			}
		})
	}
}
