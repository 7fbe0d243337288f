package form

import (
	"strconv"
	"strings"
)

// The pages are written by plain Go code, not html/template: html/template calls the data's methods
// by reflection, which makes the linker keep every exported method of every type in the binary (the
// whole DynamoDB client among them), and it parses and escapes at run time (about 400 µs and a
// thousand allocations a page). Each value is escaped here for the one context it is written in, by
// the rules html/template applies there (escape_test.go checks them against html/template itself):
//
//   - text, quoted attribute values and RCDATA (<title>, <textarea>): htmlText;
//   - a URL attribute (href, action) from its start: htmlURL (scheme filter, normalisation, then
//     htmlText); after its "#": htmlURLPart;
//   - the CSS in <style> is the embedded stylesheet, a constant: written as it is.
//
// Every value interpolated is a string; the page's structure is fixed in the code below, so adding a
// string of the catalog or a page means adding it here (see i18n.go).

// htmlEscapes is html/template's replacement table for text and quoted attribute values.
var htmlEscapes = [...]string{0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;"}

// htmlText writes s escaped for HTML text, a quoted attribute value or RCDATA. Only ASCII bytes are
// replaced, so invalid UTF-8 passes through unchanged, as in html/template.
func htmlText(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if int(c) < len(htmlEscapes) && htmlEscapes[c] != "" {
			b = append(b, s[last:i]...)
			b = append(b, htmlEscapes[c]...)
			last = i + 1
		}
	}
	return append(b, s[last:]...)
}

// htmlURL writes s as the value of a URL attribute: a scheme other than http, https or mailto
// becomes "#ZgotmplZ" (html/template's failsafe), bytes outside RFC 3986's unreserved and reserved
// sets are percent-encoded (valid %XX escapes are kept), and the result is escaped as htmlText.
func htmlURL(b []byte, s string) []byte {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		return append(b, "#ZgotmplZ"...)
	}
	const hex = "0123456789abcdef"
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("-._~!#$*,/:;=?@[]", c) >= 0:
			continue
		case c == '&' || c == '+': // kept by the URL rules, then escaped as attribute text
			b = append(b, s[last:i]...)
			b = append(b, htmlEscapes[c]...)
			last = i + 1
			continue
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			continue
		}
		b = append(b, s[last:i]...)
		b = append(b, '%')
		b = append(b, hex[c>>4])
		b = append(b, hex[c&15])
		last = i + 1
	}
	return append(b, s[last:]...)
}

// htmlURLPart writes s inside a URL's query or fragment (href="#…"): every byte but RFC 3986's
// unreserved ones percent-encoded, as html/template's urlescaper does there.
func htmlURLPart(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b = append(b, c)
		} else {
			b = append(b, '%')
			b = append(b, hex[c>>4])
			b = append(b, hex[c&15])
		}
	}
	return b
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// pageWriter appends one page to b.
type pageWriter struct {
	b []byte
	p *page
}

func (w *pageWriter) raw(s string)  { w.b = append(w.b, s...) }
func (w *pageWriter) text(s string) { w.b = htmlText(w.b, s) }
func (w *pageWriter) url(s string)  { w.b = htmlURL(w.b, s) }
func (w *pageWriter) t(key string)  { w.b = htmlText(w.b, w.p.T(key)) }

// when writes s if cond holds.
func (w *pageWriter) when(cond bool, s string) {
	if cond {
		w.b = append(w.b, s...)
	}
}

// renderPage returns the HTML of p.
func renderPage(p *page) string { return string(appendPage(make([]byte, 0, 16<<10), p)) }

// appendPage appends the HTML of p to b (a pooled buffer when serving: no allocation per page).
func appendPage(b []byte, p *page) []byte {
	w := &pageWriter{b: b, p: p}
	w.raw("<!doctype html>\n<html lang=\"")
	w.text(p.Lang)
	w.raw("\"")
	w.when(p.RTL, ` dir="rtl"`)
	w.raw(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<meta name=\"robots\" content=\"noindex,nofollow\">\n<title>")
	if len(p.Errors) > 0 {
		w.t("error_prefix")
		w.raw(" ")
	}
	w.text(p.Title)
	w.raw(" – ")
	w.t("site")
	w.raw("</title>\n<style>")
	w.raw(p.CSS)
	w.raw("</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">")
	w.t("skip")
	w.raw("</a>\n<header><p class=\"site\">")
	w.t("site")
	w.raw("</p>")
	if len(p.Languages) > 0 {
		w.raw("\n<nav aria-label=\"")
		w.t("lang_nav")
		w.raw("\"><ul class=\"langs\">")
		for _, l := range p.Languages {
			w.raw("<li>")
			if l.Current {
				w.raw("<strong lang=\"")
				w.text(l.Code)
				w.raw("\" aria-current=\"true\">")
				w.text(l.Name)
				w.raw("</strong>")
			} else {
				w.raw("<a href=\"")
				w.url(l.URL)
				w.raw("\" lang=\"")
				w.text(l.Code)
				w.raw("\" hreflang=\"")
				w.text(l.Code)
				w.raw("\"")
				w.when(l.RTL, ` dir="rtl"`)
				w.raw(">")
				w.text(l.Name)
				w.raw("</a>")
			}
			w.raw("</li>")
		}
		w.raw("</ul></nav>")
	}
	w.raw("</header>\n<main id=\"main\">\n")
	switch p.Kind {
	case "form":
		w.form()
	case "receipt":
		w.receipt()
	case "a11y":
		w.a11y()
	case "trust":
		w.trust()
	default:
		w.raw("<h1>")
		w.text(p.Title)
		w.raw("</h1>\n<p>")
		w.text(p.Message)
		w.raw("</p>")
		if p.NextStep {
			w.raw("\n")
			w.para("next_step")
		}
		if p.WithdrawAction != "" || p.StopAction != "" {
			w.raw("\n")
			w.rights()
		}
	}
	w.raw("\n</main>\n<footer><a href=\"")
	w.url(p.TrustURL)
	w.raw("\">")
	w.t("trust_title")
	w.raw("</a> <a href=\"")
	w.url(p.A11yURL)
	w.raw("\">")
	w.t("a11y_link")
	w.raw("</a></footer>\n</body>\n</html>\n")
	return w.b
}

// errorLine writes a field's error message, with its hidden prefix for screen readers.
func (w *pageWriter) errorLine(id, msg string) {
	w.raw("<p class=\"err\" id=\"")
	w.text(id)
	w.raw("-error\"><span class=\"vh\">")
	w.t("error_prefix")
	w.raw(" </span>")
	w.text(msg)
	w.raw("</p>\n")
}

func (w *pageWriter) form() {
	p := w.p
	if len(p.Errors) > 0 {
		w.raw("<div class=\"summary\" role=\"alert\" aria-labelledby=\"summary-title\" tabindex=\"-1\" autofocus>\n<h2 id=\"summary-title\">")
		w.t("summary_title")
		w.raw("</h2>\n<ul>")
		for _, e := range p.Errors {
			w.raw("<li><a href=\"#")
			w.b = htmlURLPart(w.b, e.Anchor)
			w.raw("\">")
			w.text(e.Text)
			w.raw("</a></li>")
		}
		w.raw("</ul>\n</div>\n")
	}
	w.raw("<h1>")
	w.t("form_title")
	w.raw("</h1>\n")
	w.about()
	w.raw("<p>")
	w.t("form_intro")
	w.raw("</p>\n<p class=\"note\">")
	w.t("form_not_watched")
	w.raw("</p>\n<form method=\"post\" action=\"")
	w.url(p.Action)
	w.raw("\" novalidate>\n<input type=\"hidden\" name=\"lang\" value=\"")
	w.text(p.Lang)
	w.raw("\">\n")
	for _, q := range p.Questions {
		w.raw("<fieldset id=\"")
		w.text(q.Name)
		w.raw("\"")
		w.when(q.Error != "", ` class="bad"`)
		if q.DescribedBy != "" {
			w.raw(" aria-describedby=\"")
			w.text(q.DescribedBy)
			w.raw("\"")
		}
		w.raw(">\n<legend>")
		w.text(q.Legend)
		w.raw("</legend>\n")
		if q.Hint != "" {
			w.raw("<p class=\"hint\" id=\"")
			w.text(q.Name)
			w.raw("-hint\">")
			w.text(q.Hint)
			w.raw("</p>\n")
		}
		if q.Error != "" {
			w.errorLine(q.Name, q.Error)
		}
		for i, o := range q.Options {
			id := strconv.Itoa(i)
			w.raw("<div class=\"opt\"><input type=\"radio\" id=\"")
			w.text(q.Name)
			w.raw("-")
			w.raw(id)
			w.raw("\" name=\"")
			w.text(q.Name)
			w.raw("\" value=\"")
			w.text(o.Value)
			w.raw("\"")
			w.when(o.Checked, " checked")
			w.when(q.Error != "", ` aria-invalid="true"`)
			w.raw("><label for=\"")
			w.text(q.Name)
			w.raw("-")
			w.raw(id)
			w.raw("\">")
			w.text(o.Label)
			w.raw("</label></div>\n")
		}
		w.raw("</fieldset>\n")
	}
	c := p.Comment
	w.raw("<div class=\"field")
	w.when(c.Error != "", " bad")
	w.raw("\">\n<label class=\"q\" for=\"comment\">")
	w.t("q_comment")
	w.raw("</label>\n<p class=\"hint\" id=\"comment-hint\">")
	w.t("q_comment_hint")
	w.raw("</p>\n")
	if c.Error != "" {
		w.errorLine("comment", c.Error)
	}
	w.raw("<textarea id=\"comment\" name=\"comment\" dir=\"auto\" rows=\"6\" maxlength=\"2000\" aria-describedby=\"comment-hint")
	w.when(c.Error != "", " comment-error")
	w.raw("\"")
	w.when(c.Error != "", ` aria-invalid="true"`)
	w.raw(">")
	w.text(c.Value)
	// The counter (countJS) fills these; the line keeps its height empty, so nothing moves when it fills. The visible line follows
	// each keystroke; screen readers hear the polite one once typing pauses.
	w.raw("</textarea>\n<p class=\"count\" id=\"comment-count\" data-left=\"")
	w.t("count_left")
	w.raw("\" data-over=\"")
	w.t("count_over")
	w.raw("\"></p><p class=\"vh\" id=\"comment-count-sr\" aria-live=\"polite\"></p>\n</div>\n<fieldset id=\"contact_ok\"")
	w.when(p.ContactOK.Error != "" || p.Contact.Error != "", ` class="bad"`)
	w.raw(">\n<legend>")
	w.t("q_contact")
	w.raw("</legend>\n")
	ok := p.ContactOK
	if ok.Error != "" {
		w.errorLine("contact_ok", ok.Error)
	}
	w.raw("<div class=\"opt\"><input type=\"checkbox\" id=\"contact_ok-0\" name=\"contact_ok\" value=\"yes\"")
	w.when(ok.Value != "", " checked")
	w.when(ok.Error != "", ` aria-invalid="true" aria-describedby="contact_ok-error"`)
	w.raw("><label for=\"contact_ok-0\">")
	w.t("contact_ok_label")
	w.raw("</label></div>\n")
	ct := p.Contact
	w.raw("<label class=\"q\" for=\"contact\">")
	w.t("contact_label")
	w.raw("</label>\n<p class=\"hint\" id=\"contact-hint\">")
	w.t("contact_hint")
	w.raw("</p>\n")
	if ct.Error != "" {
		w.errorLine("contact", ct.Error)
	}
	w.raw("<input type=\"text\" id=\"contact\" name=\"contact\" dir=\"auto\" value=\"")
	w.text(ct.Value)
	w.raw("\" maxlength=\"254\" spellcheck=\"false\" aria-describedby=\"contact-hint")
	w.when(ct.Error != "", " contact-error")
	w.raw("\"")
	w.when(ct.Error != "", ` aria-invalid="true"`)
	w.raw(">\n</fieldset>\n<button type=\"submit\">")
	w.t("submit")
	w.raw("</button>\n</form>\n")
	w.rights()
	w.raw("<script>")
	w.raw(countJS)
	w.raw("</script>\n")
}

// rights writes what the link still lets the citizen do (rights.go): withdraw the reply, stop SMS.
func (w *pageWriter) rights() {
	p := w.p
	action := func(url, button string) {
		w.raw("<form method=\"post\" action=\"")
		w.url(url)
		w.raw("\"><input type=\"hidden\" name=\"lang\" value=\"")
		w.text(p.Lang)
		w.raw("\"><button type=\"submit\" class=\"quiet\">")
		w.t(button)
		w.raw("</button></form>\n")
	}
	if p.WithdrawAction != "" {
		w.heading("2", "withdraw_heading")
		w.raw("<p>")
		w.text(p.Tf("withdraw_offer", "days", p.WithdrawDays))
		w.raw("</p>\n")
		action(p.WithdrawAction, "withdraw_button")
	}
	if p.StopAction != "" {
		w.heading("2", "stop_heading")
		w.para("stop_offer")
		action(p.StopAction, "stop_button")
	}
}

// about writes the line naming the contact (form and receipt), when there is one.
func (w *pageWriter) about() {
	if w.p.About != "" {
		w.raw("<p class=\"about\">")
		w.text(w.p.About)
		w.raw("</p>\n")
	}
}

// para writes <p> with one string of the catalog.
func (w *pageWriter) para(key string) {
	w.raw("<p>")
	w.t(key)
	w.raw("</p>\n")
}

// heading writes <hN> with one string of the catalog.
func (w *pageWriter) heading(level, key string) {
	w.raw("<h")
	w.raw(level)
	w.raw(">")
	w.t(key)
	w.raw("</h")
	w.raw(level)
	w.raw(">\n")
}

func (w *pageWriter) receipt() {
	p := w.p
	if p.Urgent {
		w.raw("<div class=\"urgent\" role=\"alert\">\n")
		w.heading("2", "urgent_title")
		w.para("urgent_text")
		w.raw("<p><a href=\"tel:112\">")
		w.t("urgent_call")
		w.raw("</a></p>\n</div>\n")
	}
	w.heading("1", "receipt_title")
	w.about()
	w.para("receipt_reference")
	w.raw("<p class=\"ref\">")
	w.text(p.Reference)
	w.raw("</p>\n")
	w.para("receipt_reference_use")
	w.para("receipt_next")
	if p.Consent {
		w.para("receipt_contact")
	}
	if p.Complaint {
		w.complaint()
	}
	w.rights()
}

// complaint is the right to complain about staff to DUP (the receipt, when it fits, and always
// the accessibility statement).
func (w *pageWriter) complaint() {
	w.heading("2", "dup_title")
	w.para("dup_text")
	w.raw("<p><a href=\"https://politiklagemyndigheden.dk\" rel=\"noreferrer\">")
	w.t("dup_link")
	w.raw("</a></p>\n")
}

func (w *pageWriter) a11y() {
	w.heading("1", "a11y_title")
	w.para("a11y_intro")
	w.heading("2", "a11y_h_compliance")
	w.para("a11y_compliance")
	w.heading("2", "a11y_h_tested")
	w.para("a11y_tested")
	w.heading("2", "a11y_h_contact")
	w.raw("<p>")
	w.text(w.p.Tf("a11y_contact", "email", AccessibilityEmail))
	w.raw("</p>\n")
	w.heading("2", "a11y_h_enforce")
	w.raw("<p>")
	w.t("a11y_enforce")
	w.raw(" <a href=\"https://www.was.digst.dk\" rel=\"noreferrer\">was.digst.dk</a></p>\n")
	w.para("a11y_date")
	w.complaint()
}

func (w *pageWriter) trust() {
	p := w.p
	w.heading("1", "trust_title")
	w.para("trust_intro")
	w.heading("2", "trust_h_looks")
	w.raw("<ul>\n<li>")
	w.text(p.Tf("trust_sender", "sender", p.Sender))
	w.raw("</li>\n<li>")
	w.text(p.Tf("trust_domain", "domain", p.Domain, "link", p.LinkPrefix))
	w.raw("</li>\n<li>")
	w.t("trust_no_short")
	w.raw("</li>\n<li>")
	w.t("trust_no_reason")
	w.raw("</li>\n</ul>\n")
	w.heading("2", "trust_h_never")
	w.para("trust_never")
	w.para("trust_fake")
	w.heading("2", "trust_h_doubt")
	w.para("trust_doubt")
}
