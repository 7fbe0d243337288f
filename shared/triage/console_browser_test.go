package triage_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"borgerfeedback/shared/browsertest"
	"borgerfeedback/shared/feedback"
)

// TestConsoleKeyboardWorkday: a staff member works from the keyboard alone — moves down the list
// with j, opens an item with Enter, goes to the next item with j, assigns it with a, sets its status
// with s, writes a note with n and goes back with g l to the same item in the list. A reply that
// arrives while the list is open shows as "new since you looked" and r loads it. Two items are
// assigned in one bulk action while one of them was changed by someone else: that one is reported,
// the other goes through. A refused close shows Danish messages next to the fields concerned.
func TestConsoleKeyboardWorkday(t *testing.T) {
	s := newStack(t)
	base := time.Now().UTC().Add(-time.Hour)
	var items []feedback.Item
	for i := range 5 {
		items = append(items, s.seedOne(t, fmt.Sprintf("FB-KEYS%04d", i), fmt.Sprintf("Svar nummer %d om ventetiden", i), base.Add(time.Duration(i)*time.Minute)))
	}
	// Newest first: the list shows items[4], items[3], ...
	srv := httptest.NewServer(s.handler)
	defer srv.Close()
	ctx := browsertest.New(t, 1280, 900, 40*time.Second)
	pageErrors := browsertest.PageErrors(ctx, func(m chromedp.ConsoleMessage) bool {
		return m.Source == "network" && (strings.Contains(m.Text, "status of 422") || strings.Contains(m.Text, "status of 409"))
	})
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		browsertest.Step(t, ctx, what, actions...)
	}
	keys := func(k string) chromedp.Action[chromedp.Void] { return chromedp.KeyEvent(k) }
	focused := func() string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.activeElement.closest("tr") || document.activeElement).getAttribute("data-id") || document.activeElement.id`))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	history := func(id string) []feedback.HistoryEvent {
		t.Helper()
		h, err := s.store.FeedbackHistory(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}

	step("log in with a fast poll",
		chromedp.Navigate(srv.URL+"/console/"),
		chromedp.WaitVisible(`#login-form`),
		chromedp.Evaluate[chromedp.Void](`localStorage.setItem("bf.pollMs", "700")`),
		chromedp.Reload(),
		chromedp.WaitVisible(`#login-form`),
		chromedp.SendKeys(`#username`, s.out.StaffUsername),
		chromedp.SendKeys(`#password`, s.out.StaffPassword+kb.Enter),
		chromedp.WaitVisible(`#list-body tr[data-id="`+items[0].ID+`"]`),
	)
	step("the list says how many items match in all", chromedp.WaitVisible(`//p[@id="list-status"][contains(., "5 sager – det er alle")]`))
	step("the help overlay opens with ? and closes with Escape",
		keys("?"), chromedp.WaitVisible(`#help`), keys(kb.Escape), chromedp.WaitNotVisible(`#help`))
	step("j j marks the second row", keys("j"), keys("j"))
	if got := focused(); got != items[3].ID {
		t.Fatalf("after j j the focus is on %q, want the second row %s", got, items[3].ID)
	}
	step("Enter opens it", keys(kb.Enter),
		chromedp.WaitVisible(`//h1[@id="detail-title"][contains(., "`+items[3].ID+`")]`),
		chromedp.WaitVisible(`//span[@id="item-pos"][contains(., "Sag 2 af 5")]`))
	step("j opens the next item", keys("j"),
		chromedp.WaitVisible(`//h1[@id="detail-title"][contains(., "`+items[2].ID+`")]`), chromedp.WaitVisible(`#history li`))
	step("a assigns it to me", keys("a"),
		chromedp.WaitVisible(`//ol[@id="history"]/li[contains(., "Tildelt `+s.out.StaffUsername+`")]`))
	step("s, arrow down and Enter set the status", keys("s"), keys(kb.ArrowDown), keys(kb.Enter),
		chromedp.WaitVisible(`//ol[@id="history"]/li[contains(., "Ny → Vurderet")]`))
	step("n, typing, Tab and Enter add a note", keys("n"), keys("Ringet op, venter svar"), keys(kb.Tab), keys(kb.Enter),
		chromedp.WaitVisible(`//ol[@id="history"]/li[contains(., "Ringet op, venter svar")]`))
	step("g l goes back to the list", keys(kb.Escape), keys("g"), keys("l"),
		chromedp.WaitVisible(`#list-view`), chromedp.WaitVisible(`#list-body tr.current[data-id="`+items[2].ID+`"]`))
	if got := focused(); got != items[2].ID {
		t.Errorf("back in the list the focus is on %q, want the item worked on (%s)", got, items[2].ID)
	}
	var kinds []string
	for _, ev := range history(items[2].ID) {
		kinds = append(kinds, ev.Type)
	}
	if strings.Join(kinds, ",") != "created,assignee,status,note" {
		t.Errorf("history of the item worked on: %v, want created,assignee,status,note", kinds)
	}

	fresh := s.seedOne(t, "FB-KEYSNEW1", "Et helt nyt svar", time.Now().UTC())
	step("a new reply shows as new since you looked",
		chromedp.WaitVisible(`//div[@id="fresh"]//p[contains(., "1 ny sag siden du kiggede")]`))
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#list-body tr[data-id='`+fresh.ID+`']").length`)); n != 0 {
		t.Errorf("the new reply was inserted under the reader's eyes before r")
	}
	step("r loads it", chromedp.Focus(`#list-title`), keys("r"),
		chromedp.WaitVisible(`#list-body tr[data-id="`+fresh.ID+`"]`), chromedp.WaitNotVisible(`#fresh`))

	// Someone else changes items[1] after the list was loaded: its version moves on.
	other := items[1]
	other.Version, other.Status = 2, feedback.StatusTriaged
	if err := s.store.UpdateFeedback(context.Background(), other, []feedback.HistoryEvent{{At: time.Now().UTC(), Actor: "kollega@politi.dk", Type: "status", From: "new", To: "triaged"}}); err != nil {
		t.Fatal(err)
	}
	step("select two items and assign them in one go",
		chromedp.Click(`#list-body tr[data-id="`+items[0].ID+`"] input.pick`),
		chromedp.Click(`#list-body tr[data-id="`+items[1].ID+`"] input.pick`),
		chromedp.WaitVisible(`//p[@id="bulk-count"][contains(., "2 sager valgt")]`),
		chromedp.Click(`#bulk-take`),
		chromedp.WaitVisible(`//div[@id="bulk-result"][contains(., "1 sag tildelt dig") and contains(., "`+items[1].ID+`: ændret af en anden")]`),
	)
	if h := history(items[0].ID); len(h) != 2 || h[1].Type != "assignee" || h[1].To != s.out.StaffUsername {
		t.Errorf("bulk-assigned item's history: %+v, want one assignee event", h)
	}
	if got, _ := s.store.FeedbackItem(context.Background(), items[1].ID); got.Assignee != "" || got.Version != 2 {
		t.Errorf("the conflicting item changed anyway: %+v", got)
	}

	step("a refused close shows Danish messages at the fields, and the old one goes",
		chromedp.Navigate(srv.URL+"/console/#/item/"+items[4].ID),
		chromedp.WaitVisible(`#history li`),
		chromedp.SetValue(`#u-priority`, feedback.P2),
		chromedp.Click(`#u-save`),
		chromedp.WaitVisible(`//p[@id="flash"][contains(., "Gemt.")]`),
		chromedp.SetValue(`#u-status`, feedback.StatusClosed),
		chromedp.Click(`#u-save`),
		chromedp.WaitVisible(`//p[@id="u-outcome-error"][contains(., "Vælg et udfald, før sagen afsluttes.")]`),
		chromedp.WaitVisible(`//p[@id="u-category-error"][contains(., "Bekræft kategorien")]`),
		chromedp.WaitVisible(`//p[@id="update-error"][contains(., "Ikke gemt")]`),
	)
	page, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("main").innerText`))
	if err != nil {
		t.Fatal(err)
	}
	for _, english := range []string{"required", "outcome", "confirmedCategory", "Gemt.", "yes", "citizen-service"} {
		if strings.Contains(page, english) {
			t.Errorf("the item page shows %q:\n%s", english, page)
		}
	}
	if !strings.Contains(page, "Borgerservice") {
		t.Errorf("the team is not shown by its Danish name:\n%s", page)
	}
	if v, _ := chromedp.Run(ctx, chromedp.AttributeValue(`#u-outcome`, "aria-invalid")); v.Value != "true" {
		t.Errorf("the outcome field is not marked invalid: %q", v.Value)
	}
	if errs := pageErrors(); len(errs) > 0 {
		t.Errorf("the page raised errors: %s", strings.Join(errs, "; "))
	}
}
