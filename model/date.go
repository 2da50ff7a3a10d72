package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a civil calendar date, "YYYY-MM-DD", with no time zone: a diary day
// must not move when the laptop changes zone or the clocks change.
type Date string

const dateLayout = "2006-01-02"

// ParseDate reads a YYYY-MM-DD date and rejects anything else.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return "", fmt.Errorf("%w: date %q is not YYYY-MM-DD", ErrInvalid, s)
	}
	return Date(t.Format(dateLayout)), nil
}

// DateOf is the wall-clock calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	return Date(t.Format(dateLayout))
}

// MustDate parses s and panics on error; for literals in tests and demo data only.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Time is midnight UTC of d; UTC keeps day arithmetic free of DST gaps.
func (d Date) Time() time.Time {
	t, err := time.Parse(dateLayout, string(d))
	if err != nil {
		return time.Time{}
	}
	return t
}

// Valid reports whether d is a real YYYY-MM-DD date.
func (d Date) Valid() bool {
	_, err := ParseDate(string(d))
	return err == nil
}

// AddDays returns the date n days after d (n may be negative).
func (d Date) AddDays(n int) Date {
	return Date(d.Time().AddDate(0, 0, n).Format(dateLayout))
}

// DaysUntil counts whole days from d to e (negative when e is before d).
func (d Date) DaysUntil(e Date) int {
	return int(e.Time().Sub(d.Time()).Hours() / 24)
}

// Weekday is the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d < e }

// String returns the YYYY-MM-DD form.
func (d Date) String() string { return string(d) }

// Clock is a wall-clock time of day in minutes after midnight (0..1439),
// written "HH:MM". It is stored as text so the diary file stays readable.
type Clock int

// ParseClock reads "HH:MM" (also "H:MM") on a 24-hour clock.
func ParseClock(s string) (Clock, error) {
	bad := fmt.Errorf("%w: time %q is not HH:MM on a 24-hour clock", ErrInvalid, s)
	hh, mm, ok := strings.Cut(s, ":")
	if !ok || len(hh) < 1 || len(hh) > 2 || len(mm) != 2 || !allDigits(hh) || !allDigits(mm) {
		return 0, bad
	}
	h, _ := strconv.Atoi(hh)
	m, _ := strconv.Atoi(mm)
	if h > 23 || m > 59 {
		return 0, bad
	}
	return Clock(h*60 + m), nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// ClockOf is the wall-clock time of day of t, to the minute.
func ClockOf(t time.Time) Clock { return Clock(t.Hour()*60 + t.Minute()) }

// String returns "HH:MM".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60) }

// Hour is the hour part of c.
func (c Clock) Hour() int { return int(c) / 60 }

// SleepHours returns how long a sleep window from start to end lasts, crossing
// midnight when end is not after start.
func SleepHours(start, end Clock) float64 {
	mins := int(end) - int(start)
	if mins <= 0 {
		mins += 24 * 60
	}
	return float64(mins) / 60
}
