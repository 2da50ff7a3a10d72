package model

import (
	"math/rand/v2"
	"testing"
)

// The simulations of the proof: the finder must rarely invent a
// trigger in diaries that have none, and must find a strong one when it is
// there. Every diary comes from a fixed seed, so a run is repeatable.
const (
	simDiaries = 200
	simNights  = 120

	simBaseRate  = 0.25 // cramp nights in a diary with no trigger
	simShare     = 0.25 // nights with the planted trigger
	simRateWith  = 0.60 // cramp nights after the trigger
	simRateOther = 0.15 // cramp nights without it

	simMaxFalse = 0.10 // at most this share of null diaries may show any "likely pattern"
	simMinFound = 0.80 // the planted trigger must be found in at least this share
	simMissing  = 0.05 // each everyday field goes unrecorded this often
)

// simPerson is one simulated diary's random source.
type simPerson struct{ rng *rand.Rand }

func newSimPerson(seed uint64) simPerson {
	return simPerson{rng: rand.New(rand.NewPCG(seed, 0x696e73696768))}
}

func (p simPerson) chance(pr float64) bool { return p.rng.Float64() < pr }

func simMaybe[T any](p simPerson, v T) *T {
	if p.chance(simMissing) {
		return nil
	}
	return &v
}

// day invents one day's factors independently of each other and of cramps.
// Alcohol is always recorded and present on simShare of nights, so the
// planted trigger has exactly the exposure.
func (p simPerson) day(d Date) Day {
	start := Clock(22*60 + p.rng.IntN(120))
	end := (start + Clock(300+p.rng.IntN(241))) % (24 * 60) // 5 to 9 hours
	steps := 6000 + p.rng.IntN(5000)
	if p.chance(0.08) {
		steps *= 2
	}
	drinks := 0
	if p.chance(simShare) {
		drinks = 1 + p.rng.IntN(3)
	}
	return Day{
		Date: d, NightChecked: true, AlcoholDrinks: &drinks,
		LateMeal: simMaybe(p, p.chance(0.2)), Heat: simMaybe(p, p.chance(0.15)),
		SaltChange: simMaybe(p, p.chance(0.1)), NewShoes: simMaybe(p, p.chance(0.05)),
		Strength: simMaybe(p, p.chance(0.3)), Stretched: simMaybe(p, p.chance(0.3)),
		CaffeineCups: simMaybe(p, p.rng.IntN(5)), Stress: simMaybe(p, 1+p.rng.IntN(5)),
		SleepStart: &start, SleepEnd: &end,
		Steps: simMaybe(p, steps), StandingH: simMaybe(p, float64(p.rng.IntN(17))/2),
	}
}

// diary is n checked nights; cramp gives each night's cramp chance, and a
// cramp night has a second cramp with chance second.
func (p simPerson) diary(n int, cramp func(Day) float64, second float64) ([]Day, []Cramp, Date) {
	days := make([]Day, n)
	var cramps []Cramp
	for i := range days {
		days[i] = p.day(insStart.AddDays(i))
		if !p.chance(cramp(days[i])) {
			continue
		}
		cramps = append(cramps, Cramp{Night: days[i].Date, Muscle: Calf, Side: Left})
		if p.chance(second) {
			cramps = append(cramps, Cramp{Night: days[i].Date, Muscle: Foot, Side: Right})
		}
	}
	return days, cramps, insStart.AddDays(n)
}

func TestSimulatedNullDiariesRarelyShowAPattern(t *testing.T) {
	var withFalse, protective int
	perFactor := map[Factor]int{}
	for seed := range uint64(simDiaries) {
		days, cramps, today := newSimPerson(seed).diary(simNights, func(Day) float64 { return simBaseRate }, 0.2)
		sawPattern := false
		for _, in := range Insights(days, cramps, today) {
			switch in.Verdict {
			case InsightLikelyPattern:
				sawPattern = true
				perFactor[in.Factor]++
			case InsightLikelyProtective:
				protective++
			}
		}
		if sawPattern {
			withFalse++
		}
	}
	share := float64(withFalse) / simDiaries
	t.Logf("null diaries with any false \"likely pattern\": %d of %d (%.1f%%); by factor %v; false \"likely protective\" calls: %d",
		withFalse, simDiaries, 100*share, perFactor, protective)
	if share > simMaxFalse {
		t.Fatalf("%.1f%% of diaries with no trigger showed a pattern, allowed %.0f%%", 100*share, 100*simMaxFalse)
	}
}

func TestSimulatedTriggerIsFound(t *testing.T) {
	var found, otherFalse int
	for seed := range uint64(simDiaries) {
		days, cramps, today := newSimPerson(1_000_000+seed).diary(simNights, func(d Day) float64 {
			if *d.AlcoholDrinks > 0 {
				return simRateWith
			}
			return simRateOther
		}, 0.2)
		for _, in := range Insights(days, cramps, today) {
			switch {
			case in.Factor == FactorAlcohol && in.Verdict == InsightLikelyPattern:
				found++
			case in.Factor != FactorAlcohol && in.Verdict == InsightLikelyPattern:
				otherFalse++
			}
		}
	}
	share := float64(found) / simDiaries
	t.Logf("planted trigger found in %d of %d diaries (%.1f%%); other factors wrongly called a pattern %d times",
		found, simDiaries, 100*share, otherFalse)
	if share < simMinFound {
		t.Fatalf("the trigger was found in %.1f%% of diaries, want at least %.0f%%", 100*share, 100*simMinFound)
	}
}
