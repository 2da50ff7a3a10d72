package insights

import (
	"cmp"
	"math"
	"slices"
)

// Strongest keeps one row per factor, the strongest of its lags, and sorts
// them strongest first: by verdict (what a person can act on first), then
// by the size of the difference (NaN last), then by p. It is the order of
// the window's chart, where the gap between the bars is what the eye
// compares; ins is left as it is.
func Strongest(ins []Insight) []Insight {
	best := map[Factor]int{}
	var out []Insight
	for _, in := range ins {
		k, seen := best[in.Factor]
		switch {
		case !seen:
			best[in.Factor] = len(out)
			out = append(out, in)
		case stronger(in, out[k]) < 0:
			out[k] = in
		}
	}
	slices.SortStableFunc(out, stronger)
	return out
}

// stronger orders a before b (-1) when a is the stronger row.
func stronger(a, b Insight) int {
	if c := cmp.Compare(a.Verdict, b.Verdict); c != 0 {
		return c
	}
	if c := cmpNaNLast(-math.Abs(a.Diff), -math.Abs(b.Diff)); c != 0 {
		return c
	}
	return cmpNaNLast(a.P, b.P)
}

// cmpNaNLast compares two numbers with NaN after every number.
func cmpNaNLast(a, b float64) int {
	switch an, bn := math.IsNaN(a), math.IsNaN(b); {
	case an && bn:
		return 0
	case an:
		return 1
	case bn:
		return -1
	}
	return cmp.Compare(a, b)
}
