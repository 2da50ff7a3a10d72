package insights

import (
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// BenchmarkInsightsTenYears times the pattern finder on ten years of
// simulated diary: 3,650 checked nights with every factor recorded on about
// 95% of days, so every factor is tested on large tables (the slowest case),
// and about 1,500 cramps. Target: <= 50 ms.
func BenchmarkInsightsTenYears(b *testing.B) {
	days, cramps, today := newSimPerson(42).diary(3650, func(int, []model.Day) float64 { return 0.35 }, 0.2)
	for b.Loop() {
		Find(days, cramps, today)
	}
	// After the loop, which would reset them: the size of the diary timed.
	b.ReportMetric(float64(len(days)), "days")
	b.ReportMetric(float64(len(cramps)), "cramps")
}
