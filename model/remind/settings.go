package remind

import (
	"fmt"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Kind is what a reminder asks for.
type Kind int

// The reminders, in the order the tray lists them.
const (
	Log     Kind = iota // log today's day and evening
	Stretch             // do the bedtime stretch
)

// Kinds lists every Kind in display order.
var Kinds = []Kind{Log, Stretch}

// String is a stable name for logs and tests.
func (k Kind) String() string {
	if k == Stretch {
		return "stretch"
	}
	return "log"
}

// Settings are the person's reminder choices.
type Settings struct {
	Bedtime   model.Clock // when the person usually goes to bed
	LeadMin   int         // how many minutes before Bedtime to remind
	Days      [7]bool     // weekdays with reminders, indexed by time.Weekday (Sunday is 0)
	LogOn     bool        // remind to log the day
	StretchOn bool        // remind to stretch
	SnoozeMin int         // minutes a snooze postpones a reminder
}

// Defaults are the settings of a new installation: every day, both
// reminders, half an hour before a 22:30 bedtime.
func Defaults() Settings {
	return Settings{
		Bedtime:   22*60 + 30,
		LeadMin:   30,
		Days:      [7]bool{true, true, true, true, true, true, true},
		LogOn:     true,
		StretchOn: true,
		SnoozeMin: 15,
	}
}

// Limits of the settings form.
const (
	MaxLeadMin   = 240 // earlier than 4 hours before bed is no longer "at bedtime"
	MaxSnoozeMin = 120
)

// Validate checks s; the error wraps model.ErrInvalid and says what to change.
func (s Settings) Validate() error {
	switch {
	case s.Bedtime < 0 || s.Bedtime >= 24*60:
		return fmt.Errorf("%w: bedtime %d is not a time of day", model.ErrInvalid, int(s.Bedtime))
	case s.LeadMin < 0 || s.LeadMin > MaxLeadMin:
		return fmt.Errorf("%w: remind between 0 and %d minutes before bedtime, not %d", model.ErrInvalid, MaxLeadMin, s.LeadMin)
	case s.SnoozeMin < 1 || s.SnoozeMin > MaxSnoozeMin:
		return fmt.Errorf("%w: snooze for 1 to %d minutes, not %d", model.ErrInvalid, MaxSnoozeMin, s.SnoozeMin)
	}
	return nil
}

// on reports whether reminders of kind k are wanted on diary day d.
func (s Settings) on(k Kind, d model.Date) bool {
	if !s.Days[d.Weekday()] {
		return false
	}
	if k == Stretch {
		return s.StretchOn
	}
	return s.LogOn
}

// fireAt is when the reminders of diary day d fire, as a wall-clock date and
// time: LeadMin before Bedtime, where a bedtime after midnight belongs to the
// evening before. It is never earlier than the diary day's own start (04:00),
// so a reminder always belongs to the day it reminds about.
func (s Settings) fireAt(d model.Date) (model.Date, model.Clock) {
	const day = 24 * 60
	bed := (int(s.Bedtime) - int(model.DayRollover) + day) % day // minutes into the diary day
	at := max(bed-s.LeadMin, 0) + int(model.DayRollover)
	if at >= day {
		return d.AddDays(1), model.Clock(at - day)
	}
	return d, model.Clock(at)
}

// snooze is how long a snooze lasts; a broken setting still snoozes a little.
func (s Settings) snooze() time.Duration {
	return time.Duration(max(s.SnoozeMin, 1)) * time.Minute
}
