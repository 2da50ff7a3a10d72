package remind

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Mark is what a scheduler remembers of one kind's reminder on one diary day,
// kept across restarts so a new start the same evening does not repeat it.
type Mark struct {
	Day     model.Date `json:"day"`              // the diary day whose reminder came, was snoozed or done
	At      string     `json:"at,omitzero"`      // the time it came for, "2006-01-02 15:04"; "" if not by the clock
	Acted   bool       `json:"acted,omitzero"`   // the person snoozed it or waved it away
	Snoozed time.Time  `json:"snoozed,omitzero"` // when a snoozed reminder comes back; zero if none
}

// Mark returns what to keep of kind k's reminder for a later start; the zero
// Mark when nothing has come yet on the current diary day.
func (sc *Scheduler) Mark(k Kind) Mark {
	sl := sc.slots[k]
	if !sl.fired {
		return Mark{}
	}
	return Mark{Day: sl.day, At: sl.firedAt.String(), Acted: sl.acted, Snoozed: sl.snoozed}
}

// String is the fire time as Mark.At keeps it; "" for none.
func (ft fireTime) String() string {
	if ft.date == "" {
		return ""
	}
	return string(ft.date) + " " + ft.at.String()
}

// parseFireTime reads a fireTime.String.
func parseFireTime(s string) (fireTime, error) {
	date, clock, ok := strings.Cut(s, " ")
	if !ok {
		return fireTime{}, fmt.Errorf("remind: %q is not a date and time", s)
	}
	d, err := model.ParseDate(date)
	if err != nil {
		return fireTime{}, fmt.Errorf("remind: read time %q: %w", s, err)
	}
	c, err := model.ParseClock(clock)
	if err != nil {
		return fireTime{}, fmt.Errorf("remind: read time %q: %w", s, err)
	}
	return fireTime{d, c}, nil
}

// Restore takes back kind k's mark from an earlier start, before the first
// tick. A mark of another diary day is dropped at that tick; a snooze that
// ran out while the app was closed comes once, marked late; a reminder whose
// time was since moved to one still ahead comes at that time.
func (sc *Scheduler) Restore(k Kind, m Mark) {
	if m.Day == "" {
		return
	}
	ft, err := parseFireTime(m.At)
	if err != nil {
		// Without the time it came for (a new diary's evening), the time set
		// now counts as used: only a later change of it re-arms the reminder.
		date, at := sc.set.fireAt(m.Day)
		ft = fireTime{date, at}
	}
	*sc.slots[k] = slot{day: m.Day, fired: true, firedAt: ft,
		acted: m.Acted, snoozed: m.Snoozed.Round(0)}
}

// String encodes m for a settings table; the zero Mark is "".
func (m Mark) String() string {
	if m == (Mark{}) {
		return ""
	}
	b, err := json.Marshal(m)
	if err != nil { // cannot happen for these field types
		return ""
	}
	return string(b)
}

// ParseMark decodes a Mark.String; "" is the zero Mark.
func ParseMark(s string) (Mark, error) {
	var m Mark
	if s == "" {
		return m, nil
	}
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return Mark{}, fmt.Errorf("remind: read mark %q: %w", s, err)
	}
	if m.Day != "" {
		if _, err := model.ParseDate(string(m.Day)); err != nil {
			return Mark{}, fmt.Errorf("remind: read mark %q: %w", s, err)
		}
	}
	if m.At != "" {
		if _, err := parseFireTime(m.At); err != nil {
			return Mark{}, fmt.Errorf("remind: read mark %q: %w", s, err)
		}
	}
	return m, nil
}
