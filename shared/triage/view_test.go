package triage_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/triage"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files of the staff API's item views")

// viewFixtures are items with every field the view shows or hides set, contact details among them.
func viewFixtures() []feedback.Item {
	withdrawn, anonymised := now.Add(-2*time.Hour), now.Add(-time.Hour)
	full := fixture("FB-FYN00001", "fyn", true, feedback.StatusInProgress, feedback.P2, 80*time.Hour)
	full.Text = "Ring på 20 12 34 56 eller borger@example.dk, cpr 010203-1234"
	full.ContactOK, full.Contact = true, "+4520123456"
	full.TakenSeriously, full.WaitAcceptable = "partly", "no"
	full.Urgent, full.NeedsTranslation, full.TextLanguage = true, true, "pl"
	full.Reasons = []string{"telefon 20 12 34 56", "vurdering 2"}
	full.Sample = &feedback.Sample{Probability: 0.25, Multiplier: 2, HighRisk: true, Group: "signal", Reminded: true}
	full.Assignee, full.Outcome, full.ConfirmedCategory = "fyn@politi.dk", "apology", feedback.CategoryConduct
	full.LegalHold, full.LegalHoldReason = true, "sag 123"
	full.Version = 7

	gone := fixture("FB-FYN00002", "fyn", false, feedback.StatusClosed, feedback.P3, 30*time.Hour)
	gone.WithdrawnAt, gone.Text, gone.Reasons = &withdrawn, "", nil

	old := fixture("FB-FYN00003", "fyn", false, feedback.StatusResolved, feedback.P4, 20*time.Hour)
	old.AnonymisedAt, old.Text = &anonymised, ""
	old.ContactOK = true // consent, but no contact kept

	noDue := fixture("FB-FYN00004", "fyn", false, feedback.StatusNew, feedback.P1, 10*time.Hour)
	noDue.DueAt = time.Time{} // stored before due times: the view computes it
	return []feedback.Item{full, gone, old, noDue}
}

// TestItemViewsAnswerAsBefore compares the staff API's item views (list and detail) byte for byte
// with golden files written before the view became its own type: the JSON answers do not change.
func TestItemViewsAnswerAsBefore(t *testing.T) {
	h := newTestHandler(t, newMemStore(viewFixtures()...))
	for _, tc := range []struct{ name, target string }{
		{"list", "/api/feedback?limit=10"},
		{"detail_full", "/api/feedback/FB-FYN00001"},
		{"detail_withdrawn", "/api/feedback/FB-FYN00002"},
		{"detail_anonymised", "/api/feedback/FB-FYN00003"},
		{"detail_no_due", "/api/feedback/FB-FYN00004"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := call(t, h, "GET", tc.target, "national", "")
			if rec.Code != 200 {
				t.Fatalf("%s: %d %s", tc.target, rec.Code, rec.Body)
			}
			path := filepath.Join("testdata", "view_"+tc.name+".golden.json")
			if *updateGolden {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, rec.Body.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to write it)", err)
			}
			if !bytes.Equal(rec.Body.Bytes(), want) {
				t.Errorf("%s answers\n%s\nwant (%s)\n%s", tc.target, rec.Body, path, want)
			}
		})
	}
}

// TestItemViewsCarryNoContact: no view of an item with contact details carries them, for any role
// that sees the item, and the view type has no field that could (contact details come only from
// POST …/contact, which records the view).
func TestItemViewsCarryNoContact(t *testing.T) {
	h := newTestHandler(t, newMemStore(viewFixtures()...))
	for _, token := range []string{"national", "fyn", "fyn-supervisor", "dup", "dup-fyn"} {
		for _, target := range []string{"/api/feedback", "/api/feedback/FB-FYN00001"} {
			rec := call(t, h, "GET", target, token, "")
			if rec.Code != 200 && rec.Code != 403 { // 403: a role that does not see the conduct matter
				t.Fatalf("%s as %s: %d %s", target, token, rec.Code, rec.Body)
			}
			body := rec.Body.String()
			for _, secret := range []string{"+4520123456", "4520123456", "20 12 34 56", "borger@example.dk", "010203-1234"} {
				if strings.Contains(body, secret) {
					t.Errorf("%s as %s shows %q", target, token, secret)
				}
			}
			var v any
			if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
				t.Fatal(err)
			}
			if k := findKey(v, "contact", "phone", "phoneHash"); k != "" {
				t.Errorf("%s as %s has a %q field: %s", target, token, k, body)
			}
		}
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[triage.ItemView](), reflect.TypeFor[triage.Detail]()} {
		for _, f := range reflect.VisibleFields(typ) {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if f.Name == "Contact" || name == "contact" || strings.Contains(strings.ToLower(f.Name), "phone") {
				t.Errorf("%s has field %s (json %q): a view can carry contact details", typ, f.Name, name)
			}
		}
	}
}

// findKey returns the first of keys that names a field anywhere in v.
func findKey(v any, keys ...string) string {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			for _, want := range keys {
				if k == want {
					return k
				}
			}
			if f := findKey(x, keys...); f != "" {
				return f
			}
		}
	case []any:
		for _, x := range v {
			if f := findKey(x, keys...); f != "" {
				return f
			}
		}
	}
	return ""
}

// TestItemViewShowsEveryFieldButContact: a field added to feedback.Item is either shown by the
// view (added to ItemView and newItemView) or listed here as deliberately hidden.
func TestItemViewShowsEveryFieldButContact(t *testing.T) {
	hidden := map[string]bool{"Contact": true}
	view := reflect.TypeFor[triage.ItemView]()
	for _, f := range reflect.VisibleFields(reflect.TypeFor[feedback.Item]()) {
		if _, shown := view.FieldByName(f.Name); shown == hidden[f.Name] {
			t.Errorf("feedback.Item.%s: shown in ItemView %v, hidden %v", f.Name, shown, hidden[f.Name])
		}
	}
}
