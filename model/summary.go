package model

import (
	"slices"
	"strings"
)

// Summary is what a doctor reads first about a period of nights: how much was
// logged, how often cramps came, where, how long and how strong they were.
// Rates are per 7 logged nights, not per calendar week, so nights the person
// did not log never count as cramp-free.
type Summary struct {
	From, To Date

	Nights        int // nights in From..To
	NightsLogged  int // nights checked, or with at least one cramp
	NightsMissing int // Nights - NightsLogged
	CrampNights   int // nights with at least one cramp
	Cramps        int

	CrampNightsPerWeek float64 // CrampNights per 7 logged nights; 0 when none logged
	CrampsPerWeek      float64 // Cramps per 7 logged nights; 0 when none logged

	ByMuscle map[Muscle]int // only muscles that occurred
	BySide   map[Side]int   // only sides that occurred

	DurationS Measure // seconds, over cramps that recorded a duration
	Intensity Measure // 0-10, over cramps that recorded an intensity

	SleepLostMin      int // total over cramps that recorded it
	SleepLostRecorded int // how many cramps recorded sleep lost

	Medications []MedicationChange // oldest first

	// Previous is the period of the same length just before From, filled by
	// SummarizeWithPrevious; nil otherwise.
	Previous *Summary
	// Change is this period's rates minus Previous's; nil unless both periods
	// have logged nights, since a rate over no nights means nothing.
	Change *Change
}

// Measure is the middle and the extreme of one optional cramp measure.
type Measure struct {
	Recorded int     // cramps that recorded the measure
	Median   float64 // 0 when Recorded is 0
	Worst    int     // the largest value; 0 when Recorded is 0
}

// Change compares two periods' rates per 7 logged nights.
type Change struct {
	CrampNightsPerWeek float64
	CrampsPerWeek      float64
}

// MedicationChange is one day's note of a medication started, stopped or changed.
type MedicationChange struct {
	Date Date
	Text string
}

// Summarize sums up the nights from..to inclusive. days and cramps may hold rows
// outside the range; they are ignored. A from after to gives an empty summary.
func Summarize(days []Day, cramps []Cramp, from, to Date) Summary {
	s := Summary{From: from, To: to, ByMuscle: map[Muscle]int{}, BySide: map[Side]int{}}
	if to.Before(from) {
		return s
	}
	s.Nights = from.DaysUntil(to) + 1
	in := func(d Date) bool { return !d.Before(from) && !to.Before(d) }

	logged := map[Date]bool{}
	for _, d := range days {
		if !in(d.Date) {
			continue
		}
		if d.NightChecked {
			logged[d.Date] = true
		}
		if med := strings.TrimSpace(d.MedicationChange); med != "" {
			s.Medications = append(s.Medications, MedicationChange{Date: d.Date, Text: med})
		}
	}
	crampNights := s.addCramps(cramps, in)
	for n := range crampNights {
		logged[n] = true // a logged cramp is proof the night was looked at
	}
	s.CrampNights = len(crampNights)
	s.NightsLogged = len(logged)
	s.NightsMissing = s.Nights - s.NightsLogged
	s.CrampNightsPerWeek = perWeek(s.CrampNights, s.NightsLogged)
	s.CrampsPerWeek = perWeek(s.Cramps, s.NightsLogged)
	slices.SortFunc(s.Medications, func(a, b MedicationChange) int { return strings.Compare(string(a.Date), string(b.Date)) })
	return s
}

// addCramps counts the cramps whose night passes in and returns those nights.
func (s *Summary) addCramps(cramps []Cramp, in func(Date) bool) map[Date]bool {
	nights := map[Date]bool{}
	var durations, intensities []int
	for _, c := range cramps {
		if !in(c.Night) {
			continue
		}
		nights[c.Night] = true
		s.Cramps++
		s.ByMuscle[c.Muscle]++
		s.BySide[c.Side]++
		if c.DurationS != nil {
			durations = append(durations, *c.DurationS)
		}
		if c.Intensity != nil {
			intensities = append(intensities, *c.Intensity)
		}
		if c.SleepLostMin != nil {
			s.SleepLostMin += *c.SleepLostMin
			s.SleepLostRecorded++
		}
	}
	s.DurationS = measure(durations)
	s.Intensity = measure(intensities)
	return nights
}

// SummarizeWithPrevious summarises from..to and the period of the same length
// just before it, so the report can say whether things are better or worse.
// days and cramps should cover both periods.
func SummarizeWithPrevious(days []Day, cramps []Cramp, from, to Date) Summary {
	s := Summarize(days, cramps, from, to)
	if s.Nights == 0 {
		return s
	}
	prev := Summarize(days, cramps, from.AddDays(-s.Nights), from.AddDays(-1))
	s.Previous = &prev
	if s.NightsLogged > 0 && prev.NightsLogged > 0 {
		s.Change = &Change{
			CrampNightsPerWeek: s.CrampNightsPerWeek - prev.CrampNightsPerWeek,
			CrampsPerWeek:      s.CrampsPerWeek - prev.CrampsPerWeek,
		}
	}
	return s
}

// PreviousFrom is the first night of the period before from..to of the same
// length: callers load data from there so SummarizeWithPrevious sees both.
func PreviousFrom(from, to Date) Date {
	if to.Before(from) {
		return from
	}
	return from.AddDays(-(from.DaysUntil(to) + 1))
}

// Dates lists every night of the summary's range, oldest first.
func (s Summary) Dates() []Date {
	out := make([]Date, 0, s.Nights)
	for i := range s.Nights {
		out = append(out, s.From.AddDays(i))
	}
	return out
}

func perWeek(n, logged int) float64 {
	if logged == 0 {
		return 0
	}
	return float64(n) * 7 / float64(logged)
}

func measure(vals []int) Measure {
	if len(vals) == 0 {
		return Measure{}
	}
	sorted := slices.Clone(vals)
	slices.Sort(sorted)
	n := len(sorted)
	median := float64(sorted[n/2])
	if n%2 == 0 {
		median = float64(sorted[n/2-1]+sorted[n/2]) / 2
	}
	return Measure{Recorded: n, Median: median, Worst: sorted[n-1]}
}
