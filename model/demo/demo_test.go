package demo_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/csvio"
	"github.com/crampdiary/crampdiary/model/demo"
	"github.com/crampdiary/crampdiary/model/sqlstore"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

const today = model.Date("2024-06-15")

// afternoon is the default test clock: today's night has not begun.
var afternoon = time.Date(2024, 6, 15, 14, 0, 0, 0, time.UTC)

// mustOpen opens a fresh diary file whose clock reads now.
func mustOpen(tb testing.TB, now time.Time) *sqlstore.DB {
	tb.Helper()
	return storetest.MustOpenDB(tb, now)
}

// mustFill runs Fill on a new diary and returns everything it wrote.
func mustFill(tb testing.TB, days int, seed int64) (*sqlstore.DB, []model.Day, []model.Cramp) {
	tb.Helper()
	ctx := context.Background()
	s := mustOpen(tb, afternoon)
	if err := demo.Fill(ctx, s, days, today, seed); err != nil {
		tb.Fatalf("fill: %v", err)
	}
	ds, err := s.Days(ctx, model.FirstDate, model.LastDate)
	if err != nil {
		tb.Fatalf("days: %v", err)
	}
	cs, err := s.Cramps(ctx, model.FirstDate, model.LastDate)
	if err != nil {
		tb.Fatalf("cramps: %v", err)
	}
	return s, ds, cs
}

func TestFillWritesTheAskedNightsMinusGaps(t *testing.T) {
	const nights = 730
	_, days, _ := mustFill(t, nights, 7)
	last := days[len(days)-1]
	if last.Date != today || last.NightChecked || last.SleepStart != nil {
		t.Errorf("last day = %+v, want today with its night unchecked and no sleep yet", last)
	}
	logged := days[:len(days)-1]
	if first := today.AddDays(-nights); logged[0].Date.Before(first) {
		t.Errorf("first day %s is before %s", logged[0].Date, first)
	}
	gaps := nights - len(logged)
	if gaps < nights*2/100 || gaps > nights*8/100 {
		t.Errorf("%d of %d nights are missing, want about 5%%", gaps, nights)
	}
	for _, d := range logged {
		if !d.NightChecked || d.Date == today {
			t.Fatalf("day %s: checked=%v, want every past night checked", d.Date, d.NightChecked)
		}
	}
}

func TestFillPassesValidation(t *testing.T) {
	_, days, cramps := mustFill(t, 3650, 11)
	for _, d := range days {
		if err := d.Validate(today); err != nil {
			t.Errorf("day %s: %v", d.Date, err)
		}
	}
	for _, c := range cramps {
		if err := c.Validate(afternoon, model.DefaultCutover); err != nil {
			t.Errorf("cramp in night %s: %v", c.Night, err)
		}
	}
}

func TestFillPutsCrampsOnlyOnCheckedNightsWithinRange(t *testing.T) {
	_, days, cramps := mustFill(t, 3650, 3)
	checked := map[model.Date]bool{}
	for _, d := range days {
		checked[d.Date] = d.NightChecked
	}
	muscles := map[model.Muscle]int{}
	for _, c := range cramps {
		muscles[c.Muscle]++
		if !checked[c.Night] {
			t.Fatalf("cramp in night %s, which is not a checked night", c.Night)
		}
		if at := *c.Time; at >= 6*60 && at < 23*60 {
			t.Errorf("cramp at %s in night %s, want 23:00-06:00", at, c.Night)
		}
		if *c.DurationS < 20 || *c.DurationS > 300 || *c.Intensity < 3 || *c.Intensity > 9 ||
			*c.SleepLostMin < 5 || *c.SleepLostMin > 40 {
			t.Errorf("cramp %+v: duration, intensity or sleep lost out of the demo's range", c)
		}
	}
	if !(muscles[model.Calf] > muscles[model.Foot] && muscles[model.Foot] > muscles[model.Hamstring]+muscles[model.Thigh]) {
		t.Errorf("muscles = %v, want mostly calf, then foot, rarely hamstring or thigh", muscles)
	}
}

// The story the demo tells: cramp nights in a plausible share, more of them
// after triggers, and one dated medication change.
func TestFillTellsAPlausibleStory(t *testing.T) {
	_, days, cramps := mustFill(t, 3650, 5)
	crampNight := map[model.Date]bool{}
	for _, c := range cramps {
		crampNight[c.Night] = true
	}
	var all, trig rate
	meds := 0
	for _, d := range days[:len(days)-1] {
		all.add(crampNight[d.Date])
		if h, _ := d.SleepHours(); h < 6 || *d.AlcoholDrinks >= 3 {
			trig.add(crampNight[d.Date])
		}
		if d.MedicationChange != "" {
			meds++
		}
	}
	if r := all.rate(); r < 0.1 || r > 0.25 {
		t.Errorf("cramp nights = %.2f of nights, want about 0.15", r)
	}
	if trig.rate() < all.rate()+0.05 {
		t.Errorf("cramp nights after short sleep or drinks = %.2f, overall %.2f: want clearly more", trig.rate(), all.rate())
	}
	if meds != 1 {
		t.Errorf("%d medication changes, want exactly one", meds)
	}
}

type rate struct{ yes, n int }

func (r *rate) add(hit bool) {
	r.n++
	if hit {
		r.yes++
	}
}

func (r rate) rate() float64 { return float64(r.yes) / float64(r.n) }

func TestFillIsDeterministicForASeed(t *testing.T) {
	a, _, _ := mustFill(t, 400, 42)
	b, _, _ := mustFill(t, 400, 42)
	c, _, _ := mustFill(t, 400, 43)
	ea, eb, ec := export(t, a), export(t, b), export(t, c)
	if !bytes.Equal(ea, eb) {
		t.Error("the same seed gave two different diaries")
	}
	if bytes.Equal(ea, ec) {
		t.Error("different seeds gave the same diary")
	}
}

// export is the diary as text: both CSV files one after the other.
func export(tb testing.TB, s csvio.Store) []byte {
	tb.Helper()
	dir := tb.TempDir()
	if err := csvio.Export(context.Background(), s, dir); err != nil {
		tb.Fatalf("export: %v", err)
	}
	var out []byte
	for _, name := range []string{"days.csv", "cramps.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			tb.Fatalf("read export: %v", err)
		}
		out = append(out, b...)
	}
	return out
}

func TestFillRefusesADiaryWithData(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, afternoon)
	if err := s.SaveDay(ctx, &model.Day{Date: "2024-06-01"}); err != nil {
		t.Fatalf("save day: %v", err)
	}
	err := demo.Fill(ctx, s, 30, today, 1)
	if !errors.Is(err, model.ErrNotEmpty) {
		t.Fatalf("fill = %v, want ErrNotEmpty", err)
	}
	if want := "the diary already has 1 day; demo data only goes into an empty diary"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	if n, _, _ := s.Counts(ctx); n != 1 {
		t.Errorf("diary has %d days after a refused fill, want 1", n)
	}
}

func TestFillRejectsBadArguments(t *testing.T) {
	s := mustOpen(t, afternoon)
	for _, n := range []int{0, -1, demo.MaxDays + 1} {
		if err := demo.Fill(context.Background(), s, n, today, 1); !errors.Is(err, model.ErrInvalid) {
			t.Errorf("fill %d days = %v, want ErrInvalid", n, err)
		}
	}
}

// Loaded at 03:00, the night before today is still going on: none of its
// cramps may be later than now.
func TestFillInTheSmallHoursStaysInThePast(t *testing.T) {
	for seed := range int64(20) {
		s := mustOpen(t, time.Date(2024, 6, 15, 3, 0, 0, 0, time.UTC))
		if err := demo.Fill(context.Background(), s, 60, today, seed); err != nil {
			t.Fatalf("seed %d: fill at 03:00: %v", seed, err)
		}
	}
}

// BenchmarkFillTenYears times a ten-year demo diary (one Import of 3,650
// days); `make bench` reports it.
func BenchmarkFillTenYears(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, days, cramps := mustFill(b, 3650, 99)
		if len(days) < 3000 || len(cramps) == 0 {
			b.Fatalf("ten years gave %d days, %d cramps", len(days), len(cramps))
		}
	}
}

// The demo opens on a full picture: the last week before today is never a gap.
func TestFillLogsTheRecentWeek(t *testing.T) {
	for seed := int64(1); seed <= 40; seed++ {
		_, days, _ := mustFill(t, 120, seed)
		logged := map[model.Date]bool{}
		for _, d := range days {
			logged[d.Date] = true
		}
		for d := today.AddDays(-7); d.Before(today); d = d.AddDays(1) {
			if !logged[d] {
				t.Fatalf("seed %d: %s, in the last week, is a gap", seed, d)
			}
		}
	}
}
