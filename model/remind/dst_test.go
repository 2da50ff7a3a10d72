package remind

import (
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// In Berlin the clocks go from 02:00 to 03:00 on 29 March 2026 and from 03:00
// back to 02:00 on 25 October 2026. Ticks step through real time, as the app's do.

func lateNight() Settings {
	s := Defaults()
	s.Bedtime, s.LeadMin, s.StretchOn = 3*60, 30, false // the reminder is at 02:30
	return s
}

func TestSpringForwardSkippedTimeFiresAtTheNextTick(t *testing.T) {
	sc := New(lateNight())
	got := run(sc, at(3, 28, 20, 0), at(3, 29, 5, 0), time.Minute, notDone)
	// 02:30 does not exist that night: the reminder comes at 03:00 CEST, on time.
	assertFired(t, got, "log 2026-03-28 03-29 03:00 CEST")
	if got[0].Late {
		t.Error("a reminder at a skipped time is marked late")
	}
}

func TestFallBackRepeatedTimeFiresOnce(t *testing.T) {
	sc := New(lateNight())
	got := run(sc, at(10, 24, 20, 0), at(10, 25, 5, 0), 30*time.Second, notDone)
	// 02:30 comes twice; the first one counts.
	assertFired(t, got, "log 2026-10-24 10-25 02:30 CEST")
}

func TestEveningRemindersKeepTheirWallClockAcrossDST(t *testing.T) {
	for _, tt := range []struct {
		name     string
		from, to time.Time
		want     string
	}{
		{"spring forward", at(3, 28, 12, 0), at(3, 30, 12, 0),
			"log 2026-03-28 03-28 22:00 CET; log 2026-03-29 03-29 22:00 CEST"},
		{"fall back", at(10, 24, 12, 0), at(10, 26, 12, 0),
			"log 2026-10-24 10-24 22:00 CEST; log 2026-10-25 10-25 22:00 CET"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := Defaults()
			s.StretchOn = false
			assertFired(t, run(New(s), tt.from, tt.to, time.Minute, notDone), tt.want)
		})
	}
}

// A laptop asleep across the change wakes to one late reminder.
func TestAsleepAcrossSpringForward(t *testing.T) {
	sc := New(lateNight())
	sc.Tick(at(3, 29, 1, 0), State{})
	got := sc.Tick(at(3, 29, 3, 45), State{})
	assertFired(t, got, "log 2026-03-28 03-29 03:00 CEST late")
}

// A skipped wall time is taken as the moment the clocks jumped, in any zone.
func TestWallTimeOfASkippedTime(t *testing.T) {
	for _, tt := range []struct {
		zone, date, at, want string
	}{
		{"Europe/Berlin", "2026-03-29", "02:30", "2026-03-29 03:00 CEST"},
		{"America/New_York", "2026-03-08", "02:10", "2026-03-08 03:00 EDT"},
		{"Australia/Lord_Howe", "2026-10-04", "02:15", "2026-10-04 02:30 +11"},
		// A repeated time comes out as either; show clamps it to the first tick
		// that reaches it (TestFallBackRepeatedTimeFiresOnce).
		{"Europe/Berlin", "2026-10-25", "02:30", "2026-10-25 02:30 CET"},
	} {
		loc, err := time.LoadLocation(tt.zone)
		if err != nil {
			t.Fatal(err)
		}
		got := wallTime(model.Date(tt.date), mustClock(t, tt.at), loc).Format("2006-01-02 15:04 MST")
		if got != tt.want {
			t.Errorf("%s %s %s = %s, want %s", tt.zone, tt.date, tt.at, got, tt.want)
		}
	}
}
