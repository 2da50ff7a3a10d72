package charts

import (
	"errors"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// phaseSchedule alternates 4-night A and B phases from the first night of n,
// with the first night of each phase a washout.
func phaseSchedule(n Nights, swap bool) []experiment.Night {
	var out []experiment.Night
	for i, night := range n.Nights {
		cond := experiment.CondA
		if (i/4%2 == 1) != swap {
			cond = experiment.CondB
		}
		out = append(out, experiment.Night{Date: night.Date, Condition: cond, Phase: i/4 + 1, Washout: i%4 == 0})
	}
	return out
}

func TestPhasesDrawsTheExperiment(t *testing.T) {
	n := demoNights(t, 120, 16)
	size := Size{W: 800, H: 300, Scale: 1}
	img, err := Phases(n, phaseSchedule(n, false), size, LightTheme())
	if err != nil {
		t.Fatal(err)
	}
	got := roundTrip(t, img).Bounds()
	if got.Dx() != 800 || got.Dy() != 300 {
		t.Fatalf("size %v", got.Size())
	}
	if v := lumaVariance(img); v < 10 {
		t.Fatalf("pixel variance %.1f: blank", v)
	}
	swapped, err := Phases(n, phaseSchedule(n, true), size, LightTheme())
	if err != nil {
		t.Fatal(err)
	}
	if differentPixels(img, swapped) == 0 {
		t.Fatal("swapping A and B phases changed nothing in the chart")
	}
}

func TestPhasesWithNothingLoggedSaysSo(t *testing.T) {
	from := model.MustDate("2026-03-01")
	n := NightsFrom(nil, nil, from, from.AddDays(13))
	_, err := Phases(n, phaseSchedule(n, false), Size{W: 600, H: 240, Scale: 1}, DarkTheme())
	var need *NeedMoreData
	if !errors.As(err, &need) || need.Msg == "" {
		t.Fatalf("empty experiment: %v", err)
	}
}
