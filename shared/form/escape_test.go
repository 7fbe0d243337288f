package form

import (
	"html/template"
	"strings"
	"testing"
)

// reference renders s with html/template in each context render.go writes values in; the pages'
// escaping must match it byte for byte.
var reference = template.Must(template.New("").Parse(
	`{{define "text"}}<p>{{.}}</p>{{end}}` +
		`{{define "attr"}}<a title="{{.}}"></a>{{end}}` +
		`{{define "rcdata"}}<textarea>{{.}}</textarea>{{end}}` +
		`{{define "url"}}<a href="{{.}}"></a>{{end}}` +
		`{{define "fragment"}}<a href="#{{.}}"></a>{{end}}`))

func referenceEscape(t testing.TB, context, s string) string {
	var b strings.Builder
	if err := reference.ExecuteTemplate(&b, context, s); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	switch context { // strip the markup around the value
	case "text":
		return strings.TrimSuffix(strings.TrimPrefix(out, "<p>"), "</p>")
	case "attr":
		return strings.TrimSuffix(strings.TrimPrefix(out, `<a title="`), `"></a>`)
	case "rcdata":
		return strings.TrimSuffix(strings.TrimPrefix(out, "<textarea>"), "</textarea>")
	case "url":
		return strings.TrimSuffix(strings.TrimPrefix(out, `<a href="`), `"></a>`)
	default:
		return strings.TrimSuffix(strings.TrimPrefix(out, `<a href="#`), `"></a>`)
	}
}

func ours(context, s string) string {
	switch context {
	case "text", "attr", "rcdata":
		return string(htmlText(nil, s))
	case "url":
		return string(htmlURL(nil, s))
	default:
		return string(htmlURLPart(nil, s))
	}
}

var escapeCases = []string{
	"", "plain", "æøå ÆØÅ", "مرحبا", "Привіт", `<script>alert('x')</script>`, `"><img src=x onerror=alert(1)>`,
	"a & b", "1+1", "tab\there", "nul\x00byte", "bad \xff utf-8 \xc3", "\ufffd", "\ufdd0 \uffff", "\u202e reversed",
	"?lang=da", "/f/aegte?lang=ar", "tok_EN-123?lang=en", "https://example.org/a b", "javascript:alert(1)", "JavaScript:x",
	"data:text/html,x", "mailto:a@b.dk", "tel:112", "//evil.example/x", "/a:b", "%41%zz%", "#frag", "a'b(c)", "a\"b", "a\nb",
	"rating-0", "contact_ok-0", "comment", "&amp;", "{{.}}", "`backtick`", "~-._",
}

// TestEscapingMatchesHTMLTemplate: every context's escaping equals html/template's on hostile and
// ordinary values.
func TestEscapingMatchesHTMLTemplate(t *testing.T) {
	for _, context := range []string{"text", "attr", "rcdata", "url", "fragment"} {
		for _, s := range escapeCases {
			if got, want := ours(context, s), referenceEscape(t, context, s); got != want {
				t.Errorf("%s %q: %q, html/template %q", context, s, got, want)
			}
		}
	}
}

func FuzzEscaping(f *testing.F) {
	for _, s := range escapeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, context := range []string{"text", "attr", "rcdata", "url", "fragment"} {
			if got, want := ours(context, s), referenceEscape(t, context, s); got != want {
				t.Errorf("%s %q: %q, html/template %q", context, s, got, want)
			}
		}
	})
}
