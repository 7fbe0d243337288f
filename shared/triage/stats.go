package triage

import (
	"math"
	"sort"
	"strings"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/sampling"
)

// Stats is the answer of GET /api/stats: the daily counters over a range of days, summed per
// day and per value of each dimension.
type Stats struct {
	From     string             `json:"from"` // first day, YYYY-MM-DD (UTC)
	To       string             `json:"to"`   // last day
	CIMethod string             `json:"ciMethod"`
	Total    Summary            `json:"total"`
	ByDay    []DaySummary       `json:"byDay"`
	ByDim    map[string][]Keyed `json:"byDimension"` // channel, centreKind, centre, district, category
	Suppress []string           `json:"suppressionReasons"`
	// SatisfiedMethod says how the weighted satisfied shares are estimated.
	SatisfiedMethod string `json:"satisfiedMethod"`
	// Sampling is the controller's plan per centre for the current month (rate, expected SMS spend,
	// achieved precision); absent when the handler has no sampling configuration.
	Sampling *SamplingView `json:"sampling,omitempty"`
}

// SamplingView is what ops see of the sampling controller.
type SamplingView struct {
	Mode        string          `json:"mode"` // "adaptive", or the fixed base rate invite uses
	Month       string          `json:"month"`
	BudgetDKK   float64         `json:"budgetDkk"` // 0: no cap
	ExpectedDKK float64         `json:"expectedDkk"`
	Centres     []sampling.Plan `json:"centres"`
}

// SatisfiedMethod is how Summary.Satisfied is computed.
const SatisfiedMethod = "Hájek estimate of the share of ratings 4–5: each reply weighs 1/(p·r), p its invitation probability, r its response group's observed response rate (signal or plain); 95 % Wilson interval at the Kish effective sample size (Σw)²/Σw²"

// Satisfied is the weighted satisfied share of a slice with the unweighted counts beside it.
type Satisfied struct {
	sampling.Share
	SatisfiedReplies int64   `json:"satisfiedReplies"` // unweighted: replies rated 4–5
	UnweightedShare  float64 `json:"unweightedShare"`
	// Target and WiderThanTarget are set on a centre: its interval's half-width is above the target.
	Target          float64 `json:"target,omitempty"`
	WiderThanTarget bool    `json:"widerThanTarget,omitempty"`
}

// Summary is what the counters say about one slice of replies and invitations.
type Summary struct {
	Count        int64            `json:"count"`                // replies
	MeanRating   *float64         `json:"meanRating,omitempty"` // absent without replies
	CI95         *[2]float64      `json:"ci95,omitempty"`       // 95 % interval of the mean; absent below 2 replies
	Urgent       int64            `json:"urgent"`
	Conduct      int64            `json:"conduct"`
	UrgentShare  float64          `json:"urgentShare"`
	ConductShare float64          `json:"conductShare"`
	Categories   map[string]int64 `json:"categories"`
	Invitations  Invitations      `json:"invitations"`
	Satisfied    *Satisfied       `json:"satisfied,omitempty"` // weighted; absent without replies
}

// Invitations are the outcomes of the invitations sent after contacts.
type Invitations struct {
	Sent       int64            `json:"sent"`
	Suppressed map[string]int64 `json:"suppressed"` // by reason
	Answered   int64            `json:"answered"`
	// Reminders: the one reminder per unanswered invitation (shared/reminder); absent when none
	// was sent or skipped in the slice.
	Reminders *Reminders `json:"reminders,omitempty"`
}

// Reminders are the reminder outcomes and the replies before and after a reminder.
type Reminders struct {
	Sent    int64            `json:"sent"`
	Skipped map[string]int64 `json:"skipped"` // by reason (reminder.Reasons)
	// AnsweredAfter are replies to invitations whose reminder had gone out; AnsweredBefore the
	// others (answered without a reminder).
	AnsweredAfter  int64 `json:"answeredAfter"`
	AnsweredBefore int64 `json:"answeredBefore"`
}

// DaySummary is the summary of one day.
type DaySummary struct {
	Day string `json:"day"`
	Summary
}

// Keyed is the summary of one value of a dimension (a channel, a district, ...).
type Keyed struct {
	Value string `json:"value"`
	Summary
}

// SuppressionReasons are the reasons the invite consumer counts under inv_suppressed_<reason>, in
// the order its rules apply (DESIGN.md).
var SuppressionReasons = []string{invite.ReasonDoNotContact, invite.ReasonSensitive, invite.ReasonMinor, invite.ReasonWithheld,
	invite.ReasonNonMobile, invite.ReasonSafetyList, invite.ReasonOptedOut, invite.ReasonSampling, invite.ReasonFrequency}

// CIMethod says how the interval is computed.
const CIMethod = "Student's t interval of the mean rating: mean ± t(0.975, n−1)·s/√n, s from the daily sums of ratings and squared ratings; clipped to 1–5"

// Dimensions of the statistics, in the order of a counter row's fields.
var Dimensions = []string{"channel", "centreKind", "centre", "district", "category"}

type counters map[string]int64

func (c counters) add(o map[string]int64) {
	for k, v := range o {
		c[k] += v
	}
}

// BuildStats sums counter rows into the statistics of the days from..to: each row counts towards
// the total, its day, and the value it has in each dimension (a row of invitation outcomes has no
// category, so the category slices count replies only).
func BuildStats(rows []feedback.CounterRow, from, to time.Time) Stats {
	st := Stats{From: from.UTC().Format(time.DateOnly), To: to.UTC().Format(time.DateOnly), CIMethod: CIMethod,
		ByDim: map[string][]Keyed{}, Suppress: SuppressionReasons, SatisfiedMethod: SatisfiedMethod}
	total := counters{}
	days := map[string]counters{}
	dims := map[string]map[string]counters{}
	add := func(m map[string]counters, key string, c map[string]int64) {
		if m[key] == nil {
			m[key] = counters{}
		}
		m[key].add(c)
	}
	for _, r := range rows {
		total.add(r.Counts)
		add(days, r.Day.UTC().Format(time.DateOnly), r.Counts)
		for i, v := range []string{r.Channel, r.CentreKind, r.Centre, r.District, r.Category} {
			dim := Dimensions[i]
			if dim == "category" && v == "" {
				continue
			}
			if dims[dim] == nil {
				dims[dim] = map[string]counters{}
			}
			add(dims[dim], v, r.Counts)
		}
	}
	// A slice without invitation counts (a category) takes the response rates of the whole range.
	fallback := sampling.GroupsFromCounts(total)
	st.Total = summarize(total, fallback)
	for d := from.UTC(); !d.After(to.UTC()); d = d.AddDate(0, 0, 1) {
		key := d.Format(time.DateOnly)
		st.ByDay = append(st.ByDay, DaySummary{Day: key, Summary: summarize(days[key], fallback)})
	}
	for _, dim := range Dimensions {
		list := []Keyed{}
		for v, c := range dims[dim] {
			list = append(list, Keyed{Value: v, Summary: summarize(c, fallback)})
		}
		sort.Slice(list, func(i, j int) bool { return list[i].Value < list[j].Value })
		st.ByDim[dim] = list
	}
	return st
}

// MarkTargets sets each centre's target on its satisfied share and flags one whose interval is
// wider than it.
func (st *Stats) MarkTargets(cfg sampling.ControllerConfig) {
	for i, k := range st.ByDim["centre"] {
		if k.Satisfied == nil {
			continue
		}
		t := cfg.Target
		if v, ok := cfg.Targets[k.Value]; ok {
			t = v
		}
		k.Satisfied.Target = t
		k.Satisfied.WiderThanTarget = k.Satisfied.HalfWidth > t
		st.ByDim["centre"][i] = k
	}
}

func summarize(c counters, fallback map[string]sampling.GroupSums) Summary {
	s := Summary{Count: c["count"], Urgent: c["urgent"], Conduct: c["conduct"], Categories: map[string]int64{},
		Invitations: Invitations{Sent: c["inv_sent"], Answered: c["inv_answered"], Suppressed: map[string]int64{}}}
	for _, cat := range feedback.Categories {
		if v := c["cat_"+cat]; v != 0 {
			s.Categories[cat] = v
		}
	}
	rem := Reminders{Sent: c[sampling.CounterReminderSent], Skipped: map[string]int64{}, AnsweredAfter: c[sampling.CounterReminderAnswered]}
	for k, v := range c {
		if r, ok := strings.CutPrefix(k, "inv_suppressed_"); ok && v != 0 {
			s.Invitations.Suppressed[r] = v
		}
		if r, ok := strings.CutPrefix(k, sampling.CounterReminderSkipped); ok && v != 0 {
			rem.Skipped[r] = v
		}
	}
	if rem.Sent > 0 || rem.AnsweredAfter > 0 || len(rem.Skipped) > 0 {
		rem.AnsweredBefore = s.Invitations.Answered - rem.AnsweredAfter
		s.Invitations.Reminders = &rem
	}
	if s.Count > 0 {
		s.UrgentShare = float64(s.Urgent) / float64(s.Count)
		s.ConductShare = float64(s.Conduct) / float64(s.Count)
		mean, ci, ok := MeanCI(s.Count, c["ratingSum"], c["ratingSqSum"])
		s.MeanRating = &mean
		if ok {
			s.CI95 = &ci
		}
		if share, ok := sampling.Estimate(sampling.GroupsFromCounts(c), fallback); ok {
			s.Satisfied = &Satisfied{Share: share, SatisfiedReplies: c[sampling.CounterSatisfied],
				UnweightedShare: float64(c[sampling.CounterSatisfied]) / float64(s.Count)}
		}
	}
	return s
}

// MeanCI returns the mean rating and its 95 % confidence interval from the count, sum and sum of
// squares (see CIMethod); ok is false when n < 2, where no interval can be given.
func MeanCI(n, sum, sumSq int64) (mean float64, ci [2]float64, ok bool) {
	if n <= 0 {
		return 0, ci, false
	}
	fn := float64(n)
	mean = float64(sum) / fn
	if n < 2 {
		return mean, ci, false
	}
	variance := (float64(sumSq) - fn*mean*mean) / (fn - 1)
	if variance < 0 { // rounding
		variance = 0
	}
	half := tQuantile975(n-1) * math.Sqrt(variance/fn)
	ci = [2]float64{math.Max(1, mean-half), math.Min(5, mean+half)}
	return mean, ci, true
}

// t975 are the 0.975 quantiles of Student's t for 1..30 degrees of freedom.
var t975 = []float64{12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
	2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
	2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042}

// tQuantile975 is t(0.975, df): from the table up to 30 degrees of freedom, above that from the
// Cornish–Fisher expansion around the normal quantile (error < 0.001).
func tQuantile975(df int64) float64 {
	if df <= 0 {
		return math.Inf(1)
	}
	if df <= int64(len(t975)) {
		return t975[df-1]
	}
	const z = 1.959963984540054
	v := float64(df)
	return z + (z*z*z+z)/(4*v) + (5*math.Pow(z, 5)+16*z*z*z+3*z)/(96*v*v)
}
