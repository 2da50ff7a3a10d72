package model

import (
	"math"
	"strings"
	"testing"
)

// insStart is the first night of every crafted diary here.
const insStart = Date("2024-03-01")

// insBuilder writes a diary night by night from insStart.
type insBuilder struct {
	days   []Day
	cramps []Cramp
}

// add appends n checked nights after the ones so far, cramps of them with a
// cramp, each day edited by set (nil leaves every factor unrecorded).
func (b *insBuilder) add(n, cramps int, set func(*Day)) *insBuilder {
	for i := range n {
		d := Day{Date: insStart.AddDays(len(b.days)), NightChecked: true}
		if set != nil {
			set(&d)
		}
		if i < cramps {
			b.cramps = append(b.cramps, Cramp{Night: d.Date, Muscle: Calf, Side: Left})
		}
		b.days = append(b.days, d)
	}
	return b
}

func (b *insBuilder) today() Date { return insStart.AddDays(len(b.days)) }

func (b *insBuilder) insights() map[Factor]Insight {
	got := map[Factor]Insight{}
	for _, in := range Insights(b.days, b.cramps, b.today()) {
		got[in.Factor] = in
	}
	return got
}

func insAlcohol(n int) func(*Day)   { return func(d *Day) { d.AlcoholDrinks = ptr(n) } }
func insHeat(on bool) func(*Day)    { return func(d *Day) { d.Heat = ptr(on) } }
func insStretch(on bool) func(*Day) { return func(d *Day) { d.Stretched = ptr(on) } }

func TestInsightsLikelyPatternHandWorked(t *testing.T) {
	// Alcohol: 8 of 10 nights with it had a cramp, 1 of 6 without: the table
	// 8-2/1-5, whose Fisher p is 400/11440 = 0.034965 (see stats). Heat, on
	// other nights: 4 of 5 with, 1 of 5 without: 4-1/1-4, margins 5,5,5,
	// P(x) = 1,25,100,100,25,1 over 252, x = 4 gives p = 52/252 = 0.206349.
	// Nothing else is recorded, so both are tested and m = 2: sorted,
	// q = 0.034965 * 2/1 = 0.069930 and min(0.206349 * 2/2) = 0.206349.
	b := new(insBuilder)
	b.add(10, 8, insAlcohol(2)).add(6, 1, insAlcohol(0))
	b.add(5, 4, insHeat(true)).add(5, 1, insHeat(false))
	got := b.insights()

	a := got[FactorAlcohol]
	insAssertCounts(t, a, 10, 6, 8, 1)
	insAssertNear(t, "alcohol p", a.P, 400.0/11440)
	insAssertNear(t, "alcohol q", a.Q, 800.0/11440)
	insAssertNear(t, "alcohol diff", a.Diff, 0.8-1.0/6)
	if a.Verdict != InsightLikelyPattern || a.Experiment != "no-alcohol" {
		t.Errorf("alcohol: verdict %q, experiment %q", a.Verdict, a.Experiment)
	}
	h := got[FactorHeat]
	insAssertNear(t, "heat p", h.P, 52.0/252)
	insAssertNear(t, "heat q", h.Q, 52.0/252)
	if h.Verdict != InsightNoSign {
		t.Errorf("heat: verdict %q, want no sign", h.Verdict)
	}
	if s := got[FactorStretched]; s.Verdict != InsightNotEnoughData || s.Tested || !math.IsNaN(s.P) || !math.IsNaN(s.Q) {
		t.Errorf("stretched, never recorded: %+v", s)
	}
}

func TestInsightsLikelyProtective(t *testing.T) {
	// The alcohol table mirrored: 1 of 6 nights after stretching had a cramp,
	// 8 of 10 without: p = 0.034965, alone in the correction.
	b := new(insBuilder)
	b.add(6, 1, insStretch(true)).add(10, 8, insStretch(false))
	s := b.insights()[FactorStretched]
	if s.Verdict != InsightLikelyProtective || s.Experiment != "bedtime-stretch" {
		t.Fatalf("stretched: verdict %q, experiment %q, q %v", s.Verdict, s.Experiment, s.Q)
	}
}

func TestInsightsNotEnoughData(t *testing.T) {
	cases := []struct {
		name        string
		build       func(b *insBuilder)
		more, fewer int // MoreWith, MoreWithout
		need        string
	}{
		{"four nights with it", func(b *insBuilder) { b.add(4, 4, insAlcohol(1)).add(20, 2, insAlcohol(0)) },
			1, 0, "log 1 more night with it"},
		{"none with, three without", func(b *insBuilder) { b.add(3, 1, insAlcohol(0)) },
			5, 2, "log 5 more nights with it and 2 without"},
		{"no cramp nights at all", func(b *insBuilder) { b.add(10, 0, insAlcohol(1)).add(10, 0, insAlcohol(0)) },
			0, 0, "nothing to compare"},
		{"every night a cramp night", func(b *insBuilder) { b.add(10, 10, insAlcohol(1)).add(10, 10, insAlcohol(0)) },
			0, 0, "no cramp-free nights"},
		// 5 and 5 nights, 1 cramp night: the best Fisher can do is 5/10 = 0.5.
		// Grown at these rates (half the nights with it, a tenth with a cramp):
		// 4x, 20 and 20 nights with 4 cramp nights, still gives at best
		// 2 C(20,4)/C(40,4) = 0.106; 5x, 25 and 25 with 5, gives 2 C(25,5)/C(50,5)
		// = 0.050. So the projection is about 30-40 more nights, on both sides.
		{"too few cramp nights to tell", func(b *insBuilder) { b.add(5, 1, insAlcohol(1)).add(5, 0, insAlcohol(0)) },
			-1, -1, "log about "},
		// 2 of 5 with it against 0 of 200 without: p is tiny, but 2 cramp nights
		// are not 3. At 2/5 a night, 1 more cramp night takes about 3 nights.
		{"small q on two cramp nights", func(b *insBuilder) { b.add(5, 2, insAlcohol(1)).add(200, 0, insAlcohol(0)) },
			3, 0, "log about 3 more nights with it"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := new(insBuilder)
			tc.build(b)
			a := b.insights()[FactorAlcohol]
			if a.Verdict != InsightNotEnoughData || !strings.Contains(a.Need, tc.need) {
				t.Fatalf("verdict %q, need %q; want not enough data, %q", a.Verdict, a.Need, tc.need)
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
	b.cramps = append(b.cramps, Cramp{Night: insStart.AddDays(1), Muscle: Calf, Side: Left})
	b.add(1, 0, insAlcohol(0)) // night 1: no drinks, a cramp (above)
	b.add(1, 0, nil)           // night 2: alcohol not recorded
	b.add(1, 1, nil)           // night 3: a cramp, alcohol not recorded
	b.add(1, 0, insAlcohol(2)) // night 4, then made unchecked: no data
	b.days[4].NightChecked = false
	// A cramp on a night with no day saved still counts as checked, but has no factors.
	b.cramps = append(b.cramps, Cramp{Night: insStart.AddDays(5), Muscle: Foot, Side: Right})
	// Entries after today are ignored.
	future := Day{Date: b.today().AddDays(30), NightChecked: true, AlcoholDrinks: ptr(1)}
	b.days = append(b.days, future)
	a := Insights(b.days, b.cramps, insStart.AddDays(6))[0]
	insAssertCounts(t, a, 1, 1, 0, 1)
}

func TestInsightsReportsEveryFactorInOrder(t *testing.T) {
	got := Insights(nil, nil, insStart)
	if len(got) != len(Factors) {
		t.Fatalf("%d insights for %d factors", len(got), len(Factors))
	}
	templates := map[string]bool{"": true, "steady-load": true, "sleep-window": true, "no-alcohol": true,
		"water-salt": true, "bedtime-stretch": true, "earlier-workouts": true}
	for k, in := range got {
		if in.Factor != Factors[k] || in.Label == "" || in.Verdict != InsightNotEnoughData {
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
