package sampling

import (
	"math"
	"strings"

	"borgerfeedback/shared/feedback"
)

// The daily counters hold the sampling sums as integers: weights in thousandths (milli), so a sum
// of w or w² over a month's replies fits an int64 with room to spare (w ≤ 1/MinProbability).
const milli = 1000

// Counter names. A contact that reached the sampling rule adds to its outcome row: smp_elig, then
// smp_high when high-risk, or smp_m (Σ multiplier) and smp_<group>_invm (Σ 1/multiplier); and
// smp_<group>_sent when its SMS went out. A reply adds satisfied (rating 4–5) and its group's
// smp_<group>_n, _w, _wy, _w2, _w2y.
const (
	CounterSatisfied = "satisfied"
	CounterEligible  = "smp_elig"
	CounterHighRisk  = "smp_high"
	CounterMultSum   = "smp_m"
)

// Reminder counters (shared/reminder): a sent reminder adds rem_sent, a skipped one
// rem_skipped_<reason>, both to its contact's outcome row; a reply after a reminder adds
// rem_answered besides its ordinary counters. A reminder is not a new selection: it adds nothing to
// smp_<group>_sent, so the replies it brings raise the group's response rate (replies ÷ invitations).
const (
	CounterReminderSent     = "rem_sent"
	CounterReminderAnswered = "rem_answered"
	CounterReminderSkipped  = "rem_skipped_" // + reason
)

func groupCounter(group, field string) string { return "smp_" + group + "_" + field }

// IsOutcomeCounter reports whether a counter is one OutcomeCounts adds (a contact's outcome, not a
// reply): a recount of the replies must leave it alone.
func IsOutcomeCounter(name string) bool {
	switch name {
	case CounterEligible, CounterHighRisk, CounterMultSum, CounterReminderSent:
		return true
	}
	if strings.HasPrefix(name, CounterReminderSkipped) {
		return true
	}
	for _, g := range Groups {
		if name == groupCounter(g, "invm") || name == groupCounter(g, "sent") {
			return true
		}
	}
	return false
}

// Satisfied reports whether a rating counts as satisfied (4–5), the share the targets are about.
func Satisfied(rating int) bool { return rating >= 4 }

// OutcomeCounts are the sampling counters of a contact's outcome; nil s (the contact never reached
// the sampling rule) adds none.
func OutcomeCounts(s *feedback.Sample, sent bool) map[string]int64 {
	if s == nil {
		return nil
	}
	c := map[string]int64{CounterEligible: 1}
	group := groupOf(s)
	if s.HighRisk {
		c[CounterHighRisk] = 1
	} else {
		m := math.Max(1, s.Multiplier)
		c[CounterMultSum] = int64(math.Round(m * milli))
		c[groupCounter(group, "invm")] = int64(math.Round(milli / m))
	}
	if sent {
		c[groupCounter(group, "sent")] = 1
	}
	return c
}

// ReplyCounts are the counters of a reply with its rating; a reply without a sample (sent before
// sampling was recorded) counts with probability 1 in the plain group.
func ReplyCounts(s *feedback.Sample, rating int) map[string]int64 {
	p, group := 1.0, GroupPlain
	if s != nil {
		p, group = ClampProbability(s.Probability), groupOf(s)
	}
	w := 1 / p
	c := map[string]int64{groupCounter(group, "n"): 1, groupCounter(group, "w"): int64(math.Round(w * milli)), groupCounter(group, "w2"): int64(math.Round(w * w * milli))}
	if s != nil && s.Reminded {
		c[CounterReminderAnswered] = 1
	}
	if Satisfied(rating) {
		c[CounterSatisfied] = 1
		c[groupCounter(group, "wy")] = c[groupCounter(group, "w")]
		c[groupCounter(group, "w2y")] = c[groupCounter(group, "w2")]
	}
	return c
}

func groupOf(s *feedback.Sample) string {
	if s.Group == GroupSignal {
		return GroupSignal
	}
	return GroupPlain
}

// GroupsFromCounts reads the estimator's sums per response group from summed counters.
func GroupsFromCounts(c map[string]int64) map[string]GroupSums {
	out := map[string]GroupSums{}
	for _, g := range Groups {
		f := func(field string) float64 { return float64(c[groupCounter(g, field)]) }
		out[g] = GroupSums{Sent: f("sent"), Replies: f("n"), W: f("w") / milli, WY: f("wy") / milli, W2: f("w2") / milli, W2Y: f("w2y") / milli}
	}
	return out
}
