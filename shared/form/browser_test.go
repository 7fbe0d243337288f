package form

import (
	"context"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"borgerfeedback/shared/browsertest"
	"borgerfeedback/shared/resources"
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
		return m.Source == "network" && (strings.Contains(m.Text, "status of 422") || strings.Contains(m.Text, "status of 404") || strings.Contains(m.Text, "status of 410"))
	})

	b := &browserPage{t: t, ctx: ctx}
	shot := func(name string) chromedp.Action[chromedp.Void] { return browsertest.Shot("FORM_SCREENSHOTS", name) }
	step, eval, waitFor, layout := b.step, b.eval, b.waitFor, b.layout

	step("switch JavaScript off and open the form",
		phoneWithoutJavaScript(),
		chromedp.Navigate(srv.URL+"/f/"+tokOpen),
		chromedp.WaitVisible(`input[name="rating"]`),
		shot("1-form"),
	)
	layout("form")
	if got := eval(`document.querySelector("#comment-count").textContent + "|" + document.querySelector("#comment").getAttribute("maxlength")`); got != "|2000" {
		t.Errorf("without JavaScript the counter should be empty and the textarea stop at 2000: %q", got)
	}
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

// browserPage holds what the browser tests do to a page.
type browserPage struct {
	t   *testing.T
	ctx context.Context
}

func (b *browserPage) step(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	browsertest.Step(b.t, b.ctx, what, actions...)
}

func (b *browserPage) eval(js string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](js))
	if err != nil {
		b.t.Fatalf("%s: %v", js, err)
	}
	return s
}

// waitFor polls a condition: after a form submission the new document is not seen by chromedp's
// element queries, only by evaluation.
func (b *browserPage) waitFor(what, js string) {
	b.t.Helper()
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		// An evaluation may fail while the page navigates: try again.
		if s, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](`String(document.readyState === "complete" && (`+js+`))`)); err == nil && s == "true" {
			return
		}
	}
	b.t.Fatalf("%s did not appear; at %s, focus on %s, title %q", what, b.eval(`document.URL`), b.eval(`document.activeElement.id`), b.eval(`document.title`))
}

// layout: the inline CSS is applied (the CSP hash matches), nothing scrolls sideways on 320 px,
// and all text meets WCAG AA contrast.
func (b *browserPage) layout(page string) {
	b.t.Helper()
	if got := b.eval(`getComputedStyle(document.querySelector("header")).borderBottomColor`); got != "rgb(0, 32, 91)" {
		b.t.Errorf("%s: stylesheet not applied (header border %s): CSP hash mismatch?", page, got)
	}
	if got := b.eval(`String(document.documentElement.scrollWidth)`); got != "320" {
		wide := b.eval(`[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > 321 || e.getBoundingClientRect().left < -1).map(e => e.tagName + "." + e.className + " " + e.textContent.slice(0, 40)).slice(0, 3).join("; ")`)
		b.t.Errorf("%s: page is %s px wide on a 320 px screen (%s)", page, got, wide)
	}
	if low := b.eval(contrastJS); low != "" {
		b.t.Errorf("%s: text below WCAG AA contrast: %s", page, low)
	}
	// axe-core needs timers, which run only with scripts on; the pages have no script of their own.
	scripts := func(disabled bool) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: disabled})
			return err
		})
	}
	b.step(page+": scripts on for axe-core", scripts(false))
	if v := browsertest.Axe(b.t, b.ctx); len(v) > 0 {
		b.t.Errorf("%s: axe-core violations:\n%s", page, strings.Join(v, "\n"))
	}
	b.step(page+": scripts off again", scripts(true))
}

// text returns the text content of the first element matching a CSS selector ("" when none).
func (b *browserPage) text(selector string) string {
	b.t.Helper()
	return b.eval(`(document.querySelector(` + strconv.Quote(selector) + `) || {textContent: ""}).textContent.trim()`)
}

// phoneWithoutJavaScript is a 320 px wide phone with scripts switched off.
func phoneWithoutJavaScript() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := chromedp.EmulateViewport(320, 640, chromedp.EmulateMobile)(ctx, tg); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	})
}

// TestEveryLanguageInABrowser: in each language of the form, on a 320 px phone with JavaScript off,
// the page is in that language and direction (right to left for Arabic), every control's label and
// every legend is the catalog's text, a reply without a rating gets the error summary (focused) with
// a link to the field in that language, the fixed reply gets the receipt in that language, and the
// accessibility statement exists in it — each page laid out without sideways scrolling, styled and
// in contrast.
func TestEveryLanguageInABrowser(t *testing.T) {
	ctx := browsertest.New(t, 320, 640, 120*time.Second)
	pageErrors := browsertest.PageErrors(ctx, func(m chromedp.ConsoleMessage) bool {
		return m.Source == "network" && (strings.Contains(m.Text, "status of 422") || strings.Contains(m.Text, "status of 404") || strings.Contains(m.Text, "status of 410"))
	})
	b := &browserPage{t: t, ctx: ctx}
	b.step("switch JavaScript off", phoneWithoutJavaScript())
	for _, l := range languages {
		tr := func(key string) string { return translate(l.Code, key) }
		wantDir := "ltr"
		if l.RTL {
			wantDir = "rtl"
		}
		store, queue := newFixture()
		srv := httptest.NewServer(newTestHandler(Config{}, store, queue))
		where := func(page string) string { return l.Code + " " + page }
		langAndDir := func(page string) {
			t.Helper()
			if got := b.eval(`document.documentElement.lang + " " + getComputedStyle(document.body).direction`); got != l.Code+" "+wantDir {
				t.Errorf("%s: lang and direction %q, want %q", where(page), got, l.Code+" "+wantDir)
			}
		}

		// chromedp's element queries lose track of the document after a form submission (see
		// waitFor), so this test waits and clicks by evaluation throughout.
		b.step(where("open the form"), chromedp.Navigate(srv.URL+"/f/"+tokOpen+"?lang="+l.Code))
		b.waitFor(where("the form"), `!!document.querySelector('input[name="rating"]')`)
		b.step(where("screenshot"), browsertest.Shot("FORM_SCREENSHOTS", l.Code+"-1-form"))
		langAndDir("form")
		b.layout(where("form"))
		for sel, key := range map[string]string{
			"h1": "form_title", "#rating legend": "q_rating", "#rating-hint": "q_rating_hint", `label[for="rating-0"]`: "rating_1",
			"#taken_seriously legend": "q_taken_seriously", "#wait_acceptable legend": "q_wait_acceptable",
			`label[for="comment"]`: "q_comment", "#contact_ok legend": "q_contact", `label[for="contact_ok-0"]`: "contact_ok_label",
			`label[for="contact"]`: "contact_label", `button[type="submit"]`: "submit",
			"footer a:first-child": "trust_title", "footer a:last-child": "a11y_link", "p.about": "",
		} {
			want := tr(key)
			if sel == "p.about" {
				want = aboutCall(l.Code, "114", callEndedAt)
			}
			if got := b.text(sel); got != want {
				t.Errorf("%s: %s reads %q, want %q", where("form"), sel, got, want)
			}
		}
		if got := b.eval(`[...document.querySelectorAll("input:not([type=hidden]), textarea")].filter(e => e.labels.length === 0).map(e => e.id).join()`); got != "" {
			t.Errorf("%s: controls without a label: %s", where("form"), got)
		}
		// The example number reads left to right in every language: "20" stands left of "56".
		if got := b.eval(numberOrderJS); got != "true" {
			t.Errorf("%s: the example phone number in the hint is not shown as 20 12 34 56 (%s)", where("form"), got)
		}
		if got := b.eval(`[...document.querySelectorAll("nav a[hreflang]")].map(a => a.lang + "=" + a.textContent).join()`); strings.Count(got, "=") != len(languages)-1 {
			t.Errorf("%s: language list %q, want a link to each other language", where("form"), got)
		}

		b.eval(`document.querySelector('button[type="submit"]').click(), ""`) // send without a rating
		b.waitFor(where("the error summary"), `!!document.querySelector(".summary")`)
		b.step(where("screenshot"), browsertest.Shot("FORM_SCREENSHOTS", l.Code+"-2-errors"))
		langAndDir("form with errors")
		b.layout(where("form with errors"))
		if got := b.eval(`document.activeElement.className`); got != "summary" {
			t.Errorf("%s: focus on %q after the refused reply, want the error summary", where("form"), got)
		}
		if got := b.text(".summary h2"); got != tr("summary_title") {
			t.Errorf("%s: summary title %q", where("form"), got)
		}
		if got := b.eval(`[...document.querySelectorAll(".summary a")].map(a => a.getAttribute("href") + " " + a.textContent).join("|")`); got != "#rating-0 "+tr("err_rating_required") {
			t.Errorf("%s: summary links %q, want one to #rating-0 saying %q", where("form"), got, tr("err_rating_required"))
		}
		if got := b.text("#rating-error"); !strings.HasSuffix(got, tr("err_rating_required")) {
			t.Errorf("%s: error at the field %q", where("form"), got)
		}
		if l.RTL {
			if got := b.eval(`getComputedStyle(document.querySelector("fieldset.bad")).borderRightWidth`); got != "5px" {
				t.Errorf("%s: the error bar should stand on the right (the start) in right-to-left text; border-right %s", where("form"), got)
			}
		}
		b.eval(`document.querySelector(".summary a").click(), ""`)
		if got := b.eval(`document.activeElement.id`); got != "rating-0" {
			t.Errorf("%s: focus on %q after the summary link, want rating-0", where("form"), got)
		}
		b.step(where("choose a rating with the keyboard"), chromedp.KeyEvent(kb.ArrowDown))
		b.eval(`document.querySelector('button[type="submit"]').click(), ""`)
		b.waitFor(where("the receipt"), `!!document.querySelector(".ref")`)
		if got := b.text(".ref"); got != "FB-OPEN0000" {
			t.Errorf("%s: reference %q", where("receipt"), got)
		}
		b.step(where("screenshot"), browsertest.Shot("FORM_SCREENSHOTS", l.Code+"-3-receipt"))
		langAndDir("receipt")
		b.layout(where("receipt"))
		if got := b.text("h1"); got != tr("receipt_title") {
			t.Errorf("%s: receipt title %q, want %q", where("receipt"), got, tr("receipt_title"))
		}
		if got := b.eval(`String(document.body.textContent.includes(` + strconv.Quote(tr("dup_text")) + `))`); got != "true" {
			t.Errorf("%s: the receipt lacks the DUP rights text", where("receipt"))
		}
		if len(queue.subs) != 1 || queue.subs[0].Language != l.Code {
			t.Errorf("%s: queued %+v, want one reply in %s", where("receipt"), queue.subs, l.Code)
		}

		b.step(where("open the accessibility statement"), chromedp.Navigate(srv.URL+"/f/tilgaengelighed?lang="+l.Code))
		b.waitFor(where("the accessibility statement"), `location.pathname === "/f/tilgaengelighed" && !!document.querySelector("h1")`)
		b.step(where("screenshot"), browsertest.Shot("FORM_SCREENSHOTS", l.Code+"-4-a11y"))
		langAndDir("accessibility statement")
		b.layout(where("accessibility statement"))
		if got := b.text("h1"); got != tr("a11y_title") {
			t.Errorf("%s: accessibility statement title %q", where("accessibility statement"), got)
		}
		// Compliance, testing, contact, enforcement, and the right to complain about staff.
		if got := b.eval(`String(document.querySelectorAll("main h2").length)`); got != "5" {
			t.Errorf("%s: accessibility statement has %s sections, want 5", where("accessibility statement"), got)
		}

		// "Er denne SMS ægte?", reached from the footer as a citizen would.
		b.eval(`document.querySelector("footer a:first-child").click(), ""`)
		b.waitFor(where("the trust page"), `location.pathname === "/f/aegte" && !!document.querySelector("h1")`)
		b.step(where("screenshot"), browsertest.Shot("FORM_SCREENSHOTS", l.Code+"-5-trust"))
		if got := b.eval(`location.search`); got != "?lang="+l.Code {
			t.Errorf("%s: the footer link lost the language: %s", where("trust page"), got)
		}
		langAndDir("trust page")
		b.layout(where("trust page"))
		if got := b.text("h1"); got != tr("trust_title") {
			t.Errorf("%s: title %q, want %q", where("trust page"), got, tr("trust_title"))
		}
		for _, want := range []string{resources.DefaultSMSSenderID, "MitID", "CPR", srv.URL + "/f/"} {
			if b.eval(`String(document.querySelector("main").textContent.includes(`+strconv.Quote(want)+`))`) != "true" {
				t.Errorf("%s: does not say %q", where("trust page"), want)
			}
		}

		// The used link (410) and an unknown link (404) in this language.
		for _, p := range []struct{ name, tok string }{{"used link", tokUsed}, {"unknown link", tokUnknown}} {
			b.step(where("open the "+p.name), chromedp.Navigate(srv.URL+"/f/"+p.tok+"?lang="+l.Code))
			b.waitFor(where("the "+p.name), `!!document.querySelector("h1")`)
			b.step(where("screenshot"), browsertest.Shot("FORM_SCREENSHOTS", l.Code+"-6-"+strings.ReplaceAll(p.name, " ", "-")))
			langAndDir(p.name)
			b.layout(where(p.name))
		}
		srv.Close()
	}
	if errs := pageErrors(); len(errs) > 0 {
		t.Errorf("the pages raised errors: %s", strings.Join(errs, "; "))
	}
}

// numberOrderJS reports whether "20" of the contact hint's "20 12 34 56" is drawn left of "56".
const numberOrderJS = `(() => {
  const node = document.querySelector("#contact-hint").firstChild, s = node.textContent;
  const x = sub => { const r = document.createRange(), i = s.indexOf(sub); r.setStart(node, i); r.setEnd(node, i + sub.length); return r.getBoundingClientRect(); };
  const a = x("20"), b = x("56");
  return String(a.top === b.top ? a.left < b.left : a.top < b.top);
})()`

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

// TestCharacterCounterInABrowser: with JavaScript the comment shows how many characters are left,
// in the page's language, and going over is shown (not cut off); the server still refuses it.
func TestCharacterCounterInABrowser(t *testing.T) {
	store, queue := newFixture()
	srv := httptest.NewServer(newTestHandler(Config{}, store, queue))
	defer srv.Close()
	ctx := browsertest.New(t, 320, 640, 30*time.Second)
	pageErrors := browsertest.PageErrors(ctx, func(m chromedp.ConsoleMessage) bool {
		return m.Source == "network" && strings.Contains(m.Text, "status of 422")
	})
	b := &browserPage{t: t, ctx: ctx}
	for _, lang := range []string{langDA, langAR} {
		left := func(n string) string { return strings.ReplaceAll(translate(lang, "count_left"), "{n}", n) }
		b.step(lang+": open the form with JavaScript", chromedp.Navigate(srv.URL+"/f/"+tokOpen+"?lang="+lang))
		b.waitFor(lang+": the counter", `document.querySelector("#comment-count").textContent !== ""`)
		if got := b.text("#comment-count"); got != left("2000") {
			t.Errorf("%s: counter %q, want %q", lang, got, left("2000"))
		}
		b.step(lang+": type", chromedp.SendKeys(`#comment`, "Hej æø"))
		if got := b.text("#comment-count"); got != left("1994") {
			t.Errorf("%s: counter after 6 characters %q, want %q", lang, got, left("1994"))
		}
		b.waitFor(lang+": the screen reader's line after a pause", `document.querySelector("#comment-count-sr").textContent === `+strconv.Quote(left("1994")))
	}
	b.eval(`(() => { const c = document.querySelector("#comment"); c.value = "x".repeat(2003); c.dispatchEvent(new Event("input")); return "" })()`)
	if got, want := b.text("#comment-count"), strings.ReplaceAll(translate(langAR, "count_over"), "{n}", "3"); got != want {
		t.Errorf("over the limit the counter reads %q, want %q", got, want)
	}
	if got := b.eval(`document.querySelector("#comment").value.length + " " + document.querySelector("#comment-count").className`); got != "2003 count over" {
		t.Errorf("over the limit: %q, want the whole text kept and the counter marked", got)
	}
	b.eval(`document.querySelector("#rating-4").click(), document.querySelector('button[type="submit"]').click(), ""`)
	b.waitFor("the refusal", `!!document.querySelector(".summary")`)
	if got := b.text("#comment-error"); !strings.HasSuffix(got, translate(langAR, "err_comment_long")) {
		t.Errorf("the server's message at the field: %q", got)
	}
	if len(queue.subs) != 0 {
		t.Errorf("an over-long reply was queued")
	}
	if errs := pageErrors(); len(errs) > 0 {
		t.Errorf("the page raised errors (a CSP refusal of the counter?): %s", strings.Join(errs, "; "))
	}
}
