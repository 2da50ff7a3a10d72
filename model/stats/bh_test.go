package stats

import (
	"math"
	"testing"
)

// Hand-worked: q_(i) = min over j >= i of p_(j) m / j, p sorted ascending.
func TestBenjaminiHochbergHandWorked(t *testing.T) {
	cases := []struct {
		name string
		p    []float64
		want []float64
	}{
		{
			// Sorted 0.01, 0.03, 0.04, 0.20 with m = 4: raw 0.04, 0.06, 0.0533, 0.20.
			// From the top: 0.20; min(0.0533, 0.20); min(0.06, 0.0533) = 0.0533,
			// so the larger p 0.03 does not get a larger q than 0.04; min(0.04, 0.0533).
			name: "monotone",
			p:    []float64{0.01, 0.04, 0.03, 0.20},
			want: []float64{0.04, 0.16 / 3, 0.16 / 3, 0.20},
		},
		{
			// Sorted 0.9, 0.95, m = 2: raw 1.8, 0.95; the running minimum keeps 0.95
			// for both, and no q may exceed 1.
			name: "large",
			p:    []float64{0.95, 0.9},
			want: []float64{0.95, 0.95},
		},
		{
			// NaN is no test: m = 2. Raw 0.02*2/1 = 0.04 and 0.02*2/2 = 0.02: both 0.02.
			name: "ties and NaN",
			p:    []float64{0.02, math.NaN(), 0.02},
			want: []float64{0.02, math.NaN(), 0.02},
		},
		{name: "empty", p: []float64{}, want: []float64{}},
		{name: "single", p: []float64{0.3}, want: []float64{0.3}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertQ(t, BenjaminiHochberg(tc.p), tc.want)
		})
	}
}

// The 15 p-values of Benjamini & Hochberg's 1995 paper (section 4), given out
// of order. Raw p m / rank in ascending order: 0.0015, 0.003, 0.0095, 0.035625,
// 0.0603, 0.0695, 0.0638571, 0.0645, 0.0765, 0.486, 0.5811818, 0.714875,
// 0.7532308, 0.8132143, 1. The running minimum from the top changes only rank
// 6, to 0.0638571 (rank 7's value). At q <= 0.05 exactly the four smallest are
// discoveries, as in the paper.
func TestBenjaminiHochbergPaperExample(t *testing.T) {
	p := []float64{0.0459, 0.0001, 0.3240, 0.0004, 0.4262, 0.0019, 0.5719, 0.0095,
		0.6528, 0.0201, 0.7590, 0.0278, 1.0, 0.0298, 0.0344}
	want := []float64{0.0765, 0.0015, 0.486, 0.003, 0.4262 * 15 / 11, 0.0095, 0.714875, 0.035625,
		0.6528 * 15 / 13, 0.0603, 0.7590 * 15 / 14, 0.0298 * 15 / 7, 1.0, 0.0298 * 15 / 7, 0.0645}
	q := BenjaminiHochberg(p)
	assertQ(t, q, want)
	var discoveries int
	for _, v := range q {
		if v <= 0.05 {
			discoveries++
		}
	}
	if discoveries != 4 {
		t.Fatalf("%d discoveries at q <= 0.05, the paper has 4", discoveries)
	}
}

func TestBenjaminiHochbergLeavesInputAlone(t *testing.T) {
	p := []float64{0.5, 0.1, 0.3}
	BenjaminiHochberg(p)
	if p[0] != 0.5 || p[1] != 0.1 || p[2] != 0.3 {
		t.Fatalf("input changed to %v", p)
	}
}

func assertQ(t *testing.T, got, want []float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d q-values, want %d", len(got), len(want))
	}
	for i := range want {
		if math.IsNaN(want[i]) != math.IsNaN(got[i]) || !math.IsNaN(want[i]) && math.Abs(got[i]-want[i]) > 1e-12 {
			t.Errorf("q[%d] = %v, want %v (all: %v)", i, got[i], want[i], got)
		}
	}
}
