// Package sampling decides how likely each contact is to be asked for feedback (risk-weighted,
// per-centre rates set by a controller under an SMS budget) and estimates shares from the replies
// with inverse-probability weights. Everything here is pure: no clock, no I/O.
package sampling

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"

	"borgerfeedback/shared/feedback"
)

// Response groups: replies are weighted within the group a contact's signals put it in, because a
// caller whose call went badly answers at a different rate than one whose call went well.
const (
	GroupSignal = "signal" // long wait, abandoned, transferred, callback or repeat caller
	GroupPlain  = "plain"
)

// Groups lists the response groups.
var Groups = []string{GroupSignal, GroupPlain}

// MinProbability bounds every probability from below, so no reply weighs more than 1/MinProbability.
const MinProbability = 0.001

// Weights are the risk weights: a contact's base rate is multiplied by the weight of each signal it
// carries, and a contact whose product reaches HighRiskAt (2) is always asked. The defaults and why:
//
//   - LongWait ×3 at LongWaitSeconds 180 s: three minutes in the queue is where complaints about
//     waiting start (response_time is the commonest complaint category);
//   - Abandoned ×4: a caller who hung up in the queue got no help at all;
//   - Transferred ×2 and Callback ×2: being sent on or rung back is where advice and follow-up
//     complaints come from;
//   - RepeatCaller ×3: calling the same centre again within 24 h says the first call did not solve it;
//   - Emergency112 ×1.5: a 112 call is about an emergency, where a bad experience costs most.
//
// With HighRiskAt 2 every contact with a bad-experience signal is asked (the learning question:
// every bad experience heard), and a 112 call without one is asked 1.5 times as often as a 114
// call; the weights still rank contacts if HighRiskAt is raised to save SMS.
type Weights struct {
	LongWaitSeconds float64
	LongWait        float64
	Abandoned       float64
	Transferred     float64
	Callback        float64
	RepeatCaller    float64
	Emergency112    float64
	HighRiskAt      float64
}

// DefaultWeights are the documented defaults (see Weights).
func DefaultWeights() Weights {
	return Weights{LongWaitSeconds: 180, LongWait: 3, Abandoned: 4, Transferred: 2, Callback: 2, RepeatCaller: 3, Emergency112: 1.5, HighRiskAt: 2}
}

// Validate checks configured weights: every weight at least 1 (a signal never lowers the chance of
// being asked) and finite.
func (w Weights) Validate() error {
	for name, v := range map[string]float64{"long wait": w.LongWait, "abandoned": w.Abandoned, "transferred": w.Transferred,
		"callback": w.Callback, "repeat caller": w.RepeatCaller, "112": w.Emergency112, "high-risk threshold": w.HighRiskAt} {
		if !(v >= 1) || math.IsInf(v, 0) {
			return fmt.Errorf("risk weight %s = %v: want a finite number ≥ 1", name, v)
		}
	}
	if !(w.LongWaitSeconds > 0) || math.IsInf(w.LongWaitSeconds, 0) {
		return fmt.Errorf("long-wait threshold %v s: want a positive number of seconds", w.LongWaitSeconds)
	}
	return nil
}

// Decide returns the sampling decision of a contact at the centre's base rate: the probability is
// 1 for a high-risk contact, otherwise base rate × the contact's risk multiplier, within
// [MinProbability, 1]. Safety suppressions are applied before and always win; this only decides
// among contacts that may be asked.
func Decide(c feedback.Contact, baseRate float64, w Weights) feedback.Sample {
	mult, signal := 1.0, false
	if c.WaitSeconds != nil && *c.WaitSeconds >= w.LongWaitSeconds {
		mult, signal = mult*w.LongWait, true
	}
	switch c.CallOutcome {
	case feedback.OutcomeAbandoned:
		mult, signal = mult*w.Abandoned, true
	case feedback.OutcomeTransferred:
		mult, signal = mult*w.Transferred, true
	case feedback.OutcomeCallback:
		mult, signal = mult*w.Callback, true
	}
	if c.RepeatCaller != nil && *c.RepeatCaller {
		mult, signal = mult*w.RepeatCaller, true
	}
	if c.Channel == feedback.Channel112 {
		mult *= w.Emergency112
	}
	s := feedback.Sample{Multiplier: mult, Group: GroupPlain}
	if signal {
		s.Group = GroupSignal
	}
	if mult >= w.HighRiskAt {
		s.HighRisk, s.Probability = true, 1
		return s
	}
	s.Probability = ClampProbability(ClampProbability(baseRate) * mult)
	return s
}

// ClampProbability puts p into [MinProbability, 1] (NaN becomes 1: ask rather than lose the contact).
func ClampProbability(p float64) float64 {
	switch {
	case math.IsNaN(p) || p >= 1:
		return 1
	case p < MinProbability:
		return MinProbability
	}
	return p
}

// Draw decides deterministically from the contact id whether a contact with probability p is
// asked, so a redelivered event gets the same answer. The same id is asked at every p above its
// fixed uniform draw, so raising a rate only adds contacts.
func Draw(contactID string, p float64) bool {
	if p >= 1 {
		return true
	}
	return Uniform(contactID) < p
}

// Uniform is the contact's fixed draw in [0, 1).
func Uniform(contactID string) float64 {
	sum := sha256.Sum256([]byte("sample:" + contactID))
	return float64(binary.BigEndian.Uint32(sum[:4])) / float64(1<<32)
}
