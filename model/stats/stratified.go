package stats

import "math"

// Stratum is one 2x2 table of a stratified comparison:
//
//	A B   (exposed: with the outcome, without)
//	C D   (unexposed: with the outcome, without)
type Stratum struct{ A, B, C, D int }

// StratifiedExact is the two-sided p-value of the exact conditional test of
// no association across strata, the exact form of the Mantel-Haenszel test
// (Mehta, Patel & Gray 1985). With every stratum's margins fixed, the sum of
// the top-left cells T is distributed as the convolution of the strata's
// hypergeometric distributions; p is the probability of every T as likely
// as the observed one or less. A stratum with an empty row or column adds
// nothing and is skipped. With no informative stratum p is 1, and a
// negative count gives NaN.
func StratifiedExact(strata []Stratum) float64 {
	dist, lo, obs, ok := stratifiedDist(strata)
	if !ok {
		return math.NaN()
	}
	return pAtMostAsLikely(dist, obs-lo)
}

// MinStratifiedP is the smallest p-value StratifiedExact could give with the
// margins of these strata, however the counts fell inside them; it is NaN
// for a negative count.
func MinStratifiedP(strata []Stratum) float64 {
	dist, _, _, ok := stratifiedDist(strata)
	if !ok {
		return math.NaN()
	}
	// As for one table, the least likely sums sit at the two ends.
	return math.Min(pAtMostAsLikely(dist, 0), pAtMostAsLikely(dist, len(dist)-1))
}

// stratifiedDist returns the distribution of T over lo, lo+1, ..., and the
// observed T.
func stratifiedDist(strata []Stratum) (dist []float64, lo, obs int, ok bool) {
	dist = []float64{1}
	for _, s := range strata {
		if s.A < 0 || s.B < 0 || s.C < 0 || s.D < 0 {
			return nil, 0, 0, false
		}
		r1, r2, c1 := s.A+s.B, s.C+s.D, s.A+s.C
		h := newHypergeom(r1, r2, c1)
		lo += h.lo
		obs += s.A
		if h.lo == h.hi {
			continue // the margins fix the cell: no information
		}
		p := make([]float64, h.hi-h.lo+1)
		for x := h.lo; x <= h.hi; x++ {
			p[x-h.lo] = math.Exp(h.logProb(x))
		}
		dist = convolve(dist, p)
	}
	return dist, lo, obs, true
}

func convolve(a, b []float64) []float64 {
	out := make([]float64, len(a)+len(b)-1)
	for i, x := range a {
		if x == 0 {
			continue
		}
		for j, y := range b {
			out[i+j] += x * y
		}
	}
	return out
}

// pAtMostAsLikely sums the probabilities no greater than that of index k,
// with the same relative slack for ties as FisherExact.
func pAtMostAsLikely(dist []float64, k int) float64 {
	limit := dist[k] * (1 + tieTolerance)
	var p float64
	for _, v := range dist {
		if v <= limit {
			p += v
		}
	}
	return math.Min(p, 1)
}
