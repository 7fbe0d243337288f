// Package form is the citizen's feedback form behind GET/POST /f/{token}: server-rendered, no
// JavaScript, Danish by default with English, answering "received" only once the reply is on the queue.
package form

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"borgerfeedback/shared/classify"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/httpapi"
	"borgerfeedback/shared/redact"
	"borgerfeedback/shared/resources"
)

//go:embed templates/form.css templates/count.js
var files embed.FS

var (
	css = mustRead("templates/form.css")
	// countJS is the comment's character counter, the pages' only script: progressive
	// enhancement (without it the form works as before, the textarea's maxlength stops at 2000).
	// With it the counter shows what is left, and going over is allowed and shown, so a pasted
	// text is not cut off unseen; the server refuses more than 2000 with a message at the field.
	countJS = mustRead("templates/count.js")
	// CSP allows exactly the inline stylesheet and the counter (by hash): no other script, no third
	// party, no framing.
	CSP = "default-src 'none'; style-src '" + cssHash(css) + "'; script-src '" + cssHash(countJS) + "'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)

func mustRead(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func cssHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// DefaultMaxBodyBytes caps a POST body: the form's fields at their limits fit with room to spare
// (2000 characters of Danish text are at most ~12 KB percent-encoded).
const DefaultMaxBodyBytes = 16 << 10

// Fixed pages under /f/. Neither can be taken for a link token (24 URL-safe characters), and the
// mux prefers a fixed path over {token} anyway.
const (
	a11yPath  = "tilgaengelighed" // the accessibility statement Danish public sites must publish
	trustPath = "aegte"           // "Er denne SMS ægte?": what the police's feedback SMS looks like
)

// AccessibilityEmail is where the accessibility statement asks citizens to write about a barrier
// (a used link has no text box to tell us in): the national police's general mailbox. Check it
// with the web team before going live; it is the one place to change.
const AccessibilityEmail = "politi@politi.dk"

// Config tunes the form. The zero value is the local default.
type Config struct {
	HSTS         bool  // send Strict-Transport-Security (true in AWS, where the API is HTTPS only)
	MaxBodyBytes int64 // 0: DefaultMaxBodyBytes
	TokenLimit   Limit // POSTs per link; zero: DefaultTokenLimit
	ClientLimit  Limit // requests per client address; zero: DefaultClientLimit

	// What the trust page tells citizens to look for: the SMS sender id (empty: resources.DefaultSMSSenderID)
	// and the base URL the SMS links start with (empty: this request's own scheme and host).
	SMSSenderID   string
	PublicBaseURL string
	// WithdrawalWindow is how long after submitting a reply can be withdrawn; zero:
	// feedback.DefaultWithdrawalWindow (14 days).
	WithdrawalWindow time.Duration
	// MarkRetryDelays are the waits before each new try of a failed mark-used write, after the SDK's
	// own retries; nil: DefaultMarkRetryDelays.
	MarkRetryDelays []time.Duration
}

// markRetryBudget bounds the tries after the first, waits included (the form function's timeout is
// 10 s, resources.Functions).
const markRetryBudget = 5 * time.Second

// DefaultMarkRetryDelays are the waits before the new tries of a failed mark-used write (2 s in all,
// within markRetryBudget). A reply is accepted once it is queued, so the write is tried again before
// the link is left open: an open link would take a second reply that classify does not store while
// its receipt says it was received.
var DefaultMarkRetryDelays = []time.Duration{100 * time.Millisecond, 400 * time.Millisecond, 1500 * time.Millisecond}

type handler struct {
	cfg         Config
	invitations feedback.InvitationStore
	queue       feedback.SubmissionQueue
	now         func() time.Time
	log         *slog.Logger
	perToken    *limiter
	perClient   *limiter
}

// NewHandler returns the form's routes: GET and POST /f/{token}, POST /f/{token}/stop and
// /f/{token}/withdraw (rights.go) and the accessibility statement GET /f/tilgaengelighed, every
// answer with the security headers.
func NewHandler(cfg Config, invitations feedback.InvitationStore, queue feedback.SubmissionQueue, now func() time.Time, log *slog.Logger) http.Handler {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.WithdrawalWindow <= 0 {
		cfg.WithdrawalWindow = feedback.DefaultWithdrawalWindow
	}
	if cfg.MarkRetryDelays == nil {
		cfg.MarkRetryDelays = DefaultMarkRetryDelays
	}
	h := &handler{cfg: cfg, invitations: invitations, queue: queue, now: now, log: log,
		perToken: newLimiter(cfg.TokenLimit, DefaultTokenLimit), perClient: newLimiter(cfg.ClientLimit, DefaultClientLimit)}
	mux := httpapi.NewMux()
	mux.HandleFunc("GET /f/"+a11yPath, h.accessibility)
	mux.HandleFunc("GET /f/"+trustPath, h.trust)
	mux.HandleFunc("GET /f/ægte", func(w http.ResponseWriter, r *http.Request) { // as a person would type it
		target := trustPath
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		w.Header().Set("Location", target) // relative, like the form's action: right under any API prefix
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /favicon.ico", serveFavicon)
	mux.HandleFunc("GET /f/{token}", h.show)
	mux.HandleFunc("POST /f/{token}", h.submit)
	mux.HandleFunc("POST /f/{token}/stop", h.stop)
	mux.HandleFunc("POST /f/{token}/withdraw", h.withdraw)
	mux.HandleFunc("/", h.fallback)
	return httpapi.SecureHeaders(httpapi.Compress(mux), CSP, cfg.HSTS)
}

// request is what every answer needs to know about the request.
type request struct {
	w     http.ResponseWriter
	r     *http.Request
	lang  string
	json  bool
	about string // the contact the invitation is about (aboutCall), once open found it
}

func (h *handler) begin(w http.ResponseWriter, r *http.Request, formLang string) *request {
	lang := pickLang(r.URL.Query().Get("lang"))
	if lang == "" {
		lang = pickLang(formLang)
	}
	w.Header()["Vary"] = varyAccept // HTML or JSON by the Accept header
	return &request{w: w, r: r, lang: lang, json: httpapi.WantsJSON(r)}
}

// open checks the token and the rate limits and finds an invitation that can still be answered.
// When it returns false the answer has been written: a used link's page offers what the link can
// still do (withdraw the reply, stop SMS).
func (h *handler) open(q *request, token string, post bool) (feedback.Invitation, bool) {
	inv, ok := h.lookup(q, token, post)
	if ok && inv.Usable(h.now()) != nil {
		p := h.page(q, "error", "gone_title")
		p.Message = translate(q.lang, "gone_text")
		h.offerRights(p, token, inv)
		h.answer(q, http.StatusGone, "gone", p)
		return inv, false
	}
	return inv, ok
}

// lookup checks the token and the rate limits and finds its invitation, used or not. When it
// returns false the answer has been written.
func (h *handler) lookup(q *request, token string, post bool) (feedback.Invitation, bool) {
	q.w.Header()["Cache-Control"] = noStore
	if !feedback.WellFormedToken(token) {
		h.fail(q, http.StatusNotFound, "notfound")
		return feedback.Invitation{}, false
	}
	now := h.now()
	hash := feedback.HashToken(token)
	if ok, wait := h.perClient.allow(clientKey(q.r.RemoteAddr), now); !ok {
		h.log.WarnContext(q.r.Context(), "rate limited", "scope", "client", "tokenHash", hash[:8])
		h.tooMany(q, wait)
		return feedback.Invitation{}, false
	}
	if post {
		if ok, wait := h.perToken.allow(hash, now); !ok {
			h.log.WarnContext(q.r.Context(), "rate limited", "scope", "token", "tokenHash", hash[:8])
			h.tooMany(q, wait)
			return feedback.Invitation{}, false
		}
	}
	inv, err := h.invitations.Invitation(q.r.Context(), hash)
	switch {
	case errors.Is(err, feedback.ErrNotFound):
		h.fail(q, http.StatusNotFound, "notfound")
		return inv, false
	case err != nil:
		h.log.ErrorContext(q.r.Context(), "invitation lookup failed", "tokenHash", hash[:8], "error", err.Error())
		h.fail(q, http.StatusServiceUnavailable, "down")
		return inv, false
	}
	if q.lang == "" { // the language of the call if the form speaks it, else the SMS's
		q.lang = pickLang(inv.CallLanguage)
	}
	if q.lang == "" {
		q.lang = pickLang(inv.Language)
	}
	if q.lang == "" { // an invitation in another language: the form's default
		q.lang = langDA
	}
	q.about = aboutCall(q.lang, inv.Channel, inv.EndedAt)
	return inv, true
}

func (h *handler) show(w http.ResponseWriter, r *http.Request) {
	q := h.begin(w, r, "")
	token := r.PathValue("token")
	inv, ok := h.open(q, token, false) //nolint:contextcheck // the context travels in the request (q.r), which every store call uses
	if !ok {
		return
	}
	if q.json {
		writeJSON(w, http.StatusOK, map[string]any{"language": q.lang, "expiresAt": inv.ExpiresAt.UTC()})
		return
	}
	p := h.formPage(q, token, Input{}, nil)
	h.offerRights(p, token, inv)
	h.render(q, http.StatusOK, p)
}

func (h *handler) submit(w http.ResponseWriter, r *http.Request) {
	token := r.PathValue("token")
	in, perr := h.readBody(w, r)
	q := h.begin(w, r, in.Lang)
	inv, ok := h.open(q, token, true) //nolint:contextcheck // the context travels in the request (q.r), which every store call uses
	if !ok {
		return
	}
	switch {
	case errors.Is(perr, errUnsupportedType):
		h.fail(q, http.StatusUnsupportedMediaType, "bad")
		return
	case httpapi.StatusOf(perr) == http.StatusRequestEntityTooLarge:
		h.fail(q, http.StatusRequestEntityTooLarge, "toolarge")
		return
	case perr != nil:
		h.fail(q, http.StatusBadRequest, "bad")
		return
	}
	answers, err := in.Validate()
	var verr *feedback.ValidationError
	if errors.As(err, &verr) {
		h.invalid(q, token, in, verr)
		return
	}
	if q.lang == "" {
		q.lang = langDA
	}
	ctx := r.Context()
	hash := feedback.HashToken(token)
	// The comment is queued redacted: no CPR number, phone number or e-mail address in the queue, its DLQ
	// or anything after them (shared/redact). The contact field, given with consent, stays as given.
	answers.Comment = redact.Text(answers.Comment)
	sub := feedback.Submission{Reference: inv.Reference, ContactID: inv.ContactID, Channel: inv.Channel, Centre: inv.Centre, Sample: inv.Sample,
		Language: q.lang, SubmittedAt: h.now().UTC(), Answers: answers}
	if inv.Sample != nil && inv.RemindedAt != nil { // counted apart as answered after the reminder
		s := *inv.Sample
		s.Reminded = true
		sub.Sample = &s
	}
	if err := h.queue.Enqueue(ctx, sub); err != nil {
		// Not accepted: the link stays usable and the citizen is told to try again.
		h.log.ErrorContext(ctx, "enqueue failed", "reference", inv.Reference, "tokenHash", hash[:8], "error", err.Error())
		h.fail(q, http.StatusServiceUnavailable, "unavailable")
		return
	}
	// The reply is accepted from here on: whatever MarkUsed says, the citizen gets the receipt. A
	// concurrent or repeated post carries the same reference, which classify stores once.
	h.markUsed(ctx, hash, inv.Reference)
	// The receipt's "Ring 112 nu" needs the urgent verdict now, not after the queue: so the form
	// links the classifier, though only classify stores its result. Measured (issue 13): 1.0 MB of
	// the form's 9.7 MB arm64 binary and 0.1 ms of its start-up; the first classification in a
	// process builds the word lists and decodes the models (60–75 ms here), paid by a cold instance's
	// first POST, not its GET. Kept on purpose: a citizen in danger not told to ring 112 is the worst
	// failure this page can have. An urgent-only part of the classifier would cut most of the 1.0 MB.
	verdict := classify.Classify(classify.Input{Text: answers.Comment, Rating: answers.Rating, Channel: inv.Channel, District: inv.Centre.District})
	// DEBUG: in AWS (application log level INFO) the FormOutcome metric counts it; a failure has its own line.
	h.log.DebugContext(ctx, "reply accepted", "reference", inv.Reference, "rating", answers.Rating, "urgent", verdict.Urgent, "language", q.lang)
	if q.json {
		writeJSON(w, http.StatusOK, receiptJSON{Reference: inv.Reference, Urgent: verdict.Urgent})
		return
	}
	p := h.page(q, "receipt", "receipt_title")
	p.Reference, p.Urgent, p.About = inv.Reference, verdict.Urgent, q.about
	p.Consent = answers.ContactOK
	// The way to complain about staff is offered where the reply is about staff conduct or the
	// rating is low; after a good rating it would only puzzle. The accessibility statement, linked
	// from every page, always has it.
	p.Complaint = verdict.Conduct || answers.Rating <= 2
	used := h.now()
	inv.UsedAt = &used
	h.offerRights(p, token, inv)
	p.Languages = nil // the link is used now: another language would only say so
	h.render(q, http.StatusOK, p)
}

// markUsed closes the link of an accepted reply: the conditional write, tried again after each of
// cfg.MarkRetryDelays while it fails for another reason than the link being used already. The tries
// after the first do not stop with the request (the reply is queued; a client that went away does
// not make the link reusable). When every try fails the link stays open and the failure is logged
// with the reference: a second reply on it is answered but not stored (README, "what is not done").
func (h *handler) markUsed(ctx context.Context, hash, reference string) {
	err := h.invitations.MarkUsed(ctx, hash, h.now())
	if err != nil && !errors.Is(err, feedback.ErrGone) && len(h.cfg.MarkRetryDelays) > 0 {
		retryCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), markRetryBudget)
		defer cancel()
		for i := 0; err != nil && !errors.Is(err, feedback.ErrGone) && i < len(h.cfg.MarkRetryDelays) && retryCtx.Err() == nil; i++ {
			h.log.WarnContext(ctx, "mark link used failed, trying again", "reference", reference, "tokenHash", hash[:8], "try", i+1, "error", err.Error())
			time.Sleep(h.cfg.MarkRetryDelays[i])
			err = h.invitations.MarkUsed(retryCtx, hash, h.now())
		}
	}
	switch {
	case errors.Is(err, feedback.ErrGone):
		h.log.InfoContext(ctx, "link was used concurrently", "reference", reference, "tokenHash", hash[:8])
	case err != nil:
		h.log.ErrorContext(ctx, "mark link used failed", "reference", reference, "tokenHash", hash[:8], "error", err.Error())
	}
}

type receiptJSON struct {
	Reference string `json:"reference"`
	Urgent    bool   `json:"urgent,omitempty"` // the citizen should call 112 now
}

var errUnsupportedType = errors.New("unsupported content type")

// readBody reads and strictly parses a form-encoded body of at most MaxBodyBytes.
func (h *handler) readBody(w http.ResponseWriter, r *http.Request) (Input, error) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/x-www-form-urlencoded" {
		return Input{}, errUnsupportedType
	}
	if r.ContentLength > h.cfg.MaxBodyBytes {
		return Input{}, &http.MaxBytesError{Limit: h.cfg.MaxBodyBytes}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.cfg.MaxBodyBytes))
	if err != nil {
		return Input{}, err
	}
	in, err := ParseBody(body)
	if err != nil {
		return Input{}, err
	}
	return in, nil
}

func (h *handler) accessibility(w http.ResponseWriter, r *http.Request) {
	q := h.begin(w, r, "")
	if q.lang == "" {
		q.lang = langDA
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	p := h.page(q, "a11y", "a11y_title")
	p.A11yURL = "?lang=" + q.lang
	h.render(q, http.StatusOK, p)
}

// trust is "Er denne SMS ægte?": how to tell the police's feedback SMS from a fake.
func (h *handler) trust(w http.ResponseWriter, r *http.Request) {
	q := h.begin(w, r, "")
	if q.lang == "" {
		q.lang = langDA
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	p := h.page(q, "trust", "trust_title")
	p.Sender = h.cfg.SMSSenderID
	if p.Sender == "" {
		p.Sender = resources.DefaultSMSSenderID
	}
	base := strings.TrimSuffix(h.cfg.PublicBaseURL, "/")
	if base == "" {
		scheme := "https"
		if r.TLS == nil && !h.cfg.HSTS {
			scheme = "http"
		}
		base = scheme + "://" + r.Host
	}
	p.LinkPrefix = base + "/f/"
	if u, err := url.Parse(base); err == nil && u.Host != "" {
		p.Domain = u.Hostname()
	} else {
		p.Domain = base
	}
	p.TrustURL = "?lang=" + q.lang
	h.render(q, http.StatusOK, p)
}

// fallback answers every other path and method.
func (h *handler) fallback(w http.ResponseWriter, r *http.Request) {
	q := h.begin(w, r, "")
	if r.Method != http.MethodGet && r.Method != http.MethodHead && r.Method != http.MethodPost {
		w.Header().Set("Allow", "GET, HEAD, POST")
		h.fail(q, http.StatusMethodNotAllowed, "bad")
		return
	}
	h.fail(q, http.StatusNotFound, "notfound")
}

// invalid answers 422: the form again, as typed, with each problem next to its field.
func (h *handler) invalid(q *request, token string, in Input, verr *feedback.ValidationError) {
	if q.lang == "" {
		q.lang = langDA
	}
	if q.json {
		errs := make([]map[string]string, 0, len(verr.Fields))
		for _, f := range verr.Fields {
			errs = append(errs, map[string]string{"field": f.Field, "code": f.Message, "message": translate(q.lang, f.Message)})
		}
		httpapi.WriteProblem(q.w, http.StatusUnprocessableEntity, translate(q.lang, "invalid_title"), translate(q.lang, "summary_title"), map[string]any{"errors": errs})
		return
	}
	h.render(q, http.StatusUnprocessableEntity, h.formPage(q, token, in, verr.Fields))
}

// fail answers with an error page (or problem details) of the given kind: the prefix of its
// "<kind>_title" and "<kind>_text" translations.
func (h *handler) fail(q *request, status int, kind string) {
	if q.lang == "" {
		q.lang = langDA
	}
	p := h.page(q, "error", kind+"_title")
	p.Message = translate(q.lang, kind+"_text")
	h.answer(q, status, kind, p)
}

// answer writes an error page p of a kind, or its problem details to a JSON client.
func (h *handler) answer(q *request, status int, kind string, p *page) {
	// A link that does not work (unknown, used, expired) leaves the citizen with nothing to do on
	// the page: say where to go instead.
	p.NextStep = kind == "notfound" || kind == "gone"
	if q.json {
		httpapi.WriteProblem(q.w, status, translate(q.lang, kind+"_title"), translate(q.lang, kind+"_text"), nil)
		return
	}
	h.render(q, status, p)
}

func (h *handler) tooMany(q *request, wait time.Duration) {
	secs := int((wait + time.Second - 1) / time.Second)
	q.w.Header().Set("Retry-After", strconv.Itoa(max(secs, 1)))
	h.fail(q, http.StatusTooManyRequests, "ratelimit")
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Header values set on most answers, each slice made once and shared (net/http only reads them;
// the capacity of one makes an Add copy): an allocation less per header per request.
var (
	htmlType   = []string{"text/html; charset=utf-8"}[:1:1]
	varyAccept = []string{"Accept"}[:1:1]
	noStore    = []string{"no-store"}[:1:1]
)

// pageBuffers are the buffers pages are written into: a page is written to the response, which
// copies it, so the buffer is free again at the end of render.
var pageBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

func (h *handler) render(q *request, status int, p *page) {
	buf := pageBuffers.Get().(*[]byte)
	html := appendPage((*buf)[:0], p)
	q.w.Header()["Content-Type"] = htmlType
	q.w.Header().Set("Content-Length", strconv.Itoa(len(html)))
	q.w.WriteHeader(status)
	if q.r.Method != http.MethodHead {
		_, _ = q.w.Write(html) //nolint:gosec // G705: the page is built by render.go, which escapes every value by html/template's rules (tested against it)
	}
	if cap(html) <= 64<<10 { // a page grown by a huge error message is not kept
		*buf = html
		pageBuffers.Put(buf)
	}
}
