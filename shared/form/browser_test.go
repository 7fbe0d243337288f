package form

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"borgerfeedback/shared/browsertest"
)

// TestFormInABrowser: on a 320 px wide phone with JavaScript switched off, a citizen sends the
// form without a rating, lands on the error summary (focused), follows its link to the field,
// fixes it with the keyboard and gets the receipt. The inline CSS is applied (the CSP hash
// matches), nothing scrolls sideways, and the browser reports no CSP violation or other error.
func TestFormInABrowser(t *testing.T) {
	store, queue := newFixture()
	srv := httptest.NewServer(newTestHandler(Config{}, store, queue))
	defer srv.Close()

	ctx := browsertest.New(t, 320, 640, 60*time.Second)

	// The refused reply answers 422 on purpose; the browser logs that as a failed load.
	pageErrors := browsertest.PageErrors(ctx, func(m chromedp.ConsoleMessage) bool {
		return m.Source == "network" && (strings.Contains(m.Text, "status of 422") || strings.HasSuffix(m.URL, "/favicon.ico"))
	})

	shot := func(name string) chromedp.Action[chromedp.Void] { return browsertest.Shot("FORM_SCREENSHOTS", name) }
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		browsertest.Step(t, ctx, what, actions...)
	}
	eval := func(js string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return s
	}
	// waitFor polls a condition: after a form submission the new document is not seen by
	// chromedp's element queries, only by evaluation.
	waitFor := func(what, js string) {
		t.Helper()
		for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
			if eval(`String(document.readyState === "complete" && (`+js+`))`) == "true" {
				return
			}
		}
		t.Fatalf("%s did not appear; at %s, focus on %s, title %q", what, eval(`document.URL`), eval(`document.activeElement.id`), eval(`document.title`))
	}
	layout := func(page string) {
		t.Helper()
		if got := eval(`getComputedStyle(document.querySelector("header")).borderBottomColor`); got != "rgb(0, 32, 91)" {
			t.Errorf("%s: stylesheet not applied (header border %s): CSP hash mismatch?", page, got)
		}
		if got := eval(`String(document.documentElement.scrollWidth)`); got != "320" {
			t.Errorf("%s: page is %s px wide on a 320 px screen", page, got)
		}
		if low := eval(contrastJS); low != "" {
			t.Errorf("%s: text below WCAG AA contrast: %s", page, low)
		}
	}

	step("switch JavaScript off and open the form",
		chromedp.EmulateViewport(320, 640, chromedp.EmulateMobile),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
			return err
		}),
		chromedp.Navigate(srv.URL+"/f/"+tokOpen),
		chromedp.WaitVisible(`input[name="rating"]`),
		shot("1-form"),
	)
	layout("form")
	step("type a comment", chromedp.SendKeys(`#comment`, "Jeg ventede længe"))
	step("send it without a rating", chromedp.Click(`button[type="submit"]`))
	waitFor("the error summary", `!!document.querySelector(".summary")`)
	step("screenshot", shot("2-errors"))
	layout("form with errors")
	if got := eval(`document.activeElement.className`); got != "summary" {
		t.Errorf("focus on %q after the refused reply, want the error summary", got)
	}
	if got := eval(`document.querySelector("#comment").value`); got != "Jeg ventede længe" {
		t.Errorf("comment after the refused reply: %q", got)
	}
	// Follow the summary's link (a click: Enter's key events would reach the field it focuses),
	// then only the keyboard, as a citizen without a pointer would.
	eval(`document.querySelector(".summary a").click(), ""`)
	if got := eval(`document.activeElement.id`); got != "rating-0" {
		t.Errorf("focus on %q after the summary link, want rating-0", got)
	}
	step("choose 2 with the arrow key, Tab past the optional questions and the comment, consent with Space, type a number, send with Enter",
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Tab),
		chromedp.KeyEvent(" "),
		chromedp.KeyEvent(kb.Tab),
		chromedp.KeyEvent("20 12 34 56"+kb.Enter),
	)
	waitFor("the receipt", `!!document.querySelector(".ref")`)
	step("screenshot", shot("3-receipt"))
	layout("receipt")
	if got := eval(`document.querySelector(".ref").textContent`); got != "FB-OPEN0000" {
		t.Errorf("receipt reference %q", got)
	}
	unlabelled := eval(`[...document.querySelectorAll("input:not([type=hidden]), textarea")].filter(e => e.labels.length === 0).map(e => e.id).join()`)
	errs := pageErrors()

	if unlabelled != "" {
		t.Errorf("controls without a label: %s", unlabelled)
	}
	if len(queue.subs) != 1 || queue.subs[0].Answers.Rating != 2 || queue.subs[0].Answers.Contact != "20 12 34 56" || queue.subs[0].Answers.Comment != "Jeg ventede længe" {
		t.Errorf("queued %+v", queue.subs)
	}
	if len(errs) > 0 {
		t.Errorf("the page raised errors: %s", strings.Join(errs, "; "))
	}
}

// contrastJS lists every element whose own text falls below WCAG 2.1 AA contrast (4.5:1, or 3:1
// for large text) against the first opaque background behind it.
const contrastJS = `(() => {
  const rgb = c => c.match(/[\d.]+/g).map(Number);
  const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const bg = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; };
  const low = [];
  for (const el of document.querySelectorAll("body *")) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const st = getComputedStyle(el);
    if (st.position === "absolute" && el.getBoundingClientRect().right < 0) continue; // off-screen (skip link)
    if (el.closest(".vh")) continue;
    const a = lum(rgb(st.color)), b = lum(bg(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(st.fontSize), bold = Number(st.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) low.push(el.tagName + "." + el.className + " " + ratio.toFixed(2));
  }
  return low.join("; ");
})()`
