package nof1

import (
	"errors"
	"math"
	"slices"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

// Worked by hand over the 12 pairs of A = {2, 1, 0} and B = {1, 0, 0, 0}:
// A=2 beats every B night (4); A=1 ties one (0.5) and loses to three (3);
// A=0 is beaten by B=1 (0) and ties three (1.5). (4 + 3.5 + 1.5) / 12 = 0.75.
func TestNAPWithTies(t *testing.T) {
	got, ok := NAP([]float64{2, 1, 0}, []float64{1, 0, 0, 0})
	if !ok || !near(got, 0.75) {
		t.Fatalf("NAP = %v, %v; want 0.75", got, ok)
	}
	if got, _ := NAP([]float64{0, 0}, []float64{0, 0, 0}); !near(got, 0.5) {
		t.Errorf("all ties: NAP = %v, want 0.5", got)
	}
	if got, _ := NAP([]float64{3}, []float64{4, 5}); got != 0 {
		t.Errorf("B always worse: NAP = %v, want 0", got)
	}
	if _, ok := NAP(nil, []float64{1}); ok {
		t.Error("NAP of an empty side must report false")
	}
}

func TestCountsAndMinP(t *testing.T) {
	for _, tc := range []struct {
		name  string
		s     func() (Scheme, error)
		count uint64
	}{
		{"14 nights", func() (Scheme, error) { return Balanced(14) }, 3432},
		{"6 nights", func() (Scheme, error) { return Balanced(6) }, 20},
		{"60 nights", func() (Scheme, error) { return Balanced(60) }, 118264581564861424},
		{"4 pairs", func() (Scheme, error) { return PairOrders(4) }, 16},
		{"5 pairs", func() (Scheme, error) { return PairOrders(5) }, 32},
		{"fixed", func() (Scheme, error) { return FixedOrder(5) }, 1},
	} {
		s, err := tc.s()
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := s.Count(); got != tc.count {
			t.Errorf("%s: Count = %d, want %d", tc.name, got, tc.count)
		}
		if got := s.MinP(); !near(got, 1/float64(tc.count)) {
			t.Errorf("%s: MinP = %v", tc.name, got)
		}
	}
	for _, bad := range []int{0, 3, 62} {
		if _, err := Balanced(bad); !errors.Is(err, ErrScheme) {
			t.Errorf("Balanced(%d) err = %v", bad, err)
		}
	}
}

// Every one of the C(14,7) schedules is visited once, each with 7 B nights.
func TestBalancedEnumeratesEverySchedule(t *testing.T) {
	s, _ := Balanced(14)
	seen := map[uint64]bool{}
	s.each(func(m uint64) {
		if !s.Contains(m) || seen[m] {
			t.Fatalf("schedule %014b repeated or not balanced", m)
		}
		seen[m] = true
	})
	if len(seen) != 3432 {
		t.Fatalf("visited %d schedules, want 3432", len(seen))
	}
}

// distribution lists the difference every schedule would give, sorted.
func distribution(t *testing.T, s Scheme, units []Unit) []float64 {
	t.Helper()
	st := newStat(units)
	var out []float64
	s.each(func(m uint64) {
		d, ok := st.diff(m)
		if !ok {
			t.Fatalf("schedule %b has no contrast", m)
		}
		out = append(out, d)
	})
	slices.Sort(out)
	return out
}

func sameFloats(a, b []float64) bool {
	return slices.EqualFunc(a, b, near)
}

// Two pairs of 7-night phases with 5, 2 | 4, 1 cramp nights, followed A B | A B.
// Swapping a pair moves B's total by 3 either way, so the four schedules give
// (B - A)/14 = -6/14, 0, 0, +6/14 and only the one followed is as low: p = 1/4.
func TestExactDistributionTwoPairs(t *testing.T) {
	s, _ := PairOrders(2)
	units := []Unit{{5, 7}, {2, 7}, {4, 7}, {1, 7}}
	want := []float64{-6.0 / 14, 0, 0, 6.0 / 14}
	if got := distribution(t, s, units); !sameFloats(got, want) {
		t.Fatalf("distribution = %v, want %v", got, want)
	}
	res, err := Test(s, units, 0b1010, 1)
	if err != nil || !near(res.Observed, -6.0/14) || !near(res.P, 0.25) || !res.Exact || res.Schedules != 4 {
		t.Fatalf("Test = %+v, %v; want observed -6/14, p 1/4, exact over 4", res, err)
	}
}

// Three pairs, 7 nights a phase. With a third pair of 3 | 0 every pair moves
// the total by 3, so B - A (in 21sts) is -9 once, -3 three times, +3 three
// times, +9 once: p = 1/8. With a tied third pair (3 | 3) swapping it changes
// nothing, the -6/21 extreme appears twice and p = 2/8.
func TestExactDistributionThreePairs(t *testing.T) {
	s, _ := PairOrders(3)
	units := []Unit{{5, 7}, {2, 7}, {4, 7}, {1, 7}, {3, 7}, {0, 7}}
	want := []float64{-9.0 / 21, -3.0 / 21, -3.0 / 21, -3.0 / 21, 3.0 / 21, 3.0 / 21, 3.0 / 21, 9.0 / 21}
	if got := distribution(t, s, units); !sameFloats(got, want) {
		t.Fatalf("distribution = %v, want %v", got, want)
	}
	if res, _ := Test(s, units, 0b101010, 1); !near(res.P, 1.0/8) {
		t.Errorf("p = %v, want 1/8", res.P)
	}
	tied := []Unit{{5, 7}, {2, 7}, {4, 7}, {1, 7}, {3, 7}, {3, 7}}
	wantTied := []float64{-6.0 / 21, -6.0 / 21, 0, 0, 0, 0, 6.0 / 21, 6.0 / 21}
	if got := distribution(t, s, tied); !sameFloats(got, wantTied) {
		t.Fatalf("tied distribution = %v, want %v", got, wantTied)
	}
	if res, _ := Test(s, tied, 0b101010, 1); !near(res.P, 2.0/8) {
		t.Errorf("tied p = %v, want 2/8", res.P)
	}
}

// Four nights scored 1 0 1 0 with B on nights 2 and 4 (mask 1010): of the six
// schedules, B={1,3} gives +1, B={2,4} gives -1, the other four give 0.
func TestExactBalancedSmall(t *testing.T) {
	s, _ := Balanced(4)
	units := []Unit{{1, 1}, {0, 1}, {1, 1}, {0, 1}}
	if got, want := distribution(t, s, units), []float64{-1, 0, 0, 0, 0, 1}; !sameFloats(got, want) {
		t.Fatalf("distribution = %v, want %v", got, want)
	}
	if res, _ := Test(s, units, 0b1010, 1); !near(res.P, 1.0/6) || !near(res.Observed, -1) {
		t.Errorf("Test = %+v, want p 1/6, observed -1", res)
	}
}

// Nights 3 and 4 were never checked. Schedules that leave a side empty count
// as extreme: {1,2} and {3,4} have no contrast, {2,3} and {2,4} give -1 like
// the observed, {1,3} and {1,4} give +1, so p = 4/6.
func TestSchedulesWithoutContrastCountAsExtreme(t *testing.T) {
	s, _ := Balanced(4)
	units := []Unit{{1, 1}, {0, 1}, {}, {}}
	res, err := Test(s, units, 0b1010, 1)
	if err != nil || !near(res.P, 4.0/6) {
		t.Fatalf("Test = %+v, %v; want p 4/6", res, err)
	}
	if _, err := Test(s, []Unit{{1, 1}, {}, {1, 1}, {}}, 0b1010, 1); !errors.Is(err, ErrNoContrast) {
		t.Errorf("no B data: err = %v, want ErrNoContrast", err)
	}
	if _, err := Test(s, units, 0b0111, 1); err == nil {
		t.Error("an unbalanced observed schedule must be refused")
	}
}

// Above the exact limit the test draws schedules with the seed: the same seed
// gives the same p, and p lands near the exact value.
func TestMonteCarloAgreesWithExact(t *testing.T) {
	s, _ := Balanced(16)
	units := make([]Unit, 16)
	for i, y := range []float64{1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 0, 1} {
		units[i] = Unit{y, 1}
	}
	observed := uint64(0b1001101000110011)
	exact, err := test(s, units, observed, 7, ExactLimit, Draws)
	if err != nil || !exact.Exact {
		t.Fatalf("exact: %+v, %v", exact, err)
	}
	mc, _ := test(s, units, observed, 7, 0, Draws)
	again, _ := test(s, units, observed, 7, 0, Draws)
	if mc.Exact || mc.Draws != Draws || mc.P != again.P {
		t.Fatalf("Monte Carlo %+v then %+v: want 10000 draws and the same p", mc, again)
	}
	if math.Abs(mc.P-exact.P) > 0.015 {
		t.Errorf("Monte-Carlo p %v is far from exact p %v", mc.P, exact.P)
	}
}

// A stored seed must give the same schedule in every future build; these
// values pin the generator and the drawing algorithm.
func TestDrawIsPinnedBySeed(t *testing.T) {
	b, _ := Balanced(14)
	p, _ := PairOrders(5)
	f, _ := FixedOrder(3)
	for _, s := range []Scheme{b, p, f} {
		for seed := int64(0); seed < 50; seed++ {
			if m := s.Draw(seed); !s.Contains(m) || m != s.Draw(seed) {
				t.Fatalf("Draw(%d) = %b: not repeatable or not a schedule of the design", seed, m)
			}
		}
	}
	if got := b.Draw(1); got != pinnedBalanced14Seed1 {
		t.Errorf("Balanced(14).Draw(1) = %#b, want %#b", got, uint64(pinnedBalanced14Seed1))
	}
	if got := p.Draw(1); got != pinnedPairs5Seed1 {
		t.Errorf("PairOrders(5).Draw(1) = %#b, want %#b", got, uint64(pinnedPairs5Seed1))
	}
	if got := f.Draw(1); got != 0b101010 {
		t.Errorf("FixedOrder(3) = %#b, want A first in every pair", got)
	}
}

const (
	pinnedBalanced14Seed1 = 0b1011001110001
	pinnedPairs5Seed1     = 0b1001010110
)
