package triage_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"borgerfeedback/shared/triage"
)

// The console names its script and style sheet by content hash, serves them minified and
// cacheable for a year, and index.html (no-cache) points at them.
func TestConsoleAssetsFingerprinted(t *testing.T) {
	h := triage.NewHandler(triage.Config{}, newMemStore(), staff)
	index := get(h, "/console/")
	if cc := index.Header().Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("index.html Cache-Control %q", cc)
	}
	for _, tc := range []struct{ ext, original, contentType string }{{"js", "/console/app.js", "text/javascript"}, {"css", "/console/app.css", "text/css"}} {
		m := regexp.MustCompile(`"(app\.[0-9a-f]{10}\.` + tc.ext + `)"`).FindStringSubmatch(index.Body.String())
		if m == nil {
			t.Errorf("index.html names no fingerprinted app.*.%s:\n%s", tc.ext, index.Body.String())
			continue
		}
		rec := get(h, "/console/"+m[1])
		if rec.Code != http.StatusOK || rec.Header().Get("Cache-Control") != "public, max-age=31536000, immutable" || !strings.HasPrefix(rec.Header().Get("Content-Type"), tc.contentType) {
			t.Errorf("%s: %d, Cache-Control %q, Content-Type %q", m[1], rec.Code, rec.Header().Get("Cache-Control"), rec.Header().Get("Content-Type"))
		}
		orig := get(h, tc.original).Body.Len()
		if got := rec.Body.Len(); got == 0 || got >= orig*9/10 { // a light, line-based pass: about 15 % less, gzip does the rest
			t.Errorf("%s is %d bytes, the source %d: not minified", m[1], got, orig)
		}
		if strings.Contains(rec.Body.String(), "\n  ") {
			t.Errorf("%s keeps indentation", m[1])
		}
	}
	if rec := get(h, "/console/app.0000000000.js"); rec.Code != http.StatusNotFound {
		t.Errorf("an unknown fingerprint answers %d", rec.Code)
	}
}
