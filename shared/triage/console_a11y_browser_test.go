package triage_test

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"borgerfeedback/shared/browsertest"
)

// TestConsoleAccessibility runs axe-core on every console view (login, list, item, statistics,
// legal hold and access report with a message at a field, safety list and opt-outs with messages at
// their fields, the shortcut help) with no violation allowed, and checks that each reflows at
// 320 CSS px: the page never scrolls sideways (a data table scrolls inside its own region).
func TestConsoleAccessibility(t *testing.T) {
	s := newStack(t)
	items := s.seed(t, "Meget venlig betjent, tak!", xssText, "Jeg ventede 40 minutter og ingen tog telefonen")
	s.seedSafety(t)
	srv := httptest.NewServer(s.handler)
	defer srv.Close()
	ctx := browsertest.New(t, 1280, 900, 120*time.Second)
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		browsertest.Step(t, ctx, what, actions...)
	}
	check := func(view string) {
		t.Helper()
		for _, width := range []int64{1280, 320} {
			step(view+": viewport", chromedp.EmulateViewport(width, 800), chromedp.Sleep(150*time.Millisecond))
			if v := browsertest.Axe(t, ctx); len(v) > 0 {
				t.Errorf("%s at %d px: axe-core violations:\n%s", view, width, strings.Join(v, "\n"))
			}
			if width == 320 {
				if n, who := browsertest.Overflow(t, ctx); n > 0 {
					t.Errorf("%s at 320 px scrolls sideways by %d px: %s", view, n, who)
				}
			}
		}
		step(view+": back to desktop", chromedp.EmulateViewport(1280, 900))
	}

	step("open the login", browsertest.BypassCSP(), chromedp.Navigate(srv.URL+"/console/"), chromedp.WaitVisible(`#login-form`))
	check("login")
	step("log in",
		chromedp.SendKeys(`#username`, s.out.StaffUsername),
		chromedp.SendKeys(`#password`, s.out.StaffPassword+kb.Enter),
		chromedp.WaitVisible(`#list-body tr[data-id="`+items[1].ID+`"]`))
	check("list")
	step("open an item", chromedp.Navigate(srv.URL+"/console/#/item/"+items[1].ID), chromedp.WaitVisible(`#history li`))
	check("item")
	step("refuse a legal hold without a reason and get the access report",
		chromedp.Click(`#hold-submit`), chromedp.WaitVisible(`#hold-reason-error`),
		chromedp.Click(`#report-button`), chromedp.WaitVisible(`#report-link`))
	check("item with legal hold and access report")
	step("open the statistics", chromedp.Navigate(srv.URL+"/console/#/stats"), chromedp.WaitVisible(`#cat-chart svg`))
	check("statistics")
	step("open the safety list", chromedp.Navigate(srv.URL+"/console/#/safety"), chromedp.WaitVisible(`#lift-form`))
	check("safety list")
	step("lift a number that is on neither list",
		chromedp.SendKeys(`#lift-phone`, "20 99 88 77"), chromedp.SendKeys(`#lift-reason`, "Borgeren har selv bedt om SMS igen"),
		chromedp.Click(`#lift-submit`), chromedp.WaitVisible(`#lift-phone-error`),
		chromedp.SendKeys(`#optout-phone`, "20 99 88 77"), chromedp.SendKeys(`#optout-consent`, "ja"),
		chromedp.Click(`#optout-submit`), chromedp.WaitVisible(`#optout-consent-error`))
	check("safety list and opt-outs with messages at the fields")
	step("open the shortcut help", chromedp.Navigate(srv.URL+"/console/#/list"), chromedp.WaitVisible(`#list-body tr`),
		chromedp.Focus(`#list-title`), chromedp.KeyEvent("?"), chromedp.WaitVisible(`#help`))
	check("shortcut help")
}
