package stats

import "slices"

// Median is the middle value of vals (the mean of the two middle ones for an
// even count), or 0 for none. vals is left as it was.
func Median(vals []float64) float64 {
	n := len(vals)
	if n == 0 {
		return 0
	}
	sorted := slices.Clone(vals)
	slices.Sort(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// Mean is the arithmetic mean of vals, or 0 for none.
func Mean(vals []float64) float64 {
	if len(vals) == 0 {
		return 0
	}
	var sum float64
	for _, v := range vals {
		sum += v
	}
	return sum / float64(len(vals))
}
