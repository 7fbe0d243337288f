package form

// The citizen's rights from the link (issue 12): POST /f/{token}/stop puts the number the link was
// sent to on the opt-out list, for the link's whole lifetime, used or not; POST /f/{token}/withdraw
// takes a submitted reply back within the withdrawal window. Both take an empty form-encoded body
// (or just lang), answer a plain page, or JSON with Accept: application/json.

import (
	"errors"
	"net/http"
	"strconv"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/httpapi"
)

// offerRights puts on p the actions the link still offers: stopping SMS while it has not expired,
// withdrawing the reply while the window after submitting is open. The actions are relative to
// /f/{token}, where the pages that offer them are served.
func (h *handler) offerRights(p *page, token string, inv feedback.Invitation) {
	now := h.now()
	if now.Before(inv.ExpiresAt) && inv.PhoneHash != "" {
		p.StopAction = token + "/stop?lang=" + p.Lang
	}
	if inv.UsedAt != nil && feedback.WithdrawalOpen(*inv.UsedAt, now, h.cfg.WithdrawalWindow) {
		p.WithdrawAction = token + "/withdraw?lang=" + p.Lang
		p.WithdrawDays = strconv.Itoa(int(h.cfg.WithdrawalWindow.Hours() / 24))
	}
}

// readRightsBody reads the body of stop and withdraw: form-encoded, at most MaxBodyBytes, no field
// but lang. When it returns false the answer has been written.
func (h *handler) readRightsBody(q *request, in Input, perr error) bool {
	switch {
	case errors.Is(perr, errUnsupportedType):
		h.fail(q, http.StatusUnsupportedMediaType, "bad")
	case httpapi.StatusOf(perr) == http.StatusRequestEntityTooLarge:
		h.fail(q, http.StatusRequestEntityTooLarge, "toolarge")
	case perr != nil || in != (Input{Lang: in.Lang}):
		h.fail(q, http.StatusBadRequest, "bad")
	default:
		return true
	}
	return false
}

func (h *handler) stop(w http.ResponseWriter, r *http.Request) {
	token := r.PathValue("token")
	in, perr := h.readBody(w, r)
	q := h.begin(w, r, in.Lang)
	inv, ok := h.lookup(q, token, true) //nolint:contextcheck // the context travels in the request (q.r), which every store call uses
	if !ok || !h.readRightsBody(q, in, perr) {
		return
	}
	now := h.now()
	if !now.Before(inv.ExpiresAt) || inv.PhoneHash == "" {
		h.fail(q, http.StatusGone, "stopexpired")
		return
	}
	hash := feedback.HashToken(token)
	if err := h.invitations.OptOut(r.Context(), inv.PhoneHash, now); err != nil {
		h.log.ErrorContext(r.Context(), "opt-out failed", "tokenHash", hash[:8], "error", err.Error())
		h.fail(q, http.StatusServiceUnavailable, "down")
		return
	}
	h.log.InfoContext(r.Context(), "number opted out from its link", "tokenHash", hash[:8])
	if q.json {
		writeJSON(w, http.StatusOK, map[string]bool{"optedOut": true})
		return
	}
	p := h.page(q, "error", "stop_title")
	p.Message = translate(q.lang, "stop_text")
	h.render(q, http.StatusOK, p)
}

func (h *handler) withdraw(w http.ResponseWriter, r *http.Request) {
	token := r.PathValue("token")
	in, perr := h.readBody(w, r)
	q := h.begin(w, r, in.Lang)
	inv, ok := h.lookup(q, token, true) //nolint:contextcheck // the context travels in the request (q.r), which every store call uses
	if !ok || !h.readRightsBody(q, in, perr) {
		return
	}
	now := h.now()
	switch {
	case inv.UsedAt == nil:
		h.fail(q, http.StatusConflict, "withdrawnone")
		return
	case !feedback.WithdrawalOpen(*inv.UsedAt, now, h.cfg.WithdrawalWindow):
		h.fail(q, http.StatusGone, "withdrawlate")
		return
	}
	switch err := h.invitations.Withdraw(r.Context(), inv.Reference, now.UTC()); {
	case errors.Is(err, feedback.ErrGone):
		h.fail(q, http.StatusGone, "withdrawagain")
		return
	case errors.Is(err, feedback.ErrNotFound):
		h.fail(q, http.StatusNotFound, "notfound")
		return
	case err != nil:
		h.log.ErrorContext(r.Context(), "withdrawal failed", "reference", inv.Reference, "error", err.Error())
		h.fail(q, http.StatusServiceUnavailable, "down")
		return
	}
	h.log.InfoContext(r.Context(), "reply withdrawn by the citizen", "reference", inv.Reference)
	if q.json {
		writeJSON(w, http.StatusOK, map[string]any{"reference": inv.Reference, "withdrawn": true})
		return
	}
	p := h.page(q, "error", "withdrawn_title")
	p.Message = translate(q.lang, "withdrawn_text")
	h.render(q, http.StatusOK, p)
}
