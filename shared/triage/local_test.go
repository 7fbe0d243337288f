package triage_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/app/triageapp"
	"borgerfeedback/shared/auth/cognitologin"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/sampling"
	"borgerfeedback/shared/triage"
)

// stack is the triage handler on the local stack: moto with the provisioned table and staff
// pool, wired exactly as the local server wires it (AUTH_MODE=local).
type stack struct {
	out     motostack.Outputs
	store   *dynamo.Store
	handler http.Handler
}

const xssText = `Jeg ventede 40 minutter. <script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> Ring på 20 12 34 56.`

func newStack(t *testing.T) stack {
	t.Helper()
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, motostack.StartMoto(t))
	out, err := motostack.Provision(ctx, cfg, motostack.Options{})
	if err != nil {
		t.Fatal(err)
	}
	store := dynamo.New(dynamocall.New(cfg), out.TableName, dynamo.Retention{})
	env := config.FromMap(map[string]string{
		resources.EnvUserPoolID: out.UserPoolID, resources.EnvUserPoolClientID: out.UserPoolClientID,
		resources.EnvAuthMode: resources.AuthModeLocal,
	})
	plan := sampling.DefaultControllerConfig()
	h, err := triageapp.Handler(cfg, env, store, triage.Config{SLA: feedback.DefaultSLA(), Log: slog.New(slog.NewJSONHandler(&testWriter{t}, nil)), PhoneKey: testPhoneKey,
		Sampling: &plan, SamplingMode: "adaptive"}, cognitologin.LocalSignIn)
	if err != nil {
		t.Fatal(err)
	}
	return stack{out: out, store: store, handler: h}
}

// seed stores replies through the production writer, one minute apart, the last newest.
func (s stack) seed(t *testing.T, texts ...string) []feedback.Item {
	t.Helper()
	var items []feedback.Item
	base := time.Now().UTC().Add(-time.Duration(len(texts)) * time.Minute)
	for i, text := range texts {
		items = append(items, s.seedOne(t, fmt.Sprintf("FB-LOCAL%03d", i), text, base.Add(time.Duration(i)*time.Minute)))
	}
	return items
}

// seedOne stores one reply with reference id, created at created.
func (s stack) seedOne(t *testing.T, id, text string, created time.Time) feedback.Item {
	t.Helper()
	it := feedback.Item{
		ID: id, ContactID: "c-" + id, Channel: "114", CentreID: "fyn-vagtcentral",
		CentreKind: "duty", District: "fyn", FormLanguage: "da", SubmittedAt: created, CreatedAt: created, Rating: 2,
		Text: text, ContactOK: true, Contact: "borger@example.dk", Category: feedback.CategoryResponseTime, Priority: feedback.P3, Team: feedback.TeamCitizenService,
		TextLanguage: "da", Reasons: []string{"ventede 40 minutter"}, ClassifierVersion: "test", Status: feedback.StatusNew,
		DueAt: feedback.DefaultSLA().Due(feedback.P3, created), UpdatedAt: created, Version: 1,
	}
	if _, err := s.store.SaveFeedback(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	return it
}

// seedSafety lists +45 20 12 34 56 on the safety list and counts invitation outcomes for two
// centres: fyn-vagtcentral flags contacts, koebenhavn-alarmcentral sends but never flags.
func (s stack) seedSafety(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	now := time.Now().UTC()
	if err := s.store.AddToSafetyList(ctx, feedback.SafetyEntry{PhoneHash: invite.PhoneHash(testPhoneKey, "+4520123456"), Class: feedback.SafetySensitive,
		ListedAt: now.Add(-time.Hour), ListedUntil: now.AddDate(2, 0, 0)}); err != nil {
		t.Fatal(err)
	}
	fyn := feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}
	kbh := feedback.Centre{ID: "koebenhavn-alarmcentral", Kind: "alarm", District: "koebenhavn"}
	for i, o := range []struct {
		centre feedback.Centre
		reason string // "" sent
	}{{fyn, ""}, {fyn, invite.ReasonSensitive}, {kbh, ""}, {kbh, invite.ReasonSafetyList}} {
		c := feedback.Contact{ContactID: fmt.Sprintf("c-seed-%d", i), Channel: "112", EndedAt: now, Centre: o.centre}
		var err error
		if o.reason != "" {
			err = s.store.SuppressContact(ctx, c, o.reason, now)
		} else {
			err = s.store.FinishContact(ctx, c, invite.Outcome{Sent: true, Reference: "FB-SEED0000"}, now)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

func (s stack) login(t *testing.T) string {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"username": s.out.StaffUsername, "password": s.out.StaffPassword})
	r := httptest.NewRequest("POST", "/console/auth/login", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	s.handler.ServeHTTP(rec, r)
	if rec.Code != 200 {
		t.Fatalf("login: %d %s", rec.Code, rec.Body)
	}
	return decode[struct {
		IDToken string `json:"idToken"`
	}](t, rec.Body).IDToken
}

// TestOnTheLocalStack walks the "done when" list against moto, checking every response
// against the OpenAPI document on the way.
func TestOnTheLocalStack(t *testing.T) {
	s := newStack(t)
	items := s.seed(t, "første", "anden", "tredje", xssText)
	h := s.handler

	// Without a token, with a forged or garbled one: 401.
	forged := "eyJhbGciOiJSUzI1NiIsImtpZCI6ImR1bW15In0.eyJzdWIiOiJ4IiwidG9rZW5fdXNlIjoiaWQifQ.c2lnbmF0dXJl"
	for _, tok := range []string{"", forged, "garbage"} {
		if rec := call(t, h, "GET", "/api/feedback", tok, ""); rec.Code != 401 {
			t.Errorf("list with token %q: %d, want 401", tok, rec.Code)
		}
	}
	// Wrong password: 401 from the login form.
	r := httptest.NewRequest("POST", "/console/auth/login", strings.NewReader(`{"username":"`+s.out.StaffUsername+`","password":"wrong"}`))
	r.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	if rec.Code != 401 {
		t.Errorf("login with a wrong password: %d", rec.Code)
	}

	tok := s.login(t)
	// Newest first, with cursor pagination.
	var seen []string
	target := "/api/feedback?limit=3&total=true"
	for pages := 0; target != ""; pages++ {
		rec := call(t, h, "GET", target, tok, "")
		if rec.Code != 200 {
			t.Fatalf("list: %d %s", rec.Code, rec.Body)
		}
		l := decode[listBody](t, rec.Body)
		if pages == 0 && (l.Total == nil || *l.Total != 4) {
			t.Errorf("first page's total %v, want 4", l.Total)
		}
		if pages > 0 && l.Total != nil {
			t.Errorf("a later page counted again: total %d", *l.Total)
		}
		seen = append(seen, ids(l)...)
		if pages == 0 && l.Next == "" {
			t.Error("first page of 3 out of 4 has no next cursor")
		}
		target = ""
		if l.Next != "" {
			target = "/api/feedback?limit=3&cursor=" + l.Next
		}
	}
	want := []string{items[3].ID, items[2].ID, items[1].ID, items[0].ID}
	if strings.Join(seen, ",") != strings.Join(want, ",") {
		t.Errorf("pages = %v, want newest first %v", seen, want)
	}

	// Detail: version, classification, history; the phone number in the text masked.
	id := items[3].ID
	rec = call(t, h, "GET", "/api/feedback/"+id, tok, "")
	d := decode[struct {
		Version  int                     `json:"version"`
		Category string                  `json:"category"`
		Reasons  []string                `json:"reasons"`
		Text     string                  `json:"text"`
		History  []feedback.HistoryEvent `json:"history"`
	}](t, rec.Body)
	if rec.Code != 200 || d.Version != 1 || d.Category != feedback.CategoryResponseTime || len(d.Reasons) == 0 || len(d.History) != 1 {
		t.Fatalf("detail: %d %+v", rec.Code, d)
	}
	if strings.Contains(d.Text, "20 12 34 56") {
		t.Errorf("phone number in the text is not masked: %q", d.Text)
	}

	// PATCH with the current version: 200; again with the old one: 409; the history has the change.
	if rec := call(t, h, "PATCH", "/api/feedback/"+id, tok, `{"version":1,"status":"in_progress"}`); rec.Code != 200 {
		t.Fatalf("PATCH: %d %s", rec.Code, rec.Body)
	}
	if rec := call(t, h, "PATCH", "/api/feedback/"+id, tok, `{"version":1,"status":"in_progress"}`); rec.Code != 409 {
		t.Errorf("PATCH with the old version: %d, want 409", rec.Code)
	}
	d2 := decode[struct {
		Status  string                  `json:"status"`
		Version int                     `json:"version"`
		History []feedback.HistoryEvent `json:"history"`
	}](t, call(t, h, "GET", "/api/feedback/"+id, tok, "").Body)
	last := d2.History[len(d2.History)-1]
	if d2.Status != feedback.StatusInProgress || d2.Version != 2 || last.Type != "status" || last.To != feedback.StatusInProgress || last.Actor != s.out.StaffUsername {
		t.Errorf("after PATCH: %+v", d2)
	}
	if rec := call(t, h, "POST", "/api/feedback/"+id+"/notes", tok, `{"text":"ringet op"}`); rec.Code != 201 {
		t.Errorf("note: %d %s", rec.Code, rec.Body)
	}
	// The status index moved with it.
	if l := decode[listBody](t, call(t, h, "GET", "/api/feedback?status=new", tok, "").Body); len(l.Items) != 3 {
		t.Errorf("status=new lists %v", ids(l))
	}

	// Export, statistics, the console.
	if rec := call(t, h, "GET", "/api/export.csv", tok, ""); rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
		t.Errorf("export: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	rec = call(t, h, "GET", "/api/stats", tok, "")
	if st := decode[triage.Stats](t, rec.Body); rec.Code != 200 || st.Total.Count != 4 || st.Total.MeanRating == nil || *st.Total.MeanRating != 2 {
		t.Errorf("stats: %d %s", rec.Code, rec.Body)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/console/", nil))
	csp := rec.Header().Get("Content-Security-Policy")
	if rec.Code != 200 || !regexp.MustCompile(`<script src="app\.[0-9a-f]{10}\.js" defer></script>`).MatchString(rec.Body.String()) || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("console: %d, CSP %q", rec.Code, csp)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/console/config.json", nil))
	if body, _ := io.ReadAll(rec.Body); !strings.Contains(string(body), `"mode":"local"`) {
		t.Errorf("config.json = %s", body)
	}
}
