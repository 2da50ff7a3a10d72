package charts

import (
	"math"
	"strconv"
)

// scale is a value axis from 0 to top in count equal steps.
type scale struct {
	step, top float64
	count     int
}

// niceSteps are the mantissas a tick step may take; 2.5 is left out for
// counts so an axis of nights never shows half a night.
var (
	niceSteps    = []float64{1, 2, 2.5, 5, 10}
	integerSteps = []float64{1, 2, 5, 10}
)

// niceStep is the smallest step from mantissas (times a power of ten) that is >= raw.
func niceStep(raw float64, mantissas []float64) float64 {
	if !(raw > 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range mantissas {
		if m*p >= raw*(1-1e-9) {
			return m * p
		}
	}
	return 10 * p
}

// newScale covers 0..max with about want steps; integer axes (counts) never
// get a step below one.
func newScale(max float64, want int, integer bool) scale {
	if want < 2 {
		want = 2
	}
	if !(max > 0) {
		max = 1
	}
	mant := niceSteps
	if integer {
		mant = integerSteps
	}
	step := niceStep(max/float64(want), mant)
	if integer && step < 1 {
		step = 1
	}
	count := int(math.Ceil(max/step - 1e-9))
	if count < 2 {
		count = 2
	}
	return scale{step: step, top: step * float64(count), count: count}
}

// alignedSteps are finer than niceSteps: a second axis must fit the first
// one's number of grid lines, and 0, 8, 16, 24 reads better than 0, 20, 40
// over data that stops at 21.
var alignedSteps = []float64{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}

// fixedScale covers 0..max in exactly count steps; an integer axis (counts)
// never gets a step below one.
func fixedScale(max float64, count int, integer bool, mantissas []float64) scale {
	if !(max > 0) {
		max = 1
	}
	step := niceStep(max/float64(count), mantissas)
	if integer && step < 1 {
		step = 1
	}
	return scale{step: step, top: step * float64(count), count: count}
}

// pairedScales picks a left and a right axis with the same number of steps,
// so both share grid lines, choosing the count that wastes the least height
// on either side, near want. rightMax 0 gives the left axis alone.
func pairedScales(leftMax, rightMax float64, want, most int, integer bool) (left, right scale) {
	if rightMax <= 0 {
		left = newScale(leftMax, want, integer)
		return left, fixedScale(1, left.count, false, alignedSteps)
	}
	mant := niceSteps
	if integer {
		mant = integerSteps
	}
	best := math.Inf(1)
	for k := 2; k <= max(most, 2); k++ {
		l, r := fixedScale(leftMax, k, integer, mant), fixedScale(rightMax, k, false, alignedSteps)
		score := waste(l, leftMax) + waste(r, rightMax) + 0.04*math.Abs(float64(k-want))
		if score < best {
			best, left, right = score, l, r
		}
	}
	return left, right
}

// waste is the share of an axis above its largest value.
func waste(s scale, max float64) float64 {
	if !(max > 0) {
		return 0
	}
	return (s.top - max) / s.top
}

// label formats tick i without trailing zeros.
func (s scale) label(i int) string {
	return formatNum(s.step * float64(i))
}

// formatNum writes v with at most two decimals and no trailing zeros.
func formatNum(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}
