// Package browsertest starts Debian's Chromium, headless, for the end-to-end browser tests of the
// citizen form and the staff console: one place for finding the browser, its flags and the rule
// that the tests skip without it only outside CI.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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
//
// The browser is started here, not by the test's first action, and a start that fails is tried
// once more with a new browser: on a loaded machine Chromium can take longer than chromedp's
// default 20 s to say where it listens, and chromedp must not be asked to start a browser again on
// a context whose first start failed (its ExecAllocator then closes a channel twice and the panic
// ends the whole test binary, hiding which test failed and why).
func New(t testing.TB, width, height int, timeout time.Duration) context.Context {
	t.Helper()
	bin := Path(t)
	var err error
	for range 2 {
		ctx, stop := start(t, bin, width, height, timeout)
		if err = chromedp.Do(ctx); err == nil {
			t.Cleanup(stop)
			return ctx
		}
		stop()
	}
	t.Fatalf("start chromium: %v", err)
	return nil
}

// start makes the allocator and the browser's context; stop ends both.
func start(t testing.TB, bin string, width, height int, timeout time.Duration) (context.Context, func()) {
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true), chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(width, height), chromedp.WSURLReadTimeout(time.Minute),
	)
	ctx, cancel := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	return ctx, func() { cancelTimeout(); cancel(); cancelAlloc() }
}

// PageErrors collects every exception and console error the page raises (CSP and Trusted Types
// violations are reported there), except those expected says are on purpose. Call the returned
// function after the last action: it stops collecting and gives the errors.
func PageErrors(ctx context.Context, expected func(chromedp.ConsoleMessage) bool) func() []string {
	ctx, stop := context.WithCancel(ctx)
	messages := chromedp.Console(ctx) // here, not in the goroutine: it starts the browser
	var errs []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if (m.IsException() || m.Type == "error" || strings.Contains(m.Text, "Content Security Policy")) && !expected(m) {
				errs = append(errs, m.String()+" ("+m.URL+")")
			}
		}
	}()
	return func() []string {
		time.Sleep(200 * time.Millisecond) // let the last console messages arrive
		stop()
		<-done
		return errs
	}
}

// Step runs actions and fails the test, naming what, if one fails.
func Step(t testing.TB, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// Shot saves a full-page screenshot as <dir>/<name>.png when the environment variable dirVar names
// a folder (to look at the pages), and does nothing otherwise.
func Shot(dirVar, name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		dir := os.Getenv(dirVar)
		if dir == "" {
			return nil
		}
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644)
	})
}
