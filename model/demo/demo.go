// Package demo fills an empty diary with the made-up history of one person, so the
// charts, the analysis and the doctor report can be tried before real data exists.
package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// MaxDays bounds a demo: fifty years is far more than any screen needs.
const MaxDays = 50 * 366

// notEmptyError refuses to mix invented nights with a person's real ones.
type notEmptyError struct{ days int }

func (e *notEmptyError) Error() string {
	unit := "days"
	if e.days == 1 {
		unit = "day"
	}
	return fmt.Sprintf("the diary already has %d %s; demo data only goes into an empty diary", e.days, unit)
}

// Unwrap lets errors.Is(err, model.ErrNotEmpty) hold.
func (e *notEmptyError) Unwrap() error { return model.ErrNotEmpty }

// Fill writes days nights of invented diary, the last one the night before today,
// plus a partly filled today whose night is not yet checked. The same seed
// always gives the same diary. It refuses a diary that holds anything, with an
// error wrapping model.ErrNotEmpty, and writes everything in one Import.
func Fill(ctx context.Context, s model.Store, days int, today model.Date, seed int64) error {
	if days < 1 || days > MaxDays {
		return fmt.Errorf("%w: demo: %d days is outside 1-%d", model.ErrInvalid, days, MaxDays)
	}
	if !today.Valid() {
		return fmt.Errorf("%w: demo: today %q is not YYYY-MM-DD", model.ErrInvalid, today)
	}
	nd, nc, err := s.Counts(ctx)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if nd > 0 || nc > 0 {
		return &notEmptyError{days: nd}
	}
	cutover, err := s.Cutover(ctx)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	g := newGenerator(seed, today, cutover)
	dayRows, cramps := g.history(today.AddDays(-days), today.AddDays(-1))
	dayRows = append(dayRows, g.todayRow(today))
	if err := s.Import(ctx, dayRows, cramps); err != nil {
		return fmt.Errorf("demo: fill %d days: %w", days, err)
	}
	return nil
}

// generator is the invented person: habits stay fixed, while a few slow states
// (a stressful week, a hot spell, a wave of cramps) carry from day to day.
type generator struct {
	rng     *rand.Rand
	today   model.Date
	cutover model.Clock
	medDate model.Date // the one medication change; nights after it cramp a little more

	stressWeek bool
	hotLeft    int        // days left in a hot spell
	gapLeft    int        // days left of a stretch the person did not log
	keepFrom   model.Date // the recent week is always logged: Today and History open on a full picture
	spikeLeft  int        // nights still raised by a load spike
	wave       bool
	stretchFor int    // days left of a try at stretching every evening
	suppFor    int    // days left of a course of supplements
	supplement string // what that course is
}

func newGenerator(seed int64, today model.Date, cutover model.Clock) *generator {
	// The second PCG word is fixed so that a seed alone names a diary.
	return &generator{
		rng:     rand.New(rand.NewPCG(uint64(seed), 0x6372616d70)),
		today:   today,
		cutover: cutover,
	}
}

// history invents the nights first..last, skipping the days the person forgot.
func (g *generator) history(first, last model.Date) ([]model.Day, []model.Cramp) {
	span := first.DaysUntil(last)
	g.medDate = first.AddDays(span/3 + g.rng.IntN(span/3+1))
	g.keepFrom = last.AddDays(-6)
	var days []model.Day
	var cramps []model.Cramp
	for d := first; !last.Before(d); d = d.AddDays(1) {
		g.advance(d)
		if g.skipped(d) {
			continue
		}
		day := g.context(d)
		night := g.night(&day)
		days = append(days, day)
		cramps = append(cramps, night...)
	}
	return days, cramps
}

// todayRow holds only what is known by day: the evening and night are still to come.
func (g *generator) todayRow(d model.Date) model.Day {
	return model.Day{
		Date:         d,
		Stress:       ptr(g.stress()),
		CaffeineCups: ptr(g.between(1, 2)),
	}
}

// advance moves the slow states on by one day.
func (g *generator) advance(d model.Date) {
	// A week's stress is settled on Monday; a bad week now and then eases early.
	if d.Weekday() == time.Monday || g.stressWeek && g.chance(0.02) {
		g.stressWeek = g.chance(0.15)
	}
	g.hotLeft = max(g.hotLeft-1, 0)
	if g.hotLeft == 0 && g.chance(heatChance(d)) {
		g.hotLeft = g.between(3, 8)
	}
	g.spikeLeft = max(g.spikeLeft-1, 0)
	// Waves: quiet weeks, then several cramp-prone nights in a row.
	if g.wave {
		g.wave = !g.chance(0.15)
	} else {
		g.wave = g.chance(0.035)
	}
	g.advanceHabits()
}

// advanceHabits starts and ends the person's self-experiments.
func (g *generator) advanceHabits() {
	g.stretchFor = max(g.stretchFor-1, 0)
	if g.stretchFor == 0 && g.chance(0.01) {
		g.stretchFor = g.between(10, 40)
	}
	g.suppFor = max(g.suppFor-1, 0)
	if g.suppFor == 0 {
		g.supplement = ""
		if g.chance(0.004) {
			g.suppFor = g.between(30, 120)
			g.supplement = pick(g, []string{"magnesium", "magnesium citrate 300 mg", "electrolyte drink"})
		}
	}
}

// skipped reports a day left out of the diary: about one day in twenty, in
// runs of one to three (a weekend away, a busy spell).
func (g *generator) skipped(d model.Date) bool {
	if d == g.medDate || !d.Before(g.keepFrom) {
		return false // the medication change is the point of the story
	}
	if g.gapLeft > 0 {
		g.gapLeft--
		return true
	}
	if g.chance(0.026) {
		g.gapLeft = g.between(0, 2)
		return true
	}
	return false
}

// heatChance is how likely a hot spell starts on d: summer in the northern half.
func heatChance(d model.Date) float64 {
	switch d.Time().Month() {
	case 6, 7, 8:
		return 0.07
	case 5, 9:
		return 0.02
	}
	return 0
}

func (g *generator) chance(p float64) bool { return g.rng.Float64() < p }

// between is a whole number from lo to hi inclusive.
func (g *generator) between(lo, hi int) int { return lo + g.rng.IntN(hi-lo+1) }

func pick[T any](g *generator, options []T) T { return options[g.rng.IntN(len(options))] }

func ptr[T any](v T) *T { return &v }
