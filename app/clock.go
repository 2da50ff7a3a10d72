package app

import (
	"errors"
	"time"

	"fyne.io/fyne/v2/lang"
)

// EnvNow sets where the clock starts, in a build with -tags fakeclock only, so
// whole-program tests can run the real binary at 03:59 or on a DST night.
const EnvNow = "CRAMPDIARY_NOW"

// fakeNowLayout is how EnvNow is written: a local time with no zone.
const fakeNowLayout = "2006-01-02T15:04:05"

// parseFakeNow reads s as a wall-clock time in loc. A time the clocks skip
// (spring forward) is an error rather than a guess; a time that happens twice
// (fall back) is taken the first time, so a clock started there lives through
// the repeated hour.
func parseFakeNow(s string, loc *time.Location) (time.Time, error) {
	wall, err := time.Parse(fakeNowLayout, s)
	if err != nil {
		return time.Time{}, errors.New(lang.L("{{.Var}}={{.Value}} is not a local time written like 2027-03-28T01:30:00", map[string]any{"Var": EnvNow, "Value": s}))
	}
	var first time.Time
	for _, t := range wallInstants(wall, loc) {
		if first.IsZero() || t.Before(first) {
			first = t
		}
	}
	if first.IsZero() {
		return time.Time{}, errors.New(lang.L("{{.Var}}={{.Value}} does not exist in the {{.Zone}} time zone: the clocks jump past it", map[string]any{"Var": EnvNow, "Value": s, "Zone": loc.String()}))
	}
	return first, nil
}

// wallInstants are the instants at which loc's clocks read wall (given as
// UTC): none in a gap, two in an overlap. time.Date alone picks one of the
// two without saying which, so every offset in force near wall is tried.
func wallInstants(wall time.Time, loc *time.Location) []time.Time {
	guess := time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), 0, loc)
	var out []time.Time
	seen := map[int]bool{}
	for _, near := range []time.Time{guess.Add(-12 * time.Hour), guess, guess.Add(12 * time.Hour)} {
		_, off := near.Zone()
		if seen[off] {
			continue
		}
		seen[off] = true
		t := wall.Add(-time.Duration(off) * time.Second).In(loc)
		if t.Format(fakeNowLayout) == wall.Format(fakeNowLayout) {
			out = append(out, t)
		}
	}
	return out
}

// runningFrom is a clock that reads start at origin and then runs forward
// with the computer's monotonic clock, so changing the system time does not
// move it.
func runningFrom(start, origin time.Time) func() time.Time {
	return func() time.Time { return start.Add(time.Since(origin)) }
}
