package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Log a cramp and the full cramp form fit the window's default width in
// every language: German and Russian muscle names are long, and a dialog
// wider than the window is cut off at its edge.
func TestCrampFormsFitTheWindowInEveryLanguage(t *testing.T) {
	for _, code := range []string{"en", "ru", "de"} {
		t.Run(code, func(t *testing.T) {
			inLanguage(t, code)
			h := newHarness(t, time.Date(2026, 11, 25, 2, 40, 0, 0, time.UTC))
			width := h.win.Canvas().Size().Width
			h.main.CaptureCramp()
			if w := topOverlayWidth(h.win); w > width {
				t.Errorf("Log a cramp needs %.0f of %.0f", w, width)
			}
			test.Tap(h.main.lastCap.moreBtn)
			if w := topOverlayWidth(h.win); w > width {
				t.Errorf("the cramp form needs %.0f of %.0f", w, width)
			}
		})
	}
}

func topOverlayWidth(w fyne.Window) float32 {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return 0
	}
	return top.MinSize().Width
}
