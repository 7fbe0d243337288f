package triage

// The citizen's rights as staff meet them: legal hold (retention keeps an item's personal fields),
// the data-subject access report, and how withdrawn and anonymised items read.

import (
	"fmt"
	"html"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"borgerfeedback/shared/feedback"
)

// CanHoldLegally reports whether the principal may put items on legal hold or release them.
func (p Principal) CanHoldLegally() bool { return p.National || p.Supervisor }

// CanReportAccess reports whether the principal may produce a data-subject access report.
func (p Principal) CanReportAccess() bool { return p.National }

// MaxReasonLength bounds the reason of a legal hold.
const MaxReasonLength = 500

// notice is what staff see on an item whose personal data is gone.
func notice(it feedback.Item) string {
	switch {
	case it.Withdrawn():
		return feedback.WithdrawnLabel
	case it.AnonymisedAt != nil:
		return "anonymiseret efter sletteregler"
	}
	return ""
}

// legalHoldBody is POST /api/feedback/{id}/legal-hold.
type legalHoldBody struct {
	Hold    *bool   `json:"hold"`
	Reason  *string `json:"reason"`
	Version *int    `json:"version"`
}

func (h *handler) legalHold(w http.ResponseWriter, r *http.Request, p Principal) {
	it, ok := h.item(w, r, p)
	if !ok {
		return
	}
	if !p.CanHoldLegally() {
		h.forbidden(w, r, p, "legal hold is for supervisors and the national unit", it.ID)
		return
	}
	var b legalHoldBody
	if err := decodeBody(r, &b); err != nil {
		h.fail(w, r, err)
		return
	}
	var fields []feedback.FieldError
	reason := ""
	if b.Reason != nil {
		reason = strings.TrimSpace(*b.Reason)
	}
	switch {
	case b.Hold == nil:
		fields = append(fields, feedback.FieldError{Field: "hold", Message: "required: true to hold, false to release"})
	case b.Version == nil:
		fields = append(fields, feedback.FieldError{Field: "version", Message: "required"})
	case reason == "" || utf8.RuneCountInString(reason) > MaxReasonLength || !utf8.ValidString(reason):
		fields = append(fields, feedback.FieldError{Field: "reason", Message: fmt.Sprintf("required, at most %d characters", MaxReasonLength)})
	case *b.Hold == it.LegalHold:
		fields = append(fields, feedback.FieldError{Field: "hold", Message: "the item is already so"})
	}
	if len(fields) > 0 {
		h.fail(w, r, &feedback.ValidationError{Fields: fields})
		return
	}
	if *b.Version != it.Version {
		h.fail(w, r, fmt.Errorf("feedback %s: version %d is stale (now %d): %w", it.ID, *b.Version, it.Version, feedback.ErrConflict))
		return
	}
	typ := feedback.EventLegalRelease
	if *b.Hold {
		typ = feedback.EventLegalHold
	}
	ev := feedback.HistoryEvent{At: h.cfg.Now().UTC(), Actor: p.Username, Type: typ, Note: reason}
	if err := h.store.SetLegalHold(r.Context(), it, *b.Hold, ev); err != nil {
		h.fail(w, r, err)
		return
	}
	h.log.InfoContext(r.Context(), "legal hold", "item", it.ID, "sub", p.Subject, "hold", *b.Hold)
	next, err := h.store.FeedbackItem(r.Context(), it.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	d, err := h.detailOf(r, p, next)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// AccessReport is GET /api/feedback/{id}/access-report: everything stored about one reply, for the
// citizen who asks (GDPR art. 15), in plain Danish. Producing it is recorded in the item's history
// first: no record, no report.
type AccessReport struct {
	Reference  string                  `json:"reference"`
	Title      string                  `json:"title"`
	ProducedAt time.Time               `json:"producedAt"`
	ProducedBy string                  `json:"producedBy"`
	Sections   []ReportSection         `json:"sections"`
	Item       feedback.Item           `json:"item"`    // the stored item, unmasked: the citizen's own data
	History    []feedback.HistoryEvent `json:"history"` // including this report
}

// ReportSection is a heading with labelled values.
type ReportSection struct {
	Heading string        `json:"heading"`
	Fields  []ReportField `json:"fields"`
}

// ReportField is one labelled value.
type ReportField struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

func (h *handler) accessReport(w http.ResponseWriter, r *http.Request, p Principal) {
	it, ok := h.item(w, r, p)
	if !ok {
		return
	}
	if !p.CanReportAccess() {
		h.forbidden(w, r, p, "access reports are for the national unit", it.ID)
		return
	}
	format := r.URL.Query().Get("format")
	if format == "" && strings.Contains(r.Header.Get("Accept"), "text/html") {
		format = "html"
	}
	if format != "" && format != "html" && format != "json" {
		h.fail(w, r, &feedback.ValidationError{Fields: []feedback.FieldError{{Field: "format", Message: "must be json or html"}}})
		return
	}
	now := h.cfg.Now().UTC()
	ev := feedback.HistoryEvent{At: now, Actor: p.Username, Type: feedback.EventAccessReport}
	if err := h.store.AppendHistory(r.Context(), it, ev); err != nil {
		h.fail(w, r, err)
		return
	}
	hist, err := h.store.FeedbackHistory(r.Context(), it.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.log.InfoContext(r.Context(), "access report", "item", it.ID, "sub", p.Subject)
	rep := BuildAccessReport(it, hist, p.Username, now)
	if format == "html" {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, reportHTML(rep))
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

// BuildAccessReport lays out what is stored about a reply in plain Danish.
func BuildAccessReport(it feedback.Item, hist []feedback.HistoryEvent, by string, at time.Time) AccessReport {
	if hist == nil {
		hist = []feedback.HistoryEvent{}
	}
	day := func(t time.Time) string {
		if t.IsZero() {
			return "–"
		}
		return t.UTC().Format("2006-01-02 15:04") + " UTC"
	}
	or := func(s, empty string) string {
		if s == "" {
			return empty
		}
		return s
	}
	yes := func(b bool) string {
		if b {
			return "ja"
		}
		return "nej"
	}
	reply := []ReportField{
		{"Reference", it.ID},
		{"Modtaget", day(it.SubmittedAt)},
		{"Bedømmelse (1–5)", fmt.Sprint(it.Rating)},
		{"Blev du taget alvorligt?", or(danishName("answer", it.TakenSeriously), "ikke besvaret eller slettet")},
		{"Var ventetiden acceptabel?", or(danishName("answer", it.WaitAcceptable), "ikke besvaret eller slettet")},
		{"Din tekst (CPR-numre er fjernet, før den blev gemt)", or(it.Text, "ingen tekst gemt")},
		{"Må vi kontakte dig?", yes(it.ContactOK)},
		{"Kontaktoplysninger", or(it.Contact, "ingen gemt")},
		{"Formularens sprog", or(danishName("language", it.FormLanguage), "–")},
	}
	contact := []ReportField{
		{"Kanal", it.Channel},
		{"Central", it.CentreID + " (" + danishName("centreKind", it.CentreKind) + ")"},
		{"Politikreds", danishName("district", it.District)},
		{"Opkaldets id hos politiets telefonsystem", or(it.ContactID, "slettet")},
	}
	handling := []ReportField{
		{"Kategori (automatisk)", danishName("category", it.Category)},
		{"Akut", yes(it.Urgent)},
		{"Klage over en medarbejders optræden (DUP)", yes(it.Conduct)},
		{"Prioritet", danishName("priority", it.Priority)},
		{"Team", danishTeam(it.Team)},
		{"Status", danishName("status", it.Status)},
		{"Begrundelse for klassifikationen (systemets egne noter, på engelsk)", or(strings.Join(it.Reasons, "; "), "ingen gemt")},
		{"Tildelt", or(it.Assignee, "ingen")},
		{"Udfald", or(danishName("outcome", it.Outcome), "–")},
	}
	lifetime := []ReportField{
		{"Tilbagekaldt af borgeren", whenOr(it.WithdrawnAt, "nej")},
		{"Anonymiseret efter sletteregler", whenOr(it.AnonymisedAt, "nej")},
		{"Retligt tilbageholdt (slettes ikke)", yes(it.LegalHold) + prefixed(": ", it.LegalHoldReason)},
		{"Sletteregler", "Fritekst, kontaktoplysninger og noter slettes 180 dage efter modtagelsen, medmindre sagen er åben eller tilbageholdt; resten slettes efter 2 år. Se docs/privacy.md."},
	}
	events := make([]ReportField, 0, len(hist))
	for _, ev := range hist {
		v := danishName("event", ev.Type)
		if ev.From != "" || ev.To != "" {
			v += ": " + or(danishEventValue(ev.Type, ev.From), "–") + " → " + or(danishEventValue(ev.Type, ev.To), "–")
		}
		if ev.Note != "" {
			v += " – " + ev.Note
		}
		if ev.Erased {
			v += " (teksten er slettet)"
		}
		events = append(events, ReportField{day(ev.At) + " · " + ev.Actor, v})
	}
	return AccessReport{
		Reference: it.ID, Title: "Indsigt: hvad politiet har gemt om besvarelse " + it.ID, ProducedAt: at, ProducedBy: by,
		Sections: []ReportSection{
			{"Din besvarelse", reply}, {"Din henvendelse til politiet", contact},
			{"Sådan er besvarelsen behandlet", handling}, {"Opbevaring", lifetime},
			{"Historik (hvem har gjort hvad, hvornår)", events},
		},
		Item: it, History: hist,
	}
}

func whenOr(t *time.Time, none string) string {
	if t == nil {
		return none
	}
	return t.UTC().Format("2006-01-02 15:04") + " UTC"
}

func prefixed(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

// reportHTML is the printable access report: plain HTML, no script or style, so it prints as it is
// and works under the console's CSP. Written by code, every value through html.EscapeString, not
// by html/template: its reflective method calls made the linker keep every exported method of
// every reachable type, 4.6 MB more in the triage binary (issue 13).
func reportHTML(rep AccessReport) string {
	var b strings.Builder
	e := html.EscapeString
	b.WriteString(`<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>`)
	b.WriteString(e(rep.Title))
	b.WriteString("</title></head>\n<body><main>\n<h1>")
	b.WriteString(e(rep.Title))
	b.WriteString("</h1>\n<p>Udarbejdet ")
	b.WriteString(e(rep.ProducedAt.Format("2006-01-02 15:04")))
	b.WriteString(" UTC af ")
	b.WriteString(e(rep.ProducedBy))
	b.WriteString(". Rigspolitiet, borgerservicefunktionen.</p>\n")
	for _, sec := range rep.Sections {
		b.WriteString("<h2>")
		b.WriteString(e(sec.Heading))
		b.WriteString("</h2>\n<dl>")
		for _, f := range sec.Fields {
			b.WriteString("<dt>")
			b.WriteString(e(f.Label))
			b.WriteString("</dt><dd>")
			b.WriteString(e(f.Value))
			b.WriteString("</dd>")
		}
		b.WriteString("</dl>\n")
	}
	b.WriteString("</main></body></html>\n")
	return b.String()
}
