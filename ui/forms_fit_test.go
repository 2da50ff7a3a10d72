package ui

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model/demo"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// Every screen and form fits the window in every language: German and Russian
// words are long. At 100% text the screens fit the default width; at 150% the
// window grows to what the screens need, but a dialog does not make it grow,
// and what is wider is cut off at its edge (the muscle names once were).
func TestScreensFitTheWindowInEveryLanguage(t *testing.T) {
	for _, code := range []string{"en", "ru", "de"} {
		for _, percent := range []int{100, 150} {
			t.Run(fmt.Sprintf("%s/%d%%", code, percent), func(t *testing.T) {
				inLanguage(t, code)
				h := newHarness(t, time.Date(2026, 11, 25, 2, 40, 0, 0, time.UTC))
				if err := demo.Fill(bg, h.store, 61, "2026-11-24", 1); err != nil {
					t.Fatal(err)
				}
				openIn(h, look{percent: percent, colours: themeLight})
				checkFits(t, h, percent == 100)
			})
		}
	}
}

func checkFits(t *testing.T, h *harness, screensFit bool) {
	t.Helper()
	width := h.win.Canvas().Size().Width
	widest := width
	fits := func(what string, w float32) {
		if w > widest {
			t.Errorf("%s needs %.0f of %.0f", what, w, widest)
		}
	}
	screen := func(what string) {
		w := h.win.Content().MinSize().Width
		if screensFit {
			fits(what, w)
		}
		widest = max(widest, w) // the window grows to it
	}
	for tab, name := range []string{"Today", "History", "Charts", "Insights"} {
		h.main.tabs.SelectIndex(tab)
		screen(name)
	}
	h.main.history.view.SetSelected(h.main.history.view.Options[1]) // the calendar
	screen("History's calendar")
	h.main.insights.details.SetChecked(true)
	screen("Insights with Details")
	for _, open := range []struct {
		name string
		open func()
	}{
		{"Log a cramp", h.main.CaptureCramp},
		{"the cramp form", func() { test.Tap(h.main.lastCap.moreBtn) }},
		{"the planner", func() { h.main.OpenPlanner(experiment.TemplateBedtimeStretch) }},
		{"the planner in phases", func() { h.main.OpenPlanner(experiment.TemplateSteadyLoad) }},
		{"Settings", h.main.OpenSettings},
	} {
		open.open()
		fits(open.name, topOverlayWidth(h.win))
	}
}

func topOverlayWidth(w fyne.Window) float32 {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return 0
	}
	return top.MinSize().Width
}
