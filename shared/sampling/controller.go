package sampling

import (
	"fmt"
	"math"
	"sort"
	"time"

	"borgerfeedback/shared/feedback"
)

// ControllerConfig sets the controller; DefaultControllerConfig gives the documented defaults.
type ControllerConfig struct {
	// Target is the default half-width of the 95 % interval of a centre's monthly satisfied share
	// (0.05: ±5 percentage points); Targets overrides it per centre id.
	Target  float64
	Targets map[string]float64
	// SafetyFactor multiplies the effective replies the target needs, so the median month meets it
	// despite the forecast's error (1.15).
	SafetyFactor float64
	// SMSPriceDKK is what one SMS costs (0.45 DKK: $0.0645 per Danish SMS at 7 DKK/$, docs/cost.md).
	SMSPriceDKK float64
	// MonthlyBudgetDKK caps the month's expected SMS spend over all centres; 0 means no cap.
	MonthlyBudgetDKK float64
	// MinRate is the lowest base rate (0.01); it keeps every reply's weight bounded.
	MinRate float64
	// WindowDays is how many past days of counters forecast a centre's volume and response (28).
	WindowDays int
	Prior      Prior
}

// Prior is what the controller assumes about a centre before its counters say otherwise: its
// volumes fill the days of a new centre's first Prior.Days without counters, its response rates
// and satisfied share count as ResponseN invitations and SatisfiedN replies.
type Prior struct {
	Days          float64            // weight of the prior in days (7)
	DailyEligible map[string]float64 // contacts a day that reach the sampling rule, per centre kind
	HighRiskShare float64            // share of those that are high-risk (0.2)
	SignalShare   float64            // share of the other ones with a signal (0.02)
	MeanMult      float64            // mean risk multiplier of the non-high-risk ones (1.2)
	MeanInvMult   float64            // mean of 1/multiplier (0.85)
	Response      map[string]float64 // response rate per group (signal 0.30, plain 0.25)
	ResponseN     float64            // the prior response rate counts as this many invitations (20)
	Satisfied     float64            // satisfied share (0.5, the widest interval)
	SatisfiedN    float64            // ... counting as this many effective replies (30)
}

// DefaultControllerConfig is the documented default: ±5 points per centre, 0.45 DKK per SMS, no
// budget cap (the stack sets one per stage).
func DefaultControllerConfig() ControllerConfig {
	return ControllerConfig{
		Target: 0.05, SafetyFactor: 1.15, SMSPriceDKK: 0.45, MinRate: 0.01, WindowDays: 28,
		Prior: Prior{
			Days:          7,
			DailyEligible: map[string]float64{feedback.CentreAlarm: 80, feedback.CentreService: 200, feedback.CentreDuty: 40},
			HighRiskShare: 0.2, SignalShare: 0.02, MeanMult: 1.2, MeanInvMult: 0.85,
			Response:  map[string]float64{GroupSignal: 0.30, GroupPlain: 0.25},
			ResponseN: 20, Satisfied: 0.5, SatisfiedN: 30,
		},
	}
}

// Validate checks a configuration at start-up.
func (c ControllerConfig) Validate() error {
	switch {
	case !(c.Target > 0 && c.Target < 0.5):
		return fmt.Errorf("sampling target %v: want a half-width between 0 and 0.5", c.Target)
	case !(c.SMSPriceDKK > 0):
		return fmt.Errorf("SMS price %v DKK: want a positive number", c.SMSPriceDKK)
	case c.MonthlyBudgetDKK < 0 || math.IsNaN(c.MonthlyBudgetDKK):
		return fmt.Errorf("SMS budget %v DKK: want 0 (no cap) or a positive number", c.MonthlyBudgetDKK)
	case !(c.MinRate >= MinProbability && c.MinRate <= 1):
		return fmt.Errorf("minimum rate %v: want between %v and 1", c.MinRate, MinProbability)
	}
	for id, t := range c.Targets {
		if !(t > 0 && t < 0.5) {
			return fmt.Errorf("sampling target %v for centre %s: want a half-width between 0 and 0.5", t, id)
		}
	}
	return nil
}

// CentreCounts are a centre's counters summed over the forecast window and over the month so far.
type CentreCounts struct {
	Centre     feedback.Centre
	Window     map[string]int64 // the last WindowDays days (fewer for a centre seen only lately)
	WindowDays float64          // days the window covers for this centre
	Month      map[string]int64 // the calendar month so far
}

// Plan is the controller's decision for a centre for the rest of the month, with what ops see.
type Plan struct {
	Centre          feedback.Centre `json:"centre"`
	Target          float64         `json:"target"`          // half-width aimed at
	Rate            float64         `json:"rate"`            // base rate of a contact without signals
	ExpectedSMS     float64         `json:"expectedSms"`     // this month: sent so far + forecast
	ExpectedDKK     float64         `json:"expectedDkk"`     // ExpectedSMS × price
	ProjectedMargin float64         `json:"projectedMargin"` // half-width expected at month end
	Achieved        *Share          `json:"achieved,omitempty"`
	BudgetLimited   bool            `json:"budgetLimited,omitempty"` // the budget held the rate below what the target needs
	// OverBudget: high-risk contacts (always asked) and the minimum rate alone cost more than the
	// budget; the rate is at its minimum and the month will overspend unless the budget is raised.
	OverBudget bool `json:"overBudget,omitempty"`
	FromPrior  bool `json:"fromPrior,omitempty"` // under a week of its own counters
}

// Collect sums counter rows per centre: the window of days before now (inclusive of today) and the
// month of now so far. rows must cover at least both.
func Collect(rows []feedback.CounterRow, now time.Time, windowDays int) []CentreCounts {
	today := day(now)
	windowFrom := today.AddDate(0, 0, -(windowDays - 1))
	monthFrom := time.Date(today.Year(), today.Month(), 1, 0, 0, 0, 0, time.UTC)
	byID := map[string]*CentreCounts{}
	first := map[string]time.Time{}
	for _, r := range rows {
		d := day(r.Day)
		if d.After(today) {
			continue
		}
		cc := byID[r.Centre]
		if cc == nil {
			cc = &CentreCounts{Centre: feedback.Centre{ID: r.Centre, Kind: r.CentreKind, District: r.District}, Window: map[string]int64{}, Month: map[string]int64{}}
			byID[r.Centre] = cc
		}
		if !d.Before(windowFrom) {
			if f, ok := first[r.Centre]; !ok || d.Before(f) {
				first[r.Centre] = d
			}
			addCounts(cc.Window, r.Counts)
		}
		if !d.Before(monthFrom) {
			addCounts(cc.Month, r.Counts)
		}
	}
	out := make([]CentreCounts, 0, len(byID))
	for id, cc := range byID {
		if f, ok := first[id]; ok {
			cc.WindowDays = today.Sub(f).Hours()/24 + 1
		}
		out = append(out, *cc)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Centre.ID < out[j].Centre.ID })
	return out
}

func addCounts(dst, src map[string]int64) {
	for k, v := range src {
		dst[k] += v
	}
}

func day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// forecast is a centre's expected day, blended from the prior and its window.
type forecast struct {
	eligible, high, nonHigh, multSum float64
	invMult, response                map[string]float64
}

func (c ControllerConfig) forecast(cc CentreCounts) forecast {
	p := c.Prior
	pe := p.DailyEligible[cc.Centre.Kind]
	if pe == 0 {
		pe = p.DailyEligible[feedback.CentreDuty]
	}
	w := cc.Window
	// The prior fills the days of the first week a centre has no counters for; from then on the
	// centre's own volume counts alone (centres differ by 50 times in size, no prior fits them all).
	priorDays := math.Max(0, p.Days-cc.WindowDays)
	days := priorDays + cc.WindowDays
	blend := func(prior float64, observed int64, scale float64) float64 {
		return (prior*priorDays + float64(observed)/scale) / days
	}
	f := forecast{invMult: map[string]float64{}, response: map[string]float64{}}
	f.eligible = blend(pe, w[CounterEligible], 1)
	f.high = blend(pe*p.HighRiskShare, w[CounterHighRisk], 1)
	f.nonHigh = math.Max(0, f.eligible-f.high)
	f.multSum = blend(pe*(1-p.HighRiskShare)*p.MeanMult, w[CounterMultSum], milli)
	share := map[string]float64{GroupSignal: p.SignalShare, GroupPlain: 1 - p.SignalShare}
	groups := GroupsFromCounts(w)
	for _, g := range Groups {
		f.invMult[g] = blend(pe*(1-p.HighRiskShare)*share[g]*p.MeanInvMult, w[groupCounter(g, "invm")], milli)
		f.response[g] = (p.Response[g]*p.ResponseN + groups[g].Replies) / (p.ResponseN + groups[g].Sent)
		f.response[g] = math.Min(1, math.Max(0.01, f.response[g]))
	}
	return f
}

// Plan sets each centre's base rate for the rest of the month (day dayOfMonth of daysInMonth,
// counted from 1): the lowest rate whose forecast effective replies, with those of the month so far,
// reach what the centre's target needs; then, when a budget is set and the month's expected SMS
// spend over all centres exceeds it, every centre's invitations to contacts without high risk are
// cut by the same factor (high-risk contacts are always asked, so their SMS count first), never
// below MinRate: when the high-risk contacts and the minimum rate alone exceed the budget, the
// plans say OverBudget.
func (c ControllerConfig) Plan(centres []CentreCounts, dayOfMonth, daysInMonth int) []Plan {
	remaining := float64(max(1, daysInMonth-dayOfMonth+1))
	plans := make([]Plan, len(centres))
	ordinary := make([]float64, len(centres)) // forecast SMS to non-high-risk contacts, rest of month
	fixed := 0.0                              // SMS sent so far and forecast to high-risk contacts
	fs := make([]forecast, len(centres))
	type precision struct{ total, b, highVar, q, sat float64 }
	prec := make([]precision, len(centres))
	for i, cc := range centres {
		f := c.forecast(cc)
		fs[i] = f
		target := c.Target
		if t, ok := c.Targets[cc.Centre.ID]; ok {
			target = t
		}
		month := GroupsFromCounts(cc.Month)
		achieved, ok := Estimate(month, GroupsFromCounts(cc.Window))
		sat, satN := c.Prior.Satisfied, c.Prior.SatisfiedN
		if ok {
			sat = (sat*satN + achieved.Estimate*achieved.NEff) / (satN + achieved.NEff)
		}
		needed := c.SafetyFactor * Z95 * Z95 * sat * (1 - sat) / (target * target)
		// Month so far, with the same response-adjusted weights as the estimate.
		var a, b float64
		for _, g := range Groups {
			r := f.response[g]
			a += month[g].W / r
			b += month[g].W2 / (r * r)
		}
		highVar := remaining * f.high / f.response[GroupSignal]
		q := f.invMult[GroupSignal]/f.response[GroupSignal] + f.invMult[GroupPlain]/f.response[GroupPlain]
		d := (a+remaining*f.eligible)*(a+remaining*f.eligible)/needed - b - highVar
		rate := 1.0
		if q <= 0 {
			rate = c.MinRate
		} else if d > 0 {
			rate = math.Min(1, math.Max(c.MinRate, remaining*q/d))
		}
		// Reminders spend from the same budget: the month's so far, and the window's share of
		// reminders per invitation for the rest of it.
		sentSoFar := float64(cc.Month[CounterReminderSent])
		for _, g := range Groups {
			sentSoFar += month[g].Sent
		}
		reminders := remaining * float64(cc.Window[CounterReminderSent]) / math.Max(1, cc.WindowDays)
		ordinary[i] = remaining * math.Min(rate*f.multSum, f.nonHigh)
		fixed += sentSoFar + remaining*f.high + reminders
		plans[i] = Plan{Centre: cc.Centre, Target: target, Rate: rate, FromPrior: cc.WindowDays < c.Prior.Days}
		if ok {
			s := achieved
			plans[i].Achieved = &s
		}
		plans[i].ExpectedSMS = sentSoFar + remaining*f.high + reminders + ordinary[i]
		prec[i] = precision{total: a + remaining*f.eligible, b: b, highVar: highVar, q: remaining * q, sat: sat}
	}
	if c.MonthlyBudgetDKK > 0 {
		sum := 0.0
		for _, o := range ordinary {
			sum += o
		}
		avail := math.Max(0, c.MonthlyBudgetDKK/c.SMSPriceDKK-fixed)
		floor := 0.0
		for i := range plans {
			floor += remaining * math.Min(c.MinRate*fs[i].multSum, fs[i].nonHigh)
		}
		if sum > avail {
			// The same cut for every centre, found by bisection because a centre stops at MinRate.
			rateAt := func(i int, factor float64) float64 {
				f := fs[i]
				if f.multSum <= 0 {
					return plans[i].Rate
				}
				return math.Max(c.MinRate, math.Min(plans[i].Rate, factor*ordinary[i]/remaining/f.multSum))
			}
			spendAt := func(factor float64) float64 {
				t := 0.0
				for i := range plans {
					t += remaining * math.Min(rateAt(i, factor)*fs[i].multSum, fs[i].nonHigh)
				}
				return t
			}
			lo, hi := 0.0, avail/sum
			for range 60 {
				if mid := (lo + hi) / 2; spendAt(mid) > avail {
					hi = mid
				} else {
					lo = mid
				}
			}
			for i := range plans {
				rate := rateAt(i, lo)
				plans[i].ExpectedSMS += remaining*math.Min(rate*fs[i].multSum, fs[i].nonHigh) - ordinary[i]
				plans[i].Rate = rate
				plans[i].BudgetLimited = true
				plans[i].OverBudget = floor > avail
			}
		}
	}
	for i := range plans {
		p := prec[i]
		plans[i].ExpectedDKK = plans[i].ExpectedSMS * c.SMSPriceDKK
		plans[i].ProjectedMargin = WilsonHalfWidth(p.sat, p.total*p.total/(p.b+p.highVar+p.q/plans[i].Rate))
	}
	return plans
}
