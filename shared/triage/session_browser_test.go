package triage_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"borgerfeedback/shared/browsertest"
)

// TestConsoleSessionOnTheLocalStack: a working day's session on moto's Cognito. The page renews
// its ID token silently from the httpOnly refresh cookie (here after about a second: it takes the
// token to live 4 s); a reload needs no new sign-in; when the session ends elsewhere (a logout in
// another tab revokes it), the page asks for a new sign-in and the half-written note is still
// there afterwards; the refresh token never reaches the page's script; logout revokes it.
func TestConsoleSessionOnTheLocalStack(t *testing.T) {
	s := newStack(t)
	item := s.seedOne(t, "FB-SESSION1", "Jeg ventede længe", time.Now().UTC().Add(-time.Hour))
	var refreshed atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		s.handler.ServeHTTP(rec, r)
		if r.URL.Path == "/console/auth/refresh" && rec.Code == 200 {
			refreshed.Add(1)
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
	}))
	defer srv.Close()
	ctx := browsertest.New(t, 1280, 900, 60*time.Second)
	pageErrors := browsertest.PageErrors(ctx, func(m chromedp.ConsoleMessage) bool {
		return m.Source == "network" && strings.Contains(m.Text, "status of 401") // the ended session's refresh, on purpose
	})
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		browsertest.Step(t, ctx, what, actions...)
	}
	refreshCookie := func() *network.Cookie {
		t.Helper()
		var found *network.Cookie
		step("read the browser's cookies", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			res, err := cdp.Call(ctx, tg, network.GetCookies, network.GetCookiesParams{URLs: []string{srv.URL + "/console/auth/refresh"}})
			for _, c := range res.Cookies {
				if c.Name == "bf_refresh" {
					found = c
				}
			}
			return err
		}))
		return found
	}
	login := func() chromedp.Action[chromedp.Void] {
		return chromedp.Steps(chromedp.WaitVisible(`#login-form`),
			chromedp.SendKeys(`#username`, s.out.StaffUsername), chromedp.SendKeys(`#password`, s.out.StaffPassword+kb.Enter))
	}

	step("log in, the page taking tokens to live 4 s",
		chromedp.Navigate(srv.URL+"/console/"),
		chromedp.WaitVisible(`#login-form`),
		chromedp.Evaluate[chromedp.Void](`localStorage.setItem("bf.tokenMs", "4000"); localStorage.setItem("bf.pollMs", "600000")`),
		chromedp.Reload(),
		login(),
		chromedp.WaitVisible(`#list-body tr[data-id="`+item.ID+`"]`),
	)
	c := refreshCookie()
	if c == nil || !c.HTTPOnly || c.SameSite != network.CookieSameSiteStrict || c.Path != "/console/auth/" {
		t.Fatalf("refresh cookie %+v: want httpOnly, SameSite=Strict, Path=/console/auth/", c)
	}
	if js, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.cookie + JSON.stringify(sessionStorage) + JSON.stringify(localStorage)`)); strings.Contains(js, c.Value) || strings.Contains(js, "eyJ") {
		t.Errorf("a token is readable by the page's script or kept in Web Storage: %s", js)
	}
	for end := time.Now().Add(10 * time.Second); refreshed.Load() < 2 && time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
	}
	if refreshed.Load() < 2 {
		t.Fatalf("%d silent refreshes within 10 s, want at least 2", refreshed.Load())
	}
	step("the list still loads after the refreshes", chromedp.Focus(`#list-title`), chromedp.KeyEvent("r"),
		chromedp.WaitVisible(`//p[@id="flash"][contains(., "Listen er opdateret")]`))
	step("a reload keeps the session", chromedp.Reload(), chromedp.WaitVisible(`#list-body tr[data-id="`+item.ID+`"]`))

	step("open the item and start a note",
		chromedp.Navigate(srv.URL+"/console/#/item/"+item.ID),
		chromedp.WaitVisible(`#history li`),
		chromedp.SendKeys(`#note-text`, "Ringede op kl. 10, ingen svar"),
	)
	// A logout in another tab (the same cookie) revokes the session.
	other := httptest.NewRequest("POST", "/console/auth/logout", strings.NewReader("{}"))
	other.Header.Set("Content-Type", "application/json")
	other.AddCookie(&http.Cookie{Name: "bf_refresh", Value: refreshCookie().Value})
	rec := httptest.NewRecorder()
	s.handler.ServeHTTP(rec, other)
	if rec.Code != http.StatusNoContent {
		t.Fatalf("logout elsewhere: %d %s", rec.Code, rec.Body)
	}
	step("the page sees the session end and asks for a sign-in",
		chromedp.WaitVisible(`//p[@id="login-error"][contains(., "Din session er udløbet") and contains(., "notat")]`))
	step("sign in again: back at the item with the note as it was", login(),
		chromedp.WaitVisible(`#history li`))
	if v, _ := chromedp.Run(ctx, chromedp.Value(`#note-text`)); v != "Ringede op kl. 10, ingen svar" {
		t.Errorf("the unsent note after the new sign-in: %q", v)
	}

	last := refreshCookie()
	step("log out", chromedp.Click(`#logout`), chromedp.WaitVisible(`#login-form`))
	if c := refreshCookie(); c != nil {
		t.Errorf("the refresh cookie outlived the logout: %+v", c)
	}
	replay := httptest.NewRequest("POST", "/console/auth/refresh", strings.NewReader("{}"))
	replay.Header.Set("Content-Type", "application/json")
	replay.AddCookie(&http.Cookie{Name: "bf_refresh", Value: last.Value})
	rec = httptest.NewRecorder()
	s.handler.ServeHTTP(rec, replay)
	if rec.Code != http.StatusUnauthorized {
		t.Errorf("the logged-out refresh token still works at Cognito (moto): %d %s", rec.Code, rec.Body)
	}
	if errs := pageErrors(); len(errs) > 0 {
		t.Errorf("the page raised errors: %s", strings.Join(errs, "; "))
	}
}
