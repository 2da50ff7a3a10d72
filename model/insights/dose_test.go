package insights

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// More drinks, more cramp nights: 10 nights at each amount 0, 1, 2 and 3,
// with 1, 3, 5 and 7 cramp nights. The bands are 0 / 1 / 2+, so the last
// band holds the 20 nights of 2 and 3 drinks with 12 cramp nights.
func TestDoseBandsCountCrampNightsByAmount(t *testing.T) {
	b := new(insBuilder)
	for drinks, cramps := range []int{1, 3, 5, 7} {
		b.add(10, cramps, insAlcohol(drinks))
	}
	b.add(4, 4, nil) // drinks not recorded: in no band
	rows := b.insights()
	d := rows[FactorAlcohol].Dose
	if d == nil || d.Measure != "drinks" || len(d.Bands) != 3 {
		t.Fatalf("alcohol dose: %+v", d)
	}
	want := []struct {
		label         string
		nights, cramp int
	}{{"no drinks", 10, 1}, {"1 drink", 10, 3}, {"2 or more drinks", 20, 12}}
	for k, w := range want {
		got := d.Bands[k]
		if got.Label != w.label || got.Nights != w.nights || got.CrampNights != w.cramp ||
			math.Abs(got.Rate-float64(w.cramp)/float64(w.nights)) > 1e-12 {
			t.Errorf("band %d: %+v, want %+v", k, got, w)
		}
	}
	if !math.IsInf(d.Bands[2].To, 1) {
		t.Errorf("the last band ends at %v, want no end", d.Bands[2].To)
	}
	for _, in := range Find(b.days, b.cramps, b.today()) {
		if (in.Dose != nil) != (in.Lag == 0 && (in.Factor == FactorAlcohol || in.Factor == FactorLoadSpike || in.Factor == FactorLongStanding)) {
			t.Errorf("%s at lag %d: dose %v", in.Factor, in.Lag, in.Dose)
		}
	}
}

// Each value lands in exactly one band, the edges in the band above them.
func TestDoseBandEdges(t *testing.T) {
	cases := []struct {
		factor Factor
		set    func(*model.Day)
		band   int
	}{
		{FactorLoadSpike, func(d *model.Day) { d.Steps = ptr(4999) }, 0},
		{FactorLoadSpike, func(d *model.Day) { d.Steps = ptr(5000) }, 1},
		{FactorLoadSpike, func(d *model.Day) { d.Steps = ptr(9999) }, 2},
		{FactorLoadSpike, func(d *model.Day) { d.Steps = ptr(10000) }, 3},
		{FactorLongStanding, func(d *model.Day) { d.StandingH = ptr(1.5) }, 0},
		{FactorLongStanding, func(d *model.Day) { d.StandingH = ptr(2.0) }, 1},
		{FactorLongStanding, func(d *model.Day) { d.StandingH = ptr(5.5) }, 1},
		{FactorLongStanding, func(d *model.Day) { d.StandingH = ptr(6.0) }, 2},
	}
	for _, tc := range cases {
		b := new(insBuilder).add(1, 1, tc.set)
		d := b.insights()[tc.factor].Dose
		for k, band := range d.Bands {
			if want := countIf(k == tc.band); band.Nights != want || band.CrampNights != want {
				t.Errorf("%s: band %q holds %d nights, want %d", tc.factor, band.Label, band.Nights, want)
			}
		}
	}
}

// One row per factor, its strongest lag, strongest first: by verdict, then
// the size of the difference, then p.
func TestStrongestKeepsOneRowPerFactor(t *testing.T) {
	nan := math.NaN()
	ins := []Insight{
		{Factor: FactorHeat, Verdict: NoSign, P: 0.4, Diff: 0.1},
		{Factor: FactorLongStanding, Lag: 0, Verdict: NoSign, P: 0.3, Diff: 0.3},
		{Factor: FactorAlcohol, Verdict: NotEnoughData, P: nan, Diff: nan},
		{Factor: FactorStress, Verdict: NoSign, P: 0.4, Diff: -0.2},
		{Factor: FactorLongStanding, Lag: 1, Verdict: LikelyPattern, P: 0.01},
		{Factor: FactorLongStanding, Lag: 2, Verdict: NoSign, P: 0.02},
		{Factor: FactorStretched, Verdict: NotEnoughData, P: 0.5, Diff: 0.05},
		{Factor: FactorNewShoes, Verdict: NotEnoughData, P: 0.2, Diff: 0.05},
	}
	got := Strongest(ins)
	want := []struct {
		f   Factor
		lag int
	}{{FactorLongStanding, 1}, {FactorStress, 0}, {FactorHeat, 0}, {FactorNewShoes, 0}, {FactorStretched, 0}, {FactorAlcohol, 0}}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(got), len(want), got)
	}
	for k, w := range want {
		if got[k].Factor != w.f || got[k].Lag != w.lag {
			t.Errorf("row %d: %s at lag %d, want %s at %d", k, got[k].Factor, got[k].Lag, w.f, w.lag)
		}
	}
	if ins[0].Factor != FactorHeat || ins[4].Lag != 1 {
		t.Error("Strongest reordered its argument")
	}
}

func TestDoseJSONHasNoNaN(t *testing.T) {
	d := Dose{Measure: "drinks", Bands: []Band{{Label: "no drinks", To: 1, Rate: math.NaN()}, {Label: "2 or more drinks", From: 2, To: math.Inf(1), Nights: 4, CrampNights: 1, Rate: 0.25}}}
	raw, err := json.Marshal(d)
	want := `{"measure":"drinks","bands":[{"label":"no drinks","from":0,"to":1,"nights":0,"cramp_nights":0,"rate":null},` +
		`{"label":"2 or more drinks","from":2,"to":null,"nights":4,"cramp_nights":1,"rate":0.25}]}`
	if err != nil || string(raw) != want {
		t.Fatalf("got %s, %v\nwant %s", raw, err, want)
	}
}
