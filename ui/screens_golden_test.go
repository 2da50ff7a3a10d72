package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model/demo"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// Goldens of the screens beyond Today and Settings, drawn on a demo diary
// that ends on the harness's fixed day, so they change only when the layout
// (or the demo) does. See assertLooks for how to update them.

// screenLooks are the looks these screens are drawn in: both colours at 100%,
// and at 150% the light one alone, as the markup of the light one already
// holds where everything is, and keeps the goldens small.
var screenLooks = []look{
	{percent: 100, colours: themeLight}, {percent: 100, colours: themeDark}, {percent: 150, colours: themeLight},
}

// openIn builds a fresh window on h's diary that opens in look l, as the
// app does after a restart with l saved. Switching the look on an open window
// is Settings' business (settings_look_test.go); these goldens are the screens
// as they are made.
func openIn(h *harness, l look) {
	h.t.Helper()
	a := test.NewTempApp(h.t)
	l.save(a.Preferences())
	if err := LoadTranslations(); err != nil {
		h.t.Fatal(err)
	}
	h.win = test.NewTempWindow(h.t, nil)
	h.main = New(a, h.win, h.store, func() time.Time { return h.now })
	h.main.env.draftDelay = 0
	h.main.env.jobs.hold = true
	h.win.SetContent(h.main.Content())
	h.main.AddShortcuts()
	h.win.Resize(fyne.NewSize(900, 680))
	m := h.main
	h.t.Cleanup(func() { m.env.jobs.settle(); m.Close() })
}

// demoIn is a harness on a demo diary of days days ending today, opened in l.
func demoIn(t *testing.T, days int, l look) *harness {
	t.Helper()
	h := newHarness(t, evening)
	if err := demo.Fill(bg, h.store, days, "2026-11-24", 1); err != nil {
		t.Fatal(err)
	}
	openIn(h, l)
	return h
}

func TestHistoryLooks(t *testing.T) {
	for _, l := range screenLooks {
		h := demoIn(t, 60, l)
		h.shortcut("2")
		assertLooks(t, "history_list", l, h.win.Canvas())
		// Gone to a day: it is marked, with the cramp nights just before it.
		h.main.history.goTo("2026-11-10")
		assertLooks(t, "history_goto", l, h.win.Canvas())
		h.main.history.view.SetSelected("Calendar")
		assertLooks(t, "history_calendar", l, h.win.Canvas())
	}
}

// Insights with the chart drawn, then with Details ticked, scrolled to the
// numbers.
func TestInsightsLooks(t *testing.T) {
	for _, l := range screenLooks {
		h := demoIn(t, 365, l)
		h.shortcut("4")
		tab := h.main.insights
		tab.env.jobs.settle()
		assertLooks(t, "insights", l, h.win.Canvas())
		test.Tap(tab.details)
		scroll := h.main.tabs.Items[tabInsights].Content.(*container.Scroll)
		// The test canvas lays the scroll out again only when asked; until
		// then it is as long as it was before the chart grew, and will not move.
		scroll.Refresh()
		scroll.ScrollToOffset(fyne.NewPos(0, tab.details.Position().Y))
		assertLooks(t, "insights_details", l, h.win.Canvas())
	}
}

// Each dialog opens on a window in the look, so its size is the one that look
// gives it.

func TestPlannerLooks(t *testing.T) {
	for _, l := range screenLooks {
		h := newHarness(t, evening)
		openIn(h, l)
		h.main.OpenPlanner(experiment.TemplateBedtimeStretch)
		assertLooks(t, "planner", l, h.win.Canvas())
	}
}

func TestCaptureLooks(t *testing.T) {
	night := time.Date(2026, 11, 25, 2, 40, 0, 0, time.UTC)
	for _, l := range screenLooks {
		h := newHarness(t, night)
		openIn(h, l)
		h.main.CaptureCramp()
		assertLooks(t, "capture", l, h.win.Canvas())
		test.Tap(h.main.lastCap.moreBtn)
		assertLooks(t, "capture_details", l, h.win.Canvas())
	}
}
