package charts

import (
	"fmt"
	"testing"
)

// The weekly chart sits in half the Charts tab: about 460 by 240 pixels.
var weeklyTabSize = Size{W: 460, H: 240, Scale: 1}

// TestWeeklyAggregatesLongRanges: ten years as 520 weekly bars of under a
// pixel each drew a solid band; past two years the chart draws months.
func TestWeeklyAggregatesLongRanges(t *testing.T) {
	long := demoNights(t, 3650, 3650)
	for _, tt := range []struct {
		nights int
		unit   unit
	}{{30, byWeek}, {120, byWeek}, {731, byWeek}, {732, byMonth}, {3650, byMonth}} {
		w, err := layoutWeekly(tail(long, tt.nights), weeklyTabSize, LightTheme())
		if err != nil {
			t.Fatal(err)
		}
		if w.u != tt.unit {
			t.Errorf("%d nights: unit %d, want %d", tt.nights, w.u, tt.unit)
		}
		if bw := w.f.bucketWidth(w.bs); bw < 2.5 {
			t.Errorf("%d nights: %d bars of %.1f px each; they merge into a band", tt.nights, len(w.bs), bw)
		}
	}
}

// A month's bar is its mean week: cramp nights scaled to seven nights, never
// above the nights logged a week, and a fully logged month has no outline.
func TestWeeklyMonthBarIsAMeanWeek(t *testing.T) {
	cramps := make([]int, 31) // all of March 2026, every night logged
	for i := 0; i < 31; i += 3 {
		cramps[i] = 1
	}
	bs := bucketize(logNights("2026-03-01", cramps), byMonth)
	v, ok := crampNightsPerWeek(bs[0])
	if !ok || v < 2.4 || v > 2.5 { // 11 cramp nights in 31 nights
		t.Errorf("cramp nights a week in March = %v, %v; want 11*7/31 = 2.48", v, ok)
	}
	if _, ok := partWeek(bs[0]); ok {
		t.Error("a month logged every night is outlined as part-logged")
	}
	cramps[5], cramps[6] = -1, -1
	bs = bucketize(logNights("2026-03-01", cramps), byMonth)
	if v, ok := partWeek(bs[0]); !ok || v > 6.6 || v < 6.5 {
		t.Errorf("nights logged a week with 29 of 31 logged = %v, %v; want 6.55", v, ok)
	}
}

// TestWeeklyDateLabelsReadable: over 30, 120 and 3,650 nights the date labels
// under the weekly chart, at its size in the tab, are at least three, keep
// apart and stay inside the image.
func TestWeeklyDateLabelsReadable(t *testing.T) {
	long := demoNights(t, 3650, 3650)
	for _, nights := range []int{30, 120, 3650} {
		for _, s := range []Size{weeklyTabSize, {W: 920, H: 480, Scale: 2}} {
			t.Run(fmt.Sprintf("%d nights at %dx%d", nights, s.W, s.H), func(t *testing.T) {
				n := tail(long, nights)
				w, err := layoutWeekly(n, s, LightTheme())
				if err != nil {
					t.Fatal(err)
				}
				var shown []placedTick
				for _, l := range w.f.dateLabels(n, w.u) {
					if l.shown {
						shown = append(shown, l)
					}
				}
				if len(shown) < 3 {
					t.Fatalf("%d date labels shown, want at least 3: %+v", len(shown), shown)
				}
				gap := s.px(6)
				for i, l := range shown {
					if l.x0 < 0 || l.x1 > float64(s.W) {
						t.Errorf("label %q at %.0f..%.0f leaves the %d px image", l.label, l.x0, l.x1, s.W)
					}
					if i > 0 && l.x0 < shown[i-1].x1+gap {
						t.Errorf("labels %q and %q overlap or touch: %.0f < %.0f", shown[i-1].label, l.label, l.x0, shown[i-1].x1+gap)
					}
				}
			})
		}
	}
}
