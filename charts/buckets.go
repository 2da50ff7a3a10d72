package charts

import "time"

// unit is how many nights one bar of a time chart stands for.
type unit int

const (
	byNight unit = iota
	byWeek
	byMonth
)

// Past these lengths a bar per night, then a bar per week, gets too thin to
// read at a window's width.
const (
	maxNightlyBars  = 120
	maxWeeklyNights = 2*365 + 1
)

// unitFor picks the bar unit for a range of nights nights long.
func unitFor(nights int) unit {
	switch {
	case nights > maxWeeklyNights:
		return byMonth
	case nights > maxNightlyBars:
		return byWeek
	default:
		return byNight
	}
}

// bucket sums the nights [Start, End) of a range, counted from its first night.
type bucket struct {
	Start, End  int
	Logged      int // nights checked: the only ones counted in rates
	CrampNights int
	Cramps      int
	Steps       mean
	Sleep       mean
	Days        int // nights with a diary day, the base for the alcohol and heat shares
	Alcohol     int
	Heat        int
}

// mean accumulates recorded values; a mean of nothing is unknown, not zero.
type mean struct {
	sum float64
	n   int
}

func (m *mean) add(v float64) { m.sum += v; m.n++ }

// get returns the mean, or false when nothing was recorded.
func (m mean) get() (float64, bool) {
	if m.n == 0 {
		return 0, false
	}
	return m.sum / float64(m.n), true
}

// crampsPerNight is the mean number of cramps over the logged nights, or false
// for a bucket with no logged night (a gap).
func (b bucket) crampsPerNight() (float64, bool) {
	if b.Logged == 0 {
		return 0, false
	}
	return float64(b.Cramps) / float64(b.Logged), true
}

// share is the part of the bucket's diary days with an exposure, 0..1.
func (b bucket) share(count int) float64 {
	if b.Days == 0 {
		return 0
	}
	return float64(count) / float64(b.Days)
}

// bucketize groups the nights of n by u: weeks start on Monday and months on
// the 1st, and the first and last buckets are cut to the range.
func bucketize(n Nights, u unit) []bucket {
	var out []bucket
	t := n.From.Time() // stepped along rather than parsing every night's date
	for i, nt := range n.Nights {
		if i == 0 || startsBucket(t, u) {
			out = append(out, bucket{Start: i})
		}
		b := &out[len(out)-1]
		b.End = i + 1
		b.addNight(nt)
		t = t.Add(24 * time.Hour) // UTC midnight: every day is 24 hours
	}
	return out
}

func startsBucket(t time.Time, u unit) bool {
	switch u {
	case byWeek:
		return t.Weekday() == time.Monday
	case byMonth:
		return t.Day() == 1
	default:
		return true
	}
}

func (b *bucket) addNight(nt Night) {
	if nt.Logged {
		b.Logged++
		b.Cramps += nt.Cramps
		if nt.Cramps > 0 {
			b.CrampNights++
		}
	}
	if nt.Steps != nil {
		b.Steps.add(float64(*nt.Steps))
	}
	if nt.SleepH != nil {
		b.Sleep.add(*nt.SleepH)
	}
	if nt.Day != nil {
		b.Days++
		if nt.Alcohol {
			b.Alcohol++
		}
		if nt.Heat {
			b.Heat++
		}
	}
}
