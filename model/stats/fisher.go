// Package stats holds the exact tests and multiple-testing corrections that the
// diary's analysis rests on, kept apart so each can be checked against hand-worked values.
package stats

import "math"

// tieTolerance is the relative slack within which two tables count as equally
// likely. Log-factorials carry rounding error, and without the slack a table
// exactly as likely as the observed one (a mirror image) could be dropped.
const tieTolerance = 1e-7

// FisherExact is the two-sided p-value of Fisher's exact test on the 2x2 table
//
//	a b
//	c d
//
// the probability, with the row and column totals fixed, of every table as
// likely as the observed one or less. Counts must not be negative (NaN is
// returned if one is); an empty table gives 1, since nothing contradicts chance.
func FisherExact(a, b, c, d int) float64 {
	if a < 0 || b < 0 || c < 0 || d < 0 {
		return math.NaN()
	}
	h := newHypergeom(a+b, c+d, a+c)
	limit := h.logProb(a) + math.Log1p(tieTolerance)
	var p float64
	for x := h.lo; x <= h.hi; x++ {
		if lp := h.logProb(x); lp <= limit {
			p += math.Exp(lp)
		}
	}
	return math.Min(p, 1) // rounding can push the sum of every table a hair over 1
}

// MinFisherP is the smallest two-sided p-value FisherExact can give for any
// table with these totals: rows r1 and r2, first column c1. When it is above a
// threshold, no way the counts could fall would be significant, so a test is
// pointless: the data cannot tell, whatever they show.
func MinFisherP(r1, r2, c1 int) float64 {
	if r1 < 0 || r2 < 0 || c1 < 0 || c1 > r1+r2 {
		return math.NaN()
	}
	h := newHypergeom(r1, r2, c1)
	// The least likely tables sit at the two ends of the range.
	lo := FisherExact(h.lo, r1-h.lo, c1-h.lo, r2-c1+h.lo)
	hi := FisherExact(h.hi, r1-h.hi, c1-h.hi, r2-c1+h.hi)
	return math.Min(lo, hi)
}

// hypergeom is the distribution of the top-left cell given the margins.
type hypergeom struct {
	r1, r2, c1 int
	lo, hi     int     // the range the top-left cell can take
	logDenom   float64 // log C(r1+r2, c1)
}

func newHypergeom(r1, r2, c1 int) hypergeom {
	return hypergeom{
		r1: r1, r2: r2, c1: c1,
		lo:       max(0, c1-r2),
		hi:       min(r1, c1),
		logDenom: logChoose(r1+r2, c1),
	}
}

// logProb is log P(top-left = x) = log C(r1,x) C(r2,c1-x) / C(n,c1).
func (h hypergeom) logProb(x int) float64 {
	return logChoose(h.r1, x) + logChoose(h.r2, h.c1-x) - h.logDenom
}

func logChoose(n, k int) float64 {
	return logFactorial(n) - logFactorial(k) - logFactorial(n-k)
}

func logFactorial(n int) float64 {
	v, _ := math.Lgamma(float64(n) + 1)
	return v
}
