package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

var ctx = context.Background()

func fullDay(date model.Date) model.Day {
	return model.Day{
		Date: date, Steps: ptr(9100), RunMin: ptr(30), RunHard: ptr(true), Strength: ptr(false),
		StandingH: ptr(3.5), NewShoes: ptr(false), HighHeels: ptr(false), LongSitting: ptr(true), LateWorkout: ptr(false),
		SleepStart: ptr(model.Clock(23*60 + 15)), SleepEnd: ptr(model.Clock(6*60 + 45)), SleepQuality: ptr(3), Stress: ptr(4),
		AlcoholDrinks: ptr(2), LateMeal: ptr(true), Heat: ptr(false), FluidsGlasses: ptr(6), CaffeineCups: ptr(3),
		SaltChange: ptr(false), Supplements: "magnesium", Stretched: ptr(true), TightBedding: ptr(false),
		MedicationChange: "started amlodipine", NightChecked: true, Notes: "long meeting, \"quoted\", newline\nhere",
		Weakness: ptr(true), Numbness: ptr(false), SwellingOneSide: ptr(true), LegColourChange: ptr(false),
	}
}

func TestSaveDayRoundTrip(t *testing.T) {
	db := MustOpenDB(t)
	want := fullDay("2026-11-20")
	mustSaveDay(t, db, want)
	got, err := db.Day(ctx, "2026-11-20")
	if err != nil {
		t.Fatal(err)
	}
	got.UpdatedAt, want.UpdatedAt = got.UpdatedAt.UTC(), testNow.UTC()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("day changed on the way through the file:\n got %+v\nwant %+v", got, want)
	}
}

func TestNotRecordedIsNotZero(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveDay(t, db, model.Day{Date: "2026-11-20", Steps: ptr(0)})
	got, _ := db.Day(ctx, "2026-11-20")
	if got.Steps == nil || *got.Steps != 0 {
		t.Fatalf("zero steps came back as %v", got.Steps)
	}
	if got.RunMin != nil || got.SleepStart != nil || got.Heat != nil || got.StandingH != nil {
		t.Fatalf("unrecorded fields came back with values: %+v", got)
	}
}

func TestSaveDayReplacesAndRejectsInvalid(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveDay(t, db, fullDay("2026-11-20"))
	mustSaveDay(t, db, model.Day{Date: "2026-11-20", Steps: ptr(100)})
	got, _ := db.Day(ctx, "2026-11-20")
	if *got.Steps != 100 || got.RunMin != nil || got.Notes != "" {
		t.Fatalf("save did not replace the day: %+v", got)
	}
	bad := model.Day{Date: "2026-11-20", Steps: ptr(5), SleepQuality: ptr(7)}
	err := db.SaveDay(ctx, &bad)
	if !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("invalid day saved: %v", err)
	}
	got, _ = db.Day(ctx, "2026-11-20")
	if *got.Steps != 100 {
		t.Fatal("a rejected save changed the stored day")
	}
	future := model.Day{Date: "2026-11-25"}
	if err := db.SaveDay(ctx, &future); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("future day saved: %v", err)
	}
}

func TestDaysRangeAndMissing(t *testing.T) {
	db := MustOpenDB(t)
	for _, d := range []model.Date{"2026-11-01", "2026-11-03", "2026-11-10"} {
		mustSaveDay(t, db, model.Day{Date: d})
	}
	days, err := db.Days(ctx, "2026-11-02", "2026-11-10")
	if err != nil || len(days) != 2 || days[0].Date != "2026-11-03" || days[1].Date != "2026-11-10" {
		t.Fatalf("Days = %v, %v", days, err)
	}
	if _, err := db.Day(ctx, "2026-11-02"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("missing day: %v", err)
	}
}

func TestSaveCrampCreatesAndChecksNight(t *testing.T) {
	db := MustOpenDB(t)
	c := mustSaveCramp(t, db, model.Cramp{Night: "2026-11-23", Time: ptr(model.Clock(2*60 + 40)), Muscle: model.Calf, Side: model.Left, Intensity: ptr(7)})
	if c.ID == 0 {
		t.Fatal("no ID assigned")
	}
	day, err := db.Day(ctx, "2026-11-23")
	if err != nil || !day.NightChecked {
		t.Fatalf("night not created and checked: %+v %v", day, err)
	}
	// A day form that says "not checked" cannot uncheck a night with cramps.
	mustSaveDay(t, db, model.Day{Date: "2026-11-23", Steps: ptr(5000)})
	day, _ = db.Day(ctx, "2026-11-23")
	if !day.NightChecked || *day.Steps != 5000 {
		t.Fatalf("night with cramps unchecked by a day save: %+v", day)
	}
}

func TestSaveCrampUpdateDeleteAndLast(t *testing.T) {
	db := MustOpenDB(t)
	a := mustSaveCramp(t, db, model.Cramp{Night: "2026-11-22", Muscle: model.Foot, Side: model.Right})
	b := mustSaveCramp(t, db, model.Cramp{Night: "2026-11-23", Muscle: model.Hamstring, Side: model.Both})
	last, err := db.LastCramp(ctx)
	if err != nil || last.ID != b.ID {
		t.Fatalf("LastCramp = %+v, %v", last, err)
	}
	a.Intensity = ptr(9)
	mustSaveCramp(t, db, a)
	cramps, _ := db.Cramps(ctx, model.FirstDate, model.LastDate)
	if len(cramps) != 2 || cramps[0].Intensity == nil || *cramps[0].Intensity != 9 {
		t.Fatalf("update lost: %+v", cramps)
	}
	if err := db.DeleteCramp(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteCramp(ctx, a.ID); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
	ghost := model.Cramp{ID: 999, Night: "2026-11-22", Muscle: model.Calf, Side: model.Left}
	if err := db.SaveCramp(ctx, &ghost); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("update of a missing cramp: %v", err)
	}
}

func TestSaveCrampRejectsFutureTimeWithoutWriting(t *testing.T) {
	db := MustOpenDB(t)
	c := model.Cramp{Night: "2026-11-24", Time: ptr(model.Clock(23 * 60)), Muscle: model.Calf, Side: model.Left}
	if err := db.SaveCramp(ctx, &c); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("future cramp saved: %v", err)
	}
	if d, n := mustCounts(t, db); d != 0 || n != 0 {
		t.Fatalf("rejected cramp left %d days, %d cramps", d, n)
	}
}

func TestDeleteDayTakesItsCramps(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveCramp(t, db, model.Cramp{Night: "2026-11-22", Muscle: model.Calf, Side: model.Left})
	mustSaveCramp(t, db, model.Cramp{Night: "2026-11-23", Muscle: model.Calf, Side: model.Left})
	if err := db.DeleteDay(ctx, "2026-11-22"); err != nil {
		t.Fatal(err)
	}
	if d, n := mustCounts(t, db); d != 1 || n != 1 {
		t.Fatalf("after delete: %d days, %d cramps", d, n)
	}
	if err := db.DeleteDay(ctx, "2026-11-22"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
}

func TestCrampsInTheOrderTheyHappened(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveCramp(t, db, model.Cramp{Night: "2026-11-23", Time: ptr(model.Clock(4 * 60)), Muscle: model.Calf, Side: model.Left})
	mustSaveCramp(t, db, model.Cramp{Night: "2026-11-22", Time: ptr(model.Clock(1 * 60)), Muscle: model.Calf, Side: model.Left})
	mustSaveCramp(t, db, model.Cramp{Night: "2026-11-23", Time: ptr(model.Clock(2 * 60)), Muscle: model.Foot, Side: model.Left})
	mustSaveCramp(t, db, model.Cramp{Night: "2026-11-23", Time: ptr(model.Clock(23*60 + 50)), Muscle: model.Foot, Side: model.Left})
	mustSaveCramp(t, db, model.Cramp{Night: "2026-11-23", Muscle: model.Foot, Side: model.Left})
	cramps, _ := db.Cramps(ctx, model.FirstDate, model.LastDate)
	got := []string{}
	for _, c := range cramps {
		got = append(got, string(c.Night)+" "+fmt.Sprint(c.Time))
	}
	want := []string{"2026-11-22 01:00", "2026-11-23 <nil>", "2026-11-23 23:50", "2026-11-23 02:00", "2026-11-23 04:00"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
}

func TestSettings(t *testing.T) {
	db := MustOpenDB(t)
	if c, err := db.Cutover(ctx); err != nil || c != model.DefaultCutover {
		t.Fatalf("default cut-over %v, %v", c, err)
	}
	if err := db.SetSetting(ctx, model.SettingCutover, "14:00"); err != nil {
		t.Fatal(err)
	}
	if c, _ := db.Cutover(ctx); c != 14*60 {
		t.Fatalf("cut-over %v", c)
	}
	for _, bad := range []string{"25:00", "03:00"} {
		if err := db.SetSetting(ctx, model.SettingCutover, bad); !errors.Is(err, model.ErrInvalid) {
			t.Fatalf("cut-over %s accepted: %v", bad, err)
		}
	}
	if v, _ := db.Setting(ctx, model.SettingName, "nobody"); v != "nobody" {
		t.Fatalf("fallback %q", v)
	}
}

func TestSaveDaysIsAllOrNothing(t *testing.T) {
	db := MustOpenDB(t)
	good := model.Day{Date: "2026-11-22", Steps: ptr(10)}
	bad := model.Day{Date: "2026-11-23", Stress: ptr(9)}
	if err := db.SaveDays(ctx, &good, &bad); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("SaveDays with a bad day: %v", err)
	}
	if d, _ := mustCounts(t, db); d != 0 {
		t.Fatalf("%d days written by a rejected SaveDays", d)
	}
	bad.Stress = ptr(2)
	if err := db.SaveDays(ctx, &good, &bad); err != nil {
		t.Fatal(err)
	}
	if d, _ := mustCounts(t, db); d != 2 {
		t.Fatalf("%d days after SaveDays", d)
	}
}

func TestSaveCrampWithSignsIsOneWrite(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveDay(t, db, model.Day{Date: "2026-11-22", Steps: ptr(7000)})
	yes, no := true, false
	signs := &model.NightSigns{Weakness: &yes, Numbness: &no}
	c := model.Cramp{Night: "2026-11-22", Muscle: model.Calf, Side: model.Left}
	if err := db.SaveCrampWithSigns(ctx, &c, signs); err != nil {
		t.Fatal(err)
	}
	day, _ := db.Day(ctx, "2026-11-22")
	if !*day.Weakness || *day.Numbness || day.SwellingOneSide != nil || *day.Steps != 7000 || !day.NightChecked {
		t.Fatalf("night after the cramp: %+v", day)
	}
	// A rejected cramp must not leave its signs behind.
	bad := model.Cramp{Night: "2026-11-21", Muscle: "toe", Side: model.Left}
	if err := db.SaveCrampWithSigns(ctx, &bad, signs); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("bad cramp: %v", err)
	}
	if _, err := db.Day(ctx, "2026-11-21"); !errors.Is(err, model.ErrNotFound) {
		t.Fatal("a rejected cramp created its night")
	}
}

func TestSpan(t *testing.T) {
	db := MustOpenDB(t)
	if _, _, err := db.Span(ctx); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("empty diary span: %v", err)
	}
	for _, d := range []model.Date{"2026-03-02", "2025-12-31", "2026-11-20"} {
		mustSaveDay(t, db, model.Day{Date: d})
	}
	first, last, err := db.Span(ctx)
	if err != nil || first != "2025-12-31" || last != "2026-11-20" {
		t.Fatalf("span %s..%s, %v", first, last, err)
	}
}
