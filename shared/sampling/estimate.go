package sampling

import (
	"math"
)

// Z95 is the normal quantile of a two-sided 95 % interval.
const Z95 = 1.959963984540054

// GroupSums are the sums over the replies of one response group that the estimator needs, with
// w = 1/probability of each reply and y = 1 for a satisfied reply (rating 4–5): they add up across
// days, centres and districts, so the daily counters can hold them.
type GroupSums struct {
	Sent    float64 // invitations sent to the group (the denominator of its response rate)
	Replies float64
	W       float64 // Σ w
	WY      float64 // Σ w·y
	W2      float64 // Σ w²
	W2Y     float64 // Σ w²·y
}

// Add returns the sum of two group sums.
func (g GroupSums) Add(o GroupSums) GroupSums {
	return GroupSums{g.Sent + o.Sent, g.Replies + o.Replies, g.W + o.W, g.WY + o.WY, g.W2 + o.W2, g.W2Y + o.W2Y}
}

// AddReply adds one reply with inclusion probability p (of being invited) and outcome y.
func (g GroupSums) AddReply(p float64, satisfied bool) GroupSums {
	w := 1 / ClampProbability(p)
	g.Replies++
	g.W += w
	g.W2 += w * w
	if satisfied {
		g.WY += w
		g.W2Y += w * w
	}
	return g
}

// ResponseRate is the group's observed response rate, or ok=false when it cannot be estimated
// (nothing sent, or no reply).
func (g GroupSums) ResponseRate() (float64, bool) {
	if g.Sent <= 0 || g.Replies <= 0 {
		return 0, false
	}
	return math.Min(1, g.Replies/g.Sent), true
}

// Share is a weighted estimate of a share (here: satisfied replies) with its 95 % interval.
type Share struct {
	Estimate  float64    `json:"estimate"`  // Hájek estimate
	CI95      [2]float64 `json:"ci95"`      // Wilson interval at the effective sample size
	HalfWidth float64    `json:"halfWidth"` // half the interval's width: the achieved margin
	Replies   float64    `json:"replies"`   // replies it rests on (unweighted)
	NEff      float64    `json:"nEff"`      // Kish effective sample size (Σw)²/Σw²
}

// Estimate is the Hájek estimate of the satisfied share from the replies of each response group.
// Each reply weighs 1/(p·r): p its probability of being invited, r its group's response rate
// (observed, from the same slice; 1 when it cannot be estimated, e.g. in a slice without sent
// counts, or when fallback gives none either). fallback holds the groups' sums of a wider slice whose
// response rates are used when the slice's own cannot be estimated (pass nil for none).
//
// The interval is Wilson's score interval at the Kish effective sample size n_eff = (ΣW)²/ΣW², so
// unequal weights widen it; ok is false without replies.
func Estimate(groups map[string]GroupSums, fallback map[string]GroupSums) (Share, bool) {
	var sw, swy, sw2, replies float64
	for name, g := range groups {
		if g.Replies <= 0 || g.W <= 0 {
			continue
		}
		r, ok := g.ResponseRate()
		if !ok {
			r, ok = fallback[name].ResponseRate()
		}
		if !ok {
			r = 1
		}
		sw += g.W / r
		swy += g.WY / r
		sw2 += g.W2 / (r * r)
		replies += g.Replies
	}
	if sw <= 0 {
		return Share{}, false
	}
	p := math.Min(1, math.Max(0, swy/sw))
	neff := sw * sw / sw2
	lo, hi := Wilson(p, neff, Z95)
	lo, hi = math.Min(lo, p), math.Max(hi, p) // rounding at 0 and 1
	return Share{Estimate: p, CI95: [2]float64{lo, hi}, HalfWidth: (hi - lo) / 2, Replies: replies, NEff: neff}, true
}

// Wilson is the Wilson score interval of a share p observed on n (possibly effective) replies.
func Wilson(p, n, z float64) (lo, hi float64) {
	if n <= 0 {
		return 0, 1
	}
	z2 := z * z
	centre := (p + z2/(2*n)) / (1 + z2/n)
	half := z / (1 + z2/n) * math.Sqrt(p*(1-p)/n+z2/(4*n*n))
	return math.Max(0, centre-half), math.Min(1, centre+half)
}

// WilsonHalfWidth is half the width of the Wilson interval.
func WilsonHalfWidth(p, n float64) float64 {
	lo, hi := Wilson(p, n, Z95)
	return (hi - lo) / 2
}
