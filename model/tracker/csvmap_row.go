package tracker

import (
	"strconv"
	"strings"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// row turns one CSV record into records. Empty cells are skipped.
func (m CSVMapping) row(rec []string, c csvCols, loc *time.Location, src Source, sink Sink) error {
	ds := cell(rec, c.date)
	if ds == "" {
		return rowErr(model.X("the date is empty", nil))
	}
	t, err := time.ParseInLocation(m.Layout, ds, loc)
	if err != nil {
		return rowErr(model.X("date {{.Value}} does not match the layout {{.Layout}}", x{"Value": strconv.Quote(ds), "Layout": strconv.Quote(m.Layout)}))
	}
	if s := cell(rec, c.steps); s != "" {
		n, err := csvNumber(s)
		if err != nil || n < 0 || n > 1e6 || n != float64(int(n)) {
			return rowErr(model.X("steps {{.Value}} is not a whole number of steps", x{"Value": strconv.Quote(s)}))
		}
		start, end := t, t
		if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
			end = t.AddDate(0, 0, 1) // a date-only row covers the whole day
		}
		sink.Steps(Steps{Start: start, End: end, Count: int(n), Source: src})
	}
	if s := cell(rec, c.run); s != "" {
		n, err := csvNumber(s)
		if err != nil || n < 0 || n > 24*60 {
			return rowErr(model.X("running minutes {{.Value}} is not a number of minutes in a day", x{"Value": strconv.Quote(s)}))
		}
		if d := time.Duration(n * float64(time.Minute)); d > 0 {
			sink.Run(Run{Start: t, End: t.Add(d), Duration: d, Source: src})
		}
	}
	return m.sleep(rec, c, t, loc, src, sink)
}

func (m CSVMapping) sleep(rec []string, c csvCols, day time.Time, loc *time.Location, src Source, sink Sink) error {
	a, b := cell(rec, c.sleepStart), cell(rec, c.sleepEnd)
	if a == "" && b == "" {
		return nil
	}
	if a == "" || b == "" {
		return rowErr(model.X("sleep needs both a start and an end", nil))
	}
	start, err := m.sleepTime(a, day, loc, time.Time{})
	if err != nil {
		return rowErr(model.X("sleep start {{.Value}}: {{.Err}}", x{"Value": strconv.Quote(a), "Err": errMessage(err)}))
	}
	end, err := m.sleepTime(b, day, loc, start)
	if err != nil {
		return rowErr(model.X("sleep end {{.Value}}: {{.Err}}", x{"Value": strconv.Quote(b), "Err": errMessage(err)}))
	}
	if !end.After(start) || end.Sub(start) > 24*time.Hour {
		return rowErr(model.X("sleep from {{.From}} to {{.To}} is not a night", x{"From": a, "To": b}))
	}
	sink.Sleep(Sleep{Start: start, End: end, Stage: Asleep, Source: src})
	return nil
}

// sleepTime reads a timestamp in Layout, or a clock time. A clock start is on
// the row's evening (before noon: the morning after, as the night rule
// counts it); a clock end is the first such clock after the start.
func (m CSVMapping) sleepTime(s string, day time.Time, loc *time.Location, after time.Time) (time.Time, error) {
	if t, err := time.ParseInLocation(m.Layout, s, loc); err == nil && m.Layout != defaultCSVLayout {
		return t, nil
	}
	clock, err := time.Parse("15:04", s)
	if err != nil {
		return time.Time{}, rowErr(model.X("not a clock time like 23:40 nor a timestamp in {{.Layout}}", x{"Layout": strconv.Quote(m.Layout)}))
	}
	y, mo, d := day.Date()
	t := time.Date(y, mo, d, clock.Hour(), clock.Minute(), 0, 0, loc)
	switch {
	case after.IsZero() && clock.Hour() < 12:
		t = time.Date(y, mo, d+1, clock.Hour(), clock.Minute(), 0, 0, loc)
	case !after.IsZero():
		for !t.After(after) {
			y, mo, d = t.Date()
			t = time.Date(y, mo, d+1, clock.Hour(), clock.Minute(), 0, 0, loc)
		}
	}
	return t, nil
}

// csvNumber reads a number, accepting a decimal comma.
func csvNumber(s string) (float64, error) {
	return strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
}
