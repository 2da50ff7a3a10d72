package backup

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestKeep(t *testing.T) {
	days := func(from model.Date, n, step int) []model.Date {
		var out []model.Date
		for i := 0; i < n; i++ {
			out = append(out, from.AddDays(i*step))
		}
		return out
	}
	tests := []struct {
		name  string
		dates []model.Date
		want  int
	}{
		{"none", nil, 0},
		{"three days", days("2026-03-01", 3, 1), 3},
		{"a week", days("2026-03-01", 7, 1), 7},
		// 2026-03-01..03-30 (a Monday): 03-24..30, then the newest of the
		// weeks before, 03-22 and 03-15; March is already kept.
		{"a month daily", days("2026-03-01", 30, 1), 7 + 2},
		// Every tenth day up to 2026-12-22: the 7 newest reach back to
		// October and cover their weeks, then the newest of September to January.
		{"sparse", days("2025-01-01", 73, 10), 7 + 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Keep(tt.dates); len(got) != tt.want {
				t.Errorf("kept %d: %v; want %d", len(got), sortedDates(got), tt.want)
			}
		})
	}
}

// A year and a month of evenings, one snapshot each, with the injected
// clock: the folder always holds the last 7 days, one per week for the last
// 4 weeks, one per month for the last 12 months, and nothing else of ours;
// other files are never touched.
func TestRotationOverASimulatedYear(t *testing.T) {
	c := &clock{now: testNow}
	db, dir := newDiary(t, c)
	bdir := filepath.Join(dir, Folder)
	second := t.TempDir()
	os.MkdirAll(bdir, 0o700)
	foreign := []string{filepath.Join(bdir, "notes.txt"), filepath.Join(bdir, "crampdiary-2020-01-01.db.old"), filepath.Join(second, "photo.jpg")}
	for _, f := range foreign {
		os.WriteFile(f, []byte("not crampdiary's"), 0o600)
	}
	start := model.DiaryToday(c.now)
	for i := 0; i < 400; i++ {
		c.now = testNow.AddDate(0, 0, i)
		day := model.Day{Date: model.DiaryToday(c.now)}
		if err := db.SaveDay(ctx, &day); err != nil {
			t.Fatal(err)
		}
		if _, err := Make(ctx, db, bdir, second, c.now, false); err != nil {
			t.Fatalf("day %d: %v", i, err)
		}
		checkRotation(t, bdir, start, model.DiaryToday(c.now))
	}
	if a, b := ours(t, bdir), ours(t, second); len(a) != len(b) {
		t.Errorf("second folder keeps %v, first %v", b, a)
	}
	for _, f := range foreign {
		if b, err := os.ReadFile(f); err != nil || string(b) != "not crampdiary's" {
			t.Errorf("%s was touched: %q, %v", f, b, err)
		}
	}
}

func checkRotation(t *testing.T, dir string, start, today model.Date) {
	t.Helper()
	kept := ours(t, dir)
	have := map[model.Date]bool{}
	months := map[string]bool{}
	for _, d := range kept {
		have[d] = true
		months[string(d)[:7]] = true
	}
	if len(kept) > keepDaily+keepWeekly+keepMonthly {
		t.Fatalf("%s: %d snapshots kept: %v", today, len(kept), kept)
	}
	for i := 0; i < keepDaily && !today.AddDays(-i).Before(start); i++ {
		if !have[today.AddDays(-i)] {
			t.Fatalf("%s: the snapshot of %s is gone: %v", today, today.AddDays(-i), kept)
		}
	}
	for i := 0; i < 4*7 && !today.AddDays(-i).Before(start); i += 7 {
		if !have[today.AddDays(-i)] && !hasWeekOf(have, today.AddDays(-i)) {
			t.Fatalf("%s: no snapshot in the week of %s: %v", today, today.AddDays(-i), kept)
		}
	}
	for m := 0; m < keepMonthly; m++ {
		month := today.Time().AddDate(0, -m, 1-today.Time().Day()).Format("2006-01")
		if month >= string(start)[:7] && !months[month] {
			t.Fatalf("%s: no snapshot of %s: %v", today, month, kept)
		}
	}
	if len(months) > keepMonthly+1 {
		t.Fatalf("%s: snapshots of %d months kept: %v", today, len(months), kept)
	}
}

func hasWeekOf(have map[model.Date]bool, d model.Date) bool {
	for k := range have {
		if isoWeek(k) == isoWeek(d) {
			return true
		}
	}
	return false
}

// ours lists the dates of crampdiary's snapshots in dir, oldest first.
func ours(t *testing.T, dir string) []model.Date {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []model.Date
	for _, e := range entries {
		if d, ok := parseName(e.Name()); ok {
			out = append(out, d)
		}
	}
	return out
}

func sortedDates(m map[model.Date]bool) []model.Date {
	var out []model.Date
	for d := range m {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// The clock set back a month: the snapshots "from the future" stay, and
// today's new one is not pushed out by them.
func TestRotationAfterTheClockWasSetBack(t *testing.T) {
	c := &clock{now: testNow}
	db, dir := newDiary(t, c)
	bdir := filepath.Join(dir, Folder)
	for i := 0; i < 40; i++ {
		if _, err := Make(ctx, db, bdir, "", testNow.AddDate(0, 0, i), false); err != nil {
			t.Fatal(err)
		}
	}
	before := ours(t, bdir)
	info, err := Make(ctx, db, bdir, "", testNow.AddDate(0, 0, -30), false)
	if err != nil {
		t.Fatal(err)
	}
	if !exists(info.Path) {
		t.Fatal("today's snapshot was rotated away as soon as it was written")
	}
	if after := ours(t, bdir); len(after) != len(before)+1 {
		t.Errorf("kept %v after the clock went back, had %v", after, before)
	}
}
