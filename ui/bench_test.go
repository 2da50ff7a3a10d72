package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

// BenchmarkLoadTenYears times opening the window's screens (Today and History)
// on 3,650 days and about 1,500 cramps: the target is 150 ms.
func BenchmarkLoadTenYears(b *testing.B) {
	now := func() time.Time { return evening }
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
