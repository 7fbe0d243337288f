package triage

// The way back from an opt-out: a citizen who stopped feedback SMS from a link can ask to get them
// again. National staff record that explicit consent (how and when it was given) with the number;
// the opt-out is lifted and the lift audited. It works like the safety-list lift (safety.go): the
// number typed is hashed with invite's key and forgotten, never stored, logged or sent back.

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
)

// OptOutLiftRequest is the body of POST /api/opt-outs/lifts.
type OptOutLiftRequest struct {
	Phone   string `json:"phone"`
	Consent string `json:"consent"` // how and when the citizen asked, explicitly, to get SMS again
}

// OptOutLifts is GET /api/opt-outs/lifts: the latest lifts, newest first.
type OptOutLifts struct {
	Lifts []feedback.OptOutLift `json:"lifts"`
}

// liftOptOut is POST /api/opt-outs/lifts: national staff only. 201 with the audit record; 404 when
// the number is not opted out; 409 when the opt-out changed meanwhile.
func (h *handler) liftOptOut(w http.ResponseWriter, r *http.Request, p Principal) {
	if !p.CanLiftSafetyList() {
		h.forbidden(w, r, p, "only the national unit lifts opt-outs", "")
		return
	}
	var b OptOutLiftRequest
	if err := decodeBody(r, &b); err != nil {
		h.fail(w, r, err)
		return
	}
	phone, err := ValidateLift(LiftRequest{Phone: b.Phone, Reason: b.Consent})
	var ve *feedback.ValidationError
	if errors.As(err, &ve) {
		for i, f := range ve.Fields {
			if f.Field == "reason" {
				ve.Fields[i] = feedback.FieldError{Field: "consent", Message: "write how and when the citizen asked to get SMS again (10–1000 characters); it is kept in the audit record"}
			}
		}
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	lift := feedback.OptOutLift{LiftedAt: h.cfg.Now().UTC(), LiftedBy: p.Username, LiftedBySub: p.Subject, Consent: strings.TrimSpace(b.Consent)}
	if !h.liftByNumber(w, r, phone, "that number has not opted out (or the opt-out was lifted already)", func(ctx context.Context, hash string) (err error) { //nolint:contextcheck // the context travels in the request (r), which liftByNumber passes to each lift
		lift, err = h.store.LiftOptOut(ctx, hash, lift)
		return err
	}) {
		return
	}
	h.log.InfoContext(r.Context(), "opt-out lifted with the citizen's consent", "sub", p.Subject)
	writeJSON(w, http.StatusCreated, lift)
}

// liftByNumber runs a lift (safety-list entry or opt-out) on the keyed hashes of the number staff
// typed: under the current phone-hash key and under each previous one (after a rotation, an entry
// may still be stored under an old key, where invite would find it and move it back). The lift is
// made under every key that has something to lift, each with its audit record; a number with
// nothing to lift under any key is a 404 saying so (notFound). Any failure is answered here, and
// the result says whether a lift was made. A contact moving the entry to the current key in the same
// moment (invite, Store.MigratePhone) can put the copy back after this lift: the safe side; a second
// lift removes it.
func (h *handler) liftByNumber(w http.ResponseWriter, r *http.Request, phone, notFound string, lift func(ctx context.Context, hash string) error) bool {
	hashes, err := h.typedPhoneHashes(r, phone)
	if err != nil {
		h.fail(w, r, err)
		return false
	}
	lifted := false
	// The previous keys' hashes first and the current key's last: lift keeps the record of its last
	// success, which is then the current key's when it had an entry.
	for _, hash := range slices.Backward(hashes) {
		switch err := lift(r.Context(), hash); {
		case errors.Is(err, feedback.ErrNotFound):
		case err != nil:
			// A lift made under another key stays, with its audit record; trying again lifts the rest.
			h.fail(w, r, err)
			return false
		default:
			lifted = true
		}
	}
	if !lifted {
		h.fail(w, r, fmt.Errorf("%s: %w", notFound, feedback.ErrNotFound))
		return false
	}
	return true
}

// typedPhoneHashes are the keyed hashes of a number staff typed (safety-list and opt-out lifts),
// under the current key first, then each previous key: the keys invite screens with. The number
// itself is never kept.
func (h *handler) typedPhoneHashes(r *http.Request, phone string) ([]string, error) {
	keys := invite.PhoneKeys{Current: h.cfg.PhoneKey, Previous: h.cfg.PreviousPhoneKeys}
	if h.cfg.LoadPhoneKey != nil {
		var err error
		if keys, err = h.cfg.LoadPhoneKey(r.Context()); err != nil {
			return nil, fmt.Errorf("phone-hash key: %w", err)
		}
	}
	if len(keys.Current) < 16 {
		return nil, errors.New("triage has no phone-hash key: lifting safety-list entries and opt-outs is not configured")
	}
	return append([]string{keys.Hash(phone)}, keys.PreviousHashes(phone)...), nil
}

// optOutLifts is GET /api/opt-outs/lifts: national staff only.
func (h *handler) optOutLifts(w http.ResponseWriter, r *http.Request, p Principal) {
	if !p.CanLiftSafetyList() {
		h.forbidden(w, r, p, "only the national unit sees opt-out lifts", "")
		return
	}
	lifts, err := h.store.OptOutLifts(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if lifts == nil {
		lifts = []feedback.OptOutLift{}
	}
	writeJSON(w, http.StatusOK, OptOutLifts{Lifts: lifts})
}
