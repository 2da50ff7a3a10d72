package remind

import (
	"strings"
	"testing"
	"time"
)

// dueAt returns the defaults with reminders due at hh:mm, log only.
func dueAt(t *testing.T, hhmm string) Settings {
	t.Helper()
	s := Defaults()
	s.Bedtime, s.LeadMin, s.StretchOn = mustClock(t, hhmm), 0, false
	return s
}

func TestMovedLaterTheSameEveningFiresAtTheNewTime(t *testing.T) {
	sc := New(dueAt(t, "22:00"))
	assertFired(t, run(sc, at(6, 10, 21, 59), at(6, 10, 22, 5), time.Minute, notDone), "log 2026-06-10 06-10 22:00 CEST")
	sc.SetSettings(dueAt(t, "22:30"))
	assertFired(t, run(sc, at(6, 10, 22, 6), at(6, 10, 22, 29), time.Minute, notDone), "")
	assertFired(t, sc.Pending(at(6, 10, 22, 29)), "")
	assertFired(t, run(sc, at(6, 10, 22, 30), at(6, 11, 3, 0), time.Minute, notDone), "log 2026-06-10 06-10 22:30 CEST")
}

func TestMovedEarlierAfterFiringDoesNotRepeat(t *testing.T) {
	sc := New(dueAt(t, "22:00"))
	run(sc, at(6, 10, 21, 59), at(6, 10, 22, 5), time.Minute, notDone)
	sc.SetSettings(dueAt(t, "21:00"))
	assertFired(t, run(sc, at(6, 10, 22, 6), at(6, 11, 3, 0), time.Minute, notDone), "")
}

func TestMovedLaterAfterASnoozeKeepsTheSnooze(t *testing.T) {
	sc := New(dueAt(t, "22:00"))
	run(sc, at(6, 10, 21, 59), at(6, 10, 22, 0), time.Minute, notDone)
	sc.Snooze(Log, at(6, 10, 22, 1))
	sc.SetSettings(dueAt(t, "23:00"))
	assertFired(t, run(sc, at(6, 10, 22, 2), at(6, 11, 3, 0), time.Minute, notDone), "log 2026-06-10 06-10 22:16 CEST")
}

func TestRestoredMarkKeepsTheEveningQuiet(t *testing.T) {
	tests := []struct {
		name string
		mark Mark
		want string
	}{
		{"shown this evening", Mark{Day: "2026-06-10"}, ""},
		{"done this evening", Mark{Day: "2026-06-10", Acted: true}, ""},
		{"shown yesterday", Mark{Day: "2026-06-09"}, "log 2026-06-10 06-10 22:00 CEST late"},
		{"snooze ran out while closed", Mark{Day: "2026-06-10", Acted: true, Snoozed: at(6, 10, 22, 20)},
			"log 2026-06-10 06-10 22:20 CEST late"},
		{"snooze still ahead", Mark{Day: "2026-06-10", Acted: true, Snoozed: at(6, 10, 23, 30)},
			"log 2026-06-10 06-10 23:30 CEST"},
		{"nothing kept", Mark{}, "log 2026-06-10 06-10 22:00 CEST late"},
		{"came at 21:00, since moved to 23:30", Mark{Day: "2026-06-10", At: "2026-06-10 21:00"}, "log 2026-06-10 06-10 23:30 CEST"},
		{"came at 21:00, since moved to 22:00", Mark{Day: "2026-06-10", At: "2026-06-10 21:00"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := dueAt(t, "22:00")
			if strings.Contains(tt.name, "23:30") {
				s = dueAt(t, "23:30")
			}
			sc := New(s)
			sc.Restore(Log, tt.mark)
			assertFired(t, run(sc, at(6, 10, 23, 0), at(6, 11, 3, 0), time.Minute, notDone), tt.want)
		})
	}
}

// A restored evening still fires when the person then moves the time to later.
func TestRestoredMarkThenMovedLater(t *testing.T) {
	sc := New(dueAt(t, "22:00"))
	sc.Restore(Log, Mark{Day: "2026-06-10"})
	sc.Tick(at(6, 10, 22, 10), State{})
	sc.SetSettings(dueAt(t, "22:30"))
	assertFired(t, run(sc, at(6, 10, 22, 11), at(6, 10, 23, 0), time.Minute, notDone), "log 2026-06-10 06-10 22:30 CEST")
}

func TestMarkRoundTrip(t *testing.T) {
	sc := New(dueAt(t, "22:00"))
	if m := sc.Mark(Log); m != (Mark{}) || m.String() != "" {
		t.Fatalf("before anything came: %+v %q", m, m.String())
	}
	run(sc, at(6, 10, 21, 59), at(6, 10, 22, 0), time.Minute, notDone)
	sc.Snooze(Log, at(6, 10, 22, 1))
	m := sc.Mark(Log)
	back, err := ParseMark(m.String())
	if err != nil || back.Day != "2026-06-10" || back.At != "2026-06-10 22:00" || !back.Acted || !back.Snoozed.Equal(at(6, 10, 22, 16)) {
		t.Fatalf("%q read back as %+v, %v", m.String(), back, err)
	}
	for _, bad := range []string{"{", `{"day":"yesterday"}`, `{"day":"2026-06-10","at":"22:00"}`} {
		if _, err := ParseMark(bad); err == nil {
			t.Errorf("ParseMark(%q) took it", bad)
		}
	}
}

// Settings are read at a tick: a time saved between two ticks, and reached by
// the second, still fires, at that second tick.
func TestMovedToATimeBetweenTwoTicks(t *testing.T) {
	sc := New(dueAt(t, "22:00"))
	run(sc, at(6, 10, 21, 59), at(6, 10, 22, 0), time.Minute, notDone)
	sc.Tick(at(6, 10, 22, 10).Add(50*time.Second), State{})
	sc.SetSettings(dueAt(t, "22:11"))
	assertFired(t, sc.Tick(at(6, 10, 22, 11).Add(20*time.Second), State{}), "log 2026-06-10 06-10 22:11 CEST")
}
