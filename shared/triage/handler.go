package triage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/httpapi"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/redact"
	"borgerfeedback/shared/sampling"
)

// Config configures the triage handler.
type Config struct {
	SLA feedback.SLA     // due times when staff change a priority
	Now func() time.Time // default time.Now
	Log *slog.Logger     // default slog.Default()

	// Login, when set, enables the console's username/password form (POST /console/auth/login).
	// Only the local stack sets it; in AWS the console uses Cognito's managed login.
	Login Login
	// Sessions, when set, renews and ends console sessions (POST /console/auth/refresh and
	// /logout, session.go); when it is also a CodeExchange, the managed login's code is exchanged
	// here (POST /console/auth/code).
	Sessions Sessions
	// CognitoDomain is the managed login's base URL (https://<prefix>.auth.<region>.amazoncognito.com)
	// and ClientID the app client the console signs in with; /console/config.json passes them on.
	CognitoDomain string
	ClientID      string
	// HSTS sends Strict-Transport-Security (behind HTTPS only).
	HSTS bool
	// PhoneKey is the phone-hash HMAC key (invite's): a number typed in to lift a safety-list
	// entry or an opt-out is hashed with it, and with each of PreviousPhoneKeys (earlier rotations).
	PhoneKey          []byte
	PreviousPhoneKeys [][]byte
	// LoadPhoneKey, when set, gives the keys instead of PhoneKey and PreviousPhoneKeys, read on
	// first use (in AWS from Secrets Manager, shared/app/phonekey), so start-up makes no network call.
	LoadPhoneKey func(context.Context) (invite.PhoneKeys, error)
	// Sampling, when set, adds the controller's plan and the centres' targets to the statistics;
	// SamplingMode is what invite runs ("adaptive" or its fixed rate).
	Sampling     *sampling.ControllerConfig
	SamplingMode string
}

// Limits of requests.
const (
	maxBodyBytes = 16 << 10
	defaultDays  = 30
)

type handler struct {
	cfg   Config
	store Store
	authn auth.Authenticator
	log   *slog.Logger
}

// NewHandler returns the staff API (/api/...) and the console (/console/...). authn establishes who
// calls /api/ (auth.Gateway behind API Gateway's JWT authorizer, an *auth.Verifier elsewhere).
func NewHandler(cfg Config, store Store, authn auth.Authenticator) http.Handler {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.SLA.Limits == nil {
		cfg.SLA = feedback.DefaultSLA()
	}
	h := &handler{cfg: cfg, store: store, authn: authn, log: cfg.Log}
	mux := httpapi.NewMux()
	mux.HandleFunc("GET /api/openapi.json", serveOpenAPI)
	mux.HandleFunc("GET /api/me", h.authenticated(h.me))
	mux.HandleFunc("GET /api/feedback", h.authenticated(h.list))
	mux.HandleFunc("GET /api/feedback/{id}", h.authenticated(h.detail))
	mux.HandleFunc("PATCH /api/feedback/{id}", h.authenticated(h.patch))
	mux.HandleFunc("POST /api/feedback/{id}/notes", h.authenticated(h.note))
	mux.HandleFunc("POST /api/feedback/{id}/contact", h.authenticated(h.contact))
	mux.HandleFunc("POST /api/feedback/{id}/legal-hold", h.authenticated(h.legalHold))
	mux.HandleFunc("GET /api/feedback/{id}/access-report", h.authenticated(h.accessReport))
	mux.HandleFunc("GET /api/stats", h.authenticated(h.stats))
	mux.HandleFunc("GET /api/export.csv", h.authenticated(h.export))
	mux.HandleFunc("POST /api/safety-list/lifts", h.authenticated(h.liftSafetyEntry))
	mux.HandleFunc("GET /api/safety-list/lifts", h.authenticated(h.safetyLifts))
	mux.HandleFunc("POST /api/opt-outs/lifts", h.authenticated(h.liftOptOut))
	mux.HandleFunc("GET /api/opt-outs/lifts", h.authenticated(h.optOutLifts))
	mux.HandleFunc("/api/", func(w http.ResponseWriter, _ *http.Request) {
		httpapi.WriteProblem(w, http.StatusNotFound, "Not found", "no such resource or method", nil)
	})
	h.routeConsole(mux)
	return httpapi.SecureHeaders(httpapi.Compress(mux), consoleCSP, cfg.HSTS)
}

// authenticated runs next with the caller's principal, or answers 401.
func (h *handler) authenticated(next func(http.ResponseWriter, *http.Request, Principal)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		c, err := h.authn.Authenticate(r)
		if err != nil {
			h.log.InfoContext(r.Context(), "unauthenticated", "route", r.Pattern, "reason", err.Error())
			w.Header().Set("WWW-Authenticate", `Bearer realm="borgerfeedback"`)
			httpapi.WriteProblem(w, http.StatusUnauthorized, "Unauthorized", "a valid staff token is required", nil)
			return
		}
		next(w, r.WithContext(auth.WithClaims(r.Context(), c)), NewPrincipal(c))
	}
}

// forbidden logs and answers 403. The log names the staff member by their pool subject and the
// item by its reference; never any citizen data.
func (h *handler) forbidden(w http.ResponseWriter, r *http.Request, p Principal, reason, itemID string) {
	h.log.WarnContext(r.Context(), "forbidden", "route", r.Pattern, "sub", p.Subject, "reason", reason, "item", itemID)
	httpapi.WriteProblem(w, http.StatusForbidden, "Forbidden", "your role does not allow this: "+reason, nil)
}

// fail answers an error through the one error path.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	status := httpapi.StatusOf(err)
	if status >= 500 {
		h.log.ErrorContext(r.Context(), "request failed", "route", r.Pattern, "error", err.Error())
		httpapi.WriteProblem(w, status, http.StatusText(status), "", nil)
		return
	}
	var extra map[string]any
	var ve *feedback.ValidationError
	if errors.As(err, &ve) {
		fields := make([]map[string]string, 0, len(ve.Fields))
		for _, f := range ve.Fields {
			fields = append(fields, map[string]string{"field": f.Field, "message": f.Message})
		}
		extra = map[string]any{"errors": fields}
	}
	httpapi.WriteProblem(w, status, http.StatusText(status), err.Error(), extra)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

// decodeBody reads a small JSON body strictly into v. A body over maxBodyBytes is an error that
// StatusOf maps to 413 (a *http.MaxBytesError), not a validation error.
func decodeBody(r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(strings.ToLower(ct), "application/json") {
		return &feedback.ValidationError{Fields: []feedback.FieldError{{Field: "body", Message: "must be application/json"}}}
	}
	// No ResponseWriter: API Gateway, not this function, owns the connection.
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, maxBodyBytes))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if tooBig, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return fmt.Errorf("the request body is larger than %d KiB: %w", maxBodyBytes>>10, tooBig)
		}
		return &feedback.ValidationError{Fields: []feedback.FieldError{{Field: "body", Message: "not valid JSON for this request: " + err.Error()}}}
	}
	if dec.More() {
		return &feedback.ValidationError{Fields: []feedback.FieldError{{Field: "body", Message: "one JSON object expected"}}}
	}
	return nil
}

// item loads the item of the path and checks that p may see it; it answers the error itself.
func (h *handler) item(w http.ResponseWriter, r *http.Request, p Principal) (feedback.Item, bool) {
	id := r.PathValue("id")
	if !feedback.WellFormedReference(id) {
		httpapi.WriteProblem(w, http.StatusNotFound, "Not found", "no feedback with that reference", nil)
		return feedback.Item{}, false
	}
	it, err := h.store.FeedbackItem(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return it, false
	}
	if !p.CanSee(it) {
		h.forbidden(w, r, p, "item outside your districts or roles", id)
		return it, false
	}
	return it, true
}

// Detail is GET /api/feedback/{id}: the item, its history and what the caller may do with it.
type Detail struct {
	ItemView
	History     []feedback.HistoryEvent `json:"history"`
	Permissions Permissions             `json:"permissions"`
}

// Permissions tell the console which actions to offer on an item.
type Permissions struct {
	Work         bool `json:"work"`
	Reassign     bool `json:"reassign"`
	ViewContact  bool `json:"viewContact"`
	LegalHold    bool `json:"legalHold"`
	AccessReport bool `json:"accessReport"`
}

func (h *handler) view(it feedback.Item, now time.Time) ItemView {
	return newItemView(it, h.cfg.SLA, now)
}

// MaskText masks phone numbers and e-mail addresses in free text, except occurrences of keep (the
// contact the citizen gave with consent, once staff have asked to see it).
func MaskText(text, keep string) string {
	if keep == "" {
		return redact.Text(text)
	}
	parts := strings.Split(text, keep)
	for i := range parts {
		parts[i] = redact.Text(parts[i])
	}
	return strings.Join(parts, keep)
}

// Me is GET /api/me: who the caller is and what the console may offer them.
type Me struct {
	Username  string   `json:"username"`
	Groups    []string `json:"groups"`
	Districts []string `json:"districts"`
	Can       struct {
		SeeItems bool `json:"seeItems"`
		Reassign bool `json:"reassign"`
		Export   bool `json:"export"`
		Stats    bool `json:"stats"`
		// SafetyList: lift safety-list entries and see the lifts (national unit).
		SafetyList bool `json:"safetyList"`
	} `json:"can"`
}

func (h *handler) me(w http.ResponseWriter, r *http.Request, p Principal) {
	c, _ := auth.FromContext(r.Context())
	m := Me{Username: p.Username, Groups: c.Groups, Districts: p.Districts}
	if m.Groups == nil {
		m.Groups = []string{}
	}
	if m.Districts == nil {
		m.Districts = []string{}
	}
	m.Can.SeeItems, m.Can.Reassign, m.Can.Export, m.Can.Stats = p.SeesItems(), p.CanReassign(), p.CanExport(), p.CanSeeStats()
	m.Can.SafetyList = p.CanLiftSafetyList()
	writeJSON(w, http.StatusOK, m)
}

// listQuery reads the filters of a list or export and applies the principal's scope.
func (h *handler) listQuery(r *http.Request, p Principal) (feedback.ListQuery, string, error) {
	v := r.URL.Query()
	q := feedback.ListQuery{
		Status: v.Get("status"), Priority: v.Get("priority"), Team: v.Get("team"), District: v.Get("district"),
		Category: v.Get("category"), Channel: v.Get("channel"), Assignee: v.Get("assignee"),
		Sort: v.Get("sort"), Cursor: v.Get("cursor"), Now: h.cfg.Now(),
	}
	var fields []feedback.FieldError
	bad := func(f, m string) { fields = append(fields, feedback.FieldError{Field: f, Message: m}) }
	oneOf := func(field, val string, allowed []string) {
		if val != "" && !slices.Contains(allowed, val) {
			bad(field, "must be one of "+strings.Join(allowed, ", "))
		}
	}
	oneOf("status", q.Status, feedback.Statuses)
	oneOf("priority", q.Priority, []string{feedback.P1, feedback.P2, feedback.P3, feedback.P4})
	oneOf("category", q.Category, feedback.Categories)
	oneOf("channel", q.Channel, []string{feedback.Channel112, feedback.Channel114})
	oneOf("sort", q.Sort, []string{feedback.SortNewest, feedback.SortUrgent})
	if q.Sort == "" {
		q.Sort = feedback.SortNewest
	}
	if q.District != "" && !feedback.IsDistrict(q.District) {
		bad("district", "unknown district")
	}
	if len(q.Team) > 64 {
		bad("team", "too long")
	}
	if q.Assignee == "me" {
		q.Assignee = p.Username
	} else if len(q.Assignee) > MaxUsernameLength {
		bad("assignee", "too long")
	}
	switch o := v.Get("open"); o {
	case "", "false", "0":
	case "true", "1":
		q.Open = true
	default:
		bad("open", "must be true or false")
	}
	switch o := v.Get("total"); o {
	case "", "false", "0", "true", "1":
	default:
		bad("total", "must be true or false")
	}
	switch o := v.Get("overdue"); o {
	case "", "false", "0":
	case "true", "1":
		q.Overdue = true
	default:
		bad("overdue", "must be true or false")
	}
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 200 {
			bad("limit", "must be 1–200")
		}
		q.Limit = n
	}
	if len(fields) > 0 {
		return q, "", &feedback.ValidationError{Fields: fields}
	}
	if !p.SeesItems() {
		return q, "your roles give access to no feedback items", nil
	}
	if q.District != "" && !p.CanSeeDistrict(q.District) {
		return q, "district outside your districts", nil
	}
	q.Districts, q.Conduct = p.Scope()
	return q, "", nil
}

// ListResponse is GET /api/feedback.
type ListResponse struct {
	Items []ItemView `json:"items"`
	Next  string     `json:"next,omitempty"`
	// Total is every item matching the filters, with total=true on a first page; TotalAtLeast
	// says it is a lower bound (the store stopped counting).
	Total        *int `json:"total,omitempty"`
	TotalAtLeast bool `json:"totalAtLeast,omitempty"`
}

func (h *handler) list(w http.ResponseWriter, r *http.Request, p Principal) {
	q, denied, err := h.listQuery(r, p)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if denied != "" {
		h.forbidden(w, r, p, denied, "")
		return
	}
	page, err := h.store.ListFeedback(r.Context(), q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	resp := ListResponse{Items: make([]ItemView, 0, len(page.Items)), Next: page.Next}
	if q.Cursor == "" && (r.URL.Query().Get("total") == "true" || r.URL.Query().Get("total") == "1") {
		n, complete, err := h.store.CountFeedback(r.Context(), q)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		resp.Total, resp.TotalAtLeast = &n, !complete
	}
	for _, it := range page.Items {
		if !p.CanSee(it) { // the store applied the scope; this is the second lock
			continue
		}
		resp.Items = append(resp.Items, h.view(it, q.Now))
	}
	writeJSON(w, http.StatusOK, resp)
}

func (h *handler) detailOf(r *http.Request, p Principal, it feedback.Item) (Detail, error) {
	hist, err := h.store.FeedbackHistory(r.Context(), it.ID)
	if err != nil {
		return Detail{}, err
	}
	if hist == nil {
		hist = []feedback.HistoryEvent{}
	}
	return Detail{ItemView: h.view(it, h.cfg.Now()), History: hist,
		Permissions: Permissions{Work: p.CanSee(it), Reassign: p.CanReassign(), ViewContact: p.CanViewContact(it),
			LegalHold: p.CanHoldLegally(), AccessReport: p.CanReportAccess()}}, nil
}

func (h *handler) detail(w http.ResponseWriter, r *http.Request, p Principal) {
	it, ok := h.item(w, r, p)
	if !ok {
		return
	}
	d, err := h.detailOf(r, p, it)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// patchBody is the body of PATCH: Change with version required.
type patchBody struct {
	Status            *string `json:"status"`
	Assignee          *string `json:"assignee"`
	Priority          *string `json:"priority"`
	Outcome           *string `json:"outcome"`
	ConfirmedCategory *string `json:"confirmedCategory"`
	Version           *int    `json:"version"`
}

func (h *handler) patch(w http.ResponseWriter, r *http.Request, p Principal) {
	it, ok := h.item(w, r, p)
	if !ok {
		return
	}
	var b patchBody
	if err := decodeBody(r, &b); err != nil {
		h.fail(w, r, err)
		return
	}
	if b.Version == nil {
		h.fail(w, r, &feedback.ValidationError{Fields: []feedback.FieldError{{Field: "version", Message: "required"}}})
		return
	}
	ch := Change{Status: b.Status, Assignee: b.Assignee, Priority: b.Priority, Outcome: b.Outcome, ConfirmedCategory: b.ConfirmedCategory, Version: *b.Version}
	next, events, err := Apply(it, ch, p, h.cfg.SLA, h.cfg.Now().UTC())
	if errors.Is(err, feedback.ErrForbidden) {
		h.forbidden(w, r, p, "assigning to others needs the supervisor role", it.ID)
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if len(events) > 0 {
		if err := h.store.UpdateFeedback(r.Context(), next, events); err != nil {
			h.fail(w, r, err)
			return
		}
		h.log.InfoContext(r.Context(), "feedback updated", "item", it.ID, "sub", p.Subject, "version", next.Version, "events", len(events))
	}
	d, err := h.detailOf(r, p, next)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (h *handler) note(w http.ResponseWriter, r *http.Request, p Principal) {
	it, ok := h.item(w, r, p)
	if !ok {
		return
	}
	var b struct {
		Text string `json:"text"`
	}
	if err := decodeBody(r, &b); err != nil {
		h.fail(w, r, err)
		return
	}
	if err := ValidateNote(b.Text); err != nil {
		h.fail(w, r, err)
		return
	}
	// A note is free text too: redacted before it is stored, so a CPR number or the citizen's contact
	// copied into it (which bypasses the audited contact route) is not kept.
	ev := feedback.HistoryEvent{At: h.cfg.Now().UTC(), Actor: p.Username, Type: EventNote, Note: redact.Text(strings.TrimSpace(b.Text))}
	if err := h.store.AppendHistory(r.Context(), it, ev); err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, ev)
}

// ContactResponse is POST /api/feedback/{id}/contact: the contact the citizen gave with consent, and
// the text with that contact left visible.
type ContactResponse struct {
	Contact string `json:"contact"`
	Text    string `json:"text"`
}

func (h *handler) contact(w http.ResponseWriter, r *http.Request, p Principal) {
	it, ok := h.item(w, r, p)
	if !ok {
		return
	}
	if !p.CanViewContact(it) {
		h.forbidden(w, r, p, "contact details are for staff who follow up", it.ID)
		return
	}
	if !it.ContactOK || it.Contact == "" {
		httpapi.WriteProblem(w, http.StatusNotFound, "Not found", "the citizen gave no contact details", nil)
		return
	}
	ev := feedback.HistoryEvent{At: h.cfg.Now().UTC(), Actor: p.Username, Type: EventContactViewed}
	if err := h.store.AppendHistory(r.Context(), it, ev); err != nil {
		h.fail(w, r, err) // no record, no contact details
		return
	}
	h.log.InfoContext(r.Context(), "contact viewed", "item", it.ID, "sub", p.Subject)
	writeJSON(w, http.StatusOK, ContactResponse{Contact: it.Contact, Text: MaskText(it.Text, it.Contact)})
}

func (h *handler) stats(w http.ResponseWriter, r *http.Request, p Principal) {
	if !p.CanSeeStats() {
		h.forbidden(w, r, p, "statistics are for supervisors and the national unit", "")
		return
	}
	from, to, err := statsRange(r, h.cfg.Now())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	rows, err := h.store.DailyCounters(r.Context(), from, to)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	st := BuildStats(rows, from, to)
	if cc := h.cfg.Sampling; cc != nil {
		st.MarkTargets(*cc)
		now := h.cfg.Now()
		plans, err := sampling.NewController(*cc, h.store, h.log).PlanFromCounters(r.Context(), now)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		view := &SamplingView{Mode: h.cfg.SamplingMode, Month: now.UTC().Format("2006-01"), BudgetDKK: cc.MonthlyBudgetDKK, Centres: plans}
		for _, p := range plans {
			view.ExpectedDKK += p.ExpectedDKK
		}
		st.Sampling = view
	}
	writeJSON(w, http.StatusOK, st)
}

// statsRange reads from and to (YYYY-MM-DD, UTC days); default the last 30 days up to today.
func statsRange(r *http.Request, now time.Time) (time.Time, time.Time, error) {
	v := r.URL.Query()
	y, m, d := now.UTC().Date()
	to := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	var fields []feedback.FieldError
	if s := v.Get("to"); s != "" {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			fields = append(fields, feedback.FieldError{Field: "to", Message: "must be YYYY-MM-DD"})
		}
		to = t
	}
	from := to.AddDate(0, 0, -(defaultDays - 1))
	if s := v.Get("from"); s != "" {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			fields = append(fields, feedback.FieldError{Field: "from", Message: "must be YYYY-MM-DD"})
		}
		from = t
	}
	if len(fields) == 0 && (to.Before(from) || to.Sub(from) > 365*24*time.Hour) {
		fields = append(fields, feedback.FieldError{Field: "from", Message: "range must be 1–366 days, from before to"})
	}
	if len(fields) > 0 {
		return from, to, &feedback.ValidationError{Fields: fields}
	}
	return from, to, nil
}

// export answers GET /api/export.csv: the filtered list as CSV, whole or in pages (see exportPage).
// Without paged=true the whole export must fit in one answer; when it does not, the answer is a
// 422 that says to ask for pages, never a file cut short.
func (h *handler) export(w http.ResponseWriter, r *http.Request, p Principal) {
	if !p.CanExport() {
		h.forbidden(w, r, p, "export is for supervisors and the national unit", "")
		return
	}
	q, denied, err := h.listQuery(r, p)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if denied != "" {
		h.forbidden(w, r, p, denied, "")
		return
	}
	v := r.URL.Query()
	var fields []feedback.FieldError
	comma := ','
	switch v.Get("delimiter") {
	case "", "comma":
	case "semicolon":
		comma = ';'
	default:
		fields = append(fields, feedback.FieldError{Field: "delimiter", Message: "must be comma or semicolon"})
	}
	paged := false
	switch v.Get("paged") {
	case "", "false", "0":
	case "true", "1":
		paged = true
	default:
		fields = append(fields, feedback.FieldError{Field: "paged", Message: "must be true or false"})
	}
	if q.Cursor != "" && !paged {
		fields = append(fields, feedback.FieldError{Field: "cursor", Message: "continues a paged export: add paged=true"})
	}
	if len(fields) > 0 {
		h.fail(w, r, &feedback.ValidationError{Fields: fields})
		return
	}
	first := q.Cursor == ""
	var body bytes.Buffer
	size := &lambdaBodySize{w: &body}
	cw := NewCSVRows(size, comma, q.Now)
	if first {
		cw = NewCSVWriter(size, comma, q.Now)
	}
	rows, next, err := h.exportPage(r.Context(), p, q, cw, size)
	if err == nil {
		err = cw.Flush()
	}
	if err != nil { // nothing sent yet: a proper error answer, never part of a file
		h.fail(w, r, err)
		return
	}
	if next != "" && !paged {
		h.fail(w, r, &feedback.ValidationError{Fields: []feedback.FieldError{{Field: "paged",
			Message: fmt.Sprintf("the export is larger than one answer (%d MiB): ask for it in pages with paged=true and follow each page's Link rel=\"next\", or narrow the filters", exportBudget>>20)}}})
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="feedback-%s.csv"`, q.Now.UTC().Format("2006-01-02")))
	w.Header().Set("Export-Rows", strconv.Itoa(rows))
	if next != "" {
		v.Set("paged", "true")
		v.Set("cursor", next)
		w.Header().Set("Link", "<"+r.URL.Path+"?"+v.Encode()+`>; rel="next"`)
	}
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body.Bytes())
	h.log.InfoContext(r.Context(), "export", "sub", p.Subject, "rows", rows, "first", first, "more", next != "")
}

// Pages of the CSV export. Lambda answers at most 6 MB, counted on the response document, where the
// body is a JSON string (quotes, backslashes, < > & and line separators escaped) or, gzipped,
// base64. A page takes the store's pages of rows while they fit in exportBudget so counted; the
// first store page that does not fit is left for the next page (read again there: one query more
// per page, and no cursor inside a store page needed). A store page too large for an empty answer
// on its own is asked for again with half the rows, down to one.
const (
	exportBudget   = 4 << 20
	maxExportQuery = 200
)

// exportPage writes the rows of one page, from q.Cursor on, and returns the cursor of the next
// page ("" when this was the last).
func (h *handler) exportPage(ctx context.Context, p Principal, q feedback.ListQuery, cw *CSVWriter, size *lambdaBodySize) (rows int, next string, err error) {
	if err := cw.Flush(); err != nil { // the BOM and header on a first page: counted from the start
		return 0, "", err
	}
	var chunk bytes.Buffer
	limit, took := maxExportQuery, false
	for {
		q.Limit = limit
		page, err := h.store.ListFeedback(ctx, q)
		if err != nil {
			return rows, "", err
		}
		chunk.Reset()
		counted := &lambdaBodySize{w: &chunk}
		rw := cw.rowsTo(counted)
		n := 0
		for _, it := range page.Items {
			if !p.CanSee(it) {
				continue
			}
			if err := rw.Write(it, MaskText(it.Text, "")); err != nil {
				return rows, "", err
			}
			n++
		}
		if err := rw.Flush(); err != nil {
			return rows, "", err
		}
		if size.Size()+counted.Size() > exportBudget {
			switch {
			case took:
				return rows, q.Cursor, nil // this store page starts the next page
			case limit > 1:
				limit /= 2
				continue
			default:
				return rows, "", fmt.Errorf("export: one row of %d bytes exceeds an answer's %d", counted.Size(), exportBudget)
			}
		}
		if _, err := size.Write(chunk.Bytes()); err != nil {
			return rows, "", err
		}
		rows, took = rows+n, true
		if page.Next == "" {
			return rows, "", nil
		}
		q.Cursor = page.Next
	}
}

// lambdaBodySize passes writes on and counts their size as Lambda's response document carries the
// body: the larger of the JSON string (escapes counted, U+2028 and U+2029 as 6 bytes, every
// character starting with byte 0xE2 counted as if it were one of them) and base64 of the bytes.
type lambdaBodySize struct {
	w        io.Writer
	raw, esc int
}

func (c *lambdaBodySize) Write(b []byte) (int, error) {
	for _, x := range b {
		switch {
		case x == '"' || x == '\\' || x == '\n' || x == '\r' || x == '\t':
			c.esc += 2
		case x < 0x20 || x == '<' || x == '>' || x == '&':
			c.esc += 6
		case x == 0xE2:
			c.esc += 4
		default:
			c.esc++
		}
	}
	c.raw += len(b)
	return c.w.Write(b)
}

// Size is the body's size as counted.
func (c *lambdaBodySize) Size() int { return max(c.esc, (c.raw+2)/3*4) }
