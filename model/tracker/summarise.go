package tracker

import (
	"math"
	"sort"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// DayValues are the diary fields a tracker export fills for one day: steps
// and running minutes of that calendar day, and the main sleep of the night
// that starts that evening. A nil field is one the export says nothing about.
// Each field's source says where it came from, for "from Apple Health".
type DayValues struct {
	Date       model.Date
	Steps      *int
	RunMin     *int
	SleepStart *model.Clock
	SleepEnd   *model.Clock

	StepsFrom Source // the device that gave most of the day's steps
	RunFrom   Source // the device of the day's first run
	SleepFrom Source // the device of the night's main sleep
}

// Summariser is a Sink that turns records into DayValues as a reader streams
// them. It keeps steps per minute (3 KB per day and step source), the
// sleep records and a total per day for runs, so its memory grows with the
// days an export covers, never with its heart-rate records.
type Summariser struct {
	cutover  model.Clock
	steps    stepBins
	runs     map[int64]*runDay // by local day number
	sleep    [sleepTiers][]sleepSpan
	sleepSrc sourceList
}

type runDay struct {
	total time.Duration
	first time.Time // start of the day's earliest run
	from  Source    // and its source
}

// NewSummariser summarises records by the night rule with the given cut-over
// (model.DefaultCutover unless the person changed it).
func NewSummariser(cutover model.Clock) *Summariser {
	return &Summariser{cutover: cutover, steps: stepBins{days: map[stepKey]*stepDay{}}, runs: map[int64]*runDay{}}
}

// Summarise is the values per day of records read into a Collect, ordered by
// date.
func Summarise(c *Collect, cutover model.Clock) []DayValues {
	s := NewSummariser(cutover)
	for _, r := range c.StepRecords {
		s.Steps(r)
	}
	for _, r := range c.SleepRecords {
		s.Sleep(r)
	}
	for _, r := range c.RunRecords {
		s.Run(r)
	}
	return s.Days()
}

// Steps spreads a step count over the minutes it covers.
func (s *Summariser) Steps(r Steps) { s.steps.add(r) }

// Run adds a run's duration to the calendar day it started on.
func (s *Summariser) Run(r Run) {
	day := localDay(r.Start)
	d, ok := s.runs[day]
	if !ok {
		d = &runDay{first: r.Start, from: r.Source}
		s.runs[day] = d
	}
	if r.Start.Before(d.first) {
		d.first, d.from = r.Start, r.Source
	}
	d.total += r.Duration
}

// Days is the values of every day the records say something about, ordered
// by date.
func (s *Summariser) Days() []DayValues {
	days := map[model.Date]*DayValues{}
	get := func(d model.Date) *DayValues {
		v, ok := days[d]
		if !ok {
			v = &DayValues{Date: d}
			days[d] = v
		}
		return v
	}
	s.steps.each(func(day int64, steps float64, from Source) {
		v := get(dayDate(day))
		n := int(math.Round(steps))
		v.Steps, v.StepsFrom = &n, from
	})
	for day, r := range s.runs {
		v := get(dayDate(day))
		n := int(math.Round(r.total.Minutes()))
		v.RunMin, v.RunFrom = &n, r.from
	}
	for night, w := range s.nights() {
		v := get(night)
		v.SleepStart, v.SleepEnd, v.SleepFrom = &w.start, &w.end, w.from
	}
	out := make([]DayValues, 0, len(days))
	for _, v := range days {
		out = append(out, *v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// localDay numbers the calendar day of t's wall clock (days since 1970-01-01),
// so days can be keyed and split without time zone arithmetic.
func localDay(t time.Time) int64 {
	_, off := t.Zone()
	return floorDiv(t.Unix()+int64(off), 86400)
}

func dayDate(day int64) model.Date {
	return model.DateOf(time.Unix(day*86400, 0).UTC())
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
