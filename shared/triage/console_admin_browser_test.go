package triage_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"borgerfeedback/shared/browsertest"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
)

// adminPage is a signed-in console in a browser, for one case of TestConsoleStaffActions.
type adminPage struct {
	t    *testing.T
	ctx  context.Context
	url  string
	s    stack
	user string
}

func (p adminPage) step(what string, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	browsertest.Step(p.t, p.ctx, what, actions...)
}

// eval runs a script that answers a string.
func (p adminPage) eval(script string) string {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](script))
	if err != nil {
		p.t.Fatalf("%s: %v", script, err)
	}
	return v
}

// visible reports whether the element of id is on screen for the user (display, visibility and
// the hidden attribute all count); "absent" when there is no such element.
func (p adminPage) visible(id string) string {
	p.t.Helper()
	return p.eval(`(() => { const e = document.getElementById(` + jsString(id) + `); return e ? String(e.checkVisibility({ visibilityProperty: true })) : "absent"; })()`)
}

// TestConsoleStaffActions: the staff actions the API had without a console control — legal hold,
// the access report, safety-list and opt-out lifts — each used in the browser by the role that may,
// with the Danish messages for a stale version and a number with nothing to lift; a caseworker is
// offered none of them. Every case signs in as its own user of the local stack's pool.
func TestConsoleStaffActions(t *testing.T) {
	s := newStack(t)
	ctx := context.Background()
	awsCfg := motostack.AWSConfig(ctx, s.out.AWSEndpoint)
	item := s.seedOne(t, "FB-ADMIN001", "Jeg ventede 40 minutter, og ingen tog telefonen.", time.Now().UTC().Add(-time.Hour))
	s.seedSafety(t) // +45 20 12 34 56 is on the safety list
	const optedOut = "+4531415926"
	if err := s.store.OptOut(ctx, invite.PhoneHash(testPhoneKey, optedOut), time.Now().UTC().Add(-24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	// One lift made before: the view opens with a list to lay out.
	earlier := invite.PhoneHash(testPhoneKey, "+4522334455")
	if err := s.store.AddToSafetyList(ctx, feedback.SafetyEntry{PhoneHash: earlier, Class: feedback.SafetyMinor, ListedAt: time.Now().UTC().Add(-48 * time.Hour), ListedUntil: time.Now().UTC().AddDate(2, 0, 0)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.store.LiftSafetyEntry(ctx, earlier, feedback.SafetyLift{LiftedAt: time.Now().UTC().Add(-time.Hour), LiftedBy: "kollega@politi.dk", LiftedBySub: "s-kollega", Reason: "Fejlagtigt opført som mindreårig"}); err != nil {
		t.Fatal(err)
	}
	// The lists of lifts answer slowly, as over a real network: a view shown before they arrive
	// would move when they do.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/lifts") {
			time.Sleep(200 * time.Millisecond)
		}
		s.handler.ServeHTTP(w, r)
	}))
	defer srv.Close()

	stored := func(t *testing.T) feedback.Item {
		t.Helper()
		it, err := s.store.FeedbackItem(ctx, item.ID)
		if err != nil {
			t.Fatal(err)
		}
		return it
	}
	openItem := func(p adminPage) {
		p.step("open the item", chromedp.Navigate(srv.URL+"/console/#/item/"+item.ID),
			chromedp.WaitVisible(`//h1[@id="detail-title"][contains(., "`+item.ID+`")]`), chromedp.WaitVisible(`#history li`))
	}

	for _, tc := range []struct {
		name   string
		user   string
		groups []string
		run    func(t *testing.T, p adminPage)
	}{
		{"a supervisor holds and releases an item; a stale version is a Danish conflict message", "tilsyn@politi.dk", []string{resources.GroupSupervisor, resources.GroupDistrictPrefix + "fyn"}, func(t *testing.T, p adminPage) {
			openItem(p)
			if v := p.visible("report-button"); v != "false" {
				t.Errorf("a supervisor is offered the access report (visible %s); it is the national unit's", v)
			}
			p.step("holding without a reason is refused at the field",
				chromedp.WaitVisible(`//p[@id="hold-state"][contains(., "ikke tilbageholdt")]`),
				chromedp.Click(`#hold-submit`),
				chromedp.WaitVisible(`//p[@id="hold-reason-error"][contains(., "Skriv, hvorfor sagen tilbageholdes.")]`))
			p.step("hold with a reason: the state and the history show it",
				chromedp.SendKeys(`#hold-reason`, "Aktindsigtssag 2026-4711"),
				chromedp.Click(`#hold-submit`),
				chromedp.WaitVisible(`//p[@id="hold-state"][contains(., "er retligt tilbageholdt") and contains(., "Aktindsigtssag 2026-4711")]`),
				chromedp.WaitVisible(`//ol[@id="history"]/li[contains(., "Retligt tilbageholdt") and contains(., "Aktindsigtssag 2026-4711")]`),
				chromedp.WaitVisible(`//button[@id="hold-submit"][contains(., "Ophæv tilbageholdelsen")]`))
			if it := stored(t); !it.LegalHold || it.LegalHoldReason != "Aktindsigtssag 2026-4711" {
				t.Fatalf("stored item after the hold: hold %v, reason %q", it.LegalHold, it.LegalHoldReason)
			}
			// Someone else changes the item while the page shows the old version.
			other := stored(t)
			other.Version++
			other.Status, other.UpdatedAt = feedback.StatusTriaged, time.Now().UTC()
			if err := s.store.UpdateFeedback(ctx, other, []feedback.HistoryEvent{{At: time.Now().UTC(), Actor: "kollega@politi.dk", Type: "status", From: "new", To: "triaged"}}); err != nil {
				t.Fatal(err)
			}
			p.step("releasing with the old version: the Danish conflict message, the item reloaded, the reason kept",
				chromedp.SendKeys(`#hold-reason`, "Sagen ved retten er afsluttet"),
				chromedp.Click(`#hold-submit`),
				chromedp.WaitVisible(`//p[@id="hold-error"][contains(., "Sagen er ændret af en anden, siden du åbnede den")]`),
				chromedp.WaitVisible(`//ol[@id="history"]/li[contains(., "Ny → Vurderet")]`))
			if v := p.eval(`document.getElementById("hold-reason").value`); v != "Sagen ved retten er afsluttet" {
				t.Errorf("after the conflict the reason field holds %q, want the text typed", v)
			}
			if it := stored(t); !it.LegalHold {
				t.Fatal("the stale release went through")
			}
			p.step("release again: done, and the history shows it",
				chromedp.Click(`#hold-submit`),
				chromedp.WaitVisible(`//ol[@id="history"]/li[contains(., "Tilbageholdelse ophævet") and contains(., "Sagen ved retten er afsluttet")]`),
				chromedp.WaitVisible(`//p[@id="hold-state"][contains(., "ikke tilbageholdt")]`))
			if it := stored(t); it.LegalHold {
				t.Error("the item is still held after the release")
			}
		}},
		{"the national unit opens the access report, and producing it is in the history", "rigs1@politi.dk", []string{resources.GroupNational}, func(t *testing.T, p adminPage) {
			openItem(p)
			p.step("get the report",
				chromedp.Click(`#report-button`),
				chromedp.WaitVisible(`#report-link`),
				chromedp.WaitVisible(`//ol[@id="history"]/li[contains(., "Indsigtsrapport udarbejdet")]`))
			href := p.eval(`document.getElementById("report-link").href`)
			if !strings.HasPrefix(href, "blob:") {
				t.Fatalf("the report link is %q, want the fetched copy", href)
			}
			p.step("open it", chromedp.Navigate(href), chromedp.WaitVisible(`h1`))
			report := p.eval(`document.body.innerText`)
			for _, want := range []string{"Indsigt: hvad politiet har gemt om besvarelse " + item.ID, "borger@example.dk", "Jeg ventede 40 minutter"} {
				if !strings.Contains(report, want) {
					t.Errorf("the report lacks %q:\n%s", want, report)
				}
			}
		}},
		{"the national unit lifts a safety-list entry and an opt-out; a number with nothing to lift is a message at the field", "rigs2@politi.dk", []string{resources.GroupNational}, func(t *testing.T, p adminPage) {
			// The view is opened by its address (no input, so every layout shift counts) and its content
			// must not move as its lists arrive.
			p.step("open the view on a tall screen (the whole view in sight)",
				chromedp.WaitVisible(`#nav-safety`),
				chromedp.EmulateViewport(1280, 2400),
				chromedp.Evaluate[chromedp.Void](`window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput && e.sources.some((x) => document.getElementById("main").contains(x.node))) window.__shifts.push(e.value.toFixed(4) + " (" + e.sources.map((x) => x.node ? (x.node.id || x.node.nodeName) + " " + JSON.stringify([x.previousRect.y, x.currentRect.y, x.previousRect.height, x.currentRect.height]) : "?").join(", ") + ")"); }).observe({ type: "layout-shift" }); location.hash = "#/safety"`),
				chromedp.WaitVisible(`#lift-form`), chromedp.WaitVisible(`#optout-form`),
				chromedp.WaitVisible(`//table[@id="lifts"]//tr[contains(., "Fejlagtigt opført som mindreårig")]`),
				chromedp.WaitVisible(`//p[@id="optout-lifts-status"][contains(., "Ingen ophævelser endnu")]`),
				chromedp.Sleep(300*time.Millisecond),
				chromedp.EmulateViewport(1280, 900))
			if shifts := p.eval(`window.__shifts.join(" ")`); shifts != "" {
				t.Errorf("the view moved as it loaded (layout shifts %s)", shifts)
			}
			p.step("a number not on the safety list",
				chromedp.SendKeys(`#lift-phone`, "20 99 88 77"),
				chromedp.SendKeys(`#lift-reason`, "Borgeren har selv bedt om SMS igen"),
				chromedp.Click(`#lift-submit`),
				chromedp.WaitVisible(`//p[@id="lift-phone-error"][contains(., "Nummeret er ikke på sikkerhedslisten")]`))
			if v := p.eval(`document.getElementById("lift-phone").getAttribute("aria-invalid") + " " + document.activeElement.id`); v != "true lift-phone" {
				t.Errorf("the phone field: aria-invalid and focus %q, want true lift-phone", v)
			}
			p.step("the listed number",
				chromedp.SetValue(`#lift-phone`, "+45 20 12 34 56"),
				chromedp.Click(`#lift-submit`),
				chromedp.WaitVisible(`//table[@id="lifts"]//tr[contains(., "`+p.user+`") and contains(., "Borgeren har selv bedt om SMS igen") and contains(., "Følsom henvendelse")]`),
				chromedp.WaitNotPresent(`#lift-phone-error`))
			p.step("an opt-out lift without a real consent text: Danish at the field",
				chromedp.SendKeys(`#optout-phone`, optedOut),
				chromedp.SendKeys(`#optout-consent`, "ja"),
				chromedp.Click(`#optout-submit`),
				chromedp.WaitVisible(`//p[@id="optout-consent-error"][contains(., "Skriv, hvordan og hvornår borgeren bad om at få SMS igen")]`))
			p.step("a number that has not opted out",
				chromedp.SetValue(`#optout-phone`, "+45 20 99 88 77"),
				chromedp.SetValue(`#optout-consent`, "Ringede til 114 den 7. december og bad om SMS igen"),
				chromedp.Click(`#optout-submit`),
				chromedp.WaitVisible(`//p[@id="optout-phone-error"][contains(., "Nummeret er ikke frameldt")]`),
				chromedp.WaitNotPresent(`#optout-consent-error`))
			p.step("the opted-out number",
				chromedp.SetValue(`#optout-phone`, optedOut),
				chromedp.Click(`#optout-submit`),
				chromedp.WaitVisible(`//table[@id="optout-lifts"]//tr[contains(., "`+p.user+`") and contains(., "Ringede til 114 den 7. december")]`),
				chromedp.WaitVisible(`//p[@id="optout-lifts-status"][contains(., "1 ophævet framelding")]`))
			if out, err := s.store.OptedOut(ctx, invite.PhoneHash(testPhoneKey, optedOut)); err != nil || out {
				t.Errorf("the number is still opted out (%v)", err)
			}
			page := p.eval(`document.body.innerText + [...document.querySelectorAll("input, textarea")].map(e => e.value).join(" ")`)
			for _, number := range []string{"31415926", "31 41 59 26", "20123456", "20 12 34 56"} {
				if strings.Contains(page, number) {
					t.Errorf("the page shows the number %s after the lifts", number)
				}
			}
		}},
		{"a caseworker is offered none of these actions", "fyn@politi.dk", []string{resources.GroupDistrictPrefix + "fyn"}, func(t *testing.T, p adminPage) {
			openItem(p)
			for _, id := range []string{"rights", "hold-form", "hold-submit", "report-button", "nav-safety"} {
				if v := p.visible(id); v != "false" {
					t.Errorf("a caseworker sees #%s (visible %s)", id, v)
				}
			}
			p.step("the view by its address says whom it is for",
				chromedp.Navigate(srv.URL+"/console/#/safety"),
				chromedp.WaitVisible(`//p[@id="safety-role"][contains(., "for den nationale enhed")]`))
			for _, id := range []string{"lift-form", "optout-form", "lifts-table", "optout-lifts-table"} {
				if v := p.visible(id); v != "false" {
					t.Errorf("a caseworker sees #%s on the safety view (visible %s)", id, v)
				}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			user := tc.user
			if err := motostack.CreateStaffUser(ctx, awsCfg, s.out.UserPoolID, user, s.out.StaffPassword, tc.groups...); err != nil {
				t.Fatal(err)
			}
			bctx := browsertest.New(t, 1280, 900, 60*time.Second)
			// Refusals on purpose (404, 409, 422) are logged by the browser as failed loads.
			pageErrors := browsertest.PageErrors(bctx, func(m chromedp.ConsoleMessage) bool {
				return m.Source == "network" && (strings.Contains(m.Text, "status of 404") || strings.Contains(m.Text, "status of 409") || strings.Contains(m.Text, "status of 422"))
			})
			p := adminPage{t: t, ctx: bctx, url: srv.URL, s: s, user: user}
			p.step("log in",
				chromedp.Navigate(srv.URL+"/console/"),
				chromedp.WaitVisible(`#login-form`),
				chromedp.SendKeys(`#username`, user),
				chromedp.SendKeys(`#password`, s.out.StaffPassword+kb.Enter),
				chromedp.WaitVisible(`//p[@id="who"][contains(., "`+user+`")]`))
			tc.run(t, p)
			if errs := pageErrors(); len(errs) > 0 {
				t.Errorf("the page raised errors: %s", strings.Join(errs, "; "))
			}
		})
	}
}
