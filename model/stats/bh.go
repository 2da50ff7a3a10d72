package stats

import (
	"cmp"
	"math"
	"slices"
)

// BenjaminiHochberg returns the q-value of each p-value, in the same order:
// the smallest false discovery rate at which that test would be called
// significant among all of them (Benjamini & Hochberg 1995). q_(i) is the
// minimum over j >= i of p_(j) m / j in ascending order of p, capped at 1, so
// a smaller p never gets a larger q. NaN p-values are not tests: they get a
// NaN q and do not count in m.
func BenjaminiHochberg(p []float64) []float64 {
	q := make([]float64, len(p))
	order := make([]int, 0, len(p))
	for i, v := range p {
		q[i] = math.NaN()
		if !math.IsNaN(v) {
			order = append(order, i)
		}
	}
	// Stable, so equal p-values keep their order and the result is repeatable.
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(p[i], p[j]) })
	m := float64(len(order))
	running := 1.0
	for rank := len(order); rank >= 1; rank-- {
		i := order[rank-1]
		running = math.Min(running, p[i]*m/float64(rank))
		q[i] = running
	}
	return q
}
