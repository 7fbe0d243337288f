package triage_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"borgerfeedback/shared/browsertest"
)

// TestConsoleLongList: every row of a long list is in the page and in the accessibility tree as a
// table row with its cells, also the rows far below the screen (content-visibility: auto would
// drop those cells from Chromium's accessibility tree), and going back from an item lands at the
// same scroll position and row as before, though the list was drawn anew.
func TestConsoleLongList(t *testing.T) {
	const n = 60
	s := newStack(t)
	base := time.Now().UTC().Add(-2 * time.Hour)
	for i := range n {
		text := strings.Repeat(fmt.Sprintf("Svar %d: jeg ventede længe på at komme igennem. ", i), 1+i%4)
		s.seedOne(t, fmt.Sprintf("FB-LONG%04d", i), text, base.Add(time.Duration(i)*time.Minute))
	}
	srv := httptest.NewServer(s.handler)
	defer srv.Close()
	ctx := browsertest.New(t, 1280, 800, 60*time.Second)
	pageErrors := browsertest.PageErrors(ctx, func(chromedp.ConsoleMessage) bool { return false })
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		browsertest.Step(t, ctx, what, actions...)
	}
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return v
	}
	step("log in and show all rows",
		chromedp.Navigate(srv.URL+"/console/"),
		chromedp.WaitVisible(`#login-form`),
		chromedp.SendKeys(`#username`, s.out.StaffUsername),
		chromedp.SendKeys(`#password`, s.out.StaffPassword+kb.Enter),
		chromedp.WaitVisible(`#list-body tr`),
		chromedp.Navigate(srv.URL+fmt.Sprintf("/console/#/list?n=%d", n)),
		chromedp.WaitVisible(`//p[@id="list-status"][contains(., "det er alle")]`),
		browsertest.Shot("TRIAGE_SCREENSHOTS", "long-list"),
	)
	if got := eval(`String(document.querySelectorAll("#list-body tr").length)`); got != fmt.Sprint(n) {
		t.Fatalf("%s rows in the page, want %d", got, n)
	}
	roles := map[string]int{}
	step("read the accessibility tree", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		tree, err := cdp.Call(ctx, tg, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
		if err != nil {
			return err
		}
		for _, node := range tree.Nodes {
			if node.Role != nil && !node.Ignored {
				roles[strings.Trim(string(node.Role.Value), `"`)]++
			}
		}
		return nil
	}))
	if roles["row"] < n+1 || roles["rowheader"] < n || roles["cell"] < 8*n || roles["columnheader"] < 9 {
		t.Errorf("accessibility roles: %d rows, %d row headers, %d cells, %d column headers; want every row of the list as a table row with its cells",
			roles["row"], roles["rowheader"], roles["cell"], roles["columnheader"])
	}

	far := fmt.Sprintf("FB-LONG%04d", 15) // newest first: 44 rows down
	step("j moves to a row far down, which is drawn and focused",
		chromedp.Focus(`#list-title`), chromedp.KeyEvent("j"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector('#list-body tr[data-id="`+far+`"] a').focus()`),
		chromedp.KeyEvent("j"), chromedp.KeyEvent("k"),
		chromedp.WaitVisible(`#list-body tr.current[data-id="`+far+`"]`),
		chromedp.Sleep(400*time.Millisecond), // the place is written 200 ms after the last scroll
	)
	place := `Math.round(scrollY) + " " + [...document.querySelectorAll("#list-body tr")].find((r) => r.getBoundingClientRect().bottom > 150).dataset.id`
	before := eval(place)
	step("open it and go back with g l",
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(`//h1[@id="detail-title"][contains(., "`+far+`")]`),
		chromedp.KeyEvent("g"), chromedp.KeyEvent("l"),
		chromedp.WaitVisible(`#list-view`),
		chromedp.Sleep(100*time.Millisecond), // the list loads anew
		chromedp.WaitVisible(`//p[@id="list-status"][contains(., "det er alle")]`),
		chromedp.WaitVisible(`#list-body tr.current[data-id="`+far+`"]`),
	)
	if after := eval(place); after != before {
		t.Errorf("back in the list at %q (scroll position, row at the top), want %q", after, before)
	}
	if errs := pageErrors(); len(errs) > 0 {
		t.Errorf("the page raised errors: %s", strings.Join(errs, "; "))
	}
}
