package insights

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// The simulations behind the finder's promises: it must rarely invent a
// trigger in diaries that have none, even when cramps come in waves, fade on
// their own, or a habit starts while they fade, and it must find a strong
// trigger when there is one. Every diary comes from a fixed seed, so a run is
// repeatable. The generators and the figures are in docs/insights-method.md.
const (
	simDiaries = 400
	simNights  = 120

	simBaseRate  = 0.25 // cramp nights in a diary with no trigger
	simShare     = 0.25 // nights with the planted trigger
	simRateWith  = 0.60 // cramp nights after the trigger
	simRateOther = 0.15 // cramp nights without it

	simMaxFalse = 0.10 // at most this share of null diaries may show any "likely" verdict
	simMinFound = 0.80 // the planted trigger must be found in at least this share
	simMissing  = 0.05 // each everyday field goes unrecorded this often

	// Waves: a quiet state and a wave, each night's cramp chance set by the
	// state. A wave lasts about a week, the quiet between about a fortnight.
	simQuietRate = 0.10
	simWaveRate  = 0.60
	simWaveEnd   = 1.0 / 7
	simWaveStart = 1.0 / 14
	// Spells: each day keeps each of yesterday's factors with this chance, so
	// a yes or a no lasts about five days or more.
	simSpellKeep = 0.8
)

// simPerson is one simulated diary's random source and habits.
type simPerson struct {
	rng   *rand.Rand
	spell float64 // the chance a factor keeps yesterday's value; 0: every day afresh
	prev  *model.Day
}

func newSimPerson(seed uint64) *simPerson {
	return &simPerson{rng: rand.New(rand.NewPCG(seed, 0x696e73696768))}
}

func (p *simPerson) chance(pr float64) bool { return p.rng.Float64() < pr }

func simMaybe[T any](p *simPerson, v T) *T {
	if p.chance(simMissing) {
		return nil
	}
	return &v
}

// day invents one day's factors independently of cramps. Alcohol is always
// recorded and present on simShare of days, so the planted trigger has
// exactly the exposure.
func (p *simPerson) day(d model.Date) model.Day {
	start := model.Clock(22*60 + p.rng.IntN(120))
	end := (start + model.Clock(300+p.rng.IntN(241))) % (24 * 60) // 5 to 9 hours
	steps := 6000 + p.rng.IntN(5000)
	if p.chance(0.08) {
		steps *= 2
	}
	drinks := 0
	if p.chance(simShare) {
		drinks = 1 + p.rng.IntN(3)
	}
	runMin, hard := 0, false
	if p.chance(0.25) {
		runMin, hard = 20+p.rng.IntN(41), p.chance(0.3)
	}
	day := model.Day{
		Date: d, NightChecked: true, AlcoholDrinks: &drinks,
		LateMeal: simMaybe(p, p.chance(0.2)), Heat: simMaybe(p, p.chance(0.15)),
		SaltChange: simMaybe(p, p.chance(0.1)), NewShoes: simMaybe(p, p.chance(0.05)),
		Strength: simMaybe(p, p.chance(0.3)), Stretched: simMaybe(p, p.chance(0.3)),
		CaffeineCups: simMaybe(p, p.rng.IntN(5)), Stress: simMaybe(p, 1+p.rng.IntN(5)),
		SleepStart: &start, SleepEnd: &end,
		Steps: simMaybe(p, steps), StandingH: simMaybe(p, float64(p.rng.IntN(17))/2),
		RunMin: simMaybe(p, runMin), RunHard: simMaybe(p, hard), LateWorkout: simMaybe(p, p.chance(0.15)),
		LongSitting: simMaybe(p, p.chance(0.3)), HighHeels: simMaybe(p, p.chance(0.1)),
		TightBedding: simMaybe(p, p.chance(0.2)), FluidsGlasses: simMaybe(p, 3+p.rng.IntN(6)),
	}
	if p.spell > 0 && p.prev != nil {
		p.keepSpells(&day, p.prev)
	}
	p.prev = &day
	return day
}

// keepSpells carries each of yesterday's factors over with chance p.spell.
func (p *simPerson) keepSpells(d, y *model.Day) {
	keep := func() bool { return p.chance(p.spell) }
	for _, f := range []struct{ to, from **bool }{{&d.LateMeal, &y.LateMeal}, {&d.Heat, &y.Heat},
		{&d.SaltChange, &y.SaltChange}, {&d.NewShoes, &y.NewShoes}, {&d.Strength, &y.Strength}, {&d.Stretched, &y.Stretched},
		{&d.LateWorkout, &y.LateWorkout}, {&d.LongSitting, &y.LongSitting}, {&d.HighHeels, &y.HighHeels}, {&d.TightBedding, &y.TightBedding}} {
		if keep() {
			*f.to = *f.from
		}
	}
	for _, f := range []struct{ to, from **int }{{&d.AlcoholDrinks, &y.AlcoholDrinks},
		{&d.CaffeineCups, &y.CaffeineCups}, {&d.Stress, &y.Stress}, {&d.Steps, &y.Steps}, {&d.FluidsGlasses, &y.FluidsGlasses}} {
		if keep() {
			*f.to = *f.from
		}
	}
	if keep() {
		d.StandingH = y.StandingH
	}
	if keep() {
		d.RunMin, d.RunHard = y.RunMin, y.RunHard
	}
	if keep() {
		d.SleepStart, d.SleepEnd = y.SleepStart, y.SleepEnd
	}
}

// diary is n checked nights; cramp gives night i's cramp chance, and a
// cramp night has a second cramp with chance second. days is the diary so
// far, so a chance may depend on earlier evenings.
func (p *simPerson) diary(n int, cramp func(i int, days []model.Day) float64, second float64) ([]model.Day, []model.Cramp, model.Date) {
	days := make([]model.Day, n)
	var cramps []model.Cramp
	for i := range days {
		days[i] = p.day(insStart.AddDays(i))
		if !p.chance(cramp(i, days[:i+1])) {
			continue
		}
		cramps = append(cramps, model.Cramp{Night: days[i].Date, Muscle: model.Calf, Side: model.Left})
		if p.chance(second) {
			cramps = append(cramps, model.Cramp{Night: days[i].Date, Muscle: model.Foot, Side: model.Right})
		}
	}
	return days, cramps, insStart.AddDays(n)
}

// waves returns a cramp chance that follows quiet spells and waves, plus
// extra on the nights trigger says.
func (p *simPerson) waves(quiet, wave float64, extra func(i int, days []model.Day) float64) func(int, []model.Day) float64 {
	inWave := p.chance(simWaveStart / (simWaveStart + simWaveEnd))
	return func(i int, days []model.Day) float64 {
		if i > 0 {
			switch {
			case inWave && p.chance(simWaveEnd):
				inWave = false
			case !inWave && p.chance(simWaveStart):
				inWave = true
			}
		}
		rate := quiet
		if inWave {
			rate = wave
		}
		return min(1, rate+extra(i, days))
	}
}

// fading is a cramp chance that falls in a straight line from first to last
// over the diary, whatever the person does.
func fading(first, last float64) func(int, []model.Day) float64 {
	return func(i int, _ []model.Day) float64 {
		return first + (last-first)*float64(i)/float64(simNights-1)
	}
}

func noExtra(int, []model.Day) float64 { return 0 }

// alcoholTrigger adds extra to the nights after an evening with drinks.
func alcoholTrigger(extra float64) func(int, []model.Day) float64 {
	return func(i int, days []model.Day) float64 {
		if *days[i].AlcoholDrinks > 0 {
			return extra
		}
		return 0
	}
}

// standingTrigger adds extra to the night after a day of 6 hours or more on
// one's feet (about 30% of the simulated days): a load trigger at lag 1.
func standingTrigger(extra float64) func(int, []model.Day) float64 {
	return func(i int, days []model.Day) float64 {
		if i >= 1 && days[i-1].StandingH != nil && *days[i-1].StandingH >= longStandingH {
			return extra
		}
		return 0
	}
}

// simKind is one kind of simulated diary.
type simKind struct {
	name  string
	seed  uint64
	setup func(p *simPerson) func(int, []model.Day) float64
	habit int // > 0: the person stretches every evening from this night on, and never before
}

// simRun counts, over simDiaries diaries of a kind, those in which any
// factor but the planted one got a "likely" verdict, and those in which the
// planted trigger (alcohol at lag 0 or long standing at lag 1) was called a
// likely pattern.
func simRun(k simKind, planted Factor, lag int) (anyLikely, found int, byFactor map[string]int) {
	byFactor = map[string]int{}
	for s := range uint64(simDiaries) {
		p := newSimPerson(k.seed + s)
		days, cramps, today := p.diary(simNights, k.setup(p), 0.2)
		if k.habit > 0 {
			for i := range days {
				days[i].Stretched = ptr(i >= k.habit)
			}
		}
		likely := false
		for _, in := range Find(days, cramps, today) {
			if in.Factor == planted && in.Lag == lag && in.Verdict == LikelyPattern {
				found++
				continue
			}
			if in.Verdict == LikelyPattern || in.Verdict == LikelyProtective {
				likely = true
				byFactor[fmt.Sprintf("%s@%d/%s", in.Factor, in.Lag, in.Verdict.Code())]++
			}
		}
		if likely {
			anyLikely++
		}
	}
	return anyLikely, found, byFactor
}

var simNullKinds = []simKind{
	{name: "independent nights", seed: 0, setup: func(*simPerson) func(int, []model.Day) float64 {
		return func(int, []model.Day) float64 { return simBaseRate }
	}},
	{name: "waves and spells", seed: 2_000_000, setup: func(p *simPerson) func(int, []model.Day) float64 {
		p.spell = simSpellKeep
		return p.waves(simQuietRate, simWaveRate, noExtra)
	}},
	{name: "fading 45% to 10%, factors in spells", seed: 3_000_000, setup: func(p *simPerson) func(int, []model.Day) float64 {
		p.spell = simSpellKeep
		return fading(0.45, 0.10)
	}},
	{name: "stretching from night 50 while cramps fade 45% to 10%", seed: 4_000_000, habit: 50,
		setup: func(*simPerson) func(int, []model.Day) float64 { return fading(0.45, 0.10) }},
	{name: "stretching from night 40 while cramps fade 70% to 5%", seed: 5_000_000, habit: 40,
		setup: func(*simPerson) func(int, []model.Day) float64 { return fading(0.70, 0.05) }},
}

func TestSimulatedNullDiariesRarelyShowAPattern(t *testing.T) {
	for _, k := range simNullKinds {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			anyLikely, _, byFactor := simRun(k, "", 0) // no trigger planted: every factor counts
			share := float64(anyLikely) / simDiaries
			t.Logf("%s: any false \"likely\" verdict in %d of %d diaries (%.1f%%); by factor %v",
				k.name, anyLikely, simDiaries, 100*share, byFactor)
			if share > simMaxFalse {
				t.Fatalf("%.1f%% of diaries with no trigger showed a pattern, allowed %.0f%%", 100*share, 100*simMaxFalse)
			}
		})
	}
}

var simTriggerKinds = []struct {
	simKind
	planted Factor
	lag     int
}{
	{simKind{name: "alcohol, independent nights", seed: 1_000_000, setup: func(*simPerson) func(int, []model.Day) float64 {
		return func(i int, days []model.Day) float64 {
			return simRateOther + alcoholTrigger(simRateWith-simRateOther)(i, days)
		}
	}}, FactorAlcohol, 0},
	{simKind{name: "alcohol, baseline in waves", seed: 6_000_000, setup: func(p *simPerson) func(int, []model.Day) float64 {
		// Quiet 5%, waves 35%: a third of nights in a wave, 15% on average.
		return p.waves(0.05, 0.35, alcoholTrigger(simRateWith-simRateOther))
	}}, FactorAlcohol, 0},
	{simKind{name: "long standing the day before, independent nights", seed: 7_000_000, setup: func(*simPerson) func(int, []model.Day) float64 {
		return func(i int, days []model.Day) float64 {
			return simRateOther + standingTrigger(simRateWith-simRateOther)(i, days)
		}
	}}, FactorLongStanding, 1},
}

func TestSimulatedTriggerIsFound(t *testing.T) {
	for _, k := range simTriggerKinds {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			otherLikely, found, byFactor := simRun(k.simKind, k.planted, k.lag)
			share := float64(found) / simDiaries
			t.Logf("%s: found in %d of %d diaries (%.1f%%); another factor called likely in %d (%v)",
				k.name, found, simDiaries, 100*share, otherLikely, byFactor)
			if share < simMinFound {
				t.Fatalf("the trigger was found in %.1f%% of diaries, want at least %.0f%%", 100*share, 100*simMinFound)
			}
		})
	}
}
