package form

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
)

// TestAboutCall: the call is named by channel, date and Danish time, in every language, across the
// daylight-saving changes and midnight.
func TestAboutCall(t *testing.T) {
	utc := func(s string) time.Time {
		t.Helper()
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	dec2 := utc("2026-12-02T13:03:00Z") // winter: UTC+1
	for _, tc := range []struct {
		name, lang, channel string
		at                  time.Time
		want                string
	}{
		{"Danish, winter", langDA, "114", dec2, "Det drejer sig om din opringning til 114 den 2. december kl. 14.03."},
		{"English", langEN, "114", dec2, "This is about your call to 114 on 2 December at 14:03."},
		{"Arabic", langAR, "112", dec2, "يتعلق هذا باتصالك بالرقم 112 يوم 2 ديسمبر الساعة 14:03."},
		{"Polish", langPL, "114", dec2, "Chodzi o Twoje połączenie z numerem 114 z dnia 2 grudnia, godz. 14:03."},
		{"Turkish", langTR, "114", dec2, "Bu, 114 numarasına yaptığınız aramayla ilgili: 2 Aralık, saat 14:03."},
		{"Ukrainian", langUK, "114", dec2, "Ідеться про ваш дзвінок на 114, 2 грудня, о 14:03."},
		{"German", langDE, "112", dec2, "Es geht um Ihren Anruf bei der 112 am 2. Dezember um 14:03 Uhr."},
		{"summer: UTC+2", langDA, "112", utc("2026-07-01T12:03:00Z"), "Det drejer sig om din opringning til 112 den 1. juli kl. 14.03."},
		{"last minute of winter time", langDA, "114", utc("2026-03-29T00:59:00Z"), "Det drejer sig om din opringning til 114 den 29. marts kl. 01.59."},
		{"first minute of summer time", langDA, "114", utc("2026-03-29T01:00:00Z"), "Det drejer sig om din opringning til 114 den 29. marts kl. 03.00."},
		{"02.30 summer time", langEN, "114", utc("2026-10-25T00:30:00Z"), "This is about your call to 114 on 25 October at 02:30."},
		{"02.30 again, winter time", langEN, "114", utc("2026-10-25T01:30:00Z"), "This is about your call to 114 on 25 October at 02:30."},
		{"after midnight Danish time, still the old year in UTC", langDE, "114", utc("2026-12-31T23:30:00Z"), "Es geht um Ihren Anruf bei der 114 am 1. Januar um 00:30 Uhr."},
		{"an invitation without the time says nothing", langDA, "114", time.Time{}, ""},
	} {
		if got := aboutCall(tc.lang, tc.channel, tc.at); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestEmbeddedZoneMatchesTheSystem: the embedded zone agrees with the machine's tz database over
// ten years, every six hours (skipped where the machine has none).
func TestEmbeddedZoneMatchesTheSystem(t *testing.T) {
	sys, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		t.Skipf("no system tz database: %v", err)
	}
	for at := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC); at.Year() < 2030; at = at.Add(6 * time.Hour) {
		if a, b := at.In(copenhagen).Format(time.RFC3339), at.In(sys).Format(time.RFC3339); a != b {
			t.Fatalf("%s: embedded %s, system %s", at, a, b)
		}
	}
}

func TestMonthNames(t *testing.T) {
	for _, l := range languages {
		if n := len(strings.Split(translate(l.Code, "months"), ",")); n != 12 {
			t.Errorf("%s: %d month names", l.Code, n)
		}
	}
}

// TestNothingElseFromTheEventLeaks: the form, the refused form, the receipt and the error pages show
// the call's channel, date and time, but nothing else the event told us — not the contact id, the
// centre, its kind or district — in any language, in HTML or JSON.
func TestNothingElseFromTheEventLeaks(t *testing.T) {
	const tok = "LEAKLEAKLEAKLEAKLEAKLEAK"
	secrets := []string{"zzcentre-vagt-q7", "c-ZZCONTACT-4711", "bornholm", "Bornholm", "alarm"}
	for _, l := range languages {
		store, queue := newFixture()
		inv := invitation(tok, "FB-LEAK0000", l.Code)
		inv.ContactID = "c-ZZCONTACT-4711"
		inv.Channel = "112"
		inv.Centre = feedback.Centre{ID: "zzcentre-vagt-q7", Kind: "alarm", District: "bornholm"}
		store.invs[inv.TokenHash] = inv
		h := newTestHandler(Config{}, store, queue)
		about := aboutCall(l.Code, "112", callEndedAt)
		q := "?lang=" + l.Code
		for _, c := range []struct {
			name      string
			call      call
			wantAbout bool
		}{
			{"form", call{method: "GET", path: "/f/" + tok + q}, true},
			{"form as JSON", call{method: "GET", path: "/f/" + tok + q, accept: "application/json"}, false},
			{"refused form", call{method: "POST", path: "/f/" + tok + q, body: form("rating", "9", "lang", l.Code)}, true},
			{"refused form as JSON", call{method: "POST", path: "/f/" + tok + q, body: form("rating", "9"), accept: "application/json"}, false},
			{"receipt", call{method: "POST", path: "/f/" + tok + q, body: form("rating", "2", "comment", "Ingen kom", "lang", l.Code)}, true},
			{"used link", call{method: "GET", path: "/f/" + tok + q}, false},
		} {
			rec := do(h, c.call)
			body := rec.Body.String()
			if rec.Code >= http.StatusInternalServerError {
				t.Fatalf("%s %s: %d", l.Code, c.name, rec.Code)
			}
			for _, s := range secrets {
				if strings.Contains(body, s) {
					t.Errorf("%s %s: shows %q from the event", l.Code, c.name, s)
				}
			}
			if got := strings.Contains(body, about); got != c.wantAbout {
				t.Errorf("%s %s: names the call %v, want %v (%q)", l.Code, c.name, got, c.wantAbout, about)
			}
		}
		if len(queue.subs) != 1 || queue.subs[0].Centre.District != "bornholm" {
			t.Errorf("%s: the queued reply still carries the centre for routing: %+v", l.Code, queue.subs)
		}
	}
}
