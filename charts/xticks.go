package charts

import (
	"strconv"
	"time"
)

// xtick is a label under a time axis at pos, counted in nights from the start.
type xtick struct {
	pos   float64 // where the label is centred
	mark  float64 // where its period starts, marked on the axis
	label string
}

// tickKind is the calendar step between date labels.
type tickKind int

const (
	everyDays tickKind = iota
	everyMondays
	everyMonths
	everyYears
)

type tickScheme struct {
	kind  tickKind
	every int
}

// tickSchemes run from fine to coarse; the finest whose labels fit is used.
var tickSchemes = []tickScheme{
	{everyDays, 1}, {everyDays, 2}, {everyMondays, 1}, {everyMondays, 2},
	{everyMonths, 1}, {everyMonths, 2}, {everyMonths, 3}, {everyMonths, 6},
	{everyYears, 1}, {everyYears, 2}, {everyYears, 5}, {everyYears, 10}, {everyYears, 25},
}

var monthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// dateTicks picks date labels for nights nights from from, drawn pxPerNight
// apart, so that no two labels collide; width measures a label and tr
// translates a month's name.
func dateTicks(from time.Time, nights int, pxPerNight, gap float64, u unit, width func(string) float64, tr func(string) string) []xtick {
	var ticks []xtick
	for _, s := range tickSchemes {
		if !s.suits(u) {
			continue
		}
		ticks = s.ticks(from, nights, u, tr)
		if fits(ticks, pxPerNight, gap, width) {
			return ticks
		}
	}
	return ticks
}

// suits reports whether s labels bars of unit u: a label per night under a
// bar per week would name nights that have no bar of their own.
func (s tickScheme) suits(u unit) bool {
	switch u {
	case byWeek:
		return s.kind != everyDays
	case byMonth:
		return s.kind >= everyMonths
	default:
		return true
	}
}

// fits reports whether neighbouring labels keep at least gap pixels apart.
func fits(ticks []xtick, pxPerNight, gap float64, width func(string) float64) bool {
	for i := 1; i < len(ticks); i++ {
		room := (ticks[i].pos - ticks[i-1].pos) * pxPerNight
		if room < (width(ticks[i].label)+width(ticks[i-1].label))/2+gap {
			return false
		}
	}
	return true
}

// ticks lists the labels of scheme s. Day labels sit under the middle of their
// night (or week, when bars are weeks); month and year labels sit under the
// middle of the month or year when each is labelled, else at its start.
func (s tickScheme) ticks(from time.Time, nights int, u unit, tr func(string) string) []xtick {
	var out []xtick
	t := from
	mondays := 0 // Mondays seen so far, to label every other one
	for i := 0; i < nights; i, t = i+1, t.Add(24*time.Hour) {
		if t.Weekday() == time.Monday {
			mondays++
		}
		span, ok := s.labelled(i, t, mondays)
		if !ok {
			continue
		}
		pos := s.pos(i, span, nights, u)
		mark := float64(i)
		if s.kind <= everyMondays {
			mark = pos
		}
		out = append(out, xtick{pos: pos, mark: mark, label: s.label(t, len(out) == 0, tr)})
	}
	return out
}

// labelled reports whether night i, on date t, gets a label, and how many
// nights the labelled period spans.
func (s tickScheme) labelled(i int, t time.Time, mondays int) (span int, ok bool) {
	switch s.kind {
	case everyDays:
		return 1, i%s.every == 0
	case everyMondays:
		return 7, t.Weekday() == time.Monday && (mondays-1)%s.every == 0
	case everyMonths:
		if t.Day() != 1 || (int(t.Month())-1)%s.every != 0 {
			return 0, false
		}
		return daysIn(t, 0, s.every), true
	default:
		if t.YearDay() != 1 || t.Year()%s.every != 0 {
			return 0, false
		}
		return daysIn(t, s.every, 0), true
	}
}

// pos is where a label for the period starting at night i, span nights long, goes.
func (s tickScheme) pos(i, span, nights int, u unit) float64 {
	switch {
	case s.kind == everyDays || s.kind == everyMondays && u != byWeek:
		return float64(i) + 0.5
	case s.every == 1 || s.kind == everyMondays:
		end := min(i+span, nights)
		return float64(i+end) / 2
	default:
		return float64(i)
	}
}

// daysIn counts the nights in the years and months that follow t.
func daysIn(t time.Time, years, months int) int {
	return int(t.AddDate(years, months, 0).Sub(t).Hours() / 24)
}

// label names the date t in the scheme's unit; a January or the first month
// label also carries the year so a long axis can be read without a legend;
// tr translates the month's name.
func (s tickScheme) label(t time.Time, first bool, tr func(string) string) string {
	month := tr(monthNames[t.Month()-1])
	switch s.kind {
	case everyYears:
		return strconv.Itoa(t.Year())
	case everyMonths:
		if first || t.Month() == time.January {
			return month + " " + strconv.Itoa(t.Year())
		}
		return month
	default:
		return strconv.Itoa(t.Day()) + " " + month
	}
}
