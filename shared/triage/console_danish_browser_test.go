package triage_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"borgerfeedback/shared/browsertest"
	"borgerfeedback/shared/triage"
)

// TestConsoleDanishMatchesIntl: the console writes Danish times, relative times and the team
// list's order by hand, not with Intl (building Intl's formatters and collator costs the list's
// start). In Chromium, with the console's script as it is served, every check compares those
// functions with Intl's own output for the same input (da-DK, Europe/Copenhagen) and reports the
// first differences: the clock changes of 2020–2040 every 15 minutes, instants spread over
// 2000–2045, relative offsets of every unit around its rounding and switching points, and name
// order with æ, ø and å (the team list exactly; see testdata/danish_vs_intl.js for the names the
// console's rule would order unlike Intl: aa, case, other accents).
func TestConsoleDanishMatchesIntl(t *testing.T) {
	script := servedConsoleScript(t)
	// The functions live inside the script's closure: where it would start the console when the
	// page has loaded, it hands them to the test instead (the console itself does not start).
	const start = `document.addEventListener("DOMContentLoaded", init);`
	if n := strings.Count(script, start); n != 1 {
		t.Fatalf("the console's script has %d lines %s, want 1: the test cannot reach its functions", n, start)
	}
	script = strings.Replace(script, start, `window.consoleDanish = { when, relative, danishRelative, danishOrder, labels };`, 1)
	checks, err := os.ReadFile("testdata/danish_vs_intl.js")
	if err != nil {
		t.Fatal(err)
	}
	// An empty page of its own origin: the script reads localStorage, which about:blank refuses.
	blank := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		io.WriteString(w, `<!doctype html><html lang="da"><title>Intl</title></html>`)
	}))
	defer blank.Close()
	ctx := browsertest.New(t, 800, 600, 60*time.Second)
	browsertest.Step(t, ctx, "load the console's script and the checks",
		chromedp.Navigate(blank.URL),
		chromedp.Evaluate[chromedp.Void](script),
		chromedp.Evaluate[chromedp.Void](string(checks)),
	)

	type result struct {
		Compared int      `json:"compared"`
		Diffs    []string `json:"diffs"`
	}
	for _, tc := range []struct {
		check       string
		leastInputs int // so that a check that compares nothing does not pass
	}{
		{check: "when at the clock changes", leastInputs: 21 * 19 * 96},
		{check: "when at ordinary instants", leastInputs: 50000},
		{check: "relative time", leastInputs: 3 * 11 * 1800},
		{check: "relative minutes", leastInputs: 40001},
		{check: "relative hours", leastInputs: 40001},
		{check: "relative days", leastInputs: 40001},
		{check: "team list order", leastInputs: 1},
		{check: "name pairs", leastInputs: 60 * 59},
	} {
		t.Run(tc.check, func(t *testing.T) {
			begin := time.Now()
			r, err := chromedp.Run(ctx, chromedp.Evaluate[result](`window.intlChecks[`+jsString(tc.check)+`]()`))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d inputs in %v", r.Compared, time.Since(begin).Round(time.Millisecond))
			if r.Compared < tc.leastInputs {
				t.Errorf("compared %d inputs, want at least %d", r.Compared, tc.leastInputs)
			}
			for _, d := range r.Diffs {
				t.Errorf("differs from Intl: %s", d)
			}
		})
	}
}

// servedConsoleScript is app.js as the console serves it (minified, under its fingerprinted name).
func servedConsoleScript(t *testing.T) string {
	t.Helper()
	h := triage.NewHandler(triage.Config{Log: slog.New(slog.DiscardHandler)}, newMemStore(), staff)
	get := func(path string) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		body, _ := io.ReadAll(rec.Body)
		if rec.Code != 200 {
			t.Fatalf("GET %s: %d %s", path, rec.Code, body)
		}
		return string(body)
	}
	name := regexp.MustCompile(`<script src="(app\.[0-9a-f]+\.js)"`).FindStringSubmatch(get("/console/"))
	if name == nil {
		t.Fatal("index.html names no fingerprinted app.js")
	}
	return get("/console/" + name[1])
}

// jsString quotes s for JavaScript source.
func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
