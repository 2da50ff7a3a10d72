package demo

import (
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// context invents the day's load and evening; the night is added by night.
func (g *generator) context(d model.Date) model.Day {
	day := model.Day{Date: d, NightChecked: true}
	g.load(&day)
	g.evening(&day)
	if d == g.medDate {
		day.MedicationChange = "started a water tablet (diuretic) for blood pressure"
		day.Notes = "New tablet from the GP today; watching whether the nights change."
	}
	return day
}

func weekend(d model.Date) bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// load sets the lower-leg load: a weekly rhythm with the odd spike on top.
func (g *generator) load(day *model.Day) {
	steps, run := g.usualSteps(day.Date)
	standing := float64(g.between(4, 10)) / 2 // 2-5 h on a workday
	if weekend(day.Date) {
		standing = float64(g.between(2, 6)) / 2
	}
	day.RunMin, day.RunHard = ptr(run), ptr(run > 0 && g.chance(0.3))
	day.NewShoes = ptr(false)
	if g.chance(0.035) {
		steps, standing = g.spike(day, steps, standing)
	}
	day.Steps = ptr(steps)
	day.StandingH = ptr(standing)
	day.Strength = ptr(day.Date.Weekday()%2 == 1 && g.chance(0.4))
	day.HighHeels = ptr(!weekend(day.Date) && g.chance(0.04))
	day.LongSitting = ptr(g.chance(sittingChance(day.Date)))
	day.LateWorkout = ptr((run > 0 || *day.Strength) && g.chance(0.2))
}

// usualSteps is an ordinary day: 6-10k steps on workdays, a long walk, a run
// or a lazy day at the weekend, a short run some weekday evenings.
func (g *generator) usualSteps(d model.Date) (steps, runMin int) {
	if !weekend(d) {
		steps = g.between(6000, 10000)
		if wd := d.Weekday(); (wd == time.Tuesday || wd == time.Thursday) && g.chance(0.35) {
			runMin = g.between(25, 45)
			steps += runMin * 150
		}
		return steps, runMin
	}
	switch r := g.rng.Float64(); {
	case r < 0.4:
		return g.between(14000, 22000), 0
	case r < 0.65:
		runMin = g.between(30, 75)
		return g.between(9000, 13000), runMin
	default:
		return g.between(3500, 7000), 0
	}
}

func sittingChance(d model.Date) float64 {
	if weekend(d) {
		return 0.15
	}
	return 0.55
}

// spike is a jump in load well above the usual: it raises the odds of cramps
// tonight and tomorrow night.
func (g *generator) spike(day *model.Day, steps int, standing float64) (int, float64) {
	g.spikeLeft = 2
	switch g.rng.IntN(4) {
	case 0:
		day.Notes = "Long hike in the hills."
		return g.between(24000, 32000), standing
	case 1:
		day.NewShoes = ptr(true)
		day.Notes = "First day in new shoes."
		return steps + 3000, standing
	case 2:
		day.Notes = "On my feet all day."
		return steps + 2000, float64(g.between(18, 24)) / 2
	default:
		day.RunMin = ptr(g.between(60, 100))
		day.RunHard = ptr(true)
		day.Notes = "Hard hill session."
		return steps + 9000, standing
	}
}

// evening sets the exposures matched to tonight.
func (g *generator) evening(day *model.Day) {
	drinks := g.drinks(day.Date)
	day.AlcoholDrinks = ptr(drinks)
	day.LateMeal = ptr(g.chance(0.12) || drinks > 0 && g.chance(0.3))
	day.Stress = ptr(g.stress())
	caffeine := g.between(1, 3)
	if g.stressWeek {
		caffeine++
	}
	day.CaffeineCups = ptr(caffeine)
	hot := g.hotLeft > 0
	day.Heat = ptr(hot)
	fluids := g.between(5, 9)
	if hot && g.chance(0.6) {
		fluids += 3 // drank to match the heat, most days
	}
	day.FluidsGlasses = ptr(fluids)
	day.SaltChange = ptr(g.chance(0.015))
	day.Supplements = g.supplement
	day.Stretched = ptr(g.chance(0.08) || g.stretchFor > 0 && g.chance(0.85))
	day.TightBedding = ptr(g.chance(beddingChance(day.Date)))
}

// drinks are mostly Friday and Saturday evenings.
func (g *generator) drinks(d model.Date) int {
	wd := d.Weekday()
	if (wd == time.Friday || wd == time.Saturday) && g.chance(0.5) {
		return g.between(1, 4)
	}
	if g.chance(0.07) {
		return g.between(1, 2)
	}
	return 0
}

func (g *generator) stress() int {
	if g.stressWeek {
		return g.between(4, 5)
	}
	return g.between(1, 3)
}

// beddingChance: heavier covers in winter pin the toes down more often.
func beddingChance(d model.Date) float64 {
	switch d.Time().Month() {
	case 11, 12, 1, 2:
		return 0.4
	}
	return 0.2
}
