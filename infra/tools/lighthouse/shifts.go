package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// shiftObserver records every layout shift of the page with the elements that moved (a
// PerformanceObserver, from before the page's own script runs).
const shiftObserver = `window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    const who = (e.sources || []).map((s) => { const n = s.node; if (!n || !n.tagName) return "?";
      return n.tagName.toLowerCase() + (n.id ? "#" + n.id : "") + (n.className && typeof n.className === "string" ? "." + n.className.trim().split(/\s+/).join(".") : "")
        + " " + JSON.stringify([s.previousRect.y, s.currentRect.y, s.previousRect.height, s.currentRect.height]); });
    window.__shifts.push(e.value.toFixed(4) + " at " + Math.round(e.startTime) + " ms " + who.join(", "));
  }
}).observe({ type: "layout-shift", buffered: true });`

// printShifts loads each page on a phone-sized screen at Lighthouse's 4× CPU slowdown and
// prints the layout shifts with their elements: where a CLS comes from.
func printShifts(ctx context.Context, urls []string) error {
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: shiftObserver}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tg, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: 412, Height: 823, DeviceScaleFactor: 1.75, Mobile: true}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4})
		return err
	}))
	if err != nil {
		return err
	}
	for _, u := range urls {
		if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(u), chromedp.Sleep(4*time.Second)); err != nil {
			return err
		}
		shifts, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__shifts`))
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "%s\n", u)
		for _, s := range shifts {
			fmt.Fprintf(os.Stderr, "  %s\n", s)
		}
	}
	return nil
}
