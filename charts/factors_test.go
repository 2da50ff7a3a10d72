package charts

import (
	"errors"
	"image"
	"image/color"
	"math"
	"testing"
)

func TestWilsonInterval(t *testing.T) {
	cases := []struct {
		k, n   int
		lo, hi float64
	}{
		{8, 10, 0.4902, 0.9433}, // the textbook example (Newcombe 1998)
		{0, 10, 0, 0.2775},
		{10, 10, 0.7225, 1},
		{0, 0, 0, 1},
	}
	for _, tc := range cases {
		lo, hi := Wilson(tc.k, tc.n)
		if math.Abs(lo-tc.lo) > 1e-4 || math.Abs(hi-tc.hi) > 1e-4 {
			t.Errorf("Wilson(%d, %d) = %.4f..%.4f, want %.4f..%.4f", tc.k, tc.n, lo, hi, tc.lo, tc.hi)
		}
	}
}

var testFactorRates = []FactorRate{
	{Label: "Alcohol", Verdict: "likely pattern: worth testing", Strong: true, CrampWith: 16, With: 20, CrampWithout: 4, Without: 40},
	{Label: "Heat", Verdict: "no difference", CrampWith: 3, With: 20, CrampWithout: 6, Without: 40},
}

// The chart decodes as a PNG of the asked size, each row's bar is as long as
// its rate, the interval line reaches past the bar, and the strong verdict
// is drawn in the cramp colour.
func TestFactorRatesDrawsRatesAndIntervals(t *testing.T) {
	th := LightTheme()
	s := Size{W: 800, H: 360, Scale: 1}
	img, err := FactorRates(testFactorRates, s, th)
	if err != nil {
		t.Fatal(err)
	}
	back := roundTrip(t, img)
	savePNG(t, "factors.png", back)
	if b := back.Bounds(); b.Dx() != s.W || b.Dy() != s.H {
		t.Fatalf("decoded %dx%d, asked %dx%d", b.Dx(), b.Dy(), s.W, s.H)
	}
	f := newRowFrame(mustCanvas(t, s, th), factorRatesLayout(mustCanvas(t, s, th), testFactorRates))
	for i, r := range testFactorRates {
		y0, y1 := f.band(i)
		withY := int(y0 + 0.16*(y1-y0)) // inside the "with" bar, above the interval line and its ends
		got := runOf(back, th.Cramps, withY, int(f.plot.x0), int(f.plot.x1))
		want := f.x(100*float64(r.CrampWith)/float64(r.With)) - f.plot.x0
		if math.Abs(float64(got)-want) > 3 {
			t.Errorf("%s: with bar %d px long, want %.0f", r.Label, got, want)
		}
		_, hi := Wilson(r.CrampWith, r.With)
		lineY := int(y0 + 0.27*(y1-y0))
		if end := lastOf(back, intervalColour(th), lineY, int(f.plot.x0), int(f.plot.x1)); math.Abs(float64(end)-f.x(100*hi)) > 3 {
			t.Errorf("%s: interval line ends at x=%d, want %.0f", r.Label, end, f.x(100*hi))
		}
		verdictRed := count(back, th.Cramps, image.Rect(int(f.plot.x0), int(y0+0.74*(y1-y0)), int(f.plot.x1), int(y1)))
		if (verdictRed > 20) != r.Strong {
			t.Errorf("%s: %d verdict pixels in the cramp colour, strong %v", r.Label, verdictRed, r.Strong)
		}
	}
}

func TestFactorRatesWithoutRowsAsksForData(t *testing.T) {
	_, err := FactorRates(nil, testSize, LightTheme())
	var need *NeedMoreData
	if !errors.As(err, &need) {
		t.Fatalf("no rows: %v, want NeedMoreData", err)
	}
}

func mustCanvas(t *testing.T, s Size, th Theme) *canvas {
	t.Helper()
	c, err := newCanvas(s, th.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func near(a, b color.Color) bool {
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	d := func(x, y uint32) float64 { return math.Abs(float64(x>>8) - float64(y>>8)) }
	return d(r1, r2)+d(g1, g2)+d(b1, b2) < 24
}

// runOf is the length of the run of col starting at x0 on row y.
func runOf(img image.Image, col color.Color, y, x0, x1 int) int {
	n := 0
	for x := x0 + 1; x < x1 && near(img.At(x, y), col); x++ {
		n++
	}
	return n
}

// lastOf is the rightmost x on row y with col, or -1.
func lastOf(img image.Image, col color.Color, y, x0, x1 int) int {
	last := -1
	for x := x0; x < x1+40; x++ {
		if near(img.At(x, y), col) {
			last = x
		}
	}
	return last
}

func count(img image.Image, col color.Color, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if near(img.At(x, y), col) {
				n++
			}
		}
	}
	return n
}
