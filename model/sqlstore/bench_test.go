package sqlstore

import (
	"sort"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// reportMedian adds the median latency, the figure the save target is set on.
func reportMedian(b *testing.B, durs []time.Duration) {
	b.Helper()
	if len(durs) == 0 {
		return
	}
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	b.ReportMetric(float64(durs[len(durs)/2].Microseconds())/1000, "ms-median/op")
}

func BenchmarkSaveDay(b *testing.B) {
	db := MustOpenDB(b)
	start := model.Date("2018-01-01")
	durs := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := fullDay(start.AddDays(i % 3000))
		t0 := time.Now()
		if err := db.SaveDay(ctx, &d); err != nil {
			b.Fatal(err)
		}
		durs = append(durs, time.Since(t0))
	}
	reportMedian(b, durs)
}

func BenchmarkSaveCramp(b *testing.B) {
	db := MustOpenDB(b)
	start := model.Date("2018-01-01")
	durs := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := model.Cramp{Night: start.AddDays(i % 3000), Time: ptr(model.Clock(150)), Muscle: model.Calf, Side: model.Left, Intensity: ptr(6)}
		t0 := time.Now()
		if err := db.SaveCramp(ctx, &c); err != nil {
			b.Fatal(err)
		}
		durs = append(durs, time.Since(t0))
	}
	reportMedian(b, durs)
}

// tenYearDiary fills db with 3,650 full days and about 1,500 cramps.
func tenYearDiary(tb testing.TB, db *DB) {
	tb.Helper()
	start := model.Date("2016-11-24")
	days := make([]model.Day, 0, 3650)
	var cramps []model.Cramp
	for i := 0; i < 3650; i++ {
		d := fullDay(start.AddDays(i))
		days = append(days, d)
		if i%5 < 2 {
			cramps = append(cramps, model.Cramp{Night: d.Date, Time: ptr(model.Clock(3 * 60)), Muscle: model.Calf, Side: model.Left, Intensity: ptr(5)})
		}
	}
	if err := db.Import(ctx, days, cramps); err != nil {
		tb.Fatal(err)
	}
}

func BenchmarkLoadTenYears(b *testing.B) {
	db := MustOpenDB(b)
	tenYearDiary(b, db)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		days, err := db.Days(ctx, model.FirstDate, model.LastDate)
		if err != nil || len(days) != 3650 {
			b.Fatal(len(days), err)
		}
		cramps, err := db.Cramps(ctx, model.FirstDate, model.LastDate)
		if err != nil || len(cramps) != 1460 {
			b.Fatal(len(cramps), err)
		}
	}
}

func BenchmarkImportTenYears(b *testing.B) {
	for i := 0; i < b.N; i++ {
		db := MustOpenDB(b)
		tenYearDiary(b, db)
	}
}
