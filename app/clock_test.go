package app

import (
	"strings"
	"testing"
	"time"
)

func TestParseFakeNow(t *testing.T) {
	berlin, newYork := mustLoadZone(t, "Europe/Berlin"), mustLoadZone(t, "America/New_York")
	tests := []struct {
		in   string
		loc  *time.Location
		want time.Time // the instant, in UTC
	}{
		{"2027-03-28T01:30:00", time.UTC, time.Date(2027, 3, 28, 1, 30, 0, 0, time.UTC)},
		{"2027-03-28T01:30:00", berlin, time.Date(2027, 3, 28, 0, 30, 0, 0, time.UTC)},
		{"2027-03-28T03:59:50", berlin, time.Date(2027, 3, 28, 1, 59, 50, 0, time.UTC)},
		{"2028-02-29T23:59:59", berlin, time.Date(2028, 2, 29, 22, 59, 59, 0, time.UTC)},
		// Fall back: the first of the two 02:30s (CEST), so the repeat is still to come.
		{"2027-10-31T02:30:00", berlin, time.Date(2027, 10, 31, 0, 30, 0, 0, time.UTC)},
		{"2027-11-07T01:30:00", newYork, time.Date(2027, 11, 7, 5, 30, 0, 0, time.UTC)},
		{"2027-03-14T03:00:00", newYork, time.Date(2027, 3, 14, 7, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, err := parseFakeNow(tt.in, tt.loc)
		if err != nil || !got.Equal(tt.want) || got.Location() != tt.loc {
			t.Errorf("parseFakeNow(%q, %s) = %s, %v; want %s in %s", tt.in, tt.loc, got, err, tt.want, tt.loc)
		}
	}
}

func TestParseFakeNowRefuses(t *testing.T) {
	berlin, newYork := mustLoadZone(t, "Europe/Berlin"), mustLoadZone(t, "America/New_York")
	tests := []struct {
		in   string
		loc  *time.Location
		says string
	}{
		{"", time.UTC, "2027-03-28T01:30:00"},
		{"2027-03-28 01:30:00", time.UTC, "not a local time"},
		{"2027-03-28T01:30", time.UTC, "not a local time"},
		{"2027-03-28T01:30:00Z", time.UTC, "not a local time"},
		{"2027-02-29T12:00:00", time.UTC, "not a local time"},
		{"2027-03-28T02:30:00", berlin, "does not exist in the Europe/Berlin time zone"},
		{"2027-03-14T02:00:00", newYork, "does not exist"},
	}
	for _, tt := range tests {
		got, err := parseFakeNow(tt.in, tt.loc)
		if err == nil || !strings.Contains(err.Error(), tt.says) || !strings.Contains(err.Error(), EnvNow) {
			t.Errorf("parseFakeNow(%q, %s) = %s, %v; want an error naming %s and saying %q", tt.in, tt.loc, got, err, EnvNow, tt.says)
		}
	}
}

// The fake clock starts where it was set and moves with real time from there.
func TestRunningFromMovesForward(t *testing.T) {
	start := time.Date(2027, 3, 28, 3, 59, 50, 0, time.UTC)
	origin := time.Now().Add(-time.Minute) // elapsed time, not a date: the clock has run a minute
	now := runningFrom(start, origin)
	first := now()
	if d := first.Sub(start); d < time.Minute || d > time.Hour {
		t.Fatalf("a minute after its start the clock reads %s, %v after %s", first, d, start)
	}
	if second := now(); second.Before(first) {
		t.Errorf("the clock went back from %s to %s", first, second)
	}
}

func mustLoadZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
