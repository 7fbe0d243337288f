// Package browsertest starts Debian's Chromium, headless, for the end-to-end browser tests of the
// citizen form and the staff console: one place for finding the browser, its flags and the rule
// that the tests skip without it only outside CI.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Path finds Chromium ($CHROMIUM, then Debian's paths). Without it the test skips outside CI and
// fails in CI, where .ci/run installs it.
func Path(t testing.TB) string {
	t.Helper()
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if _, err := exec.LookPath(p); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium not found (apt-get install chromium); the browser test must run in CI")
	}
	t.Skip("chromium not found; install it with apt-get install chromium (the test runs in CI)")
	return ""
}

// New starts a headless Chromium with a window of width×height and returns a chromedp context
// that ends after timeout or when the test ends. The flags keep it off the network (this machine
// only reaches package registries) and out of the sandbox (tests run as root).
func New(t testing.TB, width, height int, timeout time.Duration) context.Context {
	t.Helper()
	bin := Path(t)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true), chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(width, height),
	)
	ctx, cancel := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	return ctx
}
