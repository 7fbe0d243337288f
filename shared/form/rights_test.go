package form

import (
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
)

// TestRights drives POST /f/{token}/stop and /withdraw through good and bad input: each answer
// has the right status and a clear page (or problem details), and what is stored changes only
// when it should.
func TestRights(t *testing.T) {
	withdrawnBefore := func(s *fakeStore, _ *fakeQueue) { s.withdrawn = map[string]time.Time{"FB-USED0000": fixedNow} }
	usedLongAgo := func(s *fakeStore, _ *fakeQueue) {
		inv := s.invs[feedback.HashToken(tokUsed)]
		at := fixedNow.Add(-15 * 24 * time.Hour)
		inv.UsedAt, inv.ExpiresAt = &at, fixedNow.Add(time.Hour)
		s.invs[inv.TokenHash] = inv
	}
	down := func(s *fakeStore, _ *fakeQueue) { s.rightsErr = errDown }
	for _, tc := range []struct {
		name         string
		setup        func(*fakeStore, *fakeQueue)
		c            call
		status       int
		want         []string
		optedOut     string // phone hash that must be opted out after
		withdrawn    string // reference that must be withdrawn after
		nothingSaved bool
	}{
		{name: "stop an unused link", c: call{method: "POST", path: "/f/" + tokOpen + "/stop"}, status: 200,
			want: []string{"Du får ikke flere SMS fra os", "114"}, optedOut: "phone-FB-OPEN0000"},
		{name: "stop a used link", c: call{method: "POST", path: "/f/" + tokUsed + "/stop", body: form("lang", "en")}, status: 200,
			want: []string{"You will not get more text messages from us"}, optedOut: "phone-FB-USED0000"},
		{name: "stop as JSON", c: call{method: "POST", path: "/f/" + tokOpen + "/stop", accept: "application/json"}, status: 200,
			want: []string{`"optedOut":true`}, optedOut: "phone-FB-OPEN0000"},
		{name: "stop in Arabic", c: call{method: "POST", path: "/f/" + tokOpen + "/stop?lang=ar"}, status: 200,
			want: []string{`dir="rtl"`, "لن تصلك رسائل نصية أخرى منا"}, optedOut: "phone-FB-OPEN0000"},
		{name: "stop an expired link", c: call{method: "POST", path: "/f/" + tokExpired + "/stop"}, status: 410,
			want: []string{"Linket er udløbet", "114"}, nothingSaved: true},
		{name: "stop an unknown token", c: call{method: "POST", path: "/f/" + tokUnknown + "/stop"}, status: 404, nothingSaved: true},
		{name: "stop a malformed token", c: call{method: "POST", path: "/f/nope/stop"}, status: 404, nothingSaved: true},
		{name: "stop with answers in the body", c: call{method: "POST", path: "/f/" + tokOpen + "/stop", body: form("rating", "1")}, status: 400, nothingSaved: true},
		{name: "stop with an oversize body", c: call{method: "POST", path: "/f/" + tokOpen + "/stop", body: "lang=" + strings.Repeat("x", DefaultMaxBodyBytes)}, status: 413, nothingSaved: true},
		{name: "stop when the store is down", setup: down, c: call{method: "POST", path: "/f/" + tokOpen + "/stop"}, status: 503, nothingSaved: true},
		{name: "GET of stop is not a route", c: call{method: "GET", path: "/f/" + tokOpen + "/stop"}, status: 404, nothingSaved: true},

		{name: "withdraw a reply", c: call{method: "POST", path: "/f/" + tokUsed + "/withdraw"}, status: 200,
			want: []string{"Dit svar er trukket tilbage", "slettet"}, withdrawn: "FB-USED0000"},
		{name: "withdraw as JSON", c: call{method: "POST", path: "/f/" + tokUsed + "/withdraw", accept: "application/json"}, status: 200,
			want: []string{`"reference":"FB-USED0000"`, `"withdrawn":true`}, withdrawn: "FB-USED0000"},
		{name: "withdraw in Ukrainian", c: call{method: "POST", path: "/f/" + tokUsed + "/withdraw", body: form("lang", "uk")}, status: 200,
			want: []string{"Вашу відповідь відкликано"}, withdrawn: "FB-USED0000"},
		{name: "withdraw replayed", setup: withdrawnBefore, c: call{method: "POST", path: "/f/" + tokUsed + "/withdraw"}, status: 410,
			want: []string{"allerede trukket tilbage"}, withdrawn: "FB-USED0000"},
		{name: "withdraw after 14 days", setup: usedLongAgo, c: call{method: "POST", path: "/f/" + tokUsed + "/withdraw"}, status: 410,
			want: []string{"Fristen er overskredet", "referencenummer"}, nothingSaved: true},
		{name: "withdraw before any reply", c: call{method: "POST", path: "/f/" + tokOpen + "/withdraw"}, status: 409,
			want: []string{"intet svar at trække tilbage"}, nothingSaved: true},
		{name: "withdraw an unknown token", c: call{method: "POST", path: "/f/" + tokUnknown + "/withdraw"}, status: 404, nothingSaved: true},
		{name: "withdraw as JSON, unknown token", c: call{method: "POST", path: "/f/" + tokUnknown + "/withdraw", accept: "application/json"}, status: 404,
			want: []string{`"status":404`}, nothingSaved: true},
		{name: "withdraw with an oversize body", c: call{method: "POST", path: "/f/" + tokUsed + "/withdraw", body: "lang=" + strings.Repeat("x", DefaultMaxBodyBytes)}, status: 413, nothingSaved: true},
		{name: "withdraw when the store is down", setup: down, c: call{method: "POST", path: "/f/" + tokUsed + "/withdraw"}, status: 503, nothingSaved: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store, queue := newFixture()
			if tc.setup != nil {
				tc.setup(store, queue)
			}
			before := len(store.withdrawn)
			rec := do(newTestHandler(Config{}, store, queue), tc.c)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.status, rec.Body.String())
			}
			body := rec.Body.String()
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("answer lacks %q: %s", w, body)
				}
			}
			if tc.status >= 400 && tc.c.accept == "" && !strings.Contains(body, "<h1>") {
				t.Errorf("an error must be a page with a heading: %s", body)
			}
			if tc.optedOut != "" && !store.optedOut[tc.optedOut] {
				t.Errorf("%s not opted out", tc.optedOut)
			}
			if tc.withdrawn != "" {
				if _, ok := store.withdrawn[tc.withdrawn]; !ok {
					t.Errorf("%s not withdrawn", tc.withdrawn)
				}
			}
			if tc.nothingSaved && (len(store.optedOut) > 0 || len(store.withdrawn) != before) {
				t.Errorf("stored %v / %v, want nothing", store.optedOut, store.withdrawn)
			}
			if len(queue.subs) != 0 {
				t.Error("nothing may be queued")
			}
		})
	}
}

// TestRightsOffered: the form, the receipt and a used link's page offer what the link can still do.
func TestRightsOffered(t *testing.T) {
	store, queue := newFixture()
	h := newTestHandler(Config{}, store, queue)
	form1 := do(h, call{method: "GET", path: "/f/" + tokOpen}).Body.String()
	if !strings.Contains(form1, `action="`+tokOpen+`/stop?lang=da"`) || strings.Contains(form1, "/withdraw") {
		t.Errorf("the form offers stop, not withdraw")
	}
	receipt := do(h, call{method: "POST", path: "/f/" + tokOpen + "?lang=pl", body: form("rating", "4", "lang", "pl")}).Body.String()
	for _, want := range []string{tokOpen + "/withdraw?lang=pl", tokOpen + "/stop?lang=pl", "Wycofaj moją odpowiedź", "w ciągu 14 dni"} {
		if !strings.Contains(receipt, want) {
			t.Errorf("receipt lacks %q", want)
		}
	}
	gone := do(h, call{method: "GET", path: "/f/" + tokUsed})
	if gone.Code != 410 || !strings.Contains(gone.Body.String(), tokUsed+"/withdraw") || !strings.Contains(gone.Body.String(), "Send mig ikke flere SMS") {
		t.Errorf("a used link's page (%d) offers withdraw and stop: %s", gone.Code, gone.Body.String())
	}
	expired := do(h, call{method: "GET", path: "/f/" + tokExpired}).Body.String()
	if strings.Contains(expired, "/stop") || strings.Contains(expired, "/withdraw") {
		t.Error("an expired, unused link offers nothing")
	}
}
