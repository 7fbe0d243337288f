package sampling

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"borgerfeedback/shared/feedback"
)

func f64(v float64) *float64 { return &v }
func yes() *bool             { t := true; return &t }

func TestDecide(t *testing.T) {
	w := DefaultWeights()
	tests := []struct {
		name     string
		c        feedback.Contact
		base     float64
		wantP    float64
		wantHigh bool
		group    string
	}{
		{"plain 114 at the base rate", feedback.Contact{Channel: "114"}, 0.1, 0.1, false, GroupPlain},
		{"plain 112 weighted 1.5", feedback.Contact{Channel: "112"}, 0.1, 0.15, false, GroupPlain},
		{"short wait is no signal", feedback.Contact{Channel: "114", WaitSeconds: f64(179), CallOutcome: "answered"}, 0.1, 0.1, false, GroupPlain},
		{"long wait is high-risk", feedback.Contact{Channel: "114", WaitSeconds: f64(180)}, 0.01, 1, true, GroupSignal},
		{"abandoned with a long wait always asked at a low rate", feedback.Contact{Channel: "114", WaitSeconds: f64(900), CallOutcome: "abandoned"}, 0.02, 1, true, GroupSignal},
		{"transferred", feedback.Contact{Channel: "114", CallOutcome: "transferred"}, 0.05, 1, true, GroupSignal},
		{"repeat caller", feedback.Contact{Channel: "114", RepeatCaller: yes()}, 0.05, 1, true, GroupSignal},
		{"repeatCaller false is no signal", feedback.Contact{Channel: "114", RepeatCaller: new(bool)}, 0.05, 0.05, false, GroupPlain},
		{"rate above 1 clamps", feedback.Contact{Channel: "112"}, 0.9, 1, false, GroupPlain},
		{"rate 0 floors at the minimum", feedback.Contact{Channel: "114"}, 0, MinProbability, false, GroupPlain},
		{"NaN rate asks", feedback.Contact{Channel: "114"}, math.NaN(), 1, false, GroupPlain},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Decide(tt.c, tt.base, w)
			if math.Abs(s.Probability-tt.wantP) > 1e-12 || s.HighRisk != tt.wantHigh || s.Group != tt.group {
				t.Fatalf("Decide = %+v, want p %v high %v group %s", s, tt.wantP, tt.wantHigh, tt.group)
			}
			if !(s.Probability > 0 && s.Probability <= 1) {
				t.Fatalf("probability %v outside (0, 1]", s.Probability)
			}
		})
	}
	t.Run("a raised threshold ranks by weight", func(t *testing.T) {
		w := DefaultWeights()
		w.HighRiskAt = 10
		s := Decide(feedback.Contact{Channel: "112", CallOutcome: "transferred"}, 0.1, w)
		if s.HighRisk || math.Abs(s.Probability-0.3) > 1e-12 {
			t.Fatalf("got %+v, want p 0.3 (0.1 × 2 × 1.5)", s)
		}
	})
}

// TestDraw: the draw is deterministic per contact id, monotone in p, and hits p on average.
func TestDraw(t *testing.T) {
	in := 0
	for i := range 20000 {
		id := fmt.Sprintf("c-%d", i)
		a, b := Draw(id, 0.3), Draw(id, 0.3)
		if a != b {
			t.Fatalf("%s drew %v then %v", id, a, b)
		}
		if a && !Draw(id, 0.5) {
			t.Fatalf("%s in at 0.3 but out at 0.5", id)
		}
		if a {
			in++
		}
	}
	if share := float64(in) / 20000; math.Abs(share-0.3) > 0.015 {
		t.Fatalf("share drawn %v, want about 0.3", share)
	}
}

func TestWeightsValidate(t *testing.T) {
	w := DefaultWeights()
	if err := w.Validate(); err != nil {
		t.Fatal(err)
	}
	w.Transferred = 0.5
	if w.Validate() == nil {
		t.Fatal("a weight below 1 passed")
	}
}

type reply struct {
	p         float64
	group     string
	satisfied bool
}

// bruteForce computes the estimate straight from the list of replies, one weight at a time.
func bruteForce(replies []reply, sent map[string]float64) (est, neff float64) {
	count := map[string]float64{}
	for _, r := range replies {
		count[r.group]++
	}
	var sw, swy, sw2 float64
	for _, r := range replies {
		rate := 1.0
		if sent[r.group] > 0 {
			rate = math.Min(1, count[r.group]/sent[r.group])
		}
		w := 1 / (r.p * rate)
		sw += w
		sw2 += w * w
		if r.satisfied {
			swy += w
		}
	}
	return swy / sw, sw * sw / sw2
}

// TestEstimateMatchesBruteForce: the estimate from summed counters (as the daily counters and the
// statistics hold them, weights in thousandths) equals the one computed reply by reply.
func TestEstimateMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		n := 1 + rng.IntN(12)
		var replies []reply
		counts := map[string]int64{}
		sent := map[string]float64{}
		for range n {
			r := reply{p: []float64{0.02, 0.1, 0.37, 1}[rng.IntN(4)], group: Groups[rng.IntN(2)], satisfied: rng.IntN(3) > 0}
			replies = append(replies, r)
			addCounts(counts, ReplyCounts(&feedback.Sample{Probability: r.p, Group: r.group}, map[bool]int{true: 5, false: 2}[r.satisfied]))
		}
		for _, g := range Groups {
			sent[g] = float64(rng.IntN(30))
			for range int(sent[g]) {
				addCounts(counts, OutcomeCounts(&feedback.Sample{Probability: 0.5, Multiplier: 1, Group: g}, true))
			}
		}
		got, ok := Estimate(GroupsFromCounts(counts), nil)
		wantEst, wantNeff := bruteForce(replies, sent)
		// weights are counted in thousandths: equal to that rounding
		if !ok || math.Abs(got.Estimate-wantEst) > 1e-4 || math.Abs(got.NEff-wantNeff)/wantNeff > 1e-3 {
			t.Fatalf("trial %d: Estimate = %+v, brute force %v (n_eff %v)", trial, got, wantEst, wantNeff)
		}
		if !(got.CI95[0] <= got.Estimate && got.Estimate <= got.CI95[1]) {
			t.Fatalf("trial %d: estimate %v outside its interval %v", trial, got.Estimate, got.CI95)
		}
	}
}

// TestEstimateEnumeration enumerates every possible sample of a small population (each member in
// or out with its probability): the weighted total is exactly unbiased, and the Hájek share over
// the non-empty samples is within a few points of the truth where the plain mean of the replies is not.
func TestEstimateEnumeration(t *testing.T) {
	probs := []float64{1, 1, 0.9, 0.8, 0.6, 0.5, 0.5, 0.4, 0.4, 0.3, 0.3, 0.3, 0.25, 0.25}
	satisfied := []bool{false, false, false, true, false, true, true, true, true, true, true, true, true, true}
	truth := 10.0 / 14
	var expTotal, expHajek, expPlain, pNonEmpty float64
	for mask := 0; mask < 1<<len(probs); mask++ {
		prob := 1.0
		counts := map[string]int64{}
		var plainY, plainN float64
		var total float64
		for i, p := range probs {
			if mask&(1<<i) == 0 {
				prob *= 1 - p
				continue
			}
			prob *= p
			addCounts(counts, ReplyCounts(&feedback.Sample{Probability: p, Group: GroupPlain}, map[bool]int{true: 4, false: 1}[satisfied[i]]))
			plainN++
			if satisfied[i] {
				plainY++
				total += 1 / p // Horvitz–Thompson total
			}
		}
		if prob == 0 {
			continue
		}
		expTotal += prob * total
		if s, ok := Estimate(GroupsFromCounts(counts), nil); ok {
			expHajek += prob * s.Estimate
			expPlain += prob * plainY / plainN
			pNonEmpty += prob
		}
	}
	if math.Abs(expTotal-10) > 1e-9 {
		t.Fatalf("E[Σ w·y] = %v, want the population count 10", expTotal)
	}
	hajek, plain := expHajek/pNonEmpty, expPlain/pNonEmpty
	t.Logf("truth %.4f, E[Hájek] %.4f, E[plain mean] %.4f", truth, hajek, plain)
	if math.Abs(hajek-truth) > math.Abs(plain-truth)/3 || math.Abs(hajek-truth) > 0.04 {
		t.Fatalf("E[Hájek] = %v, E[plain mean] = %v, truth %v: want Hájek within 0.04 and a third of the plain mean's bias", hajek, plain, truth)
	}
}

func TestWilson(t *testing.T) {
	tests := []struct {
		p, n, lo, hi float64
	}{
		{0.5, 100, 0.4038, 0.5962}, // textbook values
		{0, 10, 0, 0.2775},
		{1, 10, 0.7225, 1},
	}
	for _, tt := range tests {
		lo, hi := Wilson(tt.p, tt.n, Z95)
		if math.Abs(lo-tt.lo) > 1e-3 || math.Abs(hi-tt.hi) > 1e-3 {
			t.Errorf("Wilson(%v, %v) = [%v, %v], want [%v, %v]", tt.p, tt.n, lo, hi, tt.lo, tt.hi)
		}
	}
}

// centreDays builds a centre's counters: days of eligible contacts a day, a share high-risk,
// sent at rate, answered at response.
func centreDays(id, kind string, days, perDay int, rate, response float64) CentreCounts {
	cc := CentreCounts{Centre: feedback.Centre{ID: id, Kind: kind, District: "fyn"}, Window: map[string]int64{}, Month: map[string]int64{}, WindowDays: float64(days)}
	rng := rand.New(rand.NewPCG(uint64(perDay), 3))
	for i := range days * perDay {
		s := feedback.Sample{Probability: rate, Multiplier: 1, Group: GroupPlain}
		if i%10 == 0 {
			s = feedback.Sample{Probability: 1, Multiplier: 3, HighRisk: true, Group: GroupSignal}
		}
		sent := rng.Float64() < s.Probability
		addCounts(cc.Window, OutcomeCounts(&s, sent))
		if sent && rng.Float64() < response {
			addCounts(cc.Window, ReplyCounts(&s, 3+rng.IntN(3)))
		}
	}
	return cc
}

func TestPlanMeetsTargetWithoutBudget(t *testing.T) {
	cfg := DefaultControllerConfig()
	big := centreDays("big", feedback.CentreService, 28, 2000, 0.1, 0.25)
	small := centreDays("small", feedback.CentreDuty, 28, 60, 0.5, 0.25)
	plans := cfg.Plan([]CentreCounts{big, small}, 1, 30)
	if plans[0].Rate >= plans[1].Rate {
		t.Fatalf("big centre rate %v not below small centre's %v", plans[0].Rate, plans[1].Rate)
	}
	for _, p := range plans {
		if p.BudgetLimited || p.ProjectedMargin > p.Target+1e-9 && p.Rate < 1 {
			t.Errorf("%s: %+v: want the target met below rate 1 without a budget", p.Centre.ID, p)
		}
	}
}

// TestPlanBudgetCap: with a budget below what the targets need, the month's expected spend over all
// centres stays within it, every rate is cut (never raised), and each plan says so.
func TestPlanBudgetCap(t *testing.T) {
	centres := []CentreCounts{
		centreDays("a", feedback.CentreService, 28, 3000, 0.1, 0.25),
		centreDays("b", feedback.CentreAlarm, 28, 800, 0.2, 0.25),
		centreDays("c", feedback.CentreDuty, 28, 100, 0.6, 0.25),
	}
	spend := func(plans []Plan) float64 {
		s := 0.0
		for _, p := range plans {
			s += p.ExpectedDKK
		}
		return s
	}
	free := DefaultControllerConfig()
	uncapped := free.Plan(centres, 1, 30)
	need := spend(uncapped)
	broke := DefaultControllerConfig()
	broke.MonthlyBudgetDKK = 1
	atFloor := broke.Plan(centres, 1, 30)
	floor := spend(atFloor)
	for i, p := range atFloor {
		if p.Rate != broke.MinRate || !p.OverBudget {
			t.Errorf("%s under a 1 DKK budget: %+v, want the minimum rate and OverBudget", p.Centre.ID, p)
		}
		if uncapped[i].OverBudget || uncapped[i].BudgetLimited {
			t.Errorf("%s without a budget: %+v", p.Centre.ID, uncapped[i])
		}
	}
	if floor >= need {
		t.Fatalf("floor spend %v not below the need %v", floor, need)
	}
	for _, share := range []float64{0.9, 0.6, 0.2} {
		t.Run(fmt.Sprintf("budget %.0f%% of the way from floor to need", share*100), func(t *testing.T) {
			cfg := DefaultControllerConfig()
			cfg.MonthlyBudgetDKK = floor + (need-floor)*share
			plans := cfg.Plan(centres, 1, 30)
			spend := 0.0
			for i, p := range plans {
				spend += p.ExpectedDKK
				if p.Rate > uncapped[i].Rate+1e-12 || !p.BudgetLimited || p.OverBudget {
					t.Errorf("%s: rate %v (uncapped %v), limited %v", p.Centre.ID, p.Rate, uncapped[i].Rate, p.BudgetLimited)
				}
				if p.ProjectedMargin < uncapped[i].ProjectedMargin-1e-12 {
					t.Errorf("%s: margin %v better than uncapped %v", p.Centre.ID, p.ProjectedMargin, uncapped[i].ProjectedMargin)
				}
			}
			if spend > cfg.MonthlyBudgetDKK*(1+1e-9) {
				t.Fatalf("expected spend %.0f DKK over the budget %.0f DKK", spend, cfg.MonthlyBudgetDKK)
			}
		})
	}
	t.Run("a budget that covers the need changes nothing", func(t *testing.T) {
		cfg := DefaultControllerConfig()
		cfg.MonthlyBudgetDKK = need * 1.01
		for i, p := range cfg.Plan(centres, 1, 30) {
			if p.BudgetLimited || p.Rate != uncapped[i].Rate {
				t.Errorf("%s: %+v changed by a budget above the need", p.Centre.ID, p)
			}
		}
	})
}

// TestPlanPrior: a centre without counters starts from the prior; one behind its target late in
// the month is raised.
func TestPlanPrior(t *testing.T) {
	cfg := DefaultControllerConfig()
	p := cfg.Plan([]CentreCounts{{Centre: feedback.Centre{ID: "new", Kind: feedback.CentreDuty, District: "fyn"}, Window: map[string]int64{}, Month: map[string]int64{}}}, 1, 30)[0]
	if !p.FromPrior || !(p.Rate > 0 && p.Rate <= 1) || p.ExpectedSMS <= 0 {
		t.Fatalf("new centre: %+v", p)
	}
	early := cfg.Plan([]CentreCounts{centreDays("x", feedback.CentreService, 28, 1000, 0.1, 0.25)}, 1, 30)[0]
	behind := centreDays("x", feedback.CentreService, 28, 1000, 0.1, 0.25)
	behind.Month = map[string]int64{} // nothing this month yet, on day 20
	late := cfg.Plan([]CentreCounts{behind}, 20, 30)[0]
	if late.Rate <= early.Rate {
		t.Fatalf("rate on day 20 with no replies %v not above day 1's %v", late.Rate, early.Rate)
	}
}

func TestControllerConfigValidate(t *testing.T) {
	good := DefaultControllerConfig()
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mut := range map[string]func(*ControllerConfig){
		"target 0":          func(c *ControllerConfig) { c.Target = 0 },
		"negative budget":   func(c *ControllerConfig) { c.MonthlyBudgetDKK = -1 },
		"price 0":           func(c *ControllerConfig) { c.SMSPriceDKK = 0 },
		"centre target 0.7": func(c *ControllerConfig) { c.Targets = map[string]float64{"x": 0.7} },
	} {
		c := DefaultControllerConfig()
		mut(&c)
		if c.Validate() == nil {
			t.Errorf("%s passed", name)
		}
	}
}

// TestOutcomeAndReplyCountersApart: a recount of replies must tell the two kinds of counters apart.
func TestOutcomeAndReplyCountersApart(t *testing.T) {
	for _, s := range []feedback.Sample{{Probability: 1, Multiplier: 3, HighRisk: true, Group: GroupSignal}, {Probability: 0.2, Multiplier: 1.5, Group: GroupPlain}} {
		for k := range OutcomeCounts(&s, true) {
			if !IsOutcomeCounter(k) {
				t.Errorf("outcome counter %s not recognised", k)
			}
		}
		for k := range ReplyCounts(&s, 5) {
			if IsOutcomeCounter(k) {
				t.Errorf("reply counter %s taken for an outcome counter", k)
			}
		}
	}
}
