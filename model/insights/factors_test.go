package insights

import (
	"math"
	"reflect"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// insExposure runs one factor's rule on the last day of days.
func insExposure(t *testing.T, f Factor, days []model.Day) (with, ok bool) {
	t.Helper()
	last := days[len(days)-1].Date
	dy := indexInsightDiary(days, nil, last)
	for _, r := range factorRules {
		if r.factor == f {
			return r.exposed(dy, len(dy.nights)-1)
		}
	}
	t.Fatalf("no rule for %s", f)
	return false, false
}

// insSeries is one day per value from insStart, each edited by set; the
// last value is the day under test.
func insSeries[T any](vals []T, set func(*model.Day, T)) []model.Day {
	days := make([]model.Day, len(vals))
	for i, v := range vals {
		days[i] = model.Day{Date: insStart.AddDays(i)}
		set(&days[i], v)
	}
	return days
}

func insRepeat[T any](v T, n int, last ...T) []T {
	out := make([]T, 0, n+len(last))
	for range n {
		out = append(out, v)
	}
	return append(out, last...)
}

// A nil step count in a series, so windows can have gaps.
var insNoSteps = -1

func insSetSteps(d *model.Day, v int) {
	if v != insNoSteps {
		d.Steps = ptr(v)
	}
}

// insSetSleep sets a sleep window of h hours from 23:00.
func insSetSleep(d *model.Day, h float64) {
	d.SleepStart, d.SleepEnd = ptr(model.Clock(23*60)), ptr(model.Clock((23*60+int(math.Round(h*60)))%(24*60)))
}

func TestFactorRules(t *testing.T) {
	cups := func(d *model.Day, v int) { d.CaffeineCups = ptr(v) }
	standing := func(d *model.Day, v float64) { d.StandingH = ptr(v) }
	stress := func(d *model.Day, v int) { d.Stress = ptr(v) }
	drinks := func(d *model.Day, v int) { d.AlcoholDrinks = ptr(v) }
	cases := []struct {
		name     string
		factor   Factor
		days     []model.Day
		with, ok bool
	}{
		{"no drinks", FactorAlcohol, insSeries([]int{0}, drinks), false, true},
		{"one drink", FactorAlcohol, insSeries([]int{1}, drinks), true, true},
		{"alcohol not recorded", FactorAlcohol, []model.Day{{Date: insStart}}, false, false},
		{"stress 3", FactorStress, insSeries([]int{3}, stress), false, true},
		{"stress 4", FactorStress, insSeries([]int{4}, stress), true, true},
		// Cups 1, 2, 2, 3, 5: the median is 2, and 2 is "at or above".
		{"caffeine at the median", FactorCaffeine, insSeries([]int{1, 3, 5, 2, 2}, cups), true, true},
		{"caffeine under the median", FactorCaffeine, insSeries([]int{2, 3, 5, 2, 1}, cups), false, true},
		{"standing 6 h", FactorLongStanding, insSeries([]float64{6}, standing), true, true},
		{"standing 5.5 h", FactorLongStanding, insSeries([]float64{5.5}, standing), false, true},
		// Usual sleep 8 h: 7 h is a full hour under it, 7.5 h is not; 5.9 h is under 6.
		{"an hour under the usual", FactorShortSleep, insSeries([]float64{8, 8, 8, 7}, insSetSleep), true, true},
		{"half an hour under", FactorShortSleep, insSeries([]float64{8, 8, 8, 7.5}, insSetSleep), false, true},
		{"under six hours", FactorShortSleep, insSeries([]float64{6.5, 6.5, 5.9}, insSetSleep), true, true},
		{"sleep not recorded", FactorShortSleep, []model.Day{{Date: insStart}}, false, false},
		// Trailing median 8,000: over 1.5x is over 12,000.
		{"spike", FactorLoadSpike, insSeries(insRepeat(8000, 7, 12001), insSetSteps), true, true},
		{"just not a spike", FactorLoadSpike, insSeries(insRepeat(8000, 7, 12000), insSetSteps), false, true},
		{"six days of baseline", FactorLoadSpike, insSeries(insRepeat(8000, 6, 30000), insSetSteps), false, false},
		// Only the 28 days before count: 7 recorded days 29 days back are no baseline.
		{"baseline too old", FactorLoadSpike, insSeries(append(insRepeat(8000, 7), insRepeat(insNoSteps, 22, 30000)...), insSetSteps), false, false},
		{"gaps in the baseline", FactorLoadSpike, insSeries(append(insRepeat(8000, 7), insRepeat(insNoSteps, 21, 30000)...), insSetSteps), true, true},
		// Baseline 28 days at 8,000; the week must beat 9,600 on average.
		{"heavy week", FactorHeavyWeek, insSeries(append(insRepeat(8000, 28), insRepeat(9700, 7)...), insSetSteps), true, true},
		{"ordinary week", FactorHeavyWeek, insSeries(append(insRepeat(8000, 28), insRepeat(9600, 7)...), insSetSteps), false, true},
		{"three days of the week", FactorHeavyWeek, insSeries(append(insRepeat(8000, 28), insRepeat(insNoSteps, 4, 20000, 20000, 20000)...), insSetSteps), false, false},
		{"thin baseline", FactorHeavyWeek, insSeries(append(insRepeat(insNoSteps, 15, insRepeat(8000, 13)...), insRepeat(20000, 7)...), insSetSteps), false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			with, ok := insExposure(t, tc.factor, tc.days)
			if with != tc.with || ok != tc.ok {
				t.Fatalf("%s: with %v, ok %v; want %v, %v", tc.factor, with, ok, tc.with, tc.ok)
			}
		})
	}
}

func TestInsightsIgnoreDatesCenturiesBack(t *testing.T) {
	days := []model.Day{{Date: "1024-05-01", NightChecked: true, AlcoholDrinks: ptr(1)}, {Date: insStart, NightChecked: true, AlcoholDrinks: ptr(1)}}
	dy := indexInsightDiary(days, nil, insStart)
	if len(dy.nights) != 1 {
		t.Fatalf("%d nights indexed, want only the recent one", len(dy.nights))
	}
	if got := Find(days, nil, "not a date"); len(got) != len(Factors)+maxInsightLag*len(laggedFactors) {
		t.Fatalf("a bad today gave %d insights", len(got))
	}
}

// notFactors are the fields of model.Day that feed no factor, each for the
// reason given beside factorRules; every other recorded field must feed one,
// so a field added to the diary form cannot be left out of Insights unseen.
var notFactors = map[string]bool{
	"SleepQuality": true, "Weakness": true, "Numbness": true, "SwellingOneSide": true, "LegColourChange": true,
}

func TestEveryLoggedFieldFeedsAFactor(t *testing.T) {
	dayT := reflect.TypeFor[model.Day]()
	for i := range dayT.NumField() {
		f := dayT.Field(i)
		if f.Type.Kind() != reflect.Pointer || notFactors[f.Name] {
			continue
		}
		t.Run(f.Name, func(t *testing.T) {
			days := make([]model.Day, 60)
			for k := range days {
				days[k] = model.Day{Date: insStart.AddDays(k), NightChecked: true}
				setVarying(reflect.ValueOf(&days[k]).Elem().Field(i), k)
				if f.Name == "SleepStart" || f.Name == "SleepEnd" {
					days[k].SleepStart, days[k].SleepEnd = ptr(model.Clock(23*60)), ptr(model.Clock((3+4*(k%2))*60))
				}
			}
			var cramps []model.Cramp
			for k := 0; k < 60; k += 3 {
				cramps = append(cramps, model.Cramp{Night: days[k].Date, Muscle: model.Calf, Side: model.Left})
			}
			for _, in := range Find(days, cramps, insStart.AddDays(60)) {
				if in.NightsWith > 0 && in.NightsWithout > 0 {
					return
				}
			}
			t.Errorf("%s varies from day to day, but no factor compares nights with and without it", f.Name)
		})
	}
}

// setVarying gives a field a value that changes from day k to the next: a
// bool alternates, a number cycles low, middle, high (the high a spike on
// any scale the factors use).
func setVarying(v reflect.Value, k int) {
	ladder := []float64{0, 2, 40000}
	p := reflect.New(v.Type().Elem())
	switch e := p.Elem(); e.Kind() {
	case reflect.Bool:
		e.SetBool(k%2 == 0)
	case reflect.Int, reflect.Int64:
		e.SetInt(int64(ladder[k%3]))
	case reflect.Float64:
		e.SetFloat(ladder[k%3])
	default:
		return
	}
	v.Set(p)
}
