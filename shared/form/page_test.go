package form

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// pagesUnderTest renders every kind of page, in every language, in its heaviest state.
func pagesUnderTest(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, l := range languages {
		lang := l.Code
		store, queue := newFixture()
		h := newTestHandler(Config{PublicBaseURL: "https://feedback.politi.dk", SMSSenderID: "Politiet"}, store, queue)
		q := "?lang=" + lang
		out[lang+" form"] = do(h, call{method: "GET", path: "/f/" + tokOpen + q}).Body.String()
		out[lang+" form with every error"] = do(h, call{method: "POST", path: "/f/" + tokOpen + q, body: form("rating", "x",
			"taken_seriously", "maybe", "wait_acceptable", "?", "comment", strings.Repeat("a", MaxCommentRunes+1), "contact_ok", "yes", "contact", "nope")}).Body.String()
		out[lang+" error page"] = do(h, call{method: "GET", path: "/f/" + tokUsed + q}).Body.String()
		out[lang+" accessibility"] = do(h, call{method: "GET", path: "/f/tilgaengelighed" + q}).Body.String()
		out[lang+" trust"] = do(h, call{method: "GET", path: "/f/aegte" + q}).Body.String()
		out[lang+" receipt"] = do(h, call{method: "POST", path: "/f/" + tokOpen + q, body: form("rating", "5", "comment", "Tak")}).Body.String()
		p := (&handler{}).page(&request{lang: lang}, "receipt", "receipt_title")
		p.Reference, p.Urgent = "FB-ABCDEFGH", true
		out[lang+" urgent receipt"] = renderPage(p)
	}
	return out
}

// TestPageWeight: HTML plus CSS (inline, the only resource) of each page ≤ 15 KB; the 2000
// characters the citizen typed themselves are not counted against the form with every error.
func TestPageWeight(t *testing.T) {
	for name, html := range pagesUnderTest(t) {
		size := len(html)
		if strings.Contains(name, "every error") {
			size -= MaxCommentRunes + 1
		}
		if size > 15<<10 {
			t.Errorf("%s: %d bytes, want ≤ 15 KB", name, size)
		}
		t.Logf("%s: %.1f KB", name, float64(size)/1024)
	}
}

var (
	resourceRE = regexp.MustCompile(`(?i)<(?:script\s[^>]*src|img|iframe|link|object|embed|source|video|audio)\b`)
	scriptRE   = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
	urlAttrRE  = regexp.MustCompile(`(?i)\b(?:src|href|action|srcset|poster|data)\s*=\s*"([^"]*)"`)
	cssURLRE   = regexp.MustCompile(`(?i)url\(|@import`)
	styleRE    = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
)

// TestNoThirdPartyRequests: no element that fetches anything, no http: URL anywhere, the only
// absolute links are plain links a person may follow, and the inline CSS matches the CSP hash.
func TestNoThirdPartyRequests(t *testing.T) {
	for name, html := range pagesUnderTest(t) {
		if m := resourceRE.FindString(html); m != "" {
			t.Errorf("%s: fetching element %s", name, m)
		}
		if strings.Contains(html, "http:") {
			t.Errorf("%s: an http: URL", name)
		}
		for _, m := range urlAttrRE.FindAllStringSubmatch(html, -1) {
			u := m[1]
			if strings.HasPrefix(u, "https://") && !strings.HasPrefix(m[0], "href") {
				t.Errorf("%s: absolute URL in %s", name, m[0])
			}
			if strings.HasPrefix(u, "//") || strings.HasPrefix(strings.ToLower(u), "javascript:") {
				t.Errorf("%s: %s", name, m[0])
			}
		}
		styles := styleRE.FindAllStringSubmatch(html, -1)
		if len(styles) != 1 {
			t.Fatalf("%s: %d <style> elements, want 1", name, len(styles))
		}
		if cssURLRE.MatchString(styles[0][1]) {
			t.Errorf("%s: CSS fetches a resource", name)
		}
		sum := sha256.Sum256([]byte(styles[0][1]))
		if !strings.Contains(CSP, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'") {
			t.Errorf("%s: inline CSS does not match the CSP hash", name)
		}
		if strings.Contains(html, " style=") {
			t.Errorf("%s: inline style attribute", name)
		}
		// The one script is the form's character counter, allowed by its hash.
		for _, m := range scriptRE.FindAllStringSubmatch(html, -1) {
			sum := sha256.Sum256([]byte(m[1]))
			if m[1] != countJS || !strings.Contains(CSP, "script-src 'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'") {
				t.Errorf("%s: an inline script other than the counter, or not under the CSP hash", name)
			}
		}
		if n := strings.Count(html, "<script"); n != len(scriptRE.FindAllString(html, -1)) || n > 1 {
			t.Errorf("%s: %d scripts, want at most the counter", name, n)
		}
	}
	for _, d := range []string{"default-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'"} {
		if !strings.Contains(CSP, d) {
			t.Errorf("CSP lacks %s", d)
		}
	}
	if strings.Contains(CSP, "unsafe") || strings.Count(CSP, "sha256-") != 2 {
		t.Errorf("CSP %q", CSP)
	}
}

var (
	inputRE    = regexp.MustCompile(`<(input|textarea)\b[^>]*>`)
	idRE       = regexp.MustCompile(`\bid="([^"]+)"`)
	typeRE     = regexp.MustCompile(`\btype="([^"]+)"`)
	describeRE = regexp.MustCompile(`aria-describedby="([^"]+)"`)
)

// TestAccessibleMarkup: every visible control has a label, radio groups are fieldsets with a
// legend, every aria-describedby points at an element, errors are tied to their fields and
// summarised with links, and the summary takes the focus.
func TestAccessibleMarkup(t *testing.T) {
	for name, html := range pagesUnderTest(t) {
		if !strings.Contains(html, `<html lang="`) || !strings.Contains(html, `name="viewport"`) || strings.Count(html, "<h1>") != 1 || !strings.Contains(html, "<main") {
			t.Errorf("%s: lang, viewport, one h1 and a main landmark", name)
		}
		ids := map[string]bool{}
		for _, m := range idRE.FindAllStringSubmatch(html, -1) {
			if ids[m[1]] {
				t.Errorf("%s: duplicate id %q", name, m[1])
			}
			ids[m[1]] = true
		}
		for _, m := range describeRE.FindAllStringSubmatch(html, -1) {
			for _, id := range strings.Fields(m[1]) {
				if !ids[id] {
					t.Errorf("%s: aria-describedby names missing id %q", name, id)
				}
			}
		}
		for _, in := range inputRE.FindAllString(html, -1) {
			if ty := typeRE.FindStringSubmatch(in); ty != nil && ty[1] == "hidden" {
				continue
			}
			id := idRE.FindStringSubmatch(in)
			if id == nil || !strings.Contains(html, `<label for="`+id[1]+`"`) && !strings.Contains(html, `for="`+id[1]+`">`) {
				t.Errorf("%s: control without a label: %s", name, in)
			}
		}
		if !strings.Contains(name, "form") {
			continue
		}
		if strings.Count(html, "<fieldset") != 4 || strings.Count(html, "<legend>") != 4 {
			t.Errorf("%s: want 4 fieldsets with legends", name)
		}
		if !strings.Contains(name, "every error") {
			if strings.Contains(html, "aria-invalid") || strings.Contains(html, `class="summary"`) {
				t.Errorf("%s: error markup on a clean form", name)
			}
			continue
		}
		for _, f := range []string{fieldRating, fieldTakenSeriously, fieldWaitAcceptable, fieldComment, fieldContact} {
			if !ids[f+"-error"] {
				t.Errorf("%s: no error message for %s", name, f)
			}
		}
		for _, anchor := range []string{"rating-0", "taken_seriously-0", "wait_acceptable-0", "comment", "contact"} {
			if !strings.Contains(html, `href="#`+anchor+`"`) || !ids[anchor] {
				t.Errorf("%s: summary link to #%s", name, anchor)
			}
		}
		if !strings.Contains(html, `tabindex="-1" autofocus`) {
			t.Errorf("%s: the error summary must take the focus", name)
		}
	}
}

var (
	placeholderRE = regexp.MustCompile(`\{[a-z_]+\}`)
	templateKeyRE = regexp.MustCompile(`(?:\.(?:t|para|Tf)\(|\.heading\("\d", )"([a-z0-9_]+)"`)
)

// catalogProblems lists every key of cat that lacks a language, is empty in one, or has other
// {placeholders} in a language than in Danish.
func catalogProblems(cat map[string]text) []string {
	var problems []string
	for key, tr := range cat {
		want := fmt.Sprint(placeholderRE.FindAllString(tr.langDA, -1))
		for _, l := range languages {
			s := strings.TrimSpace(*tr.in(l.Code))
			if s == "" {
				problems = append(problems, fmt.Sprintf("%q has no %s (%s) text", key, l.Name, l.Code))
				continue
			}
			if got := fmt.Sprint(placeholderRE.FindAllString(s, -1)); got != want {
				problems = append(problems, fmt.Sprintf("%q in %s has placeholders %s, Danish has %s", key, l.Code, got, want))
			}
		}
	}
	return problems
}

// TestCatalogComplete: every key of the catalog is written in every language (see catalogProblems),
// and every key the code builds at run time exists.
func TestCatalogComplete(t *testing.T) {
	for _, p := range catalogProblems(catalog) {
		t.Error(p)
	}
	var runtimeKeys []string
	for _, kind := range []string{"notfound", "gone", "toolarge", "bad", "ratelimit", "unavailable", "down"} {
		runtimeKeys = append(runtimeKeys, kind+"_title", kind+"_text")
	}
	runtimeKeys = append(runtimeKeys, "err_rating_required", "err_rating_range", "err_choice", "err_comment_long",
		"err_contact_required", "err_contact_long", "err_contact_invalid", "invalid_title", "summary_title")
	for _, key := range runtimeKeys {
		if _, ok := catalog[key]; !ok {
			t.Errorf("%q used by the code but not in the catalog", key)
		}
	}
}

// TestEveryLanguageHasItsField: each language of the pages has its own field in a text.
func TestEveryLanguageHasItsField(t *testing.T) {
	var tr text
	seen := map[*string]string{}
	for _, l := range languages {
		f := tr.in(l.Code)
		if f == nil {
			t.Errorf("%s (%s) has no field in text", l.Name, l.Code)
			continue
		}
		if other, dup := seen[f]; dup {
			t.Errorf("%s and %s share a field of text", l.Code, other)
		}
		seen[f] = l.Code
	}
	if tr.in("xx") != nil {
		t.Error("a language the pages do not speak has a field")
	}
}

// TestCatalogProblemsSeesGaps: the check finds a missing language, an empty text and a stray
// placeholder.
func TestCatalogProblemsSeesGaps(t *testing.T) {
	full := func() *text {
		tr := &text{}
		for _, l := range languages {
			*tr.in(l.Code) = "x {n}"
		}
		return tr
	}
	for _, tc := range []struct {
		name  string
		spoil func(*text)
	}{
		{"missing language", func(tr *text) { tr.langUK = "" }},
		{"empty text", func(tr *text) { tr.langAR = " " }},
		{"placeholder differs", func(tr *text) { tr.langDE = "x {m}" }},
	} {
		tr := full()
		if p := catalogProblems(map[string]text{"k": *tr}); len(p) != 0 {
			t.Fatalf("a complete key has problems: %v", p)
		}
		tc.spoil(tr)
		if p := catalogProblems(map[string]text{"k": *tr}); len(p) != 1 {
			t.Errorf("%s: %d problems, want 1: %v", tc.name, len(p), p)
		}
	}
}

// TestTemplateKeysExist: every key the pages write (render.go: w.t, w.para, w.heading, p.Tf) is in
// the catalog.
func TestTemplateKeysExist(t *testing.T) {
	src, err := os.ReadFile("render.go")
	if err != nil {
		t.Fatal(err)
	}
	found := templateKeyRE.FindAllStringSubmatch(string(src), -1)
	if len(found) < 20 {
		t.Fatalf("found only %d keys in the template: is the pattern stale?", len(found))
	}
	for _, m := range found {
		if _, ok := catalog[m[1]]; !ok {
			t.Errorf("template uses %q, which the catalog lacks", m[1])
		}
	}
}
