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
	p, _ := StratifiedTest(strata)
	return p
}

// MinStratifiedP is the smallest p-value StratifiedExact could give with the
// margins of these strata, however the counts fell inside them; it is NaN
// for a negative count.
func MinStratifiedP(strata []Stratum) float64 {
	_, minP := StratifiedTest(strata)
	return minP
}

// StratifiedTest returns StratifiedExact's p and MinStratifiedP from one
// convolution. On long diaries the tails of T's distribution, below 1e-16 of
// its peak, are dropped as it is built, and their mass is added to any p
// that reaches them: such a p is then exact to within about 1e-13, far
// below any threshold it is compared with.
func StratifiedTest(strata []Stratum) (p, minP float64) {
	d, ok := newStratDist(strata)
	if !ok {
		return math.NaN(), math.NaN()
	}
	// As for one table, the least likely sums sit at the two ends.
	minP = math.Min(d.pAt(d.lo), d.pAt(d.lo+len(d.prob)-1))
	if d.lost > 0 {
		minP = math.Min(minP, d.lost)
	}
	return d.pAt(d.obs), minP
}

// stratDist is the distribution of T: prob[k] is P(T = lo+k), with lost the
// probability dropped from its tails.
type stratDist struct {
	prob    []float64
	lo, obs int
	lost    float64
}

// tailCut is the share of the peak below which a tail entry is dropped.
const tailCut = 1e-16

func newStratDist(strata []Stratum) (stratDist, bool) {
	d := stratDist{prob: []float64{1}}
	var next, spare []float64
	for _, s := range strata {
		if s.A < 0 || s.B < 0 || s.C < 0 || s.D < 0 {
			return d, false
		}
		h := newHypergeom(s.A+s.B, s.C+s.D, s.A+s.C)
		d.lo += h.lo
		d.obs += s.A
		if h.lo == h.hi {
			continue // the margins fix the cell: no information
		}
		next = h.probs(next[:0])
		out := convolve(spare, d.prob, next)
		spare = d.prob[:0:cap(d.prob)]
		d.prob = out
		d.trim()
	}
	return d, true
}

// convolve writes a*b into out's array when it is large enough.
func convolve(out, a, b []float64) []float64 {
	n := len(a) + len(b) - 1
	if cap(out) < n {
		out = make([]float64, n, 2*n)
	}
	out = out[:n]
	clear(out)
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

// trim drops the tail entries below tailCut of the peak, keeping their mass in lost.
func (d *stratDist) trim() {
	peak := 0.0
	for _, v := range d.prob {
		if v > peak {
			peak = v
		}
	}
	cut := peak * tailCut
	first, last := 0, len(d.prob)-1
	for first < last && d.prob[first] < cut {
		d.lost += d.prob[first]
		first++
	}
	for last > first && d.prob[last] < cut {
		d.lost += d.prob[last]
		last--
	}
	d.lo += first
	d.prob = d.prob[first : last+1]
}

// pAt is the probability of every T no more likely than t, with the same
// relative slack for ties as FisherExact. The dropped tails count when t is
// in one of them or as unlikely as a kept end.
func (d stratDist) pAt(t int) float64 {
	k := t - d.lo
	ends := math.Min(d.prob[0], d.prob[len(d.prob)-1])
	limit := ends
	if k >= 0 && k < len(d.prob) {
		limit = d.prob[k] * (1 + tieTolerance)
	}
	p := 0.0
	if limit >= ends {
		p = d.lost
	}
	for _, v := range d.prob {
		if v <= limit {
			p += v
		}
	}
	return math.Min(p, 1)
}

// probs appends P(x) for x = lo..hi to buf, by the ratio of neighbours
// P(x+1)/P(x) = (r1-x)(c1-x) / ((x+1)(r2-c1+x+1)) and then normalised: no
// log-factorials, which dominate the time on long diaries. The ratios are
// small integers' quotients, so the products stay in range for the strata
// of a diary (a few dozen nights each); wider tables use the logs.
func (h hypergeom) probs(buf []float64) []float64 {
	if h.hi-h.lo > 200 {
		for x := h.lo; x <= h.hi; x++ {
			buf = append(buf, math.Exp(h.logProb(x)))
		}
		return buf
	}
	v, sum := 1.0, 0.0
	for x := h.lo; x <= h.hi; x++ {
		buf = append(buf, v)
		sum += v
		v *= float64((h.r1-x)*(h.c1-x)) / float64((x+1)*(h.r2-h.c1+x+1))
	}
	for i := range buf {
		buf[i] /= sum
	}
	return buf
}
