package charts

import (
	"bytes"
	"image"
	"testing"

	chart "github.com/wcharczuk/go-chart/v2"
)

// benchSize is the timeline size the speed targets are set for.
var benchSize = Size{W: 1000, H: 400, Scale: 1}

// The targets (docs/performance.md): 1 year <= 20 ms, 10 years <= 60 ms.
func BenchmarkTimeline1Year(b *testing.B)   { benchTimeline(b, 365) }
func BenchmarkTimeline10Years(b *testing.B) { benchTimeline(b, 3650) }

func benchTimeline(b *testing.B, days int) {
	n := demoNights(b, days, days)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Timeline(n, benchSize, LightTheme()); err != nil {
			b.Fatal(err)
		}
	}
}

// The naive runs draw the same nights the way go-chart's examples do: a
// TimeSeries line per measure through every night (cramps on one axis, steps
// in thousands and sleep hours on the other), rendered and encoded as PNG.
// Ten years take many seconds a run; with the default -benchtime of 1s the
// testing package stops after that single run.
func BenchmarkNaiveTimeSeries1Year(b *testing.B)   { benchNaive(b, 365) }
func BenchmarkNaiveTimeSeries10Years(b *testing.B) { benchNaive(b, 3650) }

func benchNaive(b *testing.B, days int) {
	c := naiveChart(demoNights(b, days, days))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if err := c.Render(chart.PNG, &buf); err != nil {
			b.Fatal(err)
		}
	}
}

// naiveChart is the chart a first attempt would build: every night a point,
// unrecorded values simply left out of the line.
func naiveChart(n Nights) chart.Chart {
	cramps := chart.TimeSeries{Name: "Cramps per night"}
	steps := chart.TimeSeries{Name: "Steps (thousands)", YAxis: chart.YAxisSecondary}
	sleep := chart.TimeSeries{Name: "Sleep (hours)", YAxis: chart.YAxisSecondary}
	for _, nt := range n.Nights {
		t := nt.Date.Time()
		if nt.Logged {
			cramps.XValues = append(cramps.XValues, t)
			cramps.YValues = append(cramps.YValues, float64(nt.Cramps))
		}
		if nt.Steps != nil {
			steps.XValues = append(steps.XValues, t)
			steps.YValues = append(steps.YValues, float64(*nt.Steps)/1000)
		}
		if nt.SleepH != nil {
			sleep.XValues = append(sleep.XValues, t)
			sleep.YValues = append(sleep.YValues, *nt.SleepH)
		}
	}
	return chart.Chart{Width: benchSize.W, Height: benchSize.H, Series: []chart.Series{cramps, steps, sleep}}
}

// The longest range still drawn a bar per night, and the other charts on ten
// years, for the figures in docs/performance.md.
func BenchmarkTimeline120Nights(b *testing.B) { benchTimeline(b, maxNightlyBars) }

func BenchmarkTimeline10YearsHiDPI(b *testing.B) {
	n := demoNights(b, 3650, 3650)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Timeline(n, Size{W: 2000, H: 800, Scale: 2}, DarkTheme()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOthers10Years(b *testing.B) {
	n := demoNights(b, 3650, 3650)
	for name, draw := range map[string]func(Nights, Size, Theme) (*image.RGBA, error){
		"Weekly": Weekly, "WithWithout": WithWithout, "Where": Where,
	} {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := draw(n, benchSize, LightTheme()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
