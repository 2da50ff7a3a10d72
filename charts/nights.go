package charts

import (
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Night is one night of a range. Logged false is a gap: the night was never
// checked, so it must not be drawn or counted as a night without cramps.
type Night struct {
	Date    model.Date
	Logged  bool // the night was checked or has a cramp
	Cramps  int
	Steps   *int     // the day's steps, nil when not recorded
	SleepH  *float64 // the sleep window in hours, nil when not recorded
	Alcohol bool     // at least one drink that evening
	Heat    bool     // hot day or heavy sweating
	Day     *model.Day
}

// Nights is a date range with one Night per date From..To and the cramps of
// those nights.
type Nights struct {
	From, To model.Date
	Nights   []Night
	Cramps   []model.Cramp
}

// maxNights bounds a range: an "all" range that starts at model.FirstDate
// would otherwise allocate two thousand years of empty nights.
const maxNights = 50 * 366

// NightsFrom lays days and cramps out night by night from..to. Days and cramps
// outside the range are left out; a range longer than fifty years starts at the
// first date that has data instead. to before from gives an empty range.
func NightsFrom(days []model.Day, cramps []model.Cramp, from, to model.Date) Nights {
	if !from.Valid() || !to.Valid() || to.Before(from) {
		return Nights{From: from, To: to}
	}
	if from.DaysUntil(to) >= maxNights {
		from = firstData(days, cramps, from, to)
	}
	n := Nights{From: from, To: to, Nights: make([]Night, from.DaysUntil(to)+1)}
	t := from.Time() // stepped along: parsing each date again costs more than the rest
	for i := range n.Nights {
		n.Nights[i].Date = model.DateOf(t)
		t = t.Add(24 * time.Hour)
	}
	for _, d := range days {
		if i, ok := n.index(d.Date); ok {
			n.Nights[i].setDay(d)
		}
	}
	for _, c := range cramps {
		if i, ok := n.index(c.Night); ok {
			n.Nights[i].Cramps++
			n.Nights[i].Logged = true
			n.Cramps = append(n.Cramps, c)
		}
	}
	return n
}

// firstData is the earliest date in from..to that has a day or a cramp, kept
// within maxNights of to.
func firstData(days []model.Day, cramps []model.Cramp, from, to model.Date) model.Date {
	first := to
	for _, d := range days {
		if !d.Date.Before(from) && d.Date.Before(first) {
			first = d.Date
		}
	}
	for _, c := range cramps {
		if !c.Night.Before(from) && c.Night.Before(first) {
			first = c.Night
		}
	}
	if limit := to.AddDays(1 - maxNights); first.Before(limit) {
		first = limit
	}
	return first
}

// index is the position of date d in n, or false outside the range.
func (n Nights) index(d model.Date) (int, bool) {
	if len(n.Nights) == 0 || d.Before(n.From) || n.To.Before(d) {
		return 0, false
	}
	return n.From.DaysUntil(d), true
}

// setDay copies d into the night so later edits to the caller's slice cannot
// change a chart being drawn on another goroutine.
func (nt *Night) setDay(d model.Day) {
	day := d.Clone()
	nt.Day = &day
	nt.Logged = nt.Logged || day.NightChecked
	nt.Steps = day.Steps
	if h, ok := day.SleepHours(); ok {
		nt.SleepH = &h
	}
	nt.Alcohol = day.AlcoholDrinks != nil && *day.AlcoholDrinks > 0
	nt.Heat = day.Heat != nil && *day.Heat
}

// logged counts the logged nights of n.
func (n Nights) logged() int {
	c := 0
	for _, nt := range n.Nights {
		if nt.Logged {
			c++
		}
	}
	return c
}
