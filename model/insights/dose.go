package insights

import (
	"encoding/json"
	"math"

	"github.com/crampdiary/crampdiary/model"
)

// Dose is the cramp-night rate of a counted factor by band, so a person can
// see whether more goes with more: a rising rate from band to band is a
// stronger hint than a with/without split. It is descriptive: no test, and
// no part of the verdict.
type Dose struct {
	Measure string `json:"measure"` // the counted field: "drinks", "steps" or "standing_hours"
	Bands   []Band `json:"bands"`
}

// Band is one range of a counted factor: the checked nights whose evening's
// value v had From <= v < To (To is +Inf in the last band).
type Band struct {
	Label               string // an English name, for a heading
	From, To            float64
	Nights, CrampNights int
	Rate                float64 // share of those nights with a cramp, NaN without nights
}

// MarshalJSON writes a band for `crampdiary insights --json`: the open end
// of the last band and the rate of a band without nights, which JSON cannot
// hold, are null. The keys are a promise to scripts.
func (b Band) MarshalJSON() ([]byte, error) {
	finite := func(v float64) *float64 {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil
		}
		return &v
	}
	return json.Marshal(struct {
		Label       string   `json:"label"`
		From        float64  `json:"from"`
		To          *float64 `json:"to"`
		Nights      int      `json:"nights"`
		CrampNights int      `json:"cramp_nights"`
		Rate        *float64 `json:"rate"`
	}{b.Label, b.From, finite(b.To), b.Nights, b.CrampNights, finite(b.Rate)})
}

// doseRule names the bands of one counted field and the factor row they go with.
type doseRule struct {
	factor  Factor
	measure string
	get     func(d *model.Day) (float64, bool)
	bands   []Band
}

var inf = math.Inf(1)

// doseRules holds the bands, chosen so each is a range a person knows:
//   - drinks: none, one, two or more; two is where most guidance on evening
//     drinking draws its line, and more bands would be thin on most diaries;
//   - steps: the step-defined activity bands of Tudor-Locke and Bassett
//     (2004): under 5,000 (sedentary), 5,000-7,499, 7,500-9,999, 10,000 or
//     more (active); absolute, so two people's bands mean the same;
//   - standing hours: under 2 (a sitting day), 2 to 6 (an ordinary or office
//     day, which logs 2-5 h), 6 or more (the long-standing factor's line).
var doseRules = []doseRule{
	{FactorAlcohol, "drinks", intValue(func(d *model.Day) *int { return d.AlcoholDrinks }), []Band{
		{Label: "no drinks", From: 0, To: 1}, {Label: "1 drink", From: 1, To: 2}, {Label: "2 or more drinks", From: 2, To: inf}}},
	{FactorLoadSpike, "steps", intValue(func(d *model.Day) *int { return d.Steps }), []Band{
		{Label: "under 5,000 steps", From: 0, To: 5000}, {Label: "5,000 to 7,499 steps", From: 5000, To: 7500},
		{Label: "7,500 to 9,999 steps", From: 7500, To: 10000}, {Label: "10,000 steps or more", From: 10000, To: inf}}},
	{FactorLongStanding, "standing_hours", func(d *model.Day) (float64, bool) {
		if d.StandingH == nil {
			return 0, false
		}
		return *d.StandingH, true
	}, []Band{
		{Label: "under 2 hours on your feet", From: 0, To: 2}, {Label: "2 to 6 hours on your feet", From: 2, To: longStandingH},
		{Label: "6 hours or more on your feet", From: longStandingH, To: inf}}},
}

func intValue(get func(*model.Day) *int) func(*model.Day) (float64, bool) {
	return func(d *model.Day) (float64, bool) {
		if v := get(d); v != nil {
			return float64(*v), true
		}
		return 0, false
	}
}

// dose counts the checked nights of each band, matched to the evening
// before (lag 0): the bands describe the amount, the lags are the tests' job.
func (dy *insightDiary) dose(r doseRule) *Dose {
	d := &Dose{Measure: r.measure, Bands: append([]Band(nil), r.bands...)}
	for _, n := range dy.nights {
		if !n.checked || n.day == nil {
			continue
		}
		v, ok := r.get(n.day)
		if !ok {
			continue
		}
		for k := range d.Bands {
			if b := &d.Bands[k]; v >= b.From && v < b.To {
				b.Nights++
				b.CrampNights += countIf(n.cramp)
			}
		}
	}
	for k := range d.Bands {
		d.Bands[k].Rate = crampRate(d.Bands[k].CrampNights, d.Bands[k].Nights)
	}
	return d
}

// addDoses puts each counted factor's bands on its row at lag 0.
func (dy *insightDiary) addDoses(ins []Insight) {
	for _, r := range doseRules {
		for k := range ins {
			if ins[k].Factor == r.factor && ins[k].Lag == 0 {
				ins[k].Dose = dy.dose(r)
			}
		}
	}
}
