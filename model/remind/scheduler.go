package remind

import (
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// lateAfter is how far past its time a reminder may first be seen and still
// count as on time; beyond it the laptop was asleep or the app was closed.
const lateAfter = 2 * time.Minute

// State is what the diary says about the current diary day.
type State struct {
	LoggedToday    bool // the day has been logged
	StretchedToday bool // today's stretch is done
}

func (st State) done(k Kind) bool {
	if k == Stretch {
		return st.StretchedToday
	}
	return st.LoggedToday
}

// Reminder is one reminder to show.
type Reminder struct {
	Kind Kind
	Day  model.Date // the diary day it is about
	Due  time.Time  // when it was meant to appear
	// Late marks a reminder first seen well after Due, as on waking the laptop;
	// the UI can say when it was due.
	Late bool
}

// Scheduler works out which reminders are due. It holds no timer: the app calls
// Tick every half minute or so and on waking from sleep. It is not safe for
// concurrent use; the app ticks it from one goroutine.
type Scheduler struct {
	set   Settings
	last  time.Time      // the previous tick; zero before the first
	slots map[Kind]*slot // each kind's progress through the current diary day
}

// slot is one kind's reminder on one diary day.
type slot struct {
	day     model.Date
	fired   bool      // shown, snoozed or done: the scheduled time is used up
	firedAt fireTime  // the scheduled time that was used up
	acted   bool      // the person snoozed it or waved it away, not just the clock
	showing bool      // shown and waiting for the person
	shown   Reminder  // what is showing
	snoozed time.Time // when a snoozed reminder comes back; zero if none
}

// fireTime is a reminder's wall-clock date and time, as Settings.fireAt gives it.
type fireTime struct {
	date model.Date
	at   model.Clock
}

// New returns a scheduler for s that has not ticked yet.
func New(s Settings) *Scheduler {
	sc := &Scheduler{set: s, slots: map[Kind]*slot{}}
	for _, k := range Kinds {
		sc.slots[k] = &slot{}
	}
	return sc
}

// SetSettings applies changed settings from the next tick. Reminders done or
// snoozed today stay so; one that only came at its time comes again when its
// time is moved to later this evening.
func (sc *Scheduler) SetSettings(s Settings) { sc.set = s }

// Settings returns the settings in use.
func (sc *Scheduler) Settings() Settings { return sc.set }

// Tick returns the reminders that become due at now, each exactly once. st is
// the diary's state for model.DiaryToday(now). After a long gap between ticks
// (the laptop slept) only the current diary day's reminders can come, marked
// Late, so waking never brings a burst of old ones.
func (sc *Scheduler) Tick(now time.Time, st State) []Reminder {
	// A monotonic reading stops while the laptop sleeps; the wall clock does
	// not, and it is the wall clock that tells how late a reminder is.
	now = now.Round(0)
	var due []Reminder
	for _, k := range Kinds {
		if r, ok := sc.tickKind(k, now, st); ok {
			due = append(due, r)
		}
	}
	sc.last = now
	return due
}

func (sc *Scheduler) tickKind(k Kind, now time.Time, st State) (Reminder, bool) {
	sl := sc.slotFor(k, now)
	if st.done(k) {
		// Not marked fired: should the entry be undone before bed, the
		// reminder still comes.
		sl.showing, sl.snoozed = false, time.Time{}
		return Reminder{}, false
	}
	if !sc.set.on(k, sl.day) {
		return Reminder{}, false
	}
	if sl.fired && !sl.acted && sc.movedLater(sl, now) {
		// The person moved tonight's reminder to a time still ahead: the one
		// that came is superseded and the new time counts.
		*sl = slot{day: sl.day}
	}
	if !sl.fired {
		date, at := sc.set.fireAt(sl.day)
		if !reached(now, date, at) {
			return Reminder{}, false
		}
		sl.fired, sl.firedAt = true, fireTime{date, at}
		return sc.show(sl, k, wallTime(date, at, now.Location()), now), true
	}
	if !sl.snoozed.IsZero() && !now.Before(sl.snoozed) {
		due := sl.snoozed
		sl.snoozed = time.Time{}
		return sc.show(sl, k, due, now), true
	}
	return Reminder{}, false
}

// movedLater reports whether the settings now put sl's reminder at a time
// other than the one it fired for, and not yet reached at the previous tick:
// settings changed since then may have been saved just before the new time.
// Comparing with the settings, not only the clock, keeps a clock set back
// (autumn) from firing the same reminder twice.
func (sc *Scheduler) movedLater(sl *slot, now time.Time) bool {
	date, at := sc.set.fireAt(sl.day)
	if (fireTime{date, at}) == sl.firedAt {
		return false
	}
	if !sc.last.IsZero() {
		now = sc.last
	}
	return !reached(now, date, at)
}

// slotFor returns kind k's slot for the diary day of now, starting it afresh
// when the day has changed.
func (sc *Scheduler) slotFor(k Kind, now time.Time) *slot {
	sl := sc.slots[k]
	if day := model.DiaryToday(now); sl.day != day {
		*sl = slot{day: day}
	}
	return sl
}

func (sc *Scheduler) show(sl *slot, k Kind, due, now time.Time) Reminder {
	if due.After(now) {
		due = now // a time skipped by a clock change is due at the first tick after it
	}
	missed := sc.last.IsZero() || sc.last.Before(due)
	r := Reminder{Kind: k, Day: sl.day, Due: due, Late: missed && now.Sub(due) > lateAfter}
	sl.showing, sl.shown = true, r
	return r
}

// Snooze hides kind's reminder and brings it back SnoozeMin after now. Before
// the reminder's time it replaces the scheduled one.
func (sc *Scheduler) Snooze(k Kind, now time.Time) {
	now = now.Round(0)
	sl := sc.slotFor(k, now)
	sl.fired, sl.acted, sl.showing = true, true, false
	sl.snoozed = now.Add(sc.set.snooze())
}

// Done hides kind's reminder for the rest of the diary day of the last tick:
// the person acted on it or waved it away.
func (sc *Scheduler) Done(k Kind) {
	sl := sc.slots[k]
	sl.fired, sl.acted, sl.showing, sl.snoozed = true, true, false, time.Time{}
}

// Pending returns the reminders showing at now, for the tray menu: shown,
// not snoozed, not done, and still about the current diary day.
func (sc *Scheduler) Pending(now time.Time) []Reminder {
	today := model.DiaryToday(now)
	var showing []Reminder
	for _, k := range Kinds {
		if sl := sc.slots[k]; sl.showing && sl.day == today {
			showing = append(showing, sl.shown)
		}
	}
	return showing
}

// reached compares wall clocks, so a change of the clocks never makes a
// reminder fire twice or not at all.
func reached(now time.Time, date model.Date, at model.Clock) bool {
	today := model.DateOf(now)
	return date.Before(today) || (date == today && model.ClockOf(now) >= at)
}

// wallTime is the instant date at in loc. A time skipped by a spring-forward
// change is taken to be the change itself, when the wall clock jumped past it.
func wallTime(date model.Date, at model.Clock, loc *time.Location) time.Time {
	d := date.Time()
	t := time.Date(d.Year(), d.Month(), d.Day(), at.Hour(), int(at)%60, 0, 0, loc)
	if model.DateOf(t) == date && model.ClockOf(t) == at {
		return t
	}
	// time.Date moved the skipped time to one side of the gap or the other.
	start, end := t.ZoneBounds()
	if reached(t, date, at) {
		return start
	}
	return end
}
