// Package clocktest lists the instants at which every rule about "today" is
// tested: the edges of the diary day, a leap day, a year end and the nights the
// clocks change in Europe and the USA, each with the diary day it belongs to.
package clocktest

import (
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Instant is a moment and the diary day (model.DiaryToday) a person lives in then.
type Instant struct {
	Name  string
	At    time.Time
	Today model.Date
}

// Instants loads the time zones it needs and fails tb if one is missing. The
// diary days are written out by hand, not computed, so they check the rule.
func Instants(tb testing.TB) []Instant {
	tb.Helper()
	berlin, newYork := mustLoad(tb, "Europe/Berlin"), mustLoad(tb, "America/New_York")
	utc := func(y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
	}
	return []Instant{
		{"00:00:30", utc(2027, 6, 15, 0, 0, 30), "2027-06-14"},
		{"03:59:59", utc(2027, 6, 15, 3, 59, 59), "2027-06-14"},
		{"04:00:00", utc(2027, 6, 15, 4, 0, 0), "2027-06-15"},
		{"11:59", utc(2027, 6, 15, 11, 59, 0), "2027-06-15"},
		{"12:00", utc(2027, 6, 15, 12, 0, 0), "2027-06-15"},
		{"23:59:59", utc(2027, 6, 15, 23, 59, 59), "2027-06-15"},
		{"leap day noon", utc(2028, 2, 29, 12, 0, 0), "2028-02-29"},
		{"leap day 02:00", utc(2028, 2, 29, 2, 0, 0), "2028-02-28"},
		{"1 March 01:00 after a leap day", utc(2028, 3, 1, 1, 0, 0), "2028-02-29"},
		{"31 December 23:59:59", utc(2027, 12, 31, 23, 59, 59), "2027-12-31"},
		{"1 January 03:00", utc(2028, 1, 1, 3, 0, 0), "2027-12-31"},
		// Berlin springs forward at 02:00 CET to 03:00 CEST: 02:30 never happens.
		{"Berlin 02:30 skipped", time.Date(2027, 3, 28, 2, 30, 0, 0, berlin), "2027-03-27"},
		{"Berlin 03:00 CEST, just after the jump", utc(2027, 3, 28, 1, 0, 0).In(berlin), "2027-03-27"},
		{"Berlin 04:00 CEST on the short night", utc(2027, 3, 28, 2, 0, 0).In(berlin), "2027-03-28"},
		// Berlin falls back at 03:00 CEST to 02:00 CET: 02:30 happens twice.
		{"Berlin 02:30 CEST, first time", utc(2027, 10, 31, 0, 30, 0).In(berlin), "2027-10-30"},
		{"Berlin 02:30 CET, second time", utc(2027, 10, 31, 1, 30, 0).In(berlin), "2027-10-30"},
		{"Berlin 03:59:59 CET on the long night", utc(2027, 10, 31, 2, 59, 59).In(berlin), "2027-10-30"},
		{"Berlin 04:00 CET on the long night", utc(2027, 10, 31, 3, 0, 0).In(berlin), "2027-10-31"},
		// New York springs forward at 02:00 EST to 03:00 EDT.
		{"New York 01:59 EST before the jump", utc(2027, 3, 14, 6, 59, 0).In(newYork), "2027-03-13"},
		{"New York 02:30 skipped", time.Date(2027, 3, 14, 2, 30, 0, 0, newYork), "2027-03-13"},
		{"New York 03:30 EDT after the jump", utc(2027, 3, 14, 7, 30, 0).In(newYork), "2027-03-13"},
		{"New York 04:00 EDT on the short night", utc(2027, 3, 14, 8, 0, 0).In(newYork), "2027-03-14"},
		// New York falls back at 02:00 EDT to 01:00 EST: 01:30 happens twice.
		{"New York 01:30 EDT, first time", utc(2027, 11, 7, 5, 30, 0).In(newYork), "2027-11-06"},
		{"New York 01:30 EST, second time", utc(2027, 11, 7, 6, 30, 0).In(newYork), "2027-11-06"},
		{"New York 03:59:59 EST on the long night", utc(2027, 11, 7, 8, 59, 59).In(newYork), "2027-11-06"},
		{"New York 04:00 EST on the long night", utc(2027, 11, 7, 9, 0, 0).In(newYork), "2027-11-07"},
	}
}

func mustLoad(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatalf("load time zone %s: %v", name, err)
	}
	return loc
}
