package model

import (
	"errors"
	"testing"
)

func TestParseClock(t *testing.T) {
	good := map[string]Clock{"00:00": 0, "07:05": 425, "7:05": 425, "23:59": 1439}
	for in, want := range good {
		got, err := ParseClock(in)
		if err != nil || got != want {
			t.Errorf("ParseClock(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "24:00", "12:60", "1230", "12:3", "12:30pm", "-1:00", "ab:cd", "12:300", " 12:30", "1:+5", "+1:05", "-0:05", "1:5 ", "12:30 ", "１２:30"} {
		if _, err := ParseClock(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseClock(%q) accepted", in)
		}
	}
}

func TestClockRoundTrip(t *testing.T) {
	for c := Clock(0); c < 24*60; c++ {
		got, err := ParseClock(c.String())
		if err != nil || got != c {
			t.Fatalf("%d -> %q -> %d, %v", c, c.String(), got, err)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	d := MustDate("2026-02-28")
	if got := d.AddDays(1); got != "2026-03-01" {
		t.Errorf("AddDays(1) = %s", got)
	}
	if got := MustDate("2026-03-29").AddDays(1); got != "2026-03-30" {
		t.Errorf("AddDays over a DST weekend = %s", got)
	}
	if n := MustDate("2026-01-01").DaysUntil("2027-01-01"); n != 365 {
		t.Errorf("DaysUntil = %d", n)
	}
	for _, bad := range []string{"2026-02-30", "26-01-01", "2026/01/01", ""} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
}

func TestSleepHours(t *testing.T) {
	if h := SleepHours(23*60, 7*60); h != 8 {
		t.Errorf("23:00-07:00 = %v h", h)
	}
	if h := SleepHours(1*60, 6*60+30); h != 5.5 {
		t.Errorf("01:00-06:30 = %v h", h)
	}
}
