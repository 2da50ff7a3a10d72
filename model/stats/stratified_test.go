package stats

import (
	"math"
	"math/rand/v2"
	"testing"
)

// One stratum is Fisher's test; strata that fix their cell change nothing.
func TestStratifiedExactOneStratumIsFisher(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		s := Stratum{rng.IntN(12), rng.IntN(12), rng.IntN(12), rng.IntN(12)}
		want := FisherExact(s.A, s.B, s.C, s.D)
		if got := StratifiedExact([]Stratum{s}); math.Abs(got-want) > 1e-9 {
			t.Fatalf("%+v: stratified %v, Fisher %v", s, got, want)
		}
		padded := []Stratum{{3, 0, 4, 0}, s, {0, 0, 2, 5}, {0, 6, 0, 1}}
		if got := StratifiedExact(padded); math.Abs(got-want) > 1e-9 {
			t.Fatalf("%+v with uninformative strata: %v, Fisher %v", s, got, want)
		}
		wantMin := MinFisherP(s.A+s.B, s.C+s.D, s.A+s.C)
		if got := MinStratifiedP([]Stratum{s}); math.Abs(got-wantMin) > 1e-9 {
			t.Fatalf("%+v: min p %v, MinFisherP %v", s, got, wantMin)
		}
	}
}

// Worked by hand: two strata, each with margins 2 exposed, 2 unexposed and 2
// outcomes, so each cell is 0, 1 or 2 with chances 1/6, 4/6, 1/6. T = 0..4
// then has chances 1, 8, 18, 8, 1 over 36. Both exposed nights had the
// outcome in both strata: T = 4, p = 2/36. One each: T = 2, p = 1.
func TestStratifiedExactHandWorked(t *testing.T) {
	both := []Stratum{{2, 0, 0, 2}, {2, 0, 0, 2}}
	if got := StratifiedExact(both); math.Abs(got-2.0/36) > 1e-12 {
		t.Errorf("T=4: p = %v, want 2/36", got)
	}
	if got := StratifiedExact([]Stratum{{1, 1, 1, 1}, {1, 1, 1, 1}}); math.Abs(got-1) > 1e-12 {
		t.Errorf("T=2: p = %v, want 1", got)
	}
	// T = 3: 8+1+1+8 over 36 (8 ties with T = 1).
	if got := StratifiedExact([]Stratum{{2, 0, 0, 2}, {1, 1, 1, 1}}); math.Abs(got-18.0/36) > 1e-12 {
		t.Errorf("T=3: p = %v, want 18/36", got)
	}
	if got := MinStratifiedP(both); math.Abs(got-2.0/36) > 1e-12 {
		t.Errorf("min p = %v, want 2/36", got)
	}
	// Pooled, the same nights are 4-0/0-4, Fisher p = 2/70: strata cost a little power.
	if got := StratifiedExact(nil); got != 1 {
		t.Errorf("no strata: p = %v, want 1", got)
	}
	if got := StratifiedExact([]Stratum{{-1, 0, 0, 0}}); !math.IsNaN(got) {
		t.Errorf("negative count: p = %v, want NaN", got)
	}
}

// On a long diary the tails are dropped as the distribution is built; the
// p-values must agree with the full convolution to far below any threshold.
func TestStratifiedExactLongDiaryMatchesFullConvolution(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for round := range 20 {
		strata := make([]Stratum, 400)
		for k := range strata {
			strata[k] = Stratum{rng.IntN(4), rng.IntN(6), rng.IntN(4), rng.IntN(6)}
		}
		if round%2 == 1 { // a strong effect: p far out in a tail
			for k := range strata {
				strata[k].A += strata[k].B / 2
				strata[k].B -= strata[k].B / 2
			}
		}
		full := []float64{1}
		lo, obs := 0, 0
		for _, s := range strata {
			h := newHypergeom(s.A+s.B, s.C+s.D, s.A+s.C)
			lo, obs = lo+h.lo, obs+s.A
			var p []float64
			for x := h.lo; x <= h.hi; x++ {
				p = append(p, math.Exp(h.logProb(x)))
			}
			full = convolve(nil, full, p)
		}
		want := naiveP(full, obs-lo)
		wantMin := math.Min(naiveP(full, 0), naiveP(full, len(full)-1))
		got, gotMin := StratifiedTest(strata)
		if math.Abs(got-want) > 1e-12 || math.Abs(gotMin-wantMin) > 1e-12 {
			t.Fatalf("round %d: p %g, min %g; full convolution %g, %g", round, got, gotMin, want, wantMin)
		}
	}
}

func naiveP(dist []float64, k int) float64 {
	p := 0.0
	for _, v := range dist {
		if v <= dist[k]*(1+tieTolerance) {
			p += v
		}
	}
	return math.Min(p, 1)
}
