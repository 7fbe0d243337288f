package form

import (
	"net/url"

	"borgerfeedback/shared/feedback"
	"strings"
	"testing"
)

// BenchmarkRenderForm: GET of an open link, fakes for the store (the template and headers only).
func BenchmarkRenderForm(b *testing.B) {
	store, queue := newFixture()
	h := newTestHandler(Config{ClientLimit: Limit{Requests: -1}}, store, queue)
	b.ReportAllocs()
	for b.Loop() {
		if rec := do(h, call{method: "GET", path: "/f/" + tokOpen}); rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

// BenchmarkParseSubmission: decoding and validating a typical body.
func BenchmarkParseSubmission(b *testing.B) {
	body := []byte(url.Values{"rating": {"2"}, "taken_seriously": {"partly"}, "comment": {strings.Repeat("Jeg ventede længe i telefonkøen. ", 20)},
		"contact_ok": {"yes"}, "contact": {"+45 20 12 34 56"}, "lang": {"da"}}.Encode())
	b.ReportAllocs()
	for b.Loop() {
		in, err := ParseBody(body)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := in.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPostReply: the POST of a reply with a 47-character comment, JSON answer, fakes for the
// store and the queue — the handler's own CPU time per reply (docs/cost.md adds the AWS calls).
func BenchmarkPostReply(b *testing.B) {
	store, queue := newFixture()
	h := newTestHandler(Config{ClientLimit: Limit{Requests: -1}, TokenLimit: Limit{Requests: -1}}, store, queue)
	body := url.Values{"rating": {"3"}, "comment": {"Det gik fint, men jeg ventede lidt i telefonen."}}.Encode()
	open := store.invs[feedback.HashToken(tokOpen)]
	b.ReportAllocs()
	for b.Loop() {
		store.mu.Lock()
		store.invs[open.TokenHash] = open // unused again
		store.mu.Unlock()
		queue.mu.Lock()
		queue.subs = queue.subs[:0]
		queue.mu.Unlock()
		if rec := do(h, call{method: "POST", path: "/f/" + tokOpen, body: body, accept: "application/json"}); rec.Code != 200 {
			b.Fatal(rec.Code, rec.Body.String())
		}
	}
}
