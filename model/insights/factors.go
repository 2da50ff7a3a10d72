package insights

import (
	"slices"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/stats"
)

// The thresholds of the factors. None comes from a trial: they are plain,
// round lines a person can check against their own diary.
const (
	shortSleepH      = 6.0 // a night under 6 hours is short for almost anyone
	shortSleepUnderH = 1.0 // or an hour or more under the person's own median

	spikeWindow     = 28  // the trailing days a step spike is measured against
	spikeMinDays    = 7   // recorded days the window needs, so one odd week is no baseline
	spikeRatio      = 1.5 // steps above 1.5x the trailing median
	longStandingH   = 6.0 // about a working day on one's feet; office days log 2-5 h
	heavyWeekDays   = 7   // the week that may be heavy, ending on the day itself
	heavyWeekMin    = 4   // recorded days the week needs, so its mean means something
	heavyBaseDays   = 28  // the four weeks before that week are the baseline
	heavyBaseMin    = 14  // recorded days the baseline needs
	heavyWeekRatio  = 1.2 // a week over its baseline by more than 20%
	stressHighLevel = 4   // stress 4 or 5 on the 1-5 scale

	// maxInsightYears bounds the analysis: a date typed centuries back must
	// not make the finder allocate a slot for every day since.
	maxInsightYears = 50
)

// factorRule tells, for one factor, whether the evening of night i had it.
// ok is false when the diary cannot say: the field was not recorded, or the
// baseline the factor is measured against is too thin. Such nights are left
// out of both sides, never counted as "without".
type factorRule struct {
	factor     Factor
	label      string
	experiment string // the self-experiment template that tests it, or ""
	exposed    func(dy *insightDiary, i int) (with, ok bool)
}

// factorRules holds every factor in Factors order. The experiment ids are
// the self-experiment templates' ids; a factor whose change no template
// makes on its own (one variable at a time) offers none.
var factorRules = []factorRule{
	{FactorAlcohol, "Alcohol in the evening", "no-alcohol", intFactorAbove(func(d *model.Day) *int { return d.AlcoholDrinks }, 0)},
	{FactorLateMeal, "Late meal", "", boolFactor(func(d *model.Day) *bool { return d.LateMeal })},
	{FactorHeat, "Hot day or heavy sweating", "water-salt", boolFactor(func(d *model.Day) *bool { return d.Heat })},
	{FactorSaltChange, "Salt or diet change", "water-salt", boolFactor(func(d *model.Day) *bool { return d.SaltChange })},
	{FactorNewShoes, "New shoes", "steady-load", boolFactor(func(d *model.Day) *bool { return d.NewShoes })},
	{FactorStrength, "Calf or foot strength work", "steady-load", boolFactor(func(d *model.Day) *bool { return d.Strength })},
	{FactorStretched, "Stretched before bed", "bedtime-stretch", boolFactor(func(d *model.Day) *bool { return d.Stretched })},
	{FactorCaffeine, "Caffeine at or above your usual", "", caffeineExposed},
	{FactorStress, "Stress 4 or 5", "", intFactorAbove(func(d *model.Day) *int { return d.Stress }, stressHighLevel-1)},
	{FactorShortSleep, "Short sleep (under 6 h, or 1 h under your usual)", "sleep-window", shortSleepExposed},
	{FactorLoadSpike, "Step spike (over 1.5x your last 4 weeks)", "steady-load", loadSpikeExposed},
	{FactorLongStanding, "Standing 6 hours or more", "steady-load", longStandingExposed},
	{FactorHeavyWeek, "Heavy week (steps 20% over the 4 weeks before)", "steady-load", heavyWeekExposed},
	{FactorRan, "Went running", "steady-load", intFactorAbove(func(d *model.Day) *int { return d.RunMin }, 0)},
	{FactorHardRun, "Hard run (intervals, hills or downhill)", "steady-load", boolFactor(func(d *model.Day) *bool { return d.RunHard })},
	{FactorLateWorkout, "Hard leg workout late in the evening", "earlier-workouts", boolFactor(func(d *model.Day) *bool { return d.LateWorkout })},
	{FactorLongSitting, "Long sitting", "", boolFactor(func(d *model.Day) *bool { return d.LongSitting })},
	{FactorHighHeels, "High heels", "", boolFactor(func(d *model.Day) *bool { return d.HighHeels })},
	{FactorTightBedding, "Tight bedding, toes pointed down", "", boolFactor(func(d *model.Day) *bool { return d.TightBedding })},
	{FactorLowFluids, "Fewer glasses of fluid than your usual", "water-salt", lowFluidsExposed},
}

// shortLabels name the factors whose Label explains itself at length, for
// the rows of a chart; the others' Label is short enough.
var shortLabels = map[Factor]string{
	FactorCaffeine: "Caffeine at or above usual", FactorShortSleep: "Short sleep", FactorLoadSpike: "Step spike",
	FactorHeavyWeek: "Heavy week", FactorHardRun: "Hard run", FactorLateWorkout: "Late leg workout",
	FactorTightBedding: "Tight bedding", FactorLowFluids: "Less fluid than usual",
}

func (r factorRule) short() string {
	if s, ok := shortLabels[r.factor]; ok {
		return s
	}
	return r.label
}

// Fields of model.Day that are not factors, and why: SleepQuality rates the
// very night the cramps woke the person, so it is more their outcome than a
// cause; Supplements and MedicationChange are free text, and a medication's
// effect outlasts the day it changed (the report lists them with dates); the
// symptoms are red flags for a clinician (model/redflag), not triggers.
// factors_test.go checks that every other field feeds a factor.

func boolFactor(get func(*model.Day) *bool) func(*insightDiary, int) (bool, bool) {
	return func(dy *insightDiary, i int) (bool, bool) {
		if d := dy.nights[i].day; d != nil && get(d) != nil {
			return *get(d), true
		}
		return false, false
	}
}

func intFactorAbove(get func(*model.Day) *int, limit int) func(*insightDiary, int) (bool, bool) {
	return func(dy *insightDiary, i int) (bool, bool) {
		if d := dy.nights[i].day; d != nil && get(d) != nil {
			return *get(d) > limit, true
		}
		return false, false
	}
}

// caffeineExposed compares with the person's usual, the median of every day
// that recorded caffeine: what counts as a lot differs from one person to the next.
func caffeineExposed(dy *insightDiary, i int) (bool, bool) {
	d := dy.nights[i].day
	if d == nil || d.CaffeineCups == nil || !dy.hasCaffeine {
		return false, false
	}
	return float64(*d.CaffeineCups) >= dy.caffeineMedian, true
}

// lowFluidsExposed compares with the person's usual glasses, as caffeine
// does: "few" is below one's own median.
func lowFluidsExposed(dy *insightDiary, i int) (bool, bool) {
	d := dy.nights[i].day
	if d == nil || d.FluidsGlasses == nil || !dy.hasFluids {
		return false, false
	}
	return float64(*d.FluidsGlasses) < dy.fluidsMedian, true
}

// shortSleepExposed reads the sleep window of the night itself. A cramp can
// cut that night short, so a "short sleep" pattern may partly be the cramps'
// own doing: one more reason the finder only offers hypotheses.
func shortSleepExposed(dy *insightDiary, i int) (bool, bool) {
	d := dy.nights[i].day
	if d == nil {
		return false, false
	}
	h, ok := d.SleepHours()
	if !ok {
		return false, false
	}
	return h < shortSleepH || h <= dy.sleepMedian-shortSleepUnderH, true
}

// loadSpikeExposed compares the day's steps with the median of the recorded
// steps in the 28 days before it; the median, so one long hike in the window
// does not hide the next.
func loadSpikeExposed(dy *insightDiary, i int) (bool, bool) {
	steps, ok := dy.steps(i)
	if !ok {
		return false, false
	}
	window := dy.stepsIn(i-spikeWindow, i-1)
	if len(window) < spikeMinDays {
		return false, false
	}
	return float64(steps) > spikeRatio*stats.Median(window), true
}

func longStandingExposed(dy *insightDiary, i int) (bool, bool) {
	if d := dy.nights[i].day; d != nil && d.StandingH != nil {
		return *d.StandingH >= longStandingH, true
	}
	return false, false
}

// heavyWeekExposed is the seed's "heavy week": the mean steps of the 7 days
// ending on the day against the mean of the 28 days before that week. The
// baseline leaves the week out, or a heavy week would raise its own bar. Sleep
// has its own factor, so this one is load only.
func heavyWeekExposed(dy *insightDiary, i int) (bool, bool) {
	week := dy.stepsIn(i-heavyWeekDays+1, i)
	if len(week) < heavyWeekMin {
		return false, false
	}
	weekMean := stats.Mean(week) // before stepsIn reuses the slice
	base := dy.stepsIn(i-heavyWeekDays-heavyBaseDays+1, i-heavyWeekDays)
	if len(base) < heavyBaseMin {
		return false, false
	}
	return weekMean > heavyWeekRatio*stats.Mean(base), true
}

// insightNight is one night of the diary as the finder sees it.
type insightNight struct {
	day     *model.Day // nil when no day was saved
	checked bool       // the night was looked at: marked checked, or it has a cramp
	cramp   bool
}

// insightDiary lays the diary out one slot per calendar night, so the trailing
// windows are slices rather than date arithmetic on strings.
type insightDiary struct {
	nights         []insightNight
	caffeineMedian float64
	hasCaffeine    bool
	fluidsMedian   float64
	hasFluids      bool
	sleepMedian    float64
	scratch        []float64 // reused by stepsIn
}

// indexInsightDiary lays out the nights up to today, at most 50 years back;
// a today that is not a date gives an empty diary.
func indexInsightDiary(days []model.Day, cramps []model.Cramp, today model.Date) *insightDiary {
	end, err := time.Parse(time.DateOnly, string(today))
	if err != nil {
		return &insightDiary{}
	}
	start := end.AddDate(-maxInsightYears, 0, 0)
	slotOf := func(d model.Date) (int, bool) {
		t, err := time.Parse(time.DateOnly, string(d))
		if err != nil || t.After(end) || t.Before(start) {
			return 0, false
		}
		return int(t.Sub(start).Hours() / 24), true
	}
	dy := &insightDiary{nights: make([]insightNight, int(end.Sub(start).Hours()/24)+1)}
	for i := range days {
		if k, ok := slotOf(days[i].Date); ok {
			dy.nights[k].day = &days[i]
			dy.nights[k].checked = dy.nights[k].checked || days[i].NightChecked
		}
	}
	for _, c := range cramps {
		if k, ok := slotOf(c.Night); ok {
			dy.nights[k].cramp, dy.nights[k].checked = true, true // a cramp proves the night was looked at
		}
	}
	dy.trimLeadingEmpty()
	dy.usual()
	return dy
}

// trimLeadingEmpty drops the empty slots before the first entry, which is
// nearly all of the 50 years for any real diary.
func (dy *insightDiary) trimLeadingEmpty() {
	first := slices.IndexFunc(dy.nights, func(n insightNight) bool { return n.day != nil || n.checked })
	if first < 0 {
		first = len(dy.nights)
	}
	dy.nights = dy.nights[first:]
}

// usual sets the person's medians of caffeine, fluids and sleep over every day that recorded them.
func (dy *insightDiary) usual() {
	var cups, glasses, sleep []float64
	for _, n := range dy.nights {
		if n.day == nil {
			continue
		}
		if n.day.CaffeineCups != nil {
			cups = append(cups, float64(*n.day.CaffeineCups))
		}
		if n.day.FluidsGlasses != nil {
			glasses = append(glasses, float64(*n.day.FluidsGlasses))
		}
		if h, ok := n.day.SleepHours(); ok {
			sleep = append(sleep, h)
		}
	}
	dy.hasCaffeine = len(cups) > 0
	dy.caffeineMedian = stats.Median(cups)
	dy.hasFluids = len(glasses) > 0
	dy.fluidsMedian = stats.Median(glasses)
	dy.sleepMedian = stats.Median(sleep) // 0 when none: then only the 6-hour line applies
}

func (dy *insightDiary) steps(i int) (int, bool) {
	if i < 0 || i >= len(dy.nights) || dy.nights[i].day == nil || dy.nights[i].day.Steps == nil {
		return 0, false
	}
	return *dy.nights[i].day.Steps, true
}

// stepsIn returns the recorded steps of days from..to (slot numbers, inclusive).
// The slice is reused by the next call.
func (dy *insightDiary) stepsIn(from, to int) []float64 {
	dy.scratch = dy.scratch[:0]
	for k := max(from, 0); k <= to && k < len(dy.nights); k++ {
		if s, ok := dy.steps(k); ok {
			dy.scratch = append(dy.scratch, float64(s))
		}
	}
	return dy.scratch
}
