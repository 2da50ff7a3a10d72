package model

import (
	"fmt"
	"time"
)

// DefaultCutover is the hour at which one night hands over to the next: a cramp at
// 02:40 on the 5th belongs to the night of the 4th, one at 13:00 to the night of the 5th.
const DefaultCutover = Clock(12 * 60)

// NightOf returns the night an instant belongs to: the calendar date of the evening
// the night started. It reads t's wall clock only, so DST changes cannot shift it.
func NightOf(t time.Time, cutover Clock) Date {
	d := DateOf(t)
	if ClockOf(t) < cutover {
		return d.AddDays(-1)
	}
	return d
}

// WallDate is the calendar date on which clock time c falls during night n.
func WallDate(n Date, c, cutover Clock) Date {
	if c < cutover {
		return n.AddDays(1)
	}
	return n
}

// ValidateCutover accepts a cut-over between 06:00 and 18:00; outside that range
// an ordinary evening or morning would be split across two nights.
func ValidateCutover(c Clock) error {
	if c < 6*60 || c > 18*60 {
		return fmt.Errorf("%w: the night cut-over %s must be between 06:00 and 18:00", ErrInvalid, c)
	}
	return nil
}

// DayRollover is how late the evening routine may run: before 04:00 the diary
// still offers the evening that has just ended, not the new calendar day.
const DayRollover = Clock(4 * 60)

// DiaryToday is the day whose evening a person logs at now.
func DiaryToday(now time.Time) Date {
	if ClockOf(now) < DayRollover {
		return DateOf(now).AddDays(-1)
	}
	return DateOf(now)
}
