package remind

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the DST tests need Europe/Berlin on any machine

	"github.com/crampdiary/crampdiary/model"
)

var berlin = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	return loc
}()

// at is a wall-clock time in Berlin. 2026-06-10 is a Wednesday.
func at(month time.Month, day, hour, min int) time.Time {
	return time.Date(2026, month, day, hour, min, 0, 0, berlin)
}

// notDone is the state of a diary with nothing logged or stretched.
func notDone(time.Time) State { return State{} }

// run ticks sc every step from from to to inclusive, the way the app's ticker
// would, and returns everything it fired.
func run(sc *Scheduler, from, to time.Time, step time.Duration, st func(time.Time) State) []Reminder {
	var all []Reminder
	for now := from; !now.After(to); now = now.Add(step) {
		all = append(all, sc.Tick(now, st(now))...)
	}
	return all
}

// show writes reminders compactly: "log 2026-06-10 22:00 late".
func show(rs []Reminder) string {
	var parts []string
	for _, r := range rs {
		s := fmt.Sprintf("%s %s %s", r.Kind, r.Day, r.Due.In(berlin).Format("01-02 15:04 MST"))
		if r.Late {
			s += " late"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func assertFired(t *testing.T, got []Reminder, want string) {
	t.Helper()
	if s := show(got); s != want {
		t.Fatalf("fired:\n %s\nwant:\n %s", s, want)
	}
}

func TestDueAtBedtimeMinusLead(t *testing.T) {
	sc := New(Defaults())
	got := run(sc, at(6, 10, 21, 0), at(6, 10, 23, 0), 30*time.Second, notDone)
	assertFired(t, got, "log 2026-06-10 06-10 22:00 CEST; stretch 2026-06-10 06-10 22:00 CEST")
	if p := sc.Pending(at(6, 10, 23, 0)); show(p) != show(got) {
		t.Errorf("pending %s, want both", show(p))
	}
}

func TestNotDueWhenDoneOrOff(t *testing.T) {
	tests := []struct {
		name string
		st   State
		edit func(*Settings)
		want string
	}{
		{"already logged", State{LoggedToday: true}, nil, "stretch 2026-06-10 06-10 22:00 CEST"},
		{"already stretched", State{StretchedToday: true}, nil, "log 2026-06-10 06-10 22:00 CEST"},
		{"both done", State{LoggedToday: true, StretchedToday: true}, nil, ""},
		{"log reminder off", State{}, func(s *Settings) { s.LogOn = false }, "stretch 2026-06-10 06-10 22:00 CEST"},
		{"stretch reminder off", State{}, func(s *Settings) { s.StretchOn = false }, "log 2026-06-10 06-10 22:00 CEST"},
		{"Wednesdays off", State{}, func(s *Settings) { s.Days[time.Wednesday] = false }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Defaults()
			if tt.edit != nil {
				tt.edit(&s)
			}
			sc := New(s)
			got := run(sc, at(6, 10, 21, 0), at(6, 11, 3, 0), time.Minute, func(time.Time) State { return tt.st })
			assertFired(t, got, tt.want)
		})
	}
}

// An entry undone before bed brings the reminder back; one done after the
// reminder takes it off the tray.
func TestStateChangesDuringTheEvening(t *testing.T) {
	sc := New(Defaults())
	logged := func(now time.Time) State { return State{LoggedToday: now.Before(at(6, 10, 22, 30))} }
	got := run(sc, at(6, 10, 21, 0), at(6, 10, 23, 0), time.Minute, logged)
	// Due stays the reminder's time; it is not late, as the app was ticking.
	assertFired(t, got, "stretch 2026-06-10 06-10 22:00 CEST; log 2026-06-10 06-10 22:00 CEST")
	if got[1].Late {
		t.Error("log reminder after an undone entry is marked late")
	}

	sc.Tick(at(6, 10, 23, 1), State{LoggedToday: true})
	assertFired(t, sc.Pending(at(6, 10, 23, 1)), "stretch 2026-06-10 06-10 22:00 CEST")
}

func TestSnooze(t *testing.T) {
	sc := New(Defaults())
	run(sc, at(6, 10, 21, 58), at(6, 10, 22, 0), time.Minute, notDone)
	sc.Snooze(Log, at(6, 10, 22, 1))
	assertFired(t, sc.Pending(at(6, 10, 22, 1)), "stretch 2026-06-10 06-10 22:00 CEST")

	got := run(sc, at(6, 10, 22, 1), at(6, 10, 22, 15), 30*time.Second, notDone)
	assertFired(t, got, "")
	got = run(sc, at(6, 10, 22, 16), at(6, 10, 22, 30), 30*time.Second, notDone)
	assertFired(t, got, "log 2026-06-10 06-10 22:16 CEST")
	assertFired(t, sc.Pending(at(6, 10, 22, 30)), "log 2026-06-10 06-10 22:16 CEST; stretch 2026-06-10 06-10 22:00 CEST")

	sc.Done(Log)
	sc.Done(Stretch)
	assertFired(t, sc.Pending(at(6, 10, 22, 31)), "")
	assertFired(t, run(sc, at(6, 10, 22, 31), at(6, 11, 3, 59), time.Minute, notDone), "")
}

func TestSnoozedThenLoggedStaysQuiet(t *testing.T) {
	s := Defaults()
	s.StretchOn = false
	sc := New(s)
	run(sc, at(6, 10, 21, 59), at(6, 10, 22, 0), time.Minute, notDone)
	sc.Snooze(Log, at(6, 10, 22, 0))
	logged := func(now time.Time) State { return State{LoggedToday: !now.Before(at(6, 10, 22, 10))} }
	assertFired(t, run(sc, at(6, 10, 22, 1), at(6, 10, 23, 0), time.Minute, logged), "")
}

func TestMissedWhileAsleepShowsOnceLate(t *testing.T) {
	sc := New(Defaults())
	run(sc, at(6, 10, 21, 0), at(6, 10, 21, 50), time.Minute, notDone)
	got := run(sc, at(6, 10, 23, 10), at(6, 10, 23, 59), time.Minute, notDone)
	assertFired(t, got, "log 2026-06-10 06-10 22:00 CEST late; stretch 2026-06-10 06-10 22:00 CEST late")
}

func TestShortTickGapIsNotLate(t *testing.T) {
	sc := New(Defaults())
	sc.Tick(at(6, 10, 21, 59), State{})
	got := sc.Tick(at(6, 10, 22, 1).Add(30*time.Second), State{})
	assertFired(t, got, "log 2026-06-10 06-10 22:00 CEST; stretch 2026-06-10 06-10 22:00 CEST")
}

func TestStartedAfterTheTimeIsLate(t *testing.T) {
	sc := New(Defaults())
	assertFired(t, sc.Tick(at(6, 10, 22, 45), State{}), "log 2026-06-10 06-10 22:00 CEST late; stretch 2026-06-10 06-10 22:00 CEST late")
}

// Asleep over several evenings: only the latest, and only while its diary day lasts.
func TestMissedSeveralDaysIsNotABurst(t *testing.T) {
	sc := New(Defaults())
	sc.Tick(at(6, 8, 21, 0), State{})
	got := run(sc, at(6, 11, 23, 0), at(6, 12, 3, 0), time.Minute, notDone)
	assertFired(t, got, "log 2026-06-11 06-11 22:00 CEST late; stretch 2026-06-11 06-11 22:00 CEST late")

	sc = New(Defaults())
	sc.Tick(at(6, 8, 21, 0), State{})
	got = run(sc, at(6, 12, 9, 0), at(6, 12, 22, 0), time.Minute, notDone)
	assertFired(t, got, "log 2026-06-12 06-12 22:00 CEST; stretch 2026-06-12 06-12 22:00 CEST")
}

// A reminder nobody acted on leaves the tray when its diary day ends at 04:00.
func TestPendingEndsWithTheDiaryDay(t *testing.T) {
	sc := New(Defaults())
	run(sc, at(6, 10, 21, 59), at(6, 11, 3, 59), time.Minute, notDone)
	if len(sc.Pending(at(6, 11, 3, 59))) != 2 {
		t.Fatalf("pending at 03:59: %s", show(sc.Pending(at(6, 11, 3, 59))))
	}
	sc.Tick(at(6, 11, 4, 0), State{})
	assertFired(t, sc.Pending(at(6, 11, 4, 0)), "")
}

func TestWeekdays(t *testing.T) {
	s := Defaults()
	s.StretchOn = false
	s.Days[time.Saturday], s.Days[time.Sunday] = false, false
	got := run(New(s), at(6, 8, 12, 0), at(6, 15, 23, 0), time.Minute, notDone)
	var days []string
	for _, r := range got {
		days = append(days, r.Day.Weekday().String()[:3])
	}
	if want := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Mon"}; !slices.Equal(days, want) {
		t.Fatalf("reminders on %v, want %v", days, want)
	}
}

// Past midnight a reminder still belongs to the evening's weekday: with Fridays
// off, Thursday's comes at 00:15 on Friday's date, and Friday's (on Saturday's
// date) does not come.
func TestWeekdayOfAReminderAfterMidnight(t *testing.T) {
	s := Defaults()
	s.Bedtime, s.LeadMin, s.StretchOn = mustClock(t, "00:30"), 15, false
	s.Days[time.Friday] = false
	got := run(New(s), at(6, 11, 12, 0), at(6, 14, 12, 0), time.Minute, notDone)
	assertFired(t, got, "log 2026-06-11 06-12 00:15 CEST; log 2026-06-13 06-14 00:15 CEST")
}

func TestNoDoubleFiringOverTwoWeeks(t *testing.T) {
	sc := New(Defaults())
	got := run(sc, at(6, 1, 4, 0), at(6, 15, 3, 59), 20*time.Second, notDone)
	if len(got) != 28 {
		t.Fatalf("%d reminders in 14 days, want 28: %s", len(got), show(got))
	}
	seen := map[string]bool{}
	for _, r := range got {
		key := r.Kind.String() + string(r.Day)
		if seen[key] || r.Late || model.ClockOf(r.Due.In(berlin)).String() != "22:00" {
			t.Fatalf("bad reminder %s in %s", show([]Reminder{r}), show(got))
		}
		seen[key] = true
	}
}
