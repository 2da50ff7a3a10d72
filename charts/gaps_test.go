package charts

import (
	"image"
	"image/color"
	"math"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// barRuns finds the bars of colour col in the lower half of img (below the
// legend) and returns the centre column of each.
func barRuns(img *image.RGBA, col color.Color) []float64 {
	want := color.RGBAModel.Convert(col).(color.RGBA)
	b := img.Bounds()
	var centres []float64
	start := -1
	for x := b.Min.X; x <= b.Max.X; x++ {
		has := false
		for y := b.Max.Y / 2; x < b.Max.X && y < b.Max.Y; y++ {
			if img.RGBAAt(x, y) == want {
				has = true
				break
			}
		}
		switch {
		case has && start < 0:
			start = x
		case !has && start >= 0:
			centres = append(centres, float64(start+x-1)/2)
			start = -1
		}
	}
	return centres
}

func TestTimelineLeavesGapsOut(t *testing.T) {
	// Night 4 is not logged; night 7 is logged without cramps.
	n := logNights("2026-03-02", []int{2, 2, 2, 2, -1, 2, 2, 0, 2, 2})
	th := LightTheme()
	img, err := Timeline(n, Size{W: 600, H: 300, Scale: 1}, th)
	if err != nil {
		t.Fatal(err)
	}
	runs := barRuns(img, th.Cramps)
	if len(runs) != 8 {
		t.Fatalf("found %d bars at %v, want 8 (ten nights less a gap and a night without cramps)", len(runs), runs)
	}
	step := (runs[len(runs)-1] - runs[0]) / 9 // nights 0 and 9 both have bars
	var nights []int
	for _, x := range runs {
		nights = append(nights, int(math.Round((x-runs[0])/step)))
	}
	if want := []int{0, 1, 2, 3, 5, 6, 8, 9}; !equalInts(nights, want) {
		t.Errorf("bars at nights %v, want %v", nights, want)
	}
	gapX := int(runs[0] + 4*step)
	zeroX := int(runs[0] + 7*step)
	if got := commonColour(img, gapX); got != color.RGBAModel.Convert(gapShade(th)) {
		t.Errorf("the unlogged night's column is %v, want the gap shade", got)
	}
	if got := commonColour(img, zeroX); got != color.RGBAModel.Convert(th.Background) {
		t.Errorf("the night without cramps is %v, want plain background", got)
	}
}

func TestTimelineLineBreaksAtGaps(t *testing.T) {
	n := logNights("2026-03-02", []int{1, 1, -1, -1, 1, 1, 1})
	c, err := newCanvas(testSize, LightTheme())
	if err != nil {
		t.Fatal(err)
	}
	bs := bucketize(n, byNight)
	f := newTimeFrame(c, len(n.Nights), timeAxes{leftMax: 3, rightMax: maxOf(bs, stepsK)})
	runs := f.lineRuns(bs, stepsK)
	if len(runs) != 2 || len(runs[0]) != 2 || len(runs[1]) != 3 {
		t.Errorf("steps line runs %v, want two runs of 2 and 3 points", runs)
	}
}

func TestTimelineAggregates(t *testing.T) {
	th := LightTheme()
	for _, tt := range []struct {
		name   string
		nights int
		want   func(from time.Time, nights int) int
	}{
		{"120 nights, a bar a night", 120, func(time.Time, int) int { return 120 }},
		{"200 nights by week", 200, countStarts(func(t time.Time) bool { return t.Weekday() == time.Monday })},
		{"800 nights by month", 800, countStarts(func(t time.Time) bool { return t.Day() == 1 })},
	} {
		cramps := make([]int, tt.nights)
		for i := range cramps {
			cramps[i] = 1
		}
		from := model.MustDate("2023-05-17")
		img, err := Timeline(logNights(from, cramps), Size{W: 1400, H: 300, Scale: 1}, th)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(barRuns(img, th.Cramps)), tt.want(from.Time(), tt.nights); got != want {
			t.Errorf("%s: %d bars, want %d", tt.name, got, want)
		}
	}
}

// countStarts counts the buckets of nights nights from from: the first night
// opens one, then every night for which starts holds.
func countStarts(starts func(time.Time) bool) func(time.Time, int) int {
	return func(from time.Time, nights int) int {
		k := 1
		for i := 1; i < nights; i++ {
			if starts(from.AddDate(0, 0, i)) {
				k++
			}
		}
		return k
	}
}

// commonColour is the most frequent colour in the lower half of column x.
func commonColour(img *image.RGBA, x int) color.RGBA {
	counts := map[color.RGBA]int{}
	b := img.Bounds()
	for y := b.Max.Y / 2; y < b.Max.Y*5/6; y++ {
		counts[img.RGBAAt(x, y)]++
	}
	var best color.RGBA
	for c, k := range counts {
		if k > counts[best] {
			best = c
		}
	}
	return best
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
