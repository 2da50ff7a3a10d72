package nof1

import (
	"errors"
	"fmt"
	"math/bits"
)

// ErrScheme marks a design this package cannot randomise.
var ErrScheme = errors.New("nof1: unsupported design")

// Limits keep every schedule in one 64-bit mask and every count exact.
const (
	MaxNights = 60 // Balanced: C(60,30) still fits a uint64
	MaxPairs  = 30 // PairOrders: 60 phases
)

type schemeKind int

const (
	balanced schemeKind = iota + 1
	pairOrders
	fixedOrder
)

// Scheme is the set of schedules a design draws from. A schedule is a bit mask
// over the design's units (nights, or phases): a set bit makes that unit B.
type Scheme struct {
	kind  schemeKind
	units int
}

// Balanced is night by night: every way of making half of the nights B.
func Balanced(nights int) (Scheme, error) {
	if nights < 2 || nights > MaxNights || nights%2 != 0 {
		return Scheme{}, fmt.Errorf("%w: %d nights is not an even number from 2 to %d", ErrScheme, nights, MaxNights)
	}
	return Scheme{kind: balanced, units: nights}, nil
}

// PairOrders is phases in A/B pairs with the order inside each pair drawn:
// pair p is units 2p and 2p+1, and exactly one of them is B.
func PairOrders(pairs int) (Scheme, error) {
	if pairs < 1 || pairs > MaxPairs {
		return Scheme{}, fmt.Errorf("%w: %d pairs is not from 1 to %d", ErrScheme, pairs, MaxPairs)
	}
	return Scheme{kind: pairOrders, units: 2 * pairs}, nil
}

// FixedOrder is ABAB...: the one schedule in which the second phase of each
// pair is B. Nothing was drawn, so a randomisation test has nothing to compare.
func FixedOrder(pairs int) (Scheme, error) {
	s, err := PairOrders(pairs)
	s.kind = fixedOrder
	return s, err
}

// Units is how many nights or phases a schedule covers.
func (s Scheme) Units() int { return s.units }

// Count is how many schedules the design could have drawn.
func (s Scheme) Count() uint64 {
	switch s.kind {
	case balanced:
		return Binomial(s.units, s.units/2)
	case pairOrders:
		return 1 << (s.units / 2)
	case fixedOrder:
		return 1
	}
	return 0
}

// MinP is the smallest one-sided p-value the design can reach: the observed
// schedule alone at the extreme of all schedules it could have drawn.
func (s Scheme) MinP() float64 {
	if n := s.Count(); n > 0 {
		return 1 / float64(n)
	}
	return 1
}

// Contains reports whether mask is a schedule this design could have drawn.
func (s Scheme) Contains(mask uint64) bool {
	if s.units < 64 && mask>>s.units != 0 {
		return false
	}
	switch s.kind {
	case balanced:
		return bits.OnesCount64(mask) == s.units/2
	case pairOrders:
		for p := 0; p < s.units/2; p++ {
			if (mask>>(2*p))&3 == 0 || (mask>>(2*p))&3 == 3 {
				return false
			}
		}
		return true
	case fixedOrder:
		return mask == s.fixedMask()
	}
	return false
}

// Draw picks one schedule with seed. The same seed always gives the same schedule.
func (s Scheme) Draw(seed int64) uint64 {
	return s.draw(newRNG(seed, streamSchedule), make([]int, s.units))
}

// draw picks a schedule uniformly; scratch (len Units) saves an allocation per draw.
func (s Scheme) draw(r *rng, scratch []int) uint64 {
	switch s.kind {
	case balanced:
		// A partial Fisher-Yates shuffle: the first half of the shuffled nights are B.
		for i := range scratch {
			scratch[i] = i
		}
		var mask uint64
		for i := 0; i < s.units/2; i++ {
			j := i + int(r.uintn(uint64(s.units-i)))
			scratch[i], scratch[j] = scratch[j], scratch[i]
			mask |= 1 << scratch[i]
		}
		return mask
	case pairOrders:
		return pairMask(r.uintn(s.Count()), s.units/2)
	}
	return s.fixedMask()
}

// each calls f with every schedule of the design once.
func (s Scheme) each(f func(mask uint64)) {
	switch s.kind {
	case balanced:
		eachSubset(s.units, s.units/2, f)
	case pairOrders:
		for order := uint64(0); order < s.Count(); order++ {
			f(pairMask(order, s.units/2))
		}
	case fixedOrder:
		f(s.fixedMask())
	}
}

// pairMask turns one bit per pair into a schedule: bit p set puts B first in pair p.
func pairMask(order uint64, pairs int) uint64 {
	var mask uint64
	for p := 0; p < pairs; p++ {
		if order>>p&1 == 1 {
			mask |= 1 << (2 * p)
		} else {
			mask |= 1 << (2*p + 1)
		}
	}
	return mask
}

func (s Scheme) fixedMask() uint64 { return pairMask(0, s.units/2) }

// eachSubset walks every k-of-n bit mask in increasing order (Gosper's hack).
func eachSubset(n, k int, f func(uint64)) {
	if k == 0 {
		f(0)
		return
	}
	for m := uint64(1)<<k - 1; m < 1<<n; {
		f(m)
		c := m & -m
		r := m + c
		m = (((r ^ m) >> 2) / c) | r
	}
}

// Binomial is n choose k, exact for n <= MaxNights.
func Binomial(n, k int) uint64 {
	if k < 0 || k > n {
		return 0
	}
	k = min(k, n-k)
	r := uint64(1)
	for i := 1; i <= k; i++ {
		r = r * uint64(n-k+i) / uint64(i) // exact: r*(n-k+i) is i times a binomial
	}
	return r
}
