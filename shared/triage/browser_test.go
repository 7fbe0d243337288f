package triage_test

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"borgerfeedback/shared/auth/oauth"
	"borgerfeedback/shared/browsertest"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/triage"
)

// TestConsoleInABrowser: a staff member logs in with the local form, finds a new reply, opens it,
// changes its status and sees the change in the history; feedback text carrying script and
// onerror payloads stays text, and the page raises no errors (no CSP or Trusted Types violation).
func TestConsoleInABrowser(t *testing.T) {
	s := newStack(t)
	items := s.seed(t, "Meget venlig betjent, tak!", xssText)
	target := items[1]
	s.seedSafety(t)
	srv := httptest.NewServer(s.handler)
	defer srv.Close()

	ctx := browsertest.New(t, 1280, 900, 90*time.Second)

	// The refused close answers 422 on purpose; the browser logs that as a failed load.
	pageErrors := browsertest.PageErrors(ctx, func(m chromedp.ConsoleMessage) bool {
		return m.Source == "network" && strings.Contains(m.Text, "status of 422")
	})

	row := `#list-body tr[data-id="` + target.ID + `"]`
	shot := func(name string) chromedp.Action[chromedp.Void] { return browsertest.Shot("TRIAGE_SCREENSHOTS", name) }
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		browsertest.Step(t, ctx, what, actions...)
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.TextContent(sel))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}

	step("log in",
		chromedp.Navigate(srv.URL+"/console/"),
		chromedp.WaitVisible(`#login-form`),
		chromedp.SendKeys(`#username`, s.out.StaffUsername),
		shot("1-login"),
		chromedp.SendKeys(`#password`, s.out.StaffPassword+kb.Enter), // the keyboard submits the form
	)
	step("find the new reply in the list", chromedp.WaitVisible(row), shot("2-list"))
	rowText := text(row + ` td.text`)
	step("open it",
		chromedp.Click(row+` a`),
		chromedp.WaitVisible(`#detail-view`),
		chromedp.WaitVisible(`//h1[@id="detail-title"][contains(., "`+target.ID+`")]`),
		chromedp.WaitVisible(`#history li`), // rendered with the item
	)
	detailText := text(`#detail-text`)
	step("change its status and see the history",
		chromedp.SetValue(`#u-status`, feedback.StatusInProgress),
		chromedp.Click(`#u-save`),
		chromedp.WaitVisible(`//ol[@id="history"]/li[contains(., "I gang")]`),
	)
	step("add a note with a payload of its own",
		chromedp.SendKeys(`#note-text`, `Notat <img src=x onerror="window.__pwned=1">`),
		chromedp.Click(`#note-form button[type="submit"]`),
		chromedp.WaitVisible(`//ol[@id="history"]/li[contains(., "Notat <img")]`),
		shot("3-detail"),
	)
	step("close without an outcome: refused with a message",
		chromedp.SetValue(`#u-status`, feedback.StatusClosed),
		chromedp.Click(`#u-save`),
		chromedp.WaitVisible(`//p[@id="u-outcome-error"][contains(., "Vælg et udfald")]`),
	)
	step("close with outcome and confirmed category",
		chromedp.SetValue(`#u-status`, feedback.StatusClosed),
		chromedp.SetValue(`#u-outcome`, "explained"),
		chromedp.SetValue(`#u-category`, feedback.CategoryResponseTime),
		chromedp.Click(`#u-save`),
		chromedp.WaitVisible(`//ol[@id="history"]/li[contains(., "I gang → Afsluttet")]`),
	)
	step("show the contact details, which records the view",
		chromedp.Click(`#contact-button`),
		chromedp.WaitVisible(`//p[@id="contact-value"][contains(., "borger@example.dk")]`),
		chromedp.WaitVisible(`//ol[@id="history"]/li[contains(., "Kontaktoplysninger vist")]`),
	)
	historyText := text(`#history`)
	// Every form control on the page has a label, every button a name.
	unlabelled, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("input, select, textarea, button")]
		.filter(e => e.tagName === "BUTTON" ? !e.textContent.trim() : e.labels.length === 0 && !e.getAttribute("aria-label")).map(e => e.id || e.outerHTML)`))
	if err != nil || len(unlabelled) > 0 {
		t.Errorf("controls without a label or name: %v %v", unlabelled, err)
	}
	step("open the statistics",
		chromedp.Click(`#nav-stats`),
		chromedp.WaitVisible(`#sat-chart svg`),
		chromedp.WaitVisible(`#cat-chart svg`),
		// The centre that flags nothing stands out in the suppressions per centre.
		chromedp.WaitVisible(`//table[@id="centre-suppressions"]//tr[contains(@class, "stands-out")]/th[contains(., "koebenhavn-alarmcentral")]`),
		// Weighted satisfied shares per centre: a handful of replies is far wider than ±5 points.
		chromedp.WaitVisible(`//table[@id="centre-satisfied"]//tr[contains(@class, "stands-out")]/th[contains(., "bredere end målet")]`),
		// The sampling controller's plan: rate, expected SMS spend, precision per centre.
		chromedp.WaitVisible(`//table[@id="sampling-plan"]//th[contains(., "SMS (forventet)")]`),
		shot("4-stats"),
	)
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#centre-suppressions tr.stands-out").length`)); err != nil || n != 1 {
		t.Errorf("%d centres stand out (%v), want only the one that flags nothing", n, err)
	}
	step("lift a safety-list entry and see the lift with the user's name",
		chromedp.Click(`#nav-safety`),
		chromedp.WaitVisible(`#lift-form`),
		chromedp.SendKeys(`#lift-phone`, "20 12 34 56"),
		chromedp.SendKeys(`#lift-reason`, "Borgeren har selv bedt om SMS igen"),
		chromedp.Click(`#lift-submit`),
		chromedp.WaitVisible(`//table[@id="lifts"]//tr[contains(., "`+s.out.StaffUsername+`") and contains(., "Borgeren har selv bedt om SMS igen")]`),
		shot("5-safety"),
	)
	if v, err := chromedp.Run(ctx, chromedp.Value(`#lift-phone`)); err != nil || v != "" {
		t.Errorf("the number stayed in the form: %q %v", v, err)
	}
	pwned, err := chromedp.Run(ctx, chromedp.Evaluate[string](`String(window.__pwned)`))
	if err != nil {
		t.Fatal(err)
	}
	images, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("img").length`))
	if err != nil {
		t.Fatal(err)
	}
	errs := pageErrors()

	if pwned != "undefined" {
		t.Errorf("window.__pwned = %s: the payload ran", pwned)
	}
	if images != 0 {
		t.Errorf("%d img elements in the page: feedback text became markup", images)
	}
	if !strings.Contains(rowText, "<script>window.__pwned=1</script>") {
		t.Errorf("list shows %q, want the payload as visible text", rowText)
	}
	if !strings.Contains(detailText, `<img src=x onerror="window.__pwned=1">`) || strings.Contains(detailText, "20 12 34 56") {
		t.Errorf("detail text = %q: want the payload as text and the phone number masked", detailText)
	}
	if !strings.Contains(historyText, "Ny → I gang") {
		t.Errorf("history = %q", historyText)
	}
	got, err := s.store.FeedbackItem(context.Background(), target.ID)
	if err != nil || got.Status != feedback.StatusClosed || got.Outcome != "explained" || got.Version != 3 {
		t.Errorf("stored item: %+v %v", got, err)
	}
	if len(errs) > 0 {
		t.Errorf("the page raised errors: %s", strings.Join(errs, "; "))
	}
}

// TestConsoleManagedLoginWithPKCE runs the console's AWS sign-in against a stand-in for Cognito's
// managed login: authorization code with PKCE (S256), state checked, the code exchanged for an ID
// token that the console then sends to the API.
func TestConsoleManagedLoginWithPKCE(t *testing.T) {
	const idToken = "eyJhbGciOiJub25lIn0.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln" // exp 2100; the fake authenticator knows it
	var mu sync.Mutex
	var challenge, gotVerifier string
	var refreshes int
	var revoked string
	idp := http.NewServeMux()
	var console string
	idp.HandleFunc("GET /oauth2/authorize", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("response_type") != "code" || q.Get("client_id") != "console-client" || q.Get("code_challenge_method") != "S256" ||
			q.Get("redirect_uri") != console+"/console/" || q.Get("state") == "" {
			http.Error(w, "bad authorize request: "+r.URL.RawQuery, http.StatusBadRequest)
			return
		}
		mu.Lock()
		challenge = q.Get("code_challenge")
		mu.Unlock()
		http.Redirect(w, r, q.Get("redirect_uri")+"?code=the-code&state="+url.QueryEscape(q.Get("state")), http.StatusFound)
	})
	idp.HandleFunc("/oauth2/token", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", console)
		if r.Method == http.MethodOptions {
			w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
			return
		}
		_ = r.ParseForm()
		mu.Lock()
		if r.PostForm.Get("grant_type") == "refresh_token" {
			ok := r.PostForm.Get("refresh_token") == "the-refresh" && revoked == "" && r.PostForm.Get("client_id") == "console-client"
			if ok {
				refreshes++
			}
			mu.Unlock()
			if !ok {
				http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"id_token":%q,"access_token":"a","token_type":"Bearer","expires_in":3600}`, idToken)
			return
		}
		gotVerifier = r.PostForm.Get("code_verifier")
		sum := sha256.Sum256([]byte(gotVerifier))
		ok := base64.RawURLEncoding.EncodeToString(sum[:]) == challenge
		mu.Unlock()
		if !ok || r.PostForm.Get("code") != "the-code" || r.PostForm.Get("grant_type") != "authorization_code" || r.PostForm.Get("redirect_uri") != console+"/console/" {
			http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id_token":%q,"access_token":"a","refresh_token":"the-refresh","token_type":"Bearer","expires_in":3600}`, idToken)
	})
	idp.HandleFunc("POST /oauth2/revoke", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		mu.Lock()
		if r.PostForm.Get("client_id") == "console-client" {
			revoked = r.PostForm.Get("token")
		}
		mu.Unlock()
	})
	idp.HandleFunc("GET /logout", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("logout_uri"), http.StatusFound)
	})
	idpSrv := httptest.NewServer(idp)
	defer idpSrv.Close()

	claims := staff["national"]
	h := triage.NewHandler(triage.Config{CognitoDomain: idpSrv.URL, ClientID: "console-client", Log: slog.New(slog.DiscardHandler),
		Sessions: oauth.Client{Domain: idpSrv.URL, ClientID: "console-client"}},
		newMemStore(fixtures()...), tokenAuth{idToken: claims})
	srv := httptest.NewServer(h)
	defer srv.Close()
	console = srv.URL

	ctx := browsertest.New(t, 1280, 900, 60*time.Second)
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/console/"),
		chromedp.WaitVisible(`#sso-button`),
		// The page takes the token to live 3 s, so it renews it after about a second.
		chromedp.Evaluate[chromedp.Void](`localStorage.setItem("bf.tokenMs", "3000")`),
		chromedp.Click(`#sso-button`),
		chromedp.WaitVisible(`#list-body tr`), // back from the login, signed in, the list loaded
	)
	if err != nil {
		t.Fatalf("managed login: %v", err)
	}
	who, err := chromedp.Run(ctx, chromedp.TextContent(`#who`))
	if err != nil || who != claims.Username {
		t.Errorf("signed in as %q (%v), want %s", who, err, claims.Username)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if strings.Contains(loc, "code=") {
		t.Errorf("the code stays in the address bar: %s", loc)
	}
	cookies, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.cookie`))
	if strings.Contains(cookies, "the-refresh") {
		t.Errorf("the page's script can read the refresh token: %q", cookies)
	}
	waitUntil := func(what string, cond func() bool) {
		t.Helper()
		for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
			mu.Lock()
			ok := cond()
			mu.Unlock()
			if ok {
				return
			}
		}
		t.Fatalf("%s did not happen", what)
	}
	waitUntil("two silent refreshes", func() bool { return refreshes >= 2 })
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(`#list-body tr`)); err != nil {
		t.Fatalf("reload: %v", err)
	}
	if v, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("sso").offsetParent === null`)); !v {
		t.Error("after a reload the page asks for a new sign-in; the session's cookie should carry it")
	}
	if err := chromedp.Do(ctx, chromedp.Click(`#logout`), chromedp.WaitVisible(`#sso-button`)); err != nil {
		t.Fatalf("logout: %v", err)
	}
	waitUntil("the refresh token's revocation at logout", func() bool { return revoked == "the-refresh" })
	mu.Lock()
	defer mu.Unlock()
	if len(gotVerifier) < 43 {
		t.Errorf("code verifier %q is shorter than RFC 7636's 43 characters", gotVerifier)
	}
}
