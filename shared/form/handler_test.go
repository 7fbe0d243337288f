package form

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/classify"
	"borgerfeedback/shared/feedback"
)

type call struct {
	method, path string
	body         string // form-encoded; Content-Type set when non-empty
	accept       string
	remote       string
}

func do(h http.Handler, c call) *httptest.ResponseRecorder {
	r := httptest.NewRequest(c.method, c.path, strings.NewReader(c.body))
	if c.method == http.MethodPost {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if c.accept != "" {
		r.Header.Set("Accept", c.accept)
	}
	if c.remote != "" {
		r.RemoteAddr = c.remote
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec
}

func form(kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Add(kv[i], kv[i+1])
	}
	return v.Encode()
}

func TestHandler(t *testing.T) {
	long := strings.Repeat("æ", MaxCommentRunes+1)
	for _, tc := range []struct {
		name       string
		setup      func(*fakeStore, *fakeQueue)
		call       call
		wantStatus int
		wantType   string   // Content-Type prefix
		want       []string // substrings of the body
		notWant    []string
		wantUsed   bool // tokOpen marked used afterwards
		wantQueued int
		// MarkUsed's calls, checked where set (with wantUsed also for a case with a setup)
		wantMarkCalls int
	}{
		{name: "form", call: call{method: "GET", path: "/f/" + tokOpen}, wantStatus: 200, wantType: "text/html",
			want: []string{`<html lang="da">`, `name="rating"`, `action="` + tokOpen + `?lang=da"`, `name="lang" value="da"`, "Send svar", `href="?lang=en"`, `href="?lang=ar"`,
				`lang="uk" hreflang="uk">Українська</a>`, `<strong lang="da" aria-current="true">Dansk</strong>`,
				`<p class="about">Det drejer sig om din opringning til 114 den 26. november kl. 14.03.</p>`,
				`<a href="aegte?lang=da">Er denne SMS ægte?</a>`}, notWant: []string{`<html lang="da" dir`}},
		{name: "form in English by query", call: call{method: "GET", path: "/f/" + tokOpen + "?lang=en"}, wantStatus: 200,
			want: []string{`<html lang="en">`, "Send reply", `name="lang" value="en"`, `href="?lang=da"`, "This is about your call to 114 on 26 November at 14:03."}},
		{name: "form in Arabic, right to left", call: call{method: "GET", path: "/f/" + tokOpen + "?lang=ar"}, wantStatus: 200,
			want: []string{`<html lang="ar" dir="rtl">`, "أرسل الرد", `action="` + tokOpen + `?lang=ar"`, `name="lang" value="ar"`, `href="?lang=da"`}},
		{name: "form in Polish", call: call{method: "GET", path: "/f/" + tokOpen + "?lang=pl"}, wantStatus: 200,
			want: []string{`<html lang="pl">`, "Wyślij odpowiedź", `name="lang" value="pl"`}},
		{name: "form in Turkish", call: call{method: "GET", path: "/f/" + tokOpen + "?lang=tr"}, wantStatus: 200,
			want: []string{`<html lang="tr">`, "Yanıtı gönder"}},
		{name: "form in Ukrainian", call: call{method: "GET", path: "/f/" + tokOpen + "?lang=uk"}, wantStatus: 200,
			want: []string{`<html lang="uk">`, "Надіслати відповідь"}},
		{name: "form in German", call: call{method: "GET", path: "/f/" + tokOpen + "?lang=de"}, wantStatus: 200,
			want: []string{`<html lang="de">`, "Antwort senden"}},
		{name: "unknown language is Danish", call: call{method: "GET", path: "/f/" + tokOpen + "?lang=xx"}, wantStatus: 200,
			want: []string{`<html lang="da">`}},
		{name: "used link in the chosen language", call: call{method: "GET", path: "/f/" + tokUsed + "?lang=tr"}, wantStatus: 410,
			want: []string{`<html lang="tr">`, "Bu bağlantı artık kullanılamaz", `href="?lang=da"`, "Hat gece gündüz açıktır"}},
		{name: "unknown link in the chosen language", call: call{method: "GET", path: "/f/" + tokUnknown + "?lang=ar"}, wantStatus: 404,
			want: []string{`<html lang="ar" dir="rtl">`, "الصفحة غير موجودة", "اتصل بالرقم 114"}},
		{name: "other path in the chosen language", call: call{method: "GET", path: "/f/a/b?lang=uk"}, wantStatus: 404,
			want: []string{"Сторінку не знайдено"}},
		{name: "trust page", call: call{method: "GET", path: "/f/aegte"}, wantStatus: 200,
			want: []string{"<h1>Er denne SMS ægte?</h1>", "Afsenderen er altid Politiet.", "MitID", "CPR-nummer", "betaling",
				"domæne, example.com, og begynder med http://example.com/f/", `href="?lang=ar"`}},
		{name: "trust page in Arabic", call: call{method: "GET", path: "/f/aegte?lang=ar"}, wantStatus: 200,
			want: []string{`<html lang="ar" dir="rtl">`, "هل هذه الرسالة حقيقية؟", "MitID"}},
		{name: "trust page as typed, with æ", call: call{method: "GET", path: "/f/%C3%A6gte?lang=en"}, wantStatus: 301, wantType: "text/html"},
		{name: "accessibility statement in German", call: call{method: "GET", path: "/f/tilgaengelighed?lang=de"}, wantStatus: 200,
			want: []string{"Erklärung zur Barrierefreiheit", "WCAG 2.1", "Digitaliseringsstyrelsen", `href="?lang=ar"`}},
		{name: "form in the invitation's language", call: call{method: "GET", path: "/f/" + tokEnglish}, wantStatus: 200,
			want: []string{`<html lang="en">`, "Overall, how would you rate"}},
		{name: "form in the call's language when the form speaks it", setup: func(s *fakeStore, _ *fakeQueue) {
			inv := s.invs[feedback.HashToken(tokEnglish)]
			inv.CallLanguage = "ar"
			s.invs[inv.TokenHash] = inv
		}, call: call{method: "GET", path: "/f/" + tokEnglish}, wantStatus: 200, want: []string{`<html lang="ar" dir="rtl">`}},
		{name: "form in the SMS's language when it does not speak the call's", setup: func(s *fakeStore, _ *fakeQueue) {
			inv := s.invs[feedback.HashToken(tokEnglish)]
			inv.CallLanguage = "so"
			s.invs[inv.TokenHash] = inv
		}, call: call{method: "GET", path: "/f/" + tokEnglish}, wantStatus: 200, want: []string{`<html lang="en">`}},
		{name: "query overrides invitation language", call: call{method: "GET", path: "/f/" + tokEnglish + "?lang=da"}, wantStatus: 200,
			want: []string{`<html lang="da">`}},
		{name: "form as JSON", call: call{method: "GET", path: "/f/" + tokOpen, accept: "application/json"}, wantStatus: 200,
			wantType: "application/json", want: []string{`"language":"da"`}},
		{name: "malformed token", call: call{method: "GET", path: "/f/short"}, wantStatus: 404, want: []string{"Siden findes ikke"}},
		{name: "unknown token", call: call{method: "GET", path: "/f/" + tokUnknown}, wantStatus: 404},
		{name: "unknown token JSON", call: call{method: "GET", path: "/f/" + tokUnknown, accept: "application/json"}, wantStatus: 404,
			wantType: "application/problem+json", want: []string{`"status":404`, `"title":"Siden findes ikke"`}},
		{name: "used link", call: call{method: "GET", path: "/f/" + tokUsed}, wantStatus: 410, want: []string{"Linket kan ikke bruges mere", "ring 114. Der er åbent hele døgnet"}},
		{name: "expired link", call: call{method: "GET", path: "/f/" + tokExpired + "?lang=en"}, wantStatus: 410, want: []string{"can no longer be used"}},
		{name: "store down", setup: func(s *fakeStore, _ *fakeQueue) { s.lookupErr = errDown }, call: call{method: "GET", path: "/f/" + tokOpen},
			wantStatus: 503, want: []string{"Siden kan ikke vises lige nu"}, notWant: []string{"connection refused"}},
		{name: "invitation in another language", setup: func(s *fakeStore, _ *fakeQueue) {
			inv := s.invs[feedback.HashToken(tokOpen)]
			inv.Language = "so" // Somali: not (yet) a language of the form
			s.invs[inv.TokenHash] = inv
		}, call: call{method: "GET", path: "/f/" + tokOpen}, wantStatus: 200, want: []string{`<html lang="da">`}},
		{name: "other path", call: call{method: "GET", path: "/f/a/b"}, wantStatus: 404},
		{name: "other method", call: call{method: "PUT", path: "/f/" + tokOpen}, wantStatus: 405},
		{name: "accessibility statement", call: call{method: "GET", path: "/f/tilgaengelighed"}, wantStatus: 200,
			want:    []string{"Tilgængelighedserklæring", "<p>Alle skal kunne bruge denne side.", "WCAG 2.1", "Digitaliseringsstyrelsen", AccessibilityEmail, "politiklagemyndigheden.dk"},
			notWant: []string{"tekstfelt"}},
		{name: "accessibility statement in English", call: call{method: "GET", path: "/f/tilgaengelighed?lang=en"}, wantStatus: 200,
			want: []string{"Accessibility statement", "Agency for Digital Government"}},

		{name: "valid reply", call: call{method: "POST", path: "/f/" + tokOpen,
			body: form("rating", "4", "taken_seriously", "yes", "wait_acceptable", "dont_know", "comment", "Fin betjening", "contact_ok", "no", "lang", "da")},
			wantStatus: 200, want: []string{"FB-OPEN0000", "Tak for dit svar"},
			// A good rating without conduct: no complaint box; no consent: no word of contacting.
			notWant: []string{"Ring 112 nu", "?lang=en\"", "politiklagemyndigheden.dk", "Du har sagt ja"}, wantUsed: true, wantQueued: 1},
		{name: "low rating with consent", call: call{method: "POST", path: "/f/" + tokOpen,
			body: form("rating", "2", "comment", "Det tog lang tid", "contact_ok", "yes", "contact", "20 12 34 56", "lang", "da")},
			wantStatus: 200, want: []string{"Tak for dit svar", "Du har sagt ja til, at vi må kontakte dig", "politiklagemyndigheden.dk", "6 måneder"},
			wantUsed: true, wantQueued: 1},
		{name: "good rating about staff conduct", call: call{method: "POST", path: "/f/" + tokOpen,
			body: form("rating", "4", "comment", "Betjenten var uhøflig og råbte ad mig", "lang", "da")},
			wantStatus: 200, want: []string{"politiklagemyndigheden.dk"}, notWant: []string{"Du har sagt ja"}, wantUsed: true, wantQueued: 1},
		{name: "valid reply JSON", call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "5"), accept: "application/json"},
			wantStatus: 200, wantType: "application/json", want: []string{`{"reference":"FB-OPEN0000"}`}, wantUsed: true, wantQueued: 1},
		{name: "rating out of range", call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "9", "comment", "mit svar <b>")},
			wantStatus: 422, want: []string{`aria-invalid="true"`, `class="summary"`, `href="#rating-0"`, `id="rating-error"`,
				"rating-error", "mit svar &lt;b&gt;", "<title>Fejl:", "autofocus"}},
		{name: "rating missing JSON", call: call{method: "POST", path: "/f/" + tokOpen + "?lang=en", body: form("comment", "x"), accept: "application/json"},
			wantStatus: 422, wantType: "application/problem+json", want: []string{`"field":"rating"`, `"status":422`, "Choose a rating"}},
		{name: "comment too long", call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3", "comment", long)},
			wantStatus: 422, want: []string{`id="comment-error"`, `href="#comment"`}},
		{name: "contact consent without contact", call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3", "contact_ok", "yes", "lang", "en")},
			wantStatus: 422, want: []string{`id="contact-error"`, "Enter a phone number", `<html lang="en">`}},
		{name: "contact not plausible", call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3", "contact_ok", "yes", "contact", "ring mig")},
			wantStatus: 422, want: []string{`id="contact-error"`, `value="ring mig"`}},
		{name: "unknown field", call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3", "admin", "1")}, wantStatus: 400},
		{name: "repeated field", call: call{method: "POST", path: "/f/" + tokOpen, body: "rating=3&rating=5"}, wantStatus: 400},
		{name: "bad escape", call: call{method: "POST", path: "/f/" + tokOpen, body: "rating=%zz"}, wantStatus: 400},
		{name: "oversized body", call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3", "comment", strings.Repeat("x", 17<<10))},
			wantStatus: 413, want: []string{"for langt"}},
		{name: "oversized body in the chosen language", call: call{method: "POST", path: "/f/" + tokOpen + "?lang=pl", body: form("rating", "3", "comment", strings.Repeat("x", 17<<10))},
			wantStatus: 413, want: []string{"Odpowiedź jest za duża"}},
		{name: "invalid reply in the chosen language", call: call{method: "POST", path: "/f/" + tokOpen + "?lang=de", body: form("comment", "x", "lang", "de")},
			wantStatus: 422, want: []string{`<html lang="de">`, "Es gibt ein Problem", `href="#rating-0"`, "Wählen Sie eine Bewertung"}},
		{name: "receipt in the chosen language", call: call{method: "POST", path: "/f/" + tokOpen + "?lang=uk", body: form("rating", "1", "lang", "uk")},
			wantStatus: 200, want: []string{"Дякуємо за вашу відповідь", "FB-OPEN0000", "politiklagemyndigheden.dk", "6 місяців"},
			notWant: []string{`hreflang=`}, wantUsed: true, wantQueued: 1},
		{name: "oversized body JSON", call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3", "comment", strings.Repeat("x", 17<<10)), accept: "application/json"},
			wantStatus: 413, wantType: "application/problem+json"},
		{name: "reply on used link", call: call{method: "POST", path: "/f/" + tokUsed, body: form("rating", "3")}, wantStatus: 410},
		{name: "reply on expired link", call: call{method: "POST", path: "/f/" + tokExpired, body: form("rating", "3")}, wantStatus: 410},
		{name: "reply on unknown link", call: call{method: "POST", path: "/f/" + tokUnknown, body: form("rating", "3")}, wantStatus: 404},
		{name: "queue down", setup: func(_ *fakeStore, q *fakeQueue) { q.err = errDown }, call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3")},
			wantStatus: 503, want: []string{"Vi fik ikke dit svar"}, notWant: []string{"FB-OPEN0000", "connection refused"}},
		{name: "queue down JSON", setup: func(_ *fakeStore, q *fakeQueue) { q.err = errDown }, call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3"), accept: "application/json"},
			wantStatus: 503, wantType: "application/problem+json", notWant: []string{"FB-OPEN0000", "connection refused"}},
		{name: "concurrent post used the link", setup: func(s *fakeStore, _ *fakeQueue) { s.markErr = fmt.Errorf("conditional write: %w", feedback.ErrGone) },
			call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3")}, wantStatus: 200, want: []string{"FB-OPEN0000"}, wantQueued: 1},
		{name: "mark used fails", setup: func(s *fakeStore, _ *fakeQueue) { s.markErr = errDown },
			call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3")}, wantStatus: 200, want: []string{"FB-OPEN0000"}, wantQueued: 1, wantMarkCalls: 4},
		{name: "mark used fails, then works", setup: func(s *fakeStore, _ *fakeQueue) { s.markErr, s.markFails = errDown, 2 },
			call: call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3")}, wantStatus: 200, want: []string{"FB-OPEN0000"}, wantQueued: 1, wantUsed: true, wantMarkCalls: 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store, queue := newFixture()
			if tc.setup != nil {
				tc.setup(store, queue)
			}
			rec := do(newTestHandler(Config{}, store, queue), tc.call)
			body := rec.Body.String()
			if rec.Code != tc.wantStatus {
				t.Fatalf("status %d, want %d; body:\n%.600s", rec.Code, tc.wantStatus, body)
			}
			wantType := tc.wantType
			if wantType == "" {
				wantType = "text/html"
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, wantType) {
				t.Errorf("Content-Type %q, want %s", ct, wantType)
			}
			for _, s := range tc.want {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, s := range tc.notWant {
				if strings.Contains(body, s) {
					t.Errorf("body has %q", s)
				}
			}
			if got := store.used(tokOpen); got != tc.wantUsed && (tc.setup == nil || tc.wantMarkCalls > 0) {
				t.Errorf("link used %v, want %v", got, tc.wantUsed)
			}
			if tc.wantMarkCalls > 0 && store.markCalls != tc.wantMarkCalls {
				t.Errorf("MarkUsed called %d times, want %d", store.markCalls, tc.wantMarkCalls)
			}
			if len(queue.subs) != tc.wantQueued {
				t.Errorf("queued %d, want %d", len(queue.subs), tc.wantQueued)
			}
			h := rec.Header()
			for k, v := range map[string]string{"Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": CSP} {
				if h.Get(k) != v {
					t.Errorf("%s %q, want %q", k, h.Get(k), v)
				}
			}
			fixedPage := strings.HasPrefix(tc.call.path, "/f/tilgaengelighed") || strings.HasPrefix(tc.call.path, "/f/aegte") || strings.HasPrefix(tc.call.path, "/f/%C3%A6gte")
			if strings.HasPrefix(tc.call.path, "/f/") && !fixedPage && h.Get("Cache-Control") != "no-store" && rec.Code != 405 && !strings.HasPrefix(tc.call.path, "/f/a/b") {
				t.Errorf("Cache-Control %q on a token page", h.Get("Cache-Control"))
			}
			if h.Get("Strict-Transport-Security") != "" {
				t.Error("HSTS sent without Config.HSTS")
			}
		})
	}
}

// TestSubmission: the queued message carries the invitation's context, the form's language and
// the normalised answers.
func TestSubmission(t *testing.T) {
	store, queue := newFixture()
	h := newTestHandler(Config{}, store, queue)
	rec := do(h, call{method: "POST", path: "/f/" + tokEnglish, body: form("rating", " 2 ", "wait_acceptable", "no",
		"comment", "  Waited\r\n40 minutes\x00  ", "contact_ok", "yes", "contact", " borger@example.dk ", "lang", "da")})
	if rec.Code != 200 || len(queue.subs) != 1 {
		t.Fatalf("%d, %d queued", rec.Code, len(queue.subs))
	}
	got := queue.subs[0]
	want := feedback.Submission{Reference: "FB-ENGL0000", ContactID: "c-FB-ENGL0000", Channel: "114",
		Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Language: "da", SubmittedAt: fixedNow,
		Answers: feedback.Answers{Rating: 2, WaitAcceptable: "no", Comment: "Waited\n40 minutes", ContactOK: true, Contact: "borger@example.dk"}}
	if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
		t.Errorf("queued\n %+v\nwant\n %+v", got, want)
	}
	// A contact typed without consent is not kept.
	store, queue = newFixture()
	do(newTestHandler(Config{}, store, queue), call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3", "contact", "20123456")})
	if len(queue.subs) != 1 || queue.subs[0].Answers.Contact != "" || queue.subs[0].Answers.ContactOK {
		t.Errorf("contact without consent kept: %+v", queue.subs)
	}
}

// TestLinkLifecycle: a refused reply and a failed enqueue leave the link usable; a reply uses it.
func TestLinkLifecycle(t *testing.T) {
	store, queue := newFixture()
	h := newTestHandler(Config{}, store, queue)
	post := func(body string) int { return do(h, call{method: "POST", path: "/f/" + tokOpen, body: body}).Code }
	get := func() int { return do(h, call{method: "GET", path: "/f/" + tokOpen}).Code }
	steps := []struct {
		name string
		act  func() int
		want int
	}{
		{"invalid reply", func() int { return post(form("rating", "9")) }, 422},
		{"still open after 422", get, 200},
		{"queue fails", func() int { queue.err = errDown; return post(form("rating", "4")) }, 503},
		{"still open after queue failure", func() int { queue.err = nil; return get() }, 200},
		{"reply", func() int { return post(form("rating", "4")) }, 200},
		{"second reply", func() int { return post(form("rating", "5")) }, 410},
		{"form after reply", get, 410},
	}
	for _, s := range steps {
		if got := s.act(); got != s.want {
			t.Fatalf("%s: %d, want %d", s.name, got, s.want)
		}
	}
	if len(queue.subs) != 1 || queue.subs[0].Answers.Rating != 4 {
		t.Errorf("queued %+v, want exactly the one accepted reply", queue.subs)
	}
}

func TestRateLimits(t *testing.T) {
	t.Run("per link", func(t *testing.T) {
		store, queue := newFixture()
		h := newTestHandler(Config{TokenLimit: Limit{Requests: 3, Window: time.Minute}}, store, queue)
		for i := 1; i <= 4; i++ {
			// different clients: only the link's budget is spent
			rec := do(h, call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "0"), remote: fmt.Sprintf("198.51.100.%d:1234", i)})
			want := 422
			if i == 4 {
				want = 429
			}
			if rec.Code != want {
				t.Fatalf("post %d: %d, want %d", i, rec.Code, want)
			}
			if i == 4 {
				if s, err := strconv.Atoi(rec.Header().Get("Retry-After")); err != nil || s < 1 || s > 60 {
					t.Errorf("Retry-After %q", rec.Header().Get("Retry-After"))
				}
			}
		}
		// another link is not affected
		if rec := do(h, call{method: "POST", path: "/f/" + tokEnglish, body: form("rating", "0")}); rec.Code != 422 {
			t.Errorf("other link: %d", rec.Code)
		}
	})
	t.Run("per client", func(t *testing.T) {
		store, queue := newFixture()
		h := newTestHandler(Config{ClientLimit: Limit{Requests: 2, Window: time.Minute}}, store, queue)
		codes := []int{}
		for _, c := range []call{
			{method: "GET", path: "/f/" + tokOpen, remote: "203.0.113.7:1"},
			{method: "GET", path: "/f/" + tokUnknown, remote: "203.0.113.7:2"},
			{method: "POST", path: "/f/" + tokOpen, body: form("rating", "3"), remote: "203.0.113.7:3", accept: "application/json"},
			{method: "GET", path: "/f/" + tokOpen, remote: "203.0.113.8:1"},
			{method: "GET", path: "/f/" + tokOpen, remote: "[2001:db8::1]:1"},
			{method: "GET", path: "/f/" + tokOpen, remote: "[2001:db8::2]:1"}, // same /64
			{method: "GET", path: "/f/" + tokOpen, remote: "[2001:db8::3]:1"},
		} {
			codes = append(codes, do(h, c).Code)
		}
		if want := []int{200, 404, 429, 200, 200, 200, 429}; fmt.Sprint(codes) != fmt.Sprint(want) {
			t.Errorf("codes %v, want %v", codes, want)
		}
		if store.used(tokOpen) {
			t.Error("a rate-limited POST must not use the link")
		}
	})
	t.Run("off", func(t *testing.T) {
		store, queue := newFixture()
		h := newTestHandler(Config{ClientLimit: Limit{Requests: -1}, TokenLimit: Limit{Requests: -1}}, store, queue)
		for i := 0; i < 100; i++ {
			if rec := do(h, call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "0")}); rec.Code != 422 {
				t.Fatalf("post %d: %d", i, rec.Code)
			}
		}
	})
}

func TestLimiterWindow(t *testing.T) {
	l := newLimiter(Limit{Requests: 2, Window: time.Minute}, DefaultClientLimit)
	t0 := fixedNow
	for i, tc := range []struct {
		at       time.Duration
		want     bool
		wantWait time.Duration
	}{{0, true, 0}, {10 * time.Second, true, 0}, {20 * time.Second, false, 40 * time.Second}, {time.Minute, true, 0}} {
		ok, wait := l.allow("k", t0.Add(tc.at))
		if ok != tc.want || wait != tc.wantWait {
			t.Errorf("request %d: %v %v, want %v %v", i, ok, wait, tc.want, tc.wantWait)
		}
	}
	// a flood of keys does not grow the map without bound
	for i := 0; i < maxKeys+10; i++ {
		l.allow(strconv.Itoa(i), t0)
	}
	if len(l.seen) > maxKeys {
		t.Errorf("%d keys kept", len(l.seen))
	}
}

func TestHSTS(t *testing.T) {
	store, queue := newFixture()
	rec := do(newTestHandler(Config{HSTS: true}, store, queue), call{method: "GET", path: "/f/" + tokUnknown})
	if !strings.Contains(rec.Header().Get("Strict-Transport-Security"), "max-age=") {
		t.Errorf("HSTS %q", rec.Header().Get("Strict-Transport-Security"))
	}
}

func TestContentType(t *testing.T) {
	store, queue := newFixture()
	h := newTestHandler(Config{}, store, queue)
	for _, ct := range []string{"", "application/json", "multipart/form-data; boundary=x", "text/plain"} {
		r := httptest.NewRequest("POST", "/f/"+tokOpen, strings.NewReader("rating=3"))
		if ct != "" {
			r.Header.Set("Content-Type", ct)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code != http.StatusUnsupportedMediaType {
			t.Errorf("Content-Type %q: %d, want 415", ct, rec.Code)
		}
	}
	if len(queue.subs) != 0 {
		t.Error("queued a reply of the wrong type")
	}
}

// TestUrgentReceipt: the receipt shows "call 112 now" exactly when the classifier reads the text as urgent.
func TestUrgentReceipt(t *testing.T) {
	texts := []string{
		"Han står udenfor med en kniv og truer mig lige nu, hjælp",
		"Please help, my neighbour's house is on fire right now",
		"Tak for god og venlig hjælp",
		"Jeg ventede længe i telefonen",
	}
	sawUrgent := false
	for _, text := range texts {
		store, queue := newFixture()
		rec := do(newTestHandler(Config{}, store, queue), call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "1", "comment", text)})
		want := classify.Classify(classify.Input{Text: text, Rating: 1, Channel: "114", District: "fyn"}).Urgent
		sawUrgent = sawUrgent || want
		if rec.Code != 200 {
			t.Fatalf("%q: %d", text, rec.Code)
		}
		if got := strings.Contains(rec.Body.String(), "Ring 112 nu"); got != want {
			t.Errorf("%q: call-112 block %v, classifier says urgent %v", text, got, want)
		}
		rec = do(newTestHandler(Config{}, store, queue), call{method: "POST", path: "/f/" + tokEnglish, body: form("rating", "1", "comment", text, "lang", "en"), accept: "application/json"})
		var got receiptJSON
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || got.Urgent != want {
			t.Errorf("%q JSON: %s", text, rec.Body)
		}
	}
	if !sawUrgent {
		t.Error("none of the clearly urgent texts was urgent: the call-112 block was never exercised")
	}
}

// TestNoPersonalDataInLogs: comment, contact and token never reach the log.
func TestNoPersonalDataInLogs(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	for _, queueErr := range []error{errDown, nil} {
		store, queue := newFixture()
		queue.err = queueErr
		store.markErr = errDown
		h := NewHandler(Config{TokenLimit: Limit{Requests: 1}, MarkRetryDelays: quickRetries}, store, queue, func() time.Time { return fixedNow }, log)
		for i := 0; i < 2; i++ {
			do(h, call{method: "POST", path: "/f/" + tokOpen, body: form("rating", "2", "comment", "hemmelig tekst 010190-1234", "contact_ok", "yes", "contact", "+45 20 12 34 56")})
		}
	}
	out := logs.String()
	if !strings.Contains(out, "FB-OPEN0000") {
		t.Errorf("the reference should be logged:\n%s", out)
	}
	for _, secret := range []string{"hemmelig", "010190", "20 12 34 56", tokOpen, feedback.HashToken(tokOpen)} {
		if strings.Contains(out, secret) {
			t.Errorf("log contains %q:\n%s", secret, out)
		}
	}
}

// TestTrustPage: the page names the configured sender and domain, and its fixed path never reaches
// the token lookup (so it cannot collide with a link).
func TestTrustPage(t *testing.T) {
	store, queue := newFixture()
	store.lookupErr = errDown // a token lookup would answer 503
	h := newTestHandler(Config{SMSSenderID: "POLITI", PublicBaseURL: "https://feedback.politi.dk/"}, store, queue)
	rec := do(h, call{method: "GET", path: "/f/aegte?lang=en"})
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	for _, want := range []string{"The sender is always POLITI.", "own domain, feedback.politi.dk, and starts with https://feedback.politi.dk/f/", "MitID", "payment"} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("lacks %q", want)
		}
	}
	rec = do(h, call{method: "GET", path: "/f/%C3%A6gte?lang=ar"})
	if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "aegte?lang=ar" {
		t.Errorf("/f/ægte: %d to %q, want 301 to aegte?lang=ar", rec.Code, rec.Header().Get("Location"))
	}
	if rec := do(h, call{method: "POST", path: "/f/aegte", body: form("rating", "3")}); rec.Code == http.StatusServiceUnavailable || len(queue.subs) != 0 {
		t.Errorf("POST /f/aegte reached the token lookup or the queue: %d", rec.Code)
	}
}
