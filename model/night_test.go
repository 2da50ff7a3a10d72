package model

import (
	"testing"
	"time"
)

func TestNightOf(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		at      time.Time
		cutover Clock
		want    Date
	}{
		{"small hours belong to the evening before", time.Date(2026, 3, 5, 2, 40, 0, 0, time.UTC), DefaultCutover, "2026-03-04"},
		{"evening belongs to its own date", time.Date(2026, 3, 4, 23, 10, 0, 0, time.UTC), DefaultCutover, "2026-03-04"},
		{"just before the cut-over", time.Date(2026, 3, 5, 11, 59, 0, 0, time.UTC), DefaultCutover, "2026-03-04"},
		{"at the cut-over a new night starts", time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC), DefaultCutover, "2026-03-05"},
		{"later cut-over keeps a lie-in in the night", time.Date(2026, 3, 5, 13, 0, 0, 0, time.UTC), 14 * 60, "2026-03-04"},
		{"new year", time.Date(2027, 1, 1, 3, 0, 0, 0, time.UTC), DefaultCutover, "2026-12-31"},
		{"leap day morning", time.Date(2028, 3, 1, 1, 0, 0, 0, time.UTC), DefaultCutover, "2028-02-29"},
		// Clocks jump 02:00 -> 03:00 on 2026-03-29 in Berlin.
		{"Berlin spring-forward, after the jump", time.Date(2026, 3, 29, 3, 30, 0, 0, berlin), DefaultCutover, "2026-03-28"},
		{"Berlin spring-forward, before the jump", time.Date(2026, 3, 29, 1, 30, 0, 0, berlin), DefaultCutover, "2026-03-28"},
		// Clocks fall back 03:00 -> 02:00 on 2026-10-25: 02:30 happens twice.
		{"Berlin fall-back, first 02:30", time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC).In(berlin), DefaultCutover, "2026-10-24"},
		{"Berlin fall-back, second 02:30", time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC).In(berlin), DefaultCutover, "2026-10-24"},
		{"New York fall-back evening", time.Date(2026, 11, 1, 23, 0, 0, 0, newYork), DefaultCutover, "2026-11-01"},
		{"same instant, other zone: wall clock decides", time.Date(2026, 3, 5, 2, 40, 0, 0, time.UTC).In(newYork), DefaultCutover, "2026-03-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NightOf(tt.at, tt.cutover); got != tt.want {
				t.Errorf("NightOf(%s) = %s, want %s", tt.at, got, tt.want)
			}
		})
	}
}

// Fifteen minutes before 03:05 on the Berlin spring-forward night is 01:50 on the
// wall clock, and still the same night: presets must subtract real time.
func TestNightOfPresetAcrossDST(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 3, 29, 3, 5, 0, 0, berlin)
	earlier := now.Add(-15 * time.Minute)
	if got := ClockOf(earlier).String(); got != "01:50" {
		t.Fatalf("15 min before 03:05 CEST = %s, want 01:50", got)
	}
	if NightOf(earlier, DefaultCutover) != NightOf(now, DefaultCutover) {
		t.Fatal("a preset across the DST jump moved the cramp to another night")
	}
}

func TestWallDateInvertsNightOf(t *testing.T) {
	night := MustDate("2026-06-10")
	for c := Clock(0); c < 24*60; c += 7 {
		day := WallDate(night, c, DefaultCutover)
		at := day.Time().Add(time.Duration(c) * time.Minute)
		if got := NightOf(at, DefaultCutover); got != night {
			t.Fatalf("clock %s placed on %s maps back to night %s", c, day, got)
		}
	}
}

func TestValidateCutover(t *testing.T) {
	for _, c := range []Clock{6 * 60, 12 * 60, 18 * 60} {
		if err := ValidateCutover(c); err != nil {
			t.Errorf("cut-over %s rejected: %v", c, err)
		}
	}
	for _, c := range []Clock{5*60 + 59, 18*60 + 1, 0} {
		if err := ValidateCutover(c); err == nil {
			t.Errorf("cut-over %s accepted", c)
		}
	}
}

func TestDiaryToday(t *testing.T) {
	tests := map[string]Date{
		"2026-11-25T01:30": "2026-11-24", // a late evening still logs the 24th
		"2026-11-25T04:00": "2026-11-25",
		"2026-11-25T09:00": "2026-11-25",
		"2026-11-25T23:59": "2026-11-25",
	}
	for at, want := range tests {
		ts, _ := time.Parse("2006-01-02T15:04", at)
		if got := DiaryToday(ts); got != want {
			t.Errorf("DiaryToday(%s) = %s, want %s", at, got, want)
		}
	}
}
