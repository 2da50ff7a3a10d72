package ui

import (
	"image"

	"fyne.io/fyne/v2"
)

// The window comes up with Today alone: History (3,650 rows on ten years of
// diary), Charts and Insights are built once the first frame is on screen,
// and Today's fields below its first view are drawn from the next frame on
// (docs/performance.md).

// markFirstFrame draws the frame mark, a transparent dot under the notice.
// Fyne draws a raster only when it paints the window, so its first drawing
// says the window is on screen: the work that can wait starts then, and the
// window comes up sooner.
func (m *Main) markFirstFrame(_, _ int) image.Image {
	m.painted.Do(func() {
		// Through the jobs, so the work waits its turn on the UI thread (and,
		// in tests, for settle) instead of running inside this paint.
		m.env.jobs.run(func() func() { return m.afterFirstFrame })
	})
	return image.NewNRGBA(image.Rect(0, 0, 1, 1))
}

// afterFirstFrame says what went wrong while New filled Today, and builds the
// other tabs and History's rows, unless opening a tab or a save did already.
func (m *Main) afterFirstFrame() {
	if err := m.loadErr; err != nil {
		m.loadErr = nil
		m.env.showError(err)
	}
	m.today.showBelowTheFold()
	m.buildTabs()
	if m.historyLoaded {
		return
	}
	if err := m.loadHistory(); err != nil {
		m.env.showError(err)
	}
}

// buildTabs puts History, Charts and Insights in their tabs. Until then the
// tabs are empty, and laying out the first frame measures Today alone.
func (m *Main) buildTabs() {
	if m.tabsBuilt {
		return
	}
	m.tabsBuilt = true
	m.tabs.Items[tabHistory].Content = m.history.content()
	m.tabs.Items[tabCharts].Content = m.charts.content()
	m.tabs.Items[tabInsights].Content = m.insights.content()
	m.tabs.Refresh()
}

func (m *Main) loadHistory() error {
	if err := m.history.load(); err != nil {
		return err
	}
	m.historyLoaded = true
	return nil
}

// keepRoom lays out its one object, and keeps its room, even while it is
// hidden: Today's lower fields wait for the first frame without the form
// changing height (and its scroll bar size) when they appear.
type keepRoom struct{}

func (keepRoom) MinSize(objects []fyne.CanvasObject) fyne.Size { return objects[0].MinSize() }

func (keepRoom) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(size)
}
