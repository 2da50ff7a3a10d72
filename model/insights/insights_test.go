package insights

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/stats"
)

// insStart is the first night of every crafted diary here.
const insStart = model.Date("2024-03-01")

// insBuilder writes a diary night by night from insStart.
type insBuilder struct {
	days   []model.Day
	cramps []model.Cramp
}

// add appends n checked nights after the ones so far, cramps of them with a
// cramp, each day edited by set (nil leaves every factor unrecorded).
func (b *insBuilder) add(n, cramps int, set func(*model.Day)) *insBuilder {
	for i := range n {
		d := model.Day{Date: insStart.AddDays(len(b.days)), NightChecked: true}
		if set != nil {
			set(&d)
		}
		if i < cramps {
			b.cramps = append(b.cramps, model.Cramp{Night: d.Date, Muscle: model.Calf, Side: model.Left})
		}
		b.days = append(b.days, d)
	}
	return b
}

func (b *insBuilder) today() model.Date { return insStart.AddDays(len(b.days)) }

// insights maps every factor to its row at lag 0.
func (b *insBuilder) insights() map[Factor]Insight {
	got := map[Factor]Insight{}
	for _, in := range Find(b.days, b.cramps, b.today()) {
		if in.Lag == 0 {
			got[in.Factor] = in
		}
	}
	return got
}

func ptr[T any](v T) *T { return &v }

func insAlcohol(n int) func(*model.Day)   { return func(d *model.Day) { d.AlcoholDrinks = ptr(n) } }
func insHeat(on bool) func(*model.Day)    { return func(d *model.Day) { d.Heat = ptr(on) } }
func insStretch(on bool) func(*model.Day) { return func(d *model.Day) { d.Stretched = ptr(on) } }

// insRefP is the stratified p worked out apart from the finder: strata
// of ten-night blocks from the first night and of the cramp nights among the
// two nights before (a night before the diary makes it "not known").
func insRefP(b *insBuilder, exposed func(d model.Day) (bool, bool)) float64 {
	cramp := map[model.Date]bool{}
	for _, c := range b.cramps {
		cramp[c.Night] = true
	}
	strata := map[int]*stats.Stratum{}
	for i, d := range b.days {
		with, ok := exposed(d)
		if !ok {
			continue
		}
		prev := 0
		if i < 2 {
			prev = 3
		} else {
			prev = countIf(cramp[b.days[i-1].Date]) + countIf(cramp[b.days[i-2].Date])
		}
		key := i/10*4 + prev
		if strata[key] == nil {
			strata[key] = &stats.Stratum{}
		}
		s := strata[key]
		switch {
		case with && cramp[d.Date]:
			s.A++
		case with:
			s.B++
		case cramp[d.Date]:
			s.C++
		default:
			s.D++
		}
	}
	var list []stats.Stratum
	for _, s := range strata {
		list = append(list, *s)
	}
	return stats.StratifiedExact(list)
}

// insAlternating adds n nights, the factor on every other one from the
// first; a night with it has a cramp when cramp says so.
func (b *insBuilder) alternating(n int, set func(on bool) func(*model.Day), cramp func(k int, on bool) bool) {
	for k := range n {
		on := k%2 == 0
		b.add(1, countIf(cramp(k, on)), set(on))
	}
}

func insAlcoholOn(on bool) func(*model.Day) {
	if on {
		return insAlcohol(2)
	}
	return insAlcohol(0)
}

func TestInsightsLikelyPatternHandWorked(t *testing.T) {
	// 56 nights, alcohol every other evening: 24 of the 28 nights with it
	// had a cramp, 4 of the 28 without. Nothing else is recorded, so alcohol
	// is the only test and q = p.
	b := new(insBuilder)
	b.alternating(56, insAlcoholOn, func(k int, on bool) bool { return on == (k%14 != 0 && k%14 != 1) })
	a := b.insights()[FactorAlcohol]
	insAssertCounts(t, a, 28, 28, 24, 4)
	want := insRefP(b, func(d model.Day) (bool, bool) { return *d.AlcoholDrinks > 0, true })
	insAssertNear(t, "alcohol p", a.P, want)
	insAssertNear(t, "alcohol q", a.Q, want)
	insAssertNear(t, "alcohol diff", a.Diff, 24.0/28-4.0/28)
	if a.Verdict != LikelyPattern || a.Experiment != "no-alcohol" || a.Lag != 0 || a.P > 0.01 {
		t.Errorf("alcohol: verdict %q, experiment %q, lag %d, p %v", a.Verdict, a.Experiment, a.Lag, a.P)
	}
	if s := b.insights()[FactorStretched]; s.Verdict != NotEnoughData || s.Tested || !math.IsNaN(s.P) || !math.IsNaN(s.Q) {
		t.Errorf("stretched, never recorded: %+v", s)
	}
}

func TestInsightsNoSign(t *testing.T) {
	// Heat every other evening, cramps on a third of the nights whatever the
	// weather (drawn from a fixed seed: a strict cycle would line up with
	// the two nights before and leave nothing to compare).
	rng := rand.New(rand.NewPCG(3, 4))
	b := new(insBuilder)
	b.alternating(56, insHeat, func(int, bool) bool { return rng.Float64() < 1.0/3 })
	h := b.insights()[FactorHeat]
	insAssertNear(t, "heat p", h.P, insRefP(b, func(d model.Day) (bool, bool) { return *d.Heat, true }))
	if !h.Tested || h.Verdict != NoSign {
		t.Errorf("heat: tested %v, verdict %q, p %v", h.Tested, h.Verdict, h.P)
	}
}

func TestInsightsLikelyProtective(t *testing.T) {
	// The alcohol diary mirrored: cramps mostly on the nights without a stretch.
	b := new(insBuilder)
	b.alternating(56, insStretch, func(k int, on bool) bool { return on != (k%14 != 0 && k%14 != 1) })
	s := b.insights()[FactorStretched]
	if s.Verdict != LikelyProtective || s.Experiment != "bedtime-stretch" {
		t.Fatalf("stretched: verdict %q, experiment %q, q %v", s.Verdict, s.Experiment, s.Q)
	}
}

// A habit started once and kept, while the cramps fade: the with and
// without nights differ a lot, but so do the weeks they fall in.
func TestInsightsChangedOnce(t *testing.T) {
	b := new(insBuilder)
	b.add(30, 0, insStretch(false))
	for k := range 30 { // cramps on 2 nights in 3 before the habit
		b.cramps = append(b.cramps, model.Cramp{Night: insStart.AddDays(k), Muscle: model.Calf, Side: model.Left})
		if k%3 == 0 {
			b.cramps = b.cramps[:len(b.cramps)-1]
		}
	}
	b.add(30, 2, insStretch(true))
	s := b.insights()[FactorStretched]
	if s.Verdict != ChangedOnce || s.Switches != 1 || !strings.Contains(s.Need.String(), "experiment can tell") || s.Lack != LackExperiment {
		t.Fatalf("stretched from night 30 on: verdict %q, switches %d, need %q", s.Verdict, s.Switches, s.Need)
	}
	// Off for a week in the middle and on otherwise is one change too.
	b = new(insBuilder)
	b.add(20, 2, insStretch(true)).add(20, 15, insStretch(false)).add(20, 2, insStretch(true))
	if s := b.insights()[FactorStretched]; s.Verdict != ChangedOnce || s.Switches != 2 {
		t.Fatalf("a stretch off in the middle: verdict %q, switches %d", s.Verdict, s.Switches)
	}
}

// Load factors are matched to the night itself and to the two after; the
// night after a long day on one's feet is the one with it at lag 1.
func TestInsightsLagsLoadFactors(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	b := new(insBuilder)
	long := false
	for range 60 {
		h := 2.0
		if rng.Float64() < 0.35 {
			h = 8
		}
		b.add(1, countIf(long), func(d *model.Day) { d.StandingH = &h })
		long = h >= longStandingH
	}
	lags := map[int]Insight{}
	for _, in := range Find(b.days, b.cramps, b.today()) {
		if in.Factor == FactorLongStanding {
			lags[in.Lag] = in
		}
	}
	if len(lags) != 3 {
		t.Fatalf("long standing at lags %v, want 0, 1 and 2", lags)
	}
	l1 := lags[1]
	if l1.NightsWith+l1.NightsWithout != 59 || l1.CrampNightsWith != l1.NightsWith || l1.CrampNightsWithout != 0 {
		t.Errorf("lag 1 counts: %+v", l1)
	}
	if lags[1].Verdict != LikelyPattern || lags[0].Verdict == LikelyPattern || !strings.Contains(lags[1].Label, "night after") {
		t.Fatalf("lag 1: %q %q; lag 0: %q", lags[1].Label, lags[1].Verdict, lags[0].Verdict)
	}
}

func TestInsightsNotEnoughData(t *testing.T) {
	cases := []struct {
		name        string
		build       func(b *insBuilder)
		more, fewer int // MoreWith, MoreWithout
		need        string
		lack        Lack
	}{
		{"four nights with it", func(b *insBuilder) { b.add(4, 4, insAlcohol(1)).add(20, 2, insAlcohol(0)) },
			1, 0, "log 1 more night with it", LackNights},
		{"none with, three without", func(b *insBuilder) { b.add(3, 1, insAlcohol(0)) },
			5, 2, "log 5 more nights with it and 2 without", LackNights},
		{"no cramp nights at all", func(b *insBuilder) { b.add(10, 0, insAlcohol(1)).add(10, 0, insAlcohol(0)) },
			0, 0, "nothing to compare", LackCrampNights},
		{"every night a cramp night", func(b *insBuilder) { b.add(10, 10, insAlcohol(1)).add(10, 10, insAlcohol(0)) },
			0, 0, "no cramp-free nights", LackCrampFree},
		// 5 and 5 nights, 1 cramp night: the best Fisher can do is 5/10 = 0.5.
		// Grown at these rates (half the nights with it, a tenth with a cramp):
		// 4x, 20 and 20 nights with 4 cramp nights, still gives at best
		// 2 C(20,4)/C(40,4) = 0.106; 5x, 25 and 25 with 5, gives 2 C(25,5)/C(50,5)
		// = 0.050. So the projection is about 30-40 more nights, on both sides.
		{"too few cramp nights to tell", func(b *insBuilder) { b.add(5, 1, insAlcohol(1)).add(5, 0, insAlcohol(0)) },
			-1, -1, "log about ", LackNightsAbout},
		// 2 of 5 with it against 0 of 200 without: p is tiny, but 2 cramp nights
		// are not 3. At 2/5 a night, 1 more cramp night takes about 3 nights.
		// Spread so that each sits among 9 nights without it in its own
		// ten-night block: p = (1/10)^2, 0.01.
		{"small q on two cramp nights", func(b *insBuilder) {
			for k := range 200 {
				on := k%40 == 20
				b.add(1, countIf(on && k < 80), insAlcohol(countIf(on)))
			}
		}, 3, 0, "log about 3 more nights with it", LackNightsAbout},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := new(insBuilder)
			tc.build(b)
			a := b.insights()[FactorAlcohol]
			if a.Verdict != NotEnoughData || !strings.Contains(a.Need.String(), tc.need) || a.Lack != tc.lack {
				t.Fatalf("verdict %q, need %q, lack %d; want not enough data, %q, %d", a.Verdict, a.Need, a.Lack, tc.need, tc.lack)
			}
			if tc.more >= 0 && (a.MoreWith != tc.more || a.MoreWithout != tc.fewer) {
				t.Fatalf("more %d with, %d without; want %d, %d", a.MoreWith, a.MoreWithout, tc.more, tc.fewer)
			}
		})
	}
}

func TestInsightsProjectedNeedIsEnough(t *testing.T) {
	b := new(insBuilder)
	b.add(5, 1, insAlcohol(1)).add(5, 0, insAlcohol(0))
	a := b.insights()[FactorAlcohol]
	more := a.MoreWith + a.MoreWithout
	if more < 30 || more > 40 || a.MoreWith < 15 || a.MoreWithout < 15 {
		t.Fatalf("projected %d more with and %d without; want 30-40 in all, about half on each side", a.MoreWith, a.MoreWithout)
	}
}

// The night rule and the checked-night rule: day D's evening goes with
// night D only, unchecked nights are no data, and an unrecorded factor is
// on neither side.
func TestInsightsCountsOnlyCheckedNightsWithTheFactorRecorded(t *testing.T) {
	b := new(insBuilder)
	b.add(1, 0, insAlcohol(3)) // night 0: drinks, no cramp that night
	b.cramps = append(b.cramps, model.Cramp{Night: insStart.AddDays(1), Muscle: model.Calf, Side: model.Left})
	b.add(1, 0, insAlcohol(0)) // night 1: no drinks, a cramp (above)
	b.add(1, 0, nil)           // night 2: alcohol not recorded
	b.add(1, 1, nil)           // night 3: a cramp, alcohol not recorded
	b.add(1, 0, insAlcohol(2)) // night 4, then made unchecked: no data
	b.days[4].NightChecked = false
	// A cramp on a night with no day saved still counts as checked, but has no factors.
	b.cramps = append(b.cramps, model.Cramp{Night: insStart.AddDays(5), Muscle: model.Foot, Side: model.Right})
	// Entries after today are ignored.
	future := model.Day{Date: b.today().AddDays(30), NightChecked: true, AlcoholDrinks: ptr(1)}
	b.days = append(b.days, future)
	a := Find(b.days, b.cramps, insStart.AddDays(6))[0]
	insAssertCounts(t, a, 1, 1, 0, 1)
}

func TestInsightsReportsEveryFactorInOrder(t *testing.T) {
	got := Find(nil, nil, insStart)
	if len(got) != len(Factors)+maxInsightLag*len(laggedFactors) {
		t.Fatalf("%d insights for %d factors", len(got), len(Factors))
	}
	for k, in := range got[len(Factors):] {
		if !laggedFactors[in.Factor] || in.Lag != 1+k/len(laggedFactors) {
			t.Errorf("lagged insight %d: %s at lag %d", k, in.Factor, in.Lag)
		}
	}
	got = got[:len(Factors)]
	templates := map[string]bool{"": true, "steady-load": true, "sleep-window": true, "no-alcohol": true,
		"water-salt": true, "bedtime-stretch": true, "earlier-workouts": true}
	for k, in := range got {
		if in.Factor != Factors[k] || in.Label == "" || in.Verdict != NotEnoughData {
			t.Errorf("insight %d on an empty diary: %+v", k, in)
		}
		if !templates[in.Experiment] {
			t.Errorf("%s offers unknown experiment %q", in.Factor, in.Experiment)
		}
	}
}

func insAssertCounts(t *testing.T, in Insight, with, without, crampWith, crampWithout int) {
	t.Helper()
	if in.NightsWith != with || in.NightsWithout != without || in.CrampNightsWith != crampWith || in.CrampNightsWithout != crampWithout {
		t.Fatalf("%s: nights %d/%d, cramp nights %d/%d; want %d/%d, %d/%d", in.Factor,
			in.NightsWith, in.NightsWithout, in.CrampNightsWith, in.CrampNightsWithout,
			with, without, crampWith, crampWithout)
	}
}

func insAssertNear(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-9 {
		t.Errorf("%s = %.10f, want %.10f", what, got, want)
	}
}
