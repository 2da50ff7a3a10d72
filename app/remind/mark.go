package remind

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Mark is what a scheduler remembers of one kind's reminder on one diary day,
// kept across restarts so a new start the same evening does not repeat it.
type Mark struct {
	Day     model.Date `json:"day"`              // the diary day whose reminder came, was snoozed or done
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
	return Mark{Day: sl.day, Acted: sl.acted, Snoozed: sl.snoozed}
}

// Restore takes back kind k's mark from an earlier start, before the first
// tick. A mark of another diary day is dropped at that tick; a snooze that
// ran out while the app was closed comes once, marked late.
func (sc *Scheduler) Restore(k Kind, m Mark) {
	if m.Day == "" {
		return
	}
	date, at := sc.set.fireAt(m.Day)
	// firedAt is today's setting: only a later change of the time re-arms it.
	*sc.slots[k] = slot{day: m.Day, fired: true, firedAt: fireTime{date, at},
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
	return m, nil
}
