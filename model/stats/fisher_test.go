package stats

import (
	"math"
	"math/big"
	"testing"
)

// Each expected value is worked by hand from the hypergeometric law: with the
// margins fixed, P(top-left = x) = C(r1,x) C(r2,c1-x) / C(n,c1), and the
// two-sided p sums P over the x whose P is at most the observed one's.
func TestFisherExactHandWorked(t *testing.T) {
	cases := []struct {
		name       string
		a, b, c, d int
		want       float64
	}{
		// Rows 4,4, first column 4, n 8, C(8,4) = 70. P(x) for x = 0..4 is
		// 1, 16, 36, 16, 1 over 70. Observed x = 3 (16/70); as likely or less:
		// x = 0, 1, 3, 4, so p = 34/70.
		{"3-1/1-3", 3, 1, 1, 3, 34.0 / 70},
		// Rows 10,6, first column 9, n 16, C(16,9) = 11440. x runs 3..9 with
		// C(10,x) C(6,9-x) = 120, 1260, 3780, 4200, 1800, 270, 10. Observed x = 8
		// (270); as likely or less: x = 3 (120), 8 (270), 9 (10): p = 400/11440.
		{"8-2/1-5", 8, 2, 1, 5, 400.0 / 11440},
		// Rows 5,5, first column 5, C(10,5) = 252. Only x = 0 and x = 5 have
		// P = 1/252, the observed (x = 0) and its mirror: p = 2/252.
		{"0-5/5-0", 0, 5, 5, 0, 2.0 / 252},
		// The mirror image of the table above gives the same p: ties must count.
		{"5-0/0-5", 5, 0, 0, 5, 2.0 / 252},
		// Rows 5,100, first column 1: P(x=1) = 5/105, P(x=0) = 100/105.
		// Observed x = 1 is the less likely table, alone: p = 5/105.
		{"1-4/0-100", 1, 4, 0, 100, 5.0 / 105},
		// The most likely table (x = 2 above, 36/70) sums every table: p = 1.
		{"2-2/2-2", 2, 2, 2, 2, 1},
		// Nothing observed: nothing contradicts chance.
		{"empty", 0, 0, 0, 0, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := FisherExact(tc.a, tc.b, tc.c, tc.d)
			if !near(got, tc.want, 1e-9) {
				t.Fatalf("FisherExact(%d,%d,%d,%d) = %.10f, want %.10f", tc.a, tc.b, tc.c, tc.d, got, tc.want)
			}
		})
	}
}

func TestFisherExactPublishedValues(t *testing.T) {
	// The rounded figures quoted in the issue for the tables above.
	for _, tc := range []struct {
		a, b, c, d int
		want       float64
	}{
		{3, 1, 1, 3, 0.4857142857},
		{8, 2, 1, 5, 0.0349650350},
		{0, 5, 5, 0, 0.0079365079},
	} {
		if got := FisherExact(tc.a, tc.b, tc.c, tc.d); math.Abs(got-tc.want) > 5e-11 {
			t.Errorf("FisherExact(%d,%d,%d,%d) = %.10f, want %.10f", tc.a, tc.b, tc.c, tc.d, got, tc.want)
		}
	}
}

func TestFisherExactRejectsNegativeCounts(t *testing.T) {
	if p := FisherExact(-1, 2, 3, 4); !math.IsNaN(p) {
		t.Fatalf("negative count gave %v, want NaN", p)
	}
}

// Every table with up to 14 entries, and a few diary-sized ones, against an
// exact rational computation: ties are exact there, so this also checks the
// tolerance keeps every tie and admits nothing else.
func TestFisherExactMatchesExactArithmetic(t *testing.T) {
	for n := 0; n <= 14; n++ {
		for a := 0; a <= n; a++ {
			for b := 0; a+b <= n; b++ {
				for c := 0; a+b+c <= n; c++ {
					checkAgainstExact(t, a, b, c, n-a-b-c)
				}
			}
		}
	}
	for _, tc := range [][4]int{{18, 12, 14, 76}, {9, 21, 9, 81}, {40, 60, 200, 3350}, {0, 30, 0, 90}} {
		checkAgainstExact(t, tc[0], tc[1], tc[2], tc[3])
	}
}

func checkAgainstExact(t *testing.T, a, b, c, d int) {
	t.Helper()
	want := exactFisher(a, b, c, d)
	if got := FisherExact(a, b, c, d); !near(got, want, 1e-9) {
		t.Fatalf("FisherExact(%d,%d,%d,%d) = %.12g, exact %.12g", a, b, c, d, got, want)
	}
}

// exactFisher is the textbook definition in rational arithmetic.
func exactFisher(a, b, c, d int) float64 {
	r1, r2, c1 := a+b, c+d, a+c
	prob := func(x int) *big.Rat {
		num := new(big.Int).Mul(binom(r1, x), binom(r2, c1-x))
		return new(big.Rat).SetFrac(num, binom(r1+r2, c1))
	}
	obs := prob(a)
	sum := new(big.Rat)
	for x := max(0, c1-r2); x <= min(r1, c1); x++ {
		if px := prob(x); px.Cmp(obs) <= 0 {
			sum.Add(sum, px)
		}
	}
	f, _ := sum.Float64()
	return f
}

func binom(n, k int) *big.Int { return new(big.Int).Binomial(int64(n), int64(k)) }

func TestMinFisherP(t *testing.T) {
	cases := []struct {
		name       string
		r1, r2, c1 int
		want       float64
	}{
		// Rows 5,5, column 5: the extreme tables 5-0/0-5 and 0-5/5-0, 2/252.
		{"balanced", 5, 5, 5, 2.0 / 252},
		// One event among 105 nights, 5 with the factor: at best p = 5/105.
		{"one event", 5, 100, 1, 5.0 / 105},
		// No events: the only table is the observed one.
		{"no events", 20, 40, 0, 1},
		// Every night an event: again a single possible table.
		{"all events", 20, 40, 60, 1},
	}
	for _, tc := range cases {
		if got := MinFisherP(tc.r1, tc.r2, tc.c1); !near(got, tc.want, 1e-9) {
			t.Errorf("%s: MinFisherP(%d,%d,%d) = %.10f, want %.10f", tc.name, tc.r1, tc.r2, tc.c1, got, tc.want)
		}
	}
	if p := MinFisherP(3, 3, 7); !math.IsNaN(p) {
		t.Errorf("a column larger than the table gave %v, want NaN", p)
	}
}

func near(got, want, rel float64) bool {
	return math.Abs(got-want) <= rel*math.Max(math.Abs(want), 1e-300)
}
