package ui

import (
	"image"
	"runtime"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/charts"
)

// A drawing that finishes after a newer one was asked for must not replace it.
func TestChartViewShowsOnlyTheNewestDrawing(t *testing.T) {
	test.NewTempApp(t)
	jobs := &uiJobs{hold: true}
	v := newChartView(200, func() float32 { return 2 }, charts.LightTheme, jobs)
	release := make(chan struct{})
	stale := image.NewRGBA(image.Rect(0, 0, 1, 1))
	v.setDraw(func(charts.Size, charts.Theme) (*image.RGBA, error) { <-release; return stale, nil })
	v.Resize(fyne.NewSize(300, 200)) // starts the slow drawing
	v.setDraw(func(s charts.Size, _ charts.Theme) (*image.RGBA, error) {
		return image.NewRGBA(image.Rect(0, 0, s.W, s.H)), nil
	})
	for queued := 0; queued == 0; runtime.Gosched() { // the newer drawing is done first
		jobs.mu.Lock()
		queued = len(jobs.done)
		jobs.mu.Unlock()
	}
	close(release)
	jobs.settle()
	if v.img.Image == stale {
		t.Fatal("the older drawing replaced the newer one")
	}
	if b := v.img.Image.Bounds(); b.Dx() != 600 || b.Dy() != 400 {
		t.Fatalf("drawn at %v for a 300×200 view at scale 2", b.Size())
	}
}

// Chart text follows the text size chosen in Settings: at 150% the chart is
// drawn with text half as large again, in the same number of pixels.
func TestChartTextFollowsTheTextSize(t *testing.T) {
	a := test.NewTempApp(t)
	jobs := &uiJobs{hold: true}
	v := newChartView(200, func() float32 { return 2 }, charts.LightTheme, jobs)
	var got []charts.Size
	v.setDraw(func(s charts.Size, _ charts.Theme) (*image.RGBA, error) {
		got = append(got, s)
		return image.NewRGBA(image.Rect(0, 0, s.W, s.H)), nil
	})
	small := v.MinSize().Height
	v.Resize(fyne.NewSize(300, 200))
	jobs.settle()
	look{percent: 150, colours: themeLight}.apply(a.Settings())
	v.redraw()
	jobs.settle()
	if len(got) != 2 || got[0].Scale != 2 || got[1].Scale != 3 || got[1].W != 600 || got[1].H != 400 {
		t.Fatalf("drawn at %+v; want scale 2, then 3 in the same 600×400 pixels", got)
	}
	if big := v.MinSize().Height; big != small*1.5 {
		t.Fatalf("the chart asks for %v at 150%% text, %v at 100%%", big, small)
	}
}
