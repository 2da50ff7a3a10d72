package charts

import (
	"math"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestNewScale(t *testing.T) {
	tests := []struct {
		max     float64
		want    int
		integer bool
		step    float64
		top     float64
	}{
		{3, 6, true, 1, 3},
		{0, 5, true, 1, 2},
		{1.28, 7, false, 0.2, 1.4},
		{76, 10, true, 10, 80},
		{0.4, 5, true, 1, 2},
	}
	for _, tt := range tests {
		s := newScale(tt.max, tt.want, tt.integer)
		if math.Abs(s.step-tt.step) > 1e-9 || math.Abs(s.top-tt.top) > 1e-9 {
			t.Errorf("newScale(%v, %d, %v) = step %v top %v, want %v %v", tt.max, tt.want, tt.integer, s.step, s.top, tt.step, tt.top)
		}
	}
}

func TestPairedScales(t *testing.T) {
	for _, tt := range []struct{ l, r float64 }{{3, 20.4}, {1.28, 17}, {7, 14}, {0.8, 12}, {5, 0.5}} {
		l, r := pairedScales(tt.l, tt.r, 6, 12, false)
		if l.count != r.count {
			t.Errorf("pairedScales(%v, %v): %d and %d steps; the grid lines would not line up", tt.l, tt.r, l.count, r.count)
		}
		if l.top < tt.l || r.top < tt.r {
			t.Errorf("pairedScales(%v, %v) tops %v, %v cut the data off", tt.l, tt.r, l.top, r.top)
		}
		if waste(r, tt.r) > 0.4 {
			t.Errorf("pairedScales(%v, %v): right axis to %v leaves %.0f%% empty", tt.l, tt.r, r.top, 100*waste(r, tt.r))
		}
	}
}

func TestDateTicks(t *testing.T) {
	width := func(s string) float64 { return 7 * float64(len(s)) }
	tests := []struct {
		name   string
		from   model.Date
		nights int
		u      unit
		first  string
	}{
		{"two weeks name days", "2026-03-01", 14, byNight, "1 Mar"},
		{"a year names months", "2025-03-15", 365, byWeek, "Apr 2025"},
		{"ten years name years", "2016-03-16", 3650, byMonth, "2017"},
	}
	for _, tt := range tests {
		ticks := dateTicks(tt.from.Time(), tt.nights, 900/float64(tt.nights), 12, tt.u, width, func(s string) string { return s })
		if len(ticks) < 2 || ticks[0].label != tt.first {
			t.Errorf("%s: got %v, want at least 2 labels starting %q", tt.name, ticks, tt.first)
			continue
		}
		if !fits(ticks, 900/float64(tt.nights), 12, width) {
			t.Errorf("%s: labels overlap: %v", tt.name, ticks)
		}
	}
}
