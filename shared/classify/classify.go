// Package classify turns a citizen's free-text feedback into a category, the urgent and conduct flags,
// a priority, a team, the text's language and readable reasons, with word lists first and small
// embedded models behind them (model.go): deterministic, no network, explainable, and Danish as people
// type it (with or without æ/ø/å). The stages (pipeline.go): tokens (text.go) → language (langid.go) →
// the Danish/English reading (read.go, evidence.go, lexicon.go, match.go) → the other languages' lists
// (foreign.go, foreign_lexicon.go) → decision, priority and team, with needsTranslation for a text
// staff cannot read. Redaction of CPR numbers and contact details is package redact's.
package classify

import "borgerfeedback/shared/feedback"

// Version identifies the rules; it is stored with every item so results can be recomputed when the
// rules change. Bump it on every change of behaviour.
const Version = "rules-20261207.215"

// Input is what the classifier looks at.
type Input struct {
	Text     string
	Rating   int // 1–5; 0 is unknown
	Channel  string
	District string // "" is unknown
}

// Teams for a district the item does not name.
const (
	TeamDutyUnknown = "duty-unknown"
	TeamDUPUnknown  = "dup-unknown"
)

// tieOrder decides between complaint categories with equal scores: the more specific first.
var tieOrder = []string{acc, nts, fu, rt, tech, adv}

// Classify classifies one text. It never fails: an empty or unreadable text is "other".
func Classify(in Input) feedback.Classification {
	return classify(in, loadedModels(), DefaultThresholds)
}

// inside reports a one-word category cue that lies within a longer category phrase of the opposite
// sentiment (praise versus complaint), which alone decides: "gode råd" is praise, not advice.
func inside(h hit, hits []hit) bool {
	if len(h.rule.parts) != 1 {
		return false
	}
	hc := categoryCues[h.rule.cue]
	for _, o := range hits {
		if o.rule.kind != kCategory || len(o.rule.parts) < 2 || o.start > h.start || o.end < h.end {
			continue
		}
		// or a phrase that spells out its own negation: "kunne ikke være mere tilfreds" is praise
		if oc := categoryCues[o.rule.cue]; ((oc.cat == ros) != (hc.cat == ros) || o.rule.hasNeg) && oc.w > 0 && hc.w > 0 {
			return true
		}
	}
	return false
}

// insideLongerComplaint reports a complaint cue that lies inside a longer cue of another complaint
// category, which alone speaks for those words: "ingen patrulje" (not sent) inside "stadig ingen
// patrulje kommet" (a wait), "told me to go" (advice) inside "told me to go find him myself" (a
// brush-off). The foreign lists read their cues the same way.
func insideLongerComplaint(h hit, hits []hit) bool {
	hc := categoryCues[h.rule.cue]
	if hc.w <= 0 || hc.cat == ros || hc.cat == cond || hc.cat == neu {
		return false
	}
	for _, o := range hits {
		if o.rule.kind != kCategory || o.start > h.start || o.end < h.end || o.end-o.start <= h.end-h.start {
			continue
		}
		if oc := categoryCues[o.rule.cue]; oc.w > 0 && oc.cat != hc.cat && oc.cat != ros && oc.cat != cond && oc.cat != neu {
			return true
		}
	}
	return false
}

// aboutMedicalFire decides whether the feedback is about the ambulance, medical or fire service rather
// than the police: each piece of the category's evidence votes for the nearer of the two in its
// sentence ("politiet kom hurtigt, men ambulancen var længe om det"); without such votes, or on a tie,
// the more often named wins (fallback).
func (e *evidence) aboutMedicalFire(evidenceAt, mfAt, policeAt []int, fallback bool) bool {
	mfVotes, policeVotes := 0, 0
	for _, i := range evidenceAt {
		dm, dp := e.nearest(i, mfAt), e.nearest(i, policeAt)
		switch {
		case dm < dp:
			mfVotes++
		case dp < dm:
			policeVotes++
		}
	}
	if mfVotes == policeVotes {
		return fallback
	}
	return mfVotes > policeVotes
}

// nearest is the distance in words from i to the nearest position in the same sentence.
func (e *evidence) nearest(i int, at []int) int {
	best := 1 << 30
	for _, j := range at {
		if e.toks[j].sent == e.toks[i].sent && abs(j-i) < best {
			best = abs(j - i)
		}
	}
	return best
}
