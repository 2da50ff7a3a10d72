package model

import "testing"

// BenchmarkInsightsTenYears times the pattern finder on ten years of
// simulated diary: 3,650 checked nights with every factor recorded on about
// 95% of days, so every factor is tested on large tables (the slowest case),
// and about 1,500 cramps. Target: <= 50 ms.
func BenchmarkInsightsTenYears(b *testing.B) {
	days, cramps, today := newSimPerson(42).diary(3650, func(int, []Day) float64 { return 0.35 }, 0.2)
	for b.Loop() {
		Insights(days, cramps, today)
	}
	// After the loop, which would reset them: the size of the diary timed.
	b.ReportMetric(float64(len(days)), "days")
	b.ReportMetric(float64(len(cramps)), "cramps")
}
