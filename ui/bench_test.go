package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

// BenchmarkLoadTenYears times opening the window's screens (Today and History)
// on 3,650 days and about 1,500 cramps: the target is 150 ms.
func BenchmarkLoadTenYears(b *testing.B) {
	now := func() time.Time { return evening }
	store := tenYearDiary(b)
	a := test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := New(a, w, store, now)
		m.afterFirstFrame()
		if len(m.history.rows) != 3650 {
			b.Fatalf("%d history rows", len(m.history.rows))
		}
	}
}

// BenchmarkHistoryAfterSave times bringing History up to date after one day
// was saved on the ten-year diary, both ways in the same run: rebuilding every
// row (as before) and reading again only the day saved. Target: under one
// frame, 16 ms, by day.
func BenchmarkHistoryAfterSave(b *testing.B) {
	store := tenYearDiary(b)
	a := test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	m := New(a, w, store, func() time.Time { return evening })
	w.SetContent(m.Content())
	saved := model.DiaryToday(evening).AddDays(-40)
	day, err := store.Day(bg, saved)
	if err != nil {
		b.Fatal(err)
	}
	for _, bb := range []struct {
		name    string
		refresh func() error
	}{
		{"full", m.history.load},
		{"byDay", func() error { return m.history.refreshDays([]model.Date{saved}) }},
		// Every screen on the UI thread after that save, as the window runs it
		// (Today, History, the open editor; Charts and Insights only when shown).
		{"allScreens", func() error { m.onChanged(saved); return nil }},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.StopTimer() // only the refresh is timed, not the save before it
			for i := 0; i < b.N; i++ {
				day.Steps = ptr(i)
				if err := store.SaveDay(bg, &day); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := bb.refresh(); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if r := m.history.rows[40]; r.date != saved || *r.day.Steps != i {
					b.Fatalf("row %s not refreshed", r.date)
				}
			}
		})
	}
}

// tenYearDiary is 3,650 logged days and about 1,500 cramps up to evening.
func tenYearDiary(b *testing.B) *sqlstore.DB {
	store := storetest.MustOpenDB(b, evening)
	var days []model.Day
	var cramps []model.Cramp
	start := model.DiaryToday(evening).AddDays(-3649)
	for i := 0; i < 3650; i++ {
		d := model.Day{Date: start.AddDays(i), Steps: ptr(6000 + i%5000), SleepStart: ptr(model.Clock(23 * 60)),
			SleepEnd: ptr(model.Clock(7 * 60)), SleepQuality: ptr(3), Stress: ptr(2), AlcoholDrinks: ptr(i % 3),
			Stretched: ptr(i%2 == 0), NightChecked: true}
		days = append(days, d)
		if i%12 < 5 && i < 3649 {
			cramps = append(cramps, model.Cramp{Night: d.Date, Time: ptr(model.Clock(150)), Muscle: model.Calf, Side: model.Left, Intensity: ptr(6)})
		}
	}
	if err := store.Import(bg, days, cramps); err != nil {
		b.Fatal(err)
	}
	return store
}
