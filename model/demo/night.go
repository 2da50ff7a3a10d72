package demo

import (
	"math"
	"slices"

	"github.com/crampdiary/crampdiary/model"
)

const (
	minute    = model.Clock(1)
	fromClock = 23 * 60 * minute // cramps fall between 23:00 ...
	nightSpan = 7 * 60           // ... and 06:00
)

// night sets the sleep window and quality of day and returns its cramps.
func (g *generator) night(day *model.Day) []model.Cramp {
	start, end := g.sleepWindow(day)
	day.SleepStart, day.SleepEnd = ptr(start), ptr(end)
	var cramps []model.Cramp
	if g.chance(g.crampRate(day)) {
		cramps = g.cramps(day.Date, start, end)
	}
	day.SleepQuality = ptr(g.quality(day, len(cramps)))
	return cramps
}

// sleepWindow: regular on workdays, later at weekends, short in stressful
// weeks, and later again after drinks.
func (g *generator) sleepWindow(day *model.Day) (start, end model.Clock) {
	switch {
	case g.stressWeek:
		start, end = clockAt(g.between(23*60+30, 24*60+45)), clockAt(g.between(5*60+45, 6*60+30))
	case weekend(day.Date.AddDays(1)):
		start, end = clockAt(g.between(23*60, 24*60+30)), clockAt(g.between(7*60+30, 8*60+45))
	default:
		start, end = clockAt(g.between(22*60+45, 23*60+40)), clockAt(g.between(6*60+30, 7*60+10))
	}
	if *day.AlcoholDrinks > 0 {
		start = clockAt(int(start) + 30)
	}
	return start, end
}

// clockAt wraps minutes past midnight, which may run into the next day.
func clockAt(mins int) model.Clock { return model.Clock(mins % (24 * 60)) }

// crampRate is the chance of a cramp night: about 0.1 in quiet weeks and 0.3 in
// a wave, raised by tonight's triggers, never above about one night in two.
func (g *generator) crampRate(day *model.Day) float64 {
	rate := 0.08
	if g.wave {
		rate = 0.28
	}
	if g.medDate.Before(day.Date) {
		rate += 0.05
	}
	if g.spikeLeft > 0 {
		rate += 0.2
	}
	if h, _ := day.SleepHours(); h < 6 {
		rate += 0.1
	}
	rate += 0.04*float64(min(*day.AlcoholDrinks, 3)) + g.eveningRisk(day)
	return math.Min(math.Max(rate, 0.02), 0.55)
}

// eveningRisk weighs the smaller evening triggers against stretching.
func (g *generator) eveningRisk(day *model.Day) float64 {
	r := 0.0
	if *day.Heat && *day.FluidsGlasses < 10 {
		r += 0.1 // hot and not drinking enough
	}
	if *day.LateWorkout {
		r += 0.06
	}
	if *day.TightBedding {
		r += 0.03
	}
	if *day.Stretched {
		r -= 0.04
	}
	return r
}

// cramps invents one to three cramps in night n, in time order, while the
// person is asleep and between 23:00 and 06:00.
func (g *generator) cramps(n model.Date, asleep, awake model.Clock) []model.Cramp {
	count := 1
	if r := g.rng.Float64(); r < 0.07 {
		count = 3
	} else if r < 0.28 {
		count = 2
	}
	lo := max(sinceEleven(asleep)+10, 0)
	hi := min(sinceEleven(awake), nightSpan)
	times := make([]int, count)
	for i := range times {
		// Two draws averaged peak the times in the small hours.
		times[i] = lo + (g.rng.IntN(hi-lo)+g.rng.IntN(hi-lo))/2
	}
	slices.Sort(times)
	out := make([]model.Cramp, count)
	for i, off := range times {
		out[i] = g.cramp(n, g.placeTime(n, fromClock+model.Clock(off)))
	}
	return out
}

// sinceEleven is how many minutes c lies after 23:00, negative for an evening
// time before it; the sleep windows here never stray twelve hours from it.
func sinceEleven(c model.Clock) int {
	off := (int(c) - int(fromClock) + 24*60) % (24 * 60)
	if off > 12*60 {
		off -= 24 * 60
	}
	return off
}

// placeTime keeps the newest night's cramps in the past: a time after midnight
// in the night before today falls on today's date (the night rule), which may
// not have come yet when the demo is loaded in the small hours; such a time is
// moved to the evening before.
func (g *generator) placeTime(n model.Date, c model.Clock) model.Clock {
	wall := model.WallDate(n, clockAt(int(c)), g.cutover)
	if wall.Before(g.today) {
		return clockAt(int(c))
	}
	return fromClock + model.Clock(g.rng.IntN(60))
}

// cramp invents one cramp: mostly the calf, longer ones hurt more.
func (g *generator) cramp(n model.Date, at model.Clock) model.Cramp {
	dur := int(20 * math.Pow(15, g.rng.Float64())) // 20 s to 5 min, short ones common
	intensity := min(g.between(3, 6)+dur/100, 9)
	return model.Cramp{
		Night:        n,
		Time:         ptr(at),
		Muscle:       g.muscle(),
		Side:         pick(g, []model.Side{model.Left, model.Left, model.Right, model.Right, model.Both}),
		DurationS:    ptr(dur),
		Intensity:    ptr(intensity),
		Soreness:     ptr(min(intensity/3+g.rng.IntN(2)-1, model.SorenessSevere)),
		Relief:       pick(g, []string{"pulled toes up", "stood and walked", "massage", "warm shower", "wall stretch", ""}),
		SleepLostMin: ptr(min(g.between(5, 25)+dur/20, 40)),
	}
}

func (g *generator) muscle() model.Muscle {
	switch r := g.rng.Float64(); {
	case r < 0.68:
		return model.Calf
	case r < 0.88:
		return model.Foot
	case r < 0.95:
		return model.Hamstring
	default:
		return model.Thigh
	}
}

// quality is the morning's rating 1-5: worse in stressful weeks, after drinks
// and after every cramp.
func (g *generator) quality(day *model.Day, cramps int) int {
	q := 4 + g.rng.IntN(2) - cramps
	if g.stressWeek {
		q--
	}
	if *day.AlcoholDrinks >= 3 {
		q--
	}
	return min(max(q, 1), 5)
}
