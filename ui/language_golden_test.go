package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model/demo"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// The screens in Russian and German, so a translation that runs out of its
// box is seen in review like a layout change. One light image per screen at
// 100% text: TestScreensFitTheWindowInEveryLanguage checks 150% by size.
func TestScreensLookInEveryLanguage(t *testing.T) {
	for _, code := range []string{"ru", "de"} {
		t.Run(code, func(t *testing.T) {
			inLanguage(t, code)
			h := newHarness(t, evening)
			if err := demo.Fill(bg, h.store, 120, "2026-11-24", 1); err != nil {
				t.Fatal(err)
			}
			openIn(h, look{percent: 100, colours: themeLight})
			shot := func(screen string) {
				t.Helper()
				h.main.env.jobs.settle()
				test.AssertRendersToImage(t, fmt.Sprintf("%s_%s.png", screen, code), h.win.Canvas())
			}
			for tab, screen := range []string{"today", "history", "charts", "insights"} {
				h.main.tabs.SelectIndex(tab)
				shot(screen)
			}
			h.main.OpenPlanner(experiment.TemplateBedtimeStretch)
			shot("planner")
		})
	}
}
