package insights

import (
	"context"
	"fmt"
	"math"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/stats"
)

// Factor names one possible trigger the pattern finder compares. Its value is
// the "factor" key of `crampdiary insights --json`, so it never changes once shipped.
type Factor string

// The factors, each an exposure of the day and evening matched to the night
// that starts that evening. The exact rules are in insights_factors.go.
const (
	FactorAlcohol      Factor = "alcohol"       // any drinks that evening
	FactorLateMeal     Factor = "late_meal"     // a late meal
	FactorHeat         Factor = "heat"          // a hot day or heavy sweating
	FactorSaltChange   Factor = "salt_change"   // a salt or diet change
	FactorNewShoes     Factor = "new_shoes"     // new shoes that day
	FactorStrength     Factor = "strength"      // calf or foot strength work
	FactorStretched    Factor = "stretched"     // stretched before bed
	FactorCaffeine     Factor = "caffeine"      // cups at or above the person's median
	FactorStress       Factor = "stress"        // stress 4 or 5
	FactorShortSleep   Factor = "short_sleep"   // under 6 h, or 1 h or more under the person's median
	FactorLoadSpike    Factor = "load_spike"    // steps over 1.5x the trailing 28-day median
	FactorLongStanding Factor = "long_standing" // 6 hours or more on one's feet
	FactorHeavyWeek    Factor = "heavy_week"    // 7-day mean steps over the 28 days before by 20%
	FactorRan          Factor = "ran"           // any running that day
	FactorHardRun      Factor = "hard_run"      // a run with intervals, hills or downhill
	FactorLateWorkout  Factor = "late_workout"  // a hard leg workout close to bedtime
	FactorLongSitting  Factor = "long_sitting"  // long sitting
	FactorHighHeels    Factor = "high_heels"    // high heels
	FactorTightBedding Factor = "tight_bedding" // tight covers, toes pointed down
	FactorLowFluids    Factor = "low_fluids"    // fewer glasses than the person's median
)

// Factors lists every factor in the order Insights reports them.
var Factors = []Factor{
	FactorAlcohol, FactorLateMeal, FactorHeat, FactorSaltChange, FactorNewShoes,
	FactorStrength, FactorStretched, FactorCaffeine, FactorStress, FactorShortSleep,
	FactorLoadSpike, FactorLongStanding, FactorHeavyWeek, FactorRan, FactorHardRun,
	FactorLateWorkout, FactorLongSitting, FactorHighHeels, FactorTightBedding, FactorLowFluids,
}

// changedOnceNeed is the Need of ChangedOnce.
var changedOnceNeed = model.X("it changed at the same time as your cramps; an experiment can tell", nil)

// The verdict rules, from the issue: a pattern needs a false discovery rate of
// at most 10% across the factors, and enough nights that one odd week cannot make it.
const (
	insightMaxQ        = 0.10
	insightMinNights   = 5 // checked nights on each side
	insightMinCrampNts = 3 // cramp nights on the side the factor is blamed or credited for
)

// Insight is one factor compared on the checked nights with and without it.
// Rates, Diff and P are NaN when a side has no nights; Q is NaN unless the
// factor was Tested.
type Insight struct {
	Factor     Factor
	Lag        int    // 0: the evening before the night; 1 or 2: that many evenings earlier
	Label      string // a short English name, for a heading
	Short      string // a shorter one, for a chart's row: Label without its explanation
	Experiment string // the self-experiment template that tests it, or ""

	NightsWith, NightsWithout           int
	CrampNightsWith, CrampNightsWithout int
	RateWith, RateWithout               float64 // share of nights with a cramp
	Diff                                float64 // RateWith - RateWithout
	// P is the exact test stratified on the ten-night block and on how many
	// of the two nights before had a cramp, two-sided: nights are compared
	// only with nights of the same weeks and the same state of a wave
	// (docs/insights-method.md tells why).
	P float64
	Q float64 // Benjamini-Hochberg over the tested factors and lags

	// Tested is true when the factor had enough data to be tested: at least 5
	// nights on each side, and strata that let the test reach p <= 0.10 at
	// all. Only tested factors enter the false-discovery correction.
	Tested  bool
	Verdict Verdict
	// Switches is how often the factor went on or off from one recorded
	// night to the next; 2 or fewer means it changed only once.
	Switches int
	strata   []stats.Stratum

	// MoreWith and MoreWithout are the checked nights to log, with and
	// without the factor, before the diary may be able to tell; Need says it
	// as a message whose counts the reader's language fills in. Both are set
	// only for NotEnoughData.
	MoreWith, MoreWithout int
	Need                  model.Message
	// Lack says what Need says as a code, for words of the window's own.
	Lack Lack

	// Dose is the cramp-night rate by amount for the counted factors
	// (drinks on the alcohol row, steps on the step-spike row, standing
	// hours on the long-standing row, each at lag 0); nil on the others.
	Dose *Dose
}

// Insights compares every factor's cramp-night rate on the checked nights up
// to today with and without it. The evening of day D is matched to night D;
// the load factors are also matched to the nights one and two later. Only
// checked nights count (marked checked, or with a cramp), and a night on
// which the factor was not recorded is left out of both sides. days and
// cramps may come in any order; entries after today are ignored. The result
// holds every factor at lag 0 in Factors order, then the lagged ones.
func Find(days []model.Day, cramps []model.Cramp, today model.Date) []Insight {
	dy := indexInsightDiary(days, cramps, today)
	var out []Insight
	for lag := range maxInsightLag + 1 {
		for _, r := range factorRules {
			if lag == 0 || laggedFactors[r.factor] {
				in := dy.count(r, lag)
				in.score()
				out = append(out, in)
			}
		}
	}
	correctInsights(out)
	for k := range out {
		out[k].judge()
	}
	dy.addDoses(out)
	return out
}

// LoadInsights reads the whole diary up to today from s and runs Insights.
func Load(ctx context.Context, s model.Store, today model.Date) ([]Insight, error) {
	days, err := s.Days(ctx, model.FirstDate, today)
	if err != nil {
		return nil, fmt.Errorf("model: insights: %w", err)
	}
	cramps, err := s.Cramps(ctx, model.FirstDate, today)
	if err != nil {
		return nil, fmt.Errorf("model: insights: %w", err)
	}
	return Find(days, cramps, today), nil
}

// count tallies the checked nights with and without the factor lag evenings
// before, in all and by stratum, and how often the factor switched.
func (dy *insightDiary) count(r factorRule, lag int) Insight {
	in := Insight{Factor: r.factor, Lag: lag, Label: lagLabel(r.label, lag), Short: lagLabel(r.short(), lag), Experiment: r.experiment,
		strata: make([]stats.Stratum, dy.strataCount())}
	last := -1
	for i, n := range dy.nights {
		if !n.checked || i < lag {
			continue
		}
		with, ok := r.exposed(dy, i-lag)
		if !ok {
			continue
		}
		if last >= 0 && countIf(with) != last {
			in.Switches++
		}
		last = countIf(with)
		s := &in.strata[dy.stratum(i)]
		switch {
		case with && n.cramp:
			in.CrampNightsWith++
			s.A++
		case with:
			s.B++
		case n.cramp:
			in.CrampNightsWithout++
			s.C++
		default:
			s.D++
		}
		in.NightsWith += countIf(with)
		in.NightsWithout += countIf(!with)
	}
	return in
}

// score sets the rates and the exact p-value, and whether the factor is
// tested. A factor whose strata cannot reach p <= 0.10 however the cramp
// nights fall (no cramp nights at all, or never both with and without it in
// the same weeks) is not tested: calling it "no sign" would pass off a blind
// test as a clean one. Leaving it out of the correction follows Tarone
// (1990) and Gilbert (2005): it could never be a discovery, so it must not
// dilute the others.
func (in *Insight) score() {
	in.RateWith = crampRate(in.CrampNightsWith, in.NightsWith)
	in.RateWithout = crampRate(in.CrampNightsWithout, in.NightsWithout)
	in.Diff = in.RateWith - in.RateWithout
	in.P, in.Q = math.NaN(), math.NaN()
	if in.NightsWith > 0 && in.NightsWithout > 0 {
		in.P = stats.StratifiedExact(in.strata)
	}
	in.Tested = in.NightsWith >= insightMinNights && in.NightsWithout >= insightMinNights &&
		stats.MinStratifiedP(in.strata) <= insightMaxQ
}

// correctInsights sets Q on the tested factors, Benjamini-Hochberg across them only.
func correctInsights(ins []Insight) {
	p := make([]float64, len(ins))
	for k, in := range ins {
		p[k] = math.NaN()
		if in.Tested {
			p[k] = in.P
		}
	}
	for k, q := range stats.BenjaminiHochberg(p) {
		ins[k].Q = q
	}
}

// judge sets the verdict; a q small enough but resting on fewer than 3 cramp
// nights on the telling side is "not enough data", not a pattern.
func (in *Insight) judge() {
	switch {
	case in.changedOnce():
		in.Verdict = ChangedOnce
		in.Need, in.Lack = changedOnceNeed, LackExperiment
	case !in.Tested:
		in.Verdict = NotEnoughData
		in.needToTest()
	case in.Q > insightMaxQ:
		in.Verdict = NoSign
	case in.Diff > 0 && in.CrampNightsWith >= insightMinCrampNts:
		in.Verdict = LikelyPattern
	case in.Diff < 0 && in.CrampNightsWithout >= insightMinCrampNts:
		in.Verdict = LikelyProtective
	default:
		in.Verdict = NotEnoughData
		in.needCrampNights()
	}
}

func crampRate(k, n int) float64 {
	if n == 0 {
		return math.NaN()
	}
	return float64(k) / float64(n)
}

func countIf(b bool) int {
	if b {
		return 1
	}
	return 0
}
