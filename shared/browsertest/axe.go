package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// AxeVersion is the axe-core release the accessibility checks run, pinned in infra/package.json
// (installed into infra/node_modules by `make cdk-deps`, which `make test` runs).
const AxeVersion = "4.14.1"

var (
	axeOnce   sync.Once
	axeSource string
	axeErr    error
)

// axeScript reads axe.min.js from infra/node_modules of the module this test runs in.
func axeScript(t testing.TB) string {
	t.Helper()
	axeOnce.Do(func() {
		dir, err := os.Getwd()
		if err != nil {
			axeErr = err
			return
		}
		for {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				axeErr = fmt.Errorf("go.mod not found above the test's directory")
				return
			}
			dir = parent
		}
		b, err := os.ReadFile(filepath.Join(dir, "infra", "node_modules", "axe-core", "axe.min.js"))
		if err != nil {
			axeErr = err
			return
		}
		if !strings.Contains(string(b[:min(len(b), 200)]), AxeVersion) {
			axeErr = fmt.Errorf("infra/node_modules/axe-core is not %s (run make cdk-deps)", AxeVersion)
			return
		}
		axeSource = string(b)
	})
	if axeErr != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("axe-core: %v", axeErr)
		}
		t.Skipf("axe-core not installed (%v); make test installs it", axeErr)
	}
	return axeSource
}

// BypassCSP lets the accessibility check inject axe-core into pages whose CSP (and Trusted Types)
// would refuse it. Call it before navigating; the pages' own CSP is checked by the other tests.
func BypassCSP() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true})
		return err
	})
}

// Axe runs axe-core (WCAG 2.0/2.1/2.2 A and AA and best practice) on the page as it is and
// returns one line per violation: the rule, its impact and the first elements concerned.
func Axe(t testing.TB, ctx context.Context) []string {
	t.Helper()
	src := axeScript(t)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.axe ? true : ((function(){`+src+"\n}).call(window), true)")); err != nil {
		t.Fatalf("inject axe-core: %v", err)
	}
	js, err := chromedp.Run(ctx, chromedp.Evaluate[string](`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}, resultTypes: ["violations"]})
		.then(r => JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))}))))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("run axe-core: %v", err)
	}
	var vs []struct {
		ID, Impact, Help string
		Nodes            []string
	}
	if err := json.Unmarshal([]byte(js), &vs); err != nil {
		t.Fatalf("axe-core result: %v", err)
	}
	var out []string
	for _, v := range vs {
		out = append(out, fmt.Sprintf("%s (%s): %s at %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, ", ")))
	}
	return out
}

// Overflow reports how far the page is wider than its viewport (0: no sideways scrolling) and the
// elements that stick out furthest, to say what to fix.
func Overflow(t testing.TB, ctx context.Context) (int, string) {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth`))
	if err != nil {
		t.Fatalf("measure the page width: %v", err)
	}
	if n <= 0 {
		return 0, ""
	}
	who, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const w = document.documentElement.clientWidth;
		return [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > w + 1 && e.getClientRects().length)
			.filter(e => !e.closest(".table-wrap") || e.classList.contains("table-wrap"))
			.slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && typeof e.className === "string" ? "." + e.className.split(" ").join(".") : "") + " " + Math.round(e.getBoundingClientRect().right)).join(", "); })()`))
	return n, who
}
