package sqlstore

import (
	"reflect"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Rows written as JSON must read back exactly as rows bound one value at a
// time; values that cannot make the trip exactly take the slower path.
func TestBulkImportKeepsEveryValueExactly(t *testing.T) {
	texts := []string{"", "plain", `quote " and \ backslash`, "two\nlines\ttab", "ünï ✓ 🦵", "ctrl \x01\x1f",
		"nul \x00 inside", "not utf-8 \xff", "=1+1", "</script>&"}
	floats := []float64{0, 0.1, 12.345678901234, 7.5, 23.9, 1e-5, 0.25, 0.30000000000000004, 23.999999999999996}
	var days []model.Day
	var cramps []model.Cramp
	date := model.Date("2020-01-01")
	for i := range max(len(texts), len(floats)) {
		d := model.Day{Date: date.AddDays(i), Steps: ptr(i * 1000), RunHard: ptr(i%2 == 0), NightChecked: i%3 == 0,
			SleepStart: ptr(model.Clock(23 * 60)), SleepEnd: ptr(model.Clock(6*60 + 30))}
		if i < len(texts) {
			d.Notes, d.Supplements = texts[i], texts[len(texts)-1-i]
		}
		if i < len(floats) {
			d.StandingH = ptr(floats[i])
		}
		days = append(days, d)
		cramps = append(cramps, model.Cramp{Night: d.Date, Time: ptr(model.Clock(150)), Muscle: model.Calf,
			Side: model.Both, Intensity: ptr(i % 11), Relief: d.Notes, Notes: d.Supplements})
	}
	// As JSON: 0-3 and 3-6. Not: 6-7 (a NUL), 7-8 (not UTF-8, 17 digits), all.
	for _, batch := range [][2]int{{0, 3}, {3, 6}, {6, 7}, {7, 8}, {0, len(days)}} {
		t.Run("", func(t *testing.T) {
			db := MustOpenDB(t)
			ds, cs := days[batch[0]:batch[1]], cramps[batch[0]:batch[1]]
			if err := db.Import(ctx, ds, cs); err != nil {
				t.Fatal(err)
			}
			gotDays, err := db.Days(ctx, model.FirstDate, model.LastDate)
			if err != nil {
				t.Fatal(err)
			}
			for i := range gotDays {
				gotDays[i].UpdatedAt = time.Time{}
				want := ds[i]
				want.NightChecked = true // a night with cramps is checked
				if !reflect.DeepEqual(gotDays[i], want) {
					t.Errorf("day %d:\n got %+v\nwant %+v", i, gotDays[i], want)
				}
			}
			gotCramps, err := db.Cramps(ctx, model.FirstDate, model.LastDate)
			if err != nil || len(gotCramps) != len(cs) {
				t.Fatalf("cramps = %d, %v", len(gotCramps), err)
			}
			for i, c := range gotCramps {
				if c.Relief != cs[i].Relief || c.Notes != cs[i].Notes || *c.Intensity != *cs[i].Intensity || c.CreatedAt.IsZero() {
					t.Errorf("cramp %d: got %+v, want %+v", i, c, cs[i])
				}
			}
		})
	}
}
