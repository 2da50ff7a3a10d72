package nof1

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
)

// ErrNoContrast marks data with no analysed night on one side: there is no
// difference to test.
var ErrNoContrast = errors.New("nof1: no analysed nights in one condition")

// Defaults of Test: enumerate every schedule up to ExactLimit, else draw Draws.
const (
	ExactLimit = 100_000
	Draws      = 10_000
)

// Unit is the data of one unit of a design (a night, or a phase): the sum of
// the scores of its analysed nights and how many there were. N 0 means no data.
type Unit struct {
	Sum float64
	N   int
}

// Result is one randomisation test.
type Result struct {
	// Observed is mean B minus mean A over the analysed nights; negative means
	// B nights scored lower (better).
	Observed float64
	// P is the one-sided p-value for "B is better": the share of schedules
	// whose difference is at most the observed one.
	P         float64
	Schedules uint64 // schedules the design could have drawn
	Exact     bool   // every schedule was enumerated
	Draws     int    // random schedules drawn when not exact
}

// Test runs a one-sided randomisation test of "B scores lower than A": under
// no effect every night's score would have been the same whatever the
// schedule, so the observed difference is compared with the difference each
// possible schedule would have produced on the same scores. units holds the
// data per unit; observed is the schedule actually followed.
//
// Schedules that leave one side without data have no difference; they count
// as at least as extreme, which can only make P larger (conservative).
func Test(s Scheme, units []Unit, observed uint64, seed int64) (Result, error) {
	return test(s, units, observed, seed, ExactLimit, Draws)
}

func test(s Scheme, units []Unit, observed uint64, seed int64, limit uint64, draws int) (Result, error) {
	if len(units) != s.Units() {
		return Result{}, fmt.Errorf("nof1: %d units of data for a design of %d", len(units), s.Units())
	}
	if !s.Contains(observed) {
		return Result{}, fmt.Errorf("nof1: schedule %b is not one the design could draw", observed)
	}
	st := newStat(units)
	obs, ok := st.diff(observed)
	if !ok {
		return Result{}, ErrNoContrast
	}
	// Scores are small whole numbers, so equal differences are equal in
	// floating point too; the margin only guards against rounding in means.
	bound := obs + 1e-9*math.Max(1, math.Abs(obs))
	extreme := func(mask uint64) bool {
		d, ok := st.diff(mask)
		return !ok || d <= bound
	}
	res := Result{Observed: obs, Schedules: s.Count()}
	if res.Schedules <= limit {
		var hits uint64
		s.each(func(m uint64) {
			if extreme(m) {
				hits++
			}
		})
		res.P, res.Exact = float64(hits)/float64(res.Schedules), true
		return res, nil
	}
	// The schedule followed counts as one draw, which keeps a Monte-Carlo
	// p-value valid and never zero (Edgington & Onghena).
	r, scratch, hits := newRNG(seed, streamTest), make([]int, s.Units()), 1
	for range draws {
		if extreme(s.draw(r, scratch)) {
			hits++
		}
	}
	res.P, res.Draws = float64(hits)/float64(draws+1), draws
	return res, nil
}

// stat computes mean B minus mean A for any schedule from per-unit sums.
type stat struct {
	units []Unit
	sum   float64
	n     int
}

func newStat(units []Unit) stat {
	st := stat{units: units}
	for _, u := range units {
		st.sum += u.Sum
		st.n += u.N
	}
	return st
}

// diff is mean B minus mean A under mask; false when a side has no data.
func (st stat) diff(mask uint64) (float64, bool) {
	var sumB float64
	var nB int
	for m := mask; m != 0; m &= m - 1 {
		u := st.units[bits.TrailingZeros64(m)]
		sumB += u.Sum
		nB += u.N
	}
	nA := st.n - nB
	if nB == 0 || nA == 0 {
		return 0, false
	}
	return sumB/float64(nB) - (st.sum-sumB)/float64(nA), true
}
