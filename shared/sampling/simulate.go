package sampling

import (
	"math"
	"math/rand/v2"
	"sort"
	"sync"

	"borgerfeedback/shared/feedback"
)

// The simulation behind `make simulate` (docs/sampling.md): a year of synthetic contacts at every
// district's alarm, service and duty centre, sampled once at a fixed rate and once by the
// controller, each estimated with Estimate. Only contacts that reach the sampling rule are
// simulated: the safety suppressions and the frequency rule come before it and are the same for
// both designs.

// The centres assumed (a model, not the police's organisation chart; the controller takes any set
// of centres): 112 is answered at two alarm centres for Denmark proper (east, in København, for
// Zealand, the capital and Bornholm; west, in Østjylland, for Jutland and Funen) and at one each in
// Greenland and the Faroe Islands; 114 likewise at two service centres and one in each of those
// two; and each of the 14 districts has its duty centre.
//
// National volumes assumed per year (calls handled by the police): 112 alarm 700,000, 114 service
// 1,200,000, duty centres 700,000 — about 2.6 million, "several million calls a year" (DOMAIN.md) —
// spread over the districts by population (Greenland twice its share: one police, long distances,
// many calls per head). EligibleShare is the part that reaches the sampling rule (a mobile number,
// not withheld, no safety flag; 112 loses more to sensitive incidents).
var (
	NationalVolume = map[string]float64{feedback.CentreAlarm: 700_000, feedback.CentreService: 1_200_000, feedback.CentreDuty: 700_000}
	EligibleShare  = map[string]float64{feedback.CentreAlarm: 0.6, feedback.CentreService: 0.75, feedback.CentreDuty: 0.75}
	// DistrictPopulation in thousands (rounded; Greenland counted twice, see above).
	DistrictPopulation = map[string]float64{
		"nordjylland": 595, "oestjylland": 720, "midt-vestjylland": 500, "sydoestjylland": 560,
		"syd-soenderjylland": 480, "fyn": 500, "sydsjaelland-lolland-falster": 350, "midt-vestsjaelland": 440,
		"nordsjaelland": 460, "koebenhavns-vestegn": 430, "koebenhavn": 800, "bornholm": 39,
		"groenland": 56 * 2, "faeroeerne": 54,
	}
	// eastDistricts are served by the east alarm and service centres; the rest of Denmark proper by
	// the west ones.
	eastDistricts = map[string]bool{"koebenhavn": true, "koebenhavns-vestegn": true, "nordsjaelland": true,
		"midt-vestsjaelland": true, "sydsjaelland-lolland-falster": true, "bornholm": true}
	// SignalRates are the chances of each signal per centre kind: long wait, abandoned,
	// transferred, callback (the three outcomes exclude each other), repeat caller.
	SignalRates = map[string][5]float64{
		feedback.CentreAlarm:   {0.03, 0.02, 0.05, 0.01, 0.04},
		feedback.CentreService: {0.08, 0.04, 0.06, 0.03, 0.05},
		feedback.CentreDuty:    {0.05, 0.03, 0.05, 0.03, 0.04},
	}
)

// Simulation constants (docs/sampling.md gives the reasons).
const (
	simBaseResponse = 0.25 // share of invited callers without a bad experience who answer
	simBadDrop      = 0.35 // a bad experience lowers the chance of being satisfied by this much
	// FeasibleAsked is the share of its contacts a small centre's relaxed target assumes asked.
	FeasibleAsked = 0.8
)

// SimCentre is one simulated centre.
type SimCentre struct {
	Centre         feedback.Centre
	YearlyEligible float64
	Target         float64
	satisfied      float64 // satisfied share without a bad experience, in January
	trend          float64 // change of it over the year
	response       float64 // base response rate of this centre
}

// SimCentres are the centres with their volumes and targets: ±5 points, or for a centre too
// small for that, the tightest whole point that asking FeasibleAsked of its contacts reaches at the
// base response rate with a share of 0.5 (decided from the stated volume, before any simulation).
func SimCentres(seed uint64) []SimCentre {
	rng := rand.New(rand.NewPCG(seed, 7)) //nolint:gosec // G404: a seeded simulation, reproducible by design; nothing secret depends on it
	total := 0.0
	for _, p := range DistrictPopulation {
		total += p
	}
	type key struct{ id, kind, district string }
	yearly := map[key]float64{}
	var order []key
	add := func(k key, v float64) {
		if _, ok := yearly[k]; !ok {
			order = append(order, k)
		}
		yearly[k] += v
	}
	for _, d := range feedback.Districts {
		share := DistrictPopulation[d] / total
		for _, kind := range []string{feedback.CentreAlarm, feedback.CentreService} {
			suffix := map[string]string{feedback.CentreAlarm: "alarmcentral", feedback.CentreService: "servicecenter"}[kind]
			k := key{suffix + "-vest", kind, "oestjylland"}
			switch {
			case d == "groenland" || d == "faeroeerne":
				k = key{d + "-" + suffix, kind, d}
			case eastDistricts[d]:
				k = key{suffix + "-oest", kind, "koebenhavn"}
			}
			add(k, NationalVolume[kind]*share*EligibleShare[kind])
		}
	}
	for _, d := range feedback.Districts {
		add(key{d + "-vagtcentral", feedback.CentreDuty, d}, NationalVolume[feedback.CentreDuty]*DistrictPopulation[d]/total*EligibleShare[feedback.CentreDuty])
	}
	var out []SimCentre
	for _, k := range order {
		y := yearly[k]
		target := 0.05
		if h := WilsonHalfWidth(0.5, FeasibleAsked*simBaseResponse*y/12); h > target {
			target = math.Ceil(h*100) / 100
		}
		out = append(out, SimCentre{
			Centre: feedback.Centre{ID: k.id, Kind: k.kind, District: k.district}, YearlyEligible: y, Target: target,
			satisfied: 0.70 + 0.15*rng.Float64(), trend: 0.10 * (rng.Float64() - 0.5), response: simBaseResponse * (0.8 + 0.4*rng.Float64()),
		})
	}
	return out
}

// SimConfig sets a simulation.
type SimConfig struct {
	Seed uint64
	// BadResponse multiplies the response rate of a caller with a bad experience (a bad-experience
	// signal): above 1 they answer more often, below 1 less.
	BadResponse float64
	// RatingResponse multiplies the response rate of a caller who is not satisfied, beyond what the
	// signals show (1: none). No weighting can remove the bias this causes; it is there to show it.
	RatingResponse float64
	// BiasSE is the standard error (in points) the bias is measured to: each centre is simulated for
	// as many years as that takes (at least one).
	BiasSE     float64
	Controller ControllerConfig
	Weights    Weights
	// ReminderResponse is the chance that an invited caller who did not answer answers the
	// reminder, relative to their chance of answering the invitation (0.4: a quarter who would
	// answer the first SMS becomes a tenth of the rest). ReminderPolicy is the policy whose
	// figures are the top-level ones ("all": one reminder to every unanswered invitation, the
	// issue's "1 reminder"); every policy in ReminderPolicies is simulated.
	ReminderResponse float64
	ReminderPolicy   string
}

// Reminder policies: which invited callers who have not answered get the one reminder. The
// adaptive controller plans with the response the reminders bring in either case.
const (
	ReminderOff      = "off"      // none
	ReminderAll      = "all"      // every one
	ReminderHighRisk = "highRisk" // the high-risk ones (a bad-experience signal): more bad experiences heard
	ReminderCapped   = "capped"   // those at a centre whose base rate is at its cap (1): no other SMS can buy a reply there
)

// ReminderPolicies are the policies the simulation compares, "off" first.
var ReminderPolicies = []string{ReminderOff, ReminderAll, ReminderHighRisk, ReminderCapped}

// Reminds reports whether a policy sends a reminder to an unanswered invitation with sample s at a
// centre whose base rate is rate.
func Reminds(policy string, s feedback.Sample, rate float64) bool {
	switch policy {
	case ReminderAll:
		return true
	case ReminderHighRisk:
		return s.HighRisk
	case ReminderCapped:
		return rate >= 1
	}
	return false
}

// ReminderFigures are one reminder policy's figures under the adaptive design, a year.
type ReminderFigures struct {
	Policy       string  `json:"policy"`
	SMS          float64 `json:"sms"`          // invitations and reminders
	ReminderSMS  float64 `json:"reminderSms"`  // reminders alone
	ExtraReplies float64 `json:"extraReplies"` // replies after a reminder
	BadHeard     float64 `json:"badExperiencesHeard"`
	// WorstMarginShare is the widest median monthly margin of a centre as a share of its target
	// (≤ 1: every centre meets its target); CentresOverTarget counts those above.
	WorstMarginShare  float64 `json:"worstMarginShare"`
	CentresOverTarget int     `json:"centresOverTarget"`
	// SMSPerBadHeard is what one bad experience heard costs in SMS.
	SMSPerBadHeard float64 `json:"smsPerBadExperienceHeard"`
}

// SimCentreResult is one centre's figures; the first four fields are make simulate's contract.
type SimCentreResult struct {
	ID            string    `json:"id"`
	Target        float64   `json:"target"`
	Margin        float64   `json:"margin"`     // adaptive: half-width of the 95 % interval, median month
	BiasPoints    float64   `json:"biasPoints"` // adaptive: |mean error| of the monthly estimate, points
	FixedMargin   float64   `json:"fixedMargin"`
	FixedBias     float64   `json:"fixedBiasPoints"`
	FixedSMS      float64   `json:"fixedSms"` // per year
	AdaptiveSMS   float64   `json:"adaptiveSms"`
	Eligible      float64   `json:"eligible"` // contacts a year that reach the sampling rule
	MeanRate      float64   `json:"meanRate"` // adaptive: mean of the daily base rates
	MonthlyMargin []float64 `json:"-"`
}

// SimResult is the outcome of Simulate; its JSON is make simulate's last line.
type SimResult struct {
	FixedRate     float64           `json:"fixedRate"`
	FixedSMS      float64           `json:"fixedSms"`
	AdaptiveSMS   float64           `json:"adaptiveSms"`
	Centres       []SimCentreResult `json:"centres"`
	BadHeardFixed float64           `json:"badExperiencesHeardFixed"`
	BadHeardAdapt float64           `json:"badExperiencesHeardAdaptive"`
	BadResponse   float64           `json:"badResponse"`
	// One reminder (ReminderPolicy, "all" unless told) under the adaptive design (issue 22's
	// contract): reminder SMS and replies after a reminder a year, and the share of bad
	// experiences heard with it. BetterReminderPolicy is the policy the simulation finds better
	// (BetterReminder's rule): the one shipped as reminder.DefaultPolicy.
	ReminderPolicy       string            `json:"reminderPolicy"`
	BetterReminderPolicy string            `json:"betterReminderPolicy"`
	ReminderResponse     float64           `json:"reminderResponse"`
	ReminderSMS          float64           `json:"reminderSms"`
	ExtraReplies         float64           `json:"extraReplies"`
	BadHeardWithReminder float64           `json:"badExperiencesHeardWithReminder"`
	Reminders            []ReminderFigures `json:"reminders"` // every policy compared, "off" first
}

// design is fixed (rate > 0) or adaptive (rate 0).
type simRun struct {
	margins         []float64
	errs            []float64
	sms, bad, heard float64
	reminders       float64 // reminder SMS (also in sms)
	extra           float64 // replies after a reminder
	years           int
	rateSum         float64
	rateDays        int
}

// Simulate runs both designs: the adaptive one, and the lowest fixed rate (found by bisection on
// one simulated year) at which every centre meets its target in the median month.
func Simulate(cfg SimConfig) SimResult {
	centres := SimCentres(cfg.Seed)
	res := SimResult{BadResponse: cfg.BadResponse}
	cfg.Controller.Targets = map[string]float64{}
	for _, c := range centres {
		cfg.Controller.Targets[c.Centre.ID] = c.Target
	}
	meets := func(rate float64) bool {
		ok := true
		runs := runAll(cfg, centres, rate, ReminderOff, func(SimCentre) int { return 1 })
		for i, c := range centres {
			if median(runs[i].margins) > c.Target {
				ok = false
			}
		}
		return ok
	}
	lo, hi := 0.0, 1.0
	for range 7 {
		mid := (lo + hi) / 2
		if meets(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	res.FixedRate = math.Ceil(hi*100) / 100
	years := func(c SimCentre) int {
		sd := c.Target / Z95 * 100 // monthly error's standard deviation in points, about
		return max(1, int(math.Ceil(sd*sd/(cfg.BiasSE*cfg.BiasSE)/12)))
	}
	fixed := runAll(cfg, centres, res.FixedRate, ReminderOff, years)
	adaptive := runAll(cfg, centres, 0, ReminderOff, years)
	var badF, heardF, badA, heardA float64
	for i, c := range centres {
		f, a := fixed[i], adaptive[i]
		r := SimCentreResult{ID: c.Centre.ID, Target: c.Target, Margin: round4(median(a.margins)), BiasPoints: round2(math.Abs(mean(a.errs)) * 100),
			FixedMargin: round4(median(f.margins)), FixedBias: round2(math.Abs(mean(f.errs)) * 100),
			FixedSMS: math.Round(f.sms / float64(f.years)), AdaptiveSMS: math.Round(a.sms / float64(a.years)),
			Eligible: math.Round(c.YearlyEligible), MeanRate: round4(a.rateSum / float64(max(1, a.rateDays))), MonthlyMargin: a.margins}
		res.Centres = append(res.Centres, r)
		res.FixedSMS += r.FixedSMS
		res.AdaptiveSMS += r.AdaptiveSMS
		badF += f.bad / float64(f.years)
		heardF += f.heard / float64(f.years)
		badA += a.bad / float64(a.years)
		heardA += a.heard / float64(a.years)
	}
	res.BadHeardFixed = round4(heardF / badF)
	res.BadHeardAdapt = round4(heardA / badA)
	res.ReminderPolicy, res.ReminderResponse = cfg.ReminderPolicy, cfg.ReminderResponse
	for _, policy := range ReminderPolicies {
		runs := adaptive
		if policy != ReminderOff {
			runs = runAll(cfg, centres, 0, policy, years)
		}
		f := reminderFigures(policy, centres, runs)
		res.Reminders = append(res.Reminders, f)
		if policy == cfg.ReminderPolicy {
			res.ReminderSMS, res.ExtraReplies, res.BadHeardWithReminder = f.ReminderSMS, f.ExtraReplies, f.BadHeard
		}
	}
	res.BetterReminderPolicy = BetterReminder(res.Reminders)
	return res
}

// BetterReminder is the decision rule: of the policies that leave the fewest centres above their
// target (at the same targets, every policy should meet them all), the one whose SMS buy each bad
// experience heard cheapest (the learning goal per krone), and on a tie the one with fewer SMS.
// A reminder policy is better only if it is at least as efficient as none: an SMS spent on a
// reminder must hear bad experiences at no higher price than the invitations do.
func BetterReminder(fs []ReminderFigures) string {
	best := -1
	for i, f := range fs {
		if best < 0 {
			best = i
			continue
		}
		b := fs[best]
		switch {
		case f.CentresOverTarget != b.CentresOverTarget:
			if f.CentresOverTarget < b.CentresOverTarget {
				best = i
			}
		case f.SMSPerBadHeard != b.SMSPerBadHeard:
			if f.SMSPerBadHeard < b.SMSPerBadHeard {
				best = i
			}
		case f.SMS < b.SMS:
			best = i
		}
	}
	if best < 0 {
		return ReminderOff
	}
	return fs[best].Policy
}

// reminderFigures sums one policy's runs per year.
func reminderFigures(policy string, centres []SimCentre, runs []simRun) ReminderFigures {
	f := ReminderFigures{Policy: policy}
	var bad, heard float64
	for i, c := range centres {
		r := runs[i]
		y := float64(r.years)
		f.SMS += math.Round(r.sms / y)
		f.ReminderSMS += math.Round(r.reminders / y)
		f.ExtraReplies += math.Round(r.extra / y)
		bad += r.bad / y
		heard += r.heard / y
		share := median(r.margins) / c.Target
		f.WorstMarginShare = math.Max(f.WorstMarginShare, share)
		if share > 1 {
			f.CentresOverTarget++
		}
	}
	f.BadHeard = round4(heard / bad)
	f.WorstMarginShare = round4(f.WorstMarginShare)
	f.SMSPerBadHeard = math.Round(f.SMS/heard*100) / 100
	return f
}

func runAll(cfg SimConfig, centres []SimCentre, rate float64, policy string, years func(SimCentre) int) []simRun {
	out := make([]simRun, len(centres))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, c := range centres {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i] = simulateCentre(cfg, c, rate, policy, years(c), cfg.Seed+uint64(i)*1000) //nolint:gosec // G115: i is a slice index, never negative
		}()
	}
	wg.Wait()
	return out
}

// simulateCentre runs one centre for a number of years of 12 months of 30 days; the controller
// (rate 0) plans each morning from the counters of the days before, as in production.
func simulateCentre(cfg SimConfig, c SimCentre, fixedRate float64, policy string, years int, seed uint64) simRun {
	rng := rand.New(rand.NewPCG(seed, uint64(len(c.Centre.ID)))) //nolint:gosec // G404: a seeded simulation, reproducible by design; nothing secret depends on it
	// The reminders' draws come from a stream of their own, so every policy meets the same contacts.
	remRng := rand.New(rand.NewPCG(seed, uint64(len(c.Centre.ID))+99)) //nolint:gosec // G404: a seeded simulation, reproducible by design; nothing secret depends on it
	const daysInMonth = 30
	var run simRun
	run.years = years
	var history []map[string]int64 // one counter map per day, the newest last
	signals := SignalRates[c.Centre.Kind]
	channel := feedback.Channel114
	if c.Centre.Kind == feedback.CentreAlarm {
		channel = feedback.Channel112
	}
	perDay := c.YearlyEligible / 360
	for y := range years {
		for m := range 12 {
			month := map[string]int64{}
			window := func() (map[string]int64, float64) {
				w := map[string]int64{}
				n := min(len(history), cfg.Controller.WindowDays)
				for _, d := range history[len(history)-n:] {
					addCounts(w, d)
				}
				return w, float64(n)
			}
			truthSat, truthN := 0.0, 0.0
			satisfiedShare := c.satisfied + c.trend*float64(m)/11
			for d := range daysInMonth {
				rate := fixedRate
				if rate == 0 {
					w, wd := window()
					cc := CentreCounts{Centre: c.Centre, Window: w, WindowDays: wd, Month: month}
					rate = cfg.Controller.Plan([]CentreCounts{cc}, d+1, daysInMonth)[0].Rate
					run.rateSum += rate
					run.rateDays++
				}
				today := map[string]int64{}
				season := 1 + 0.1*math.Sin(2*math.Pi*float64(m)/12)
				lambda := perDay * season
				n := int(math.Max(0, math.Round(lambda+math.Sqrt(lambda)*rng.NormFloat64())))
				for range n {
					ct := feedback.Contact{Channel: channel}
					bad := false
					if rng.Float64() < signals[0] {
						wait := 180 + 600*rng.Float64()
						ct.WaitSeconds, bad = &wait, true
					}
					switch u := rng.Float64(); {
					case u < signals[1]:
						ct.CallOutcome = feedback.OutcomeAbandoned
					case u < signals[1]+signals[2]:
						ct.CallOutcome = feedback.OutcomeTransferred
					case u < signals[1]+signals[2]+signals[3]:
						ct.CallOutcome = feedback.OutcomeCallback
					default:
						ct.CallOutcome = feedback.OutcomeAnswered
					}
					if ct.CallOutcome != feedback.OutcomeAnswered {
						bad = true
					}
					if rng.Float64() < signals[4] {
						t := true
						ct.RepeatCaller, bad = &t, true
					}
					p := satisfiedShare
					if bad {
						p -= simBadDrop
						run.bad++ // heard or not: the denominator of the share heard
					}
					satisfied := rng.Float64() < p
					truthN++
					if satisfied {
						truthSat++
					}
					s := Decide(ct, rate, cfg.Weights)
					if fixedRate > 0 {
						s = feedback.Sample{Probability: fixedRate, Multiplier: 1, Group: s.Group}
					}
					invited := rng.Float64() < s.Probability
					addCounts(today, OutcomeCounts(&s, invited))
					if !invited {
						continue
					}
					run.sms++
					resp := c.response
					if bad {
						resp *= cfg.BadResponse
					}
					if !satisfied {
						resp *= cfg.RatingResponse
					}
					rating := 2
					if satisfied {
						rating = 5
					}
					if rng.Float64() < math.Min(0.95, resp) {
						addCounts(today, ReplyCounts(&s, rating))
						if bad {
							run.heard++
						}
					} else if Reminds(policy, s, rate) {
						// One reminder: an SMS more, no new selection (the same sample, the same weight).
						run.sms++
						run.reminders++
						today[CounterReminderSent]++
						if remRng.Float64() < math.Min(0.95, resp*cfg.ReminderResponse) {
							r := s
							r.Reminded = true
							addCounts(today, ReplyCounts(&r, rating))
							run.extra++
							if bad {
								run.heard++
							}
						}
					}
				}
				addCounts(month, today)
				history = append(history, today)
				if len(history) > 2*cfg.Controller.WindowDays {
					history = history[len(history)-cfg.Controller.WindowDays:]
				}
			}
			w, _ := window()
			share, ok := Estimate(GroupsFromCounts(month), GroupsFromCounts(w))
			if !ok {
				run.margins = append(run.margins, 1)
				continue
			}
			run.margins = append(run.margins, share.HalfWidth)
			if truthN > 0 {
				run.errs = append(run.errs, share.Estimate-truthSat/truthN)
			}
			_ = y
		}
	}
	return run
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
func round2(x float64) float64 { return math.Round(x*100) / 100 }
