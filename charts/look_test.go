package charts

import (
	"fmt"
	"image"
	"testing"
)

// TestLook renders every chart for a 2-week, 1-year and 10-year demo diary in
// both themes; with CHARTS_PNG_DIR set the images are kept for a person to check.
func TestLook(t *testing.T) {
	if testing.Short() {
		t.Skip("renders many charts")
	}
	long := demoNights(t, 3650, 3650)
	ranges := map[string]Nights{"2w": tail(long, 14), "3m": tail(long, 91), "1y": tail(long, 365), "10y": long}
	charts := map[string]func(Nights, Size, Theme) (*image.RGBA, error){
		"timeline": Timeline, "weekly": Weekly, "withwithout": WithWithout, "where": Where,
	}
	themes := map[string]Theme{"light": LightTheme(), "dark": DarkTheme()}
	for rn, n := range ranges {
		for cn, draw := range charts {
			for tn, th := range themes {
				img, err := draw(n, Size{W: 1000, H: 400, Scale: 1}, th)
				if err != nil {
					t.Fatalf("%s %s %s: %v", cn, rn, tn, err)
				}
				savePNG(t, fmt.Sprintf("%s-%s-%s.png", cn, rn, tn), img)
			}
			img, err := draw(n, Size{W: 1400, H: 560, Scale: 2}, DarkTheme())
			if err != nil {
				t.Fatalf("%s %s HiDPI: %v", cn, rn, err)
			}
			savePNG(t, fmt.Sprintf("%s-%s-hidpi.png", cn, rn), img)
		}
	}
}

// tail is the last k nights of n.
func tail(n Nights, k int) Nights {
	out := NightsFrom(nil, nil, n.To.AddDays(1-k), n.To)
	copy(out.Nights, n.Nights[len(n.Nights)-k:])
	for _, c := range n.Cramps {
		if !c.Night.Before(out.From) {
			out.Cramps = append(out.Cramps, c)
		}
	}
	return out
}
