package triage

// The safety list seen from the console: national staff lift an entry with a written reason, and
// see who lifted which entries. Staff never see a phone number or its hash: they address an entry
// by typing the caller's number, which is hashed here with the key invite uses and then forgotten
// (never stored, logged or sent back).

import (
	"context"
	"net/http"
	"strings"
	"unicode/utf8"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
)

// Limits of a lift request.
const (
	minLiftReason = 10
	maxLiftReason = 1000
	maxLiftPhone  = 40 // characters as typed, spaces and dashes included
)

// LiftRequest is the body of POST /api/safety-list/lifts.
type LiftRequest struct {
	Phone  string `json:"phone"`
	Reason string `json:"reason"`
}

// Lifts is GET /api/safety-list/lifts: the latest lifts, newest first.
type Lifts struct {
	Lifts []feedback.SafetyLift `json:"lifts"`
}

// ValidateLift checks a lift request and returns the normalised number.
func ValidateLift(b LiftRequest) (string, error) {
	var fields []feedback.FieldError
	phone := invite.NormalisePhone(b.Phone)
	if digits := strings.TrimPrefix(phone, "+"); len(b.Phone) > maxLiftPhone || !strings.HasPrefix(phone, "+") || len(digits) < 6 || len(digits) > 15 {
		fields = append(fields, feedback.FieldError{Field: "phone", Message: "write the caller's phone number, e.g. +45 20 30 40 50 or 20304050"})
	}
	reason := strings.TrimSpace(b.Reason)
	switch n := utf8.RuneCountInString(reason); {
	case n < minLiftReason:
		fields = append(fields, feedback.FieldError{Field: "reason", Message: "write why the entry is lifted (at least 10 characters); it is kept in the audit record"})
	case n > maxLiftReason:
		fields = append(fields, feedback.FieldError{Field: "reason", Message: "at most 1000 characters"})
	}
	if len(fields) > 0 {
		return "", &feedback.ValidationError{Fields: fields}
	}
	return phone, nil
}

// liftSafetyEntry is POST /api/safety-list/lifts: national staff only. 201 with the audit record;
// 404 when the number has no active entry; 409 when a new contact listed it again meanwhile.
func (h *handler) liftSafetyEntry(w http.ResponseWriter, r *http.Request, p Principal) {
	if !p.CanLiftSafetyList() {
		h.forbidden(w, r, p, "only the national unit lifts safety-list entries", "")
		return
	}
	var b LiftRequest
	if err := decodeBody(r, &b); err != nil {
		h.fail(w, r, err)
		return
	}
	phone, err := ValidateLift(b)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	lift := feedback.SafetyLift{LiftedAt: h.cfg.Now().UTC(), LiftedBy: p.Username, LiftedBySub: p.Subject, Reason: strings.TrimSpace(b.Reason)}
	if !h.liftByNumber(w, r, phone, "that number has no safety-list entry in force (never listed, run out or lifted already)", func(ctx context.Context, hash string) (err error) { //nolint:contextcheck // the context travels in the request (r), which liftByNumber passes to each lift
		lift, err = h.store.LiftSafetyEntry(ctx, hash, lift)
		return err
	}) {
		return
	}
	// The log names the staff member and the class, never the number or its hash.
	h.log.InfoContext(r.Context(), "safety-list entry lifted", "sub", p.Subject, "class", lift.Class)
	writeJSON(w, http.StatusCreated, lift)
}

// safetyLifts is GET /api/safety-list/lifts: national staff only.
func (h *handler) safetyLifts(w http.ResponseWriter, r *http.Request, p Principal) {
	if !p.CanLiftSafetyList() {
		h.forbidden(w, r, p, "only the national unit sees safety-list lifts", "")
		return
	}
	lifts, err := h.store.SafetyLifts(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if lifts == nil {
		lifts = []feedback.SafetyLift{}
	}
	writeJSON(w, http.StatusOK, Lifts{Lifts: lifts})
}
