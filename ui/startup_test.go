package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

// openUnpainted builds the window on a diary with a logged day, as the app
// does, without drawing it.
func openUnpainted(t *testing.T) *Main {
	t.Helper()
	store := storetest.MustOpenDB(t, evening)
	if err := store.SaveDays(bg, &model.Day{Date: "2026-11-20", NightChecked: true}); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	m := New(a, w, store, func() time.Time { return evening })
	m.env.jobs.hold = true
	w.SetContent(m.Content())
	w.Resize(fyne.NewSize(900, 680))
	t.Cleanup(func() { m.env.jobs.settle(); m.Close() })
	return m
}

// TestHistoryWaitsForTheFirstFrame: History's rows are not built before the
// window is first drawn, and are built once it is.
func TestHistoryWaitsForTheFirstFrame(t *testing.T) {
	m := openUnpainted(t)
	if len(m.history.rows) != 0 {
		t.Fatalf("History built %d rows before the first frame", len(m.history.rows))
	}
	if m.today.date != "2026-11-24" {
		t.Fatalf("Today is not filled before the first frame: %q", m.today.date)
	}
	if c, ok := m.tabs.Items[tabHistory].Content.(*fyne.Container); !ok || len(c.Objects) != 0 {
		t.Fatal("the History tab was built before the first frame")
	}
	m.env.win.Canvas().(test.WindowlessCanvas).Capture() // draw a frame
	m.env.jobs.settle()
	if len(m.history.rows) == 0 {
		t.Fatal("History was not built after the first frame")
	}
	m.tabs.SelectIndex(tabHistory)
	if !shows(m.tabs, m.history.list) {
		t.Fatal("the History tab does not show its list after the first frame")
	}
}

// Opening History before the first frame was drawn builds it at once.
func TestHistoryOpenedEarlyIsBuilt(t *testing.T) {
	m := openUnpainted(t)
	m.tabs.SelectIndex(tabHistory)
	if len(m.history.rows) == 0 || !shows(m.tabs, m.history.list) {
		t.Fatal("History opened before the first frame is empty")
	}
}

// shows reports whether o is laid out inside in.
func shows(in, o fyne.CanvasObject) bool {
	for _, x := range test.LaidOutObjects(in) {
		if x == o {
			return true
		}
	}
	return false
}

// Today's lower fields, below the window's first view, are left out of the
// first frame in the room they take, so the form does not change height (nor
// its scroll bar size) when they appear just after.
func TestTodaysLowerFieldsWaitForTheFirstFrameInTheirRoom(t *testing.T) {
	m := openUnpainted(t)
	lower := m.today.form.lower
	if lower.Visible() {
		t.Fatal("the lower fields are drawn in the first frame")
	}
	before := m.today.dayCard.Size()
	if lower.Size().Height < m.today.form.notes.MinSize().Height {
		t.Fatalf("no room kept for the lower fields: %v", lower.Size())
	}
	m.env.win.Canvas().(test.WindowlessCanvas).Capture() // draw a frame
	m.env.jobs.settle()
	if !lower.Visible() {
		t.Fatal("the lower fields are still hidden after the first frame")
	}
	if after := m.today.dayCard.Size(); after != before {
		t.Fatalf("Today's card went from %v to %v when its lower fields appeared", before, after)
	}
	drv := fyne.CurrentApp().Driver()
	top := drv.AbsolutePositionForObject(lower).Y
	if bottom := drv.AbsolutePositionForObject(m.today.scroll).Y + m.today.scroll.Size().Height; top < bottom {
		t.Fatalf("the lower fields start at y=%v, inside the first view (which ends at %v)", top, bottom)
	}
}

// unreadableDays is a diary whose days cannot be read.
type unreadableDays struct{ Store }

func (unreadableDays) Day(context.Context, model.Date) (model.Day, error) {
	return model.Day{}, fmt.Errorf("sqlstore: load day: %w: disk I/O error", model.ErrRead)
}

// New shows nothing on the window, since the app builds the screens on a
// goroutine before the window's loop runs, where a dialog would wait for that
// loop forever; what went wrong is said once the first frame is drawn.
func TestTodaysReadErrorIsShownAfterTheFirstFrame(t *testing.T) {
	store := storetest.MustOpenDB(t, evening)
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	m := New(a, w, unreadableDays{store}, func() time.Time { return evening })
	m.env.jobs.hold = true
	t.Cleanup(func() { m.env.jobs.settle(); m.Close() })
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Fatal("New put a dialog on the window")
	}
	w.SetContent(m.Content())
	w.Resize(fyne.NewSize(900, 680))
	w.Canvas().(test.WindowlessCanvas).Capture() // draw a frame
	m.env.jobs.settle()
	if top := w.Canvas().Overlays().Top(); top == nil || !strings.Contains(texts(top), "could not be read") {
		t.Fatal("the read error was not shown after the first frame")
	}
}

// texts is every text drawn in o, one after another.
func texts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, x := range test.LaidOutObjects(o) {
		if t, ok := x.(*canvas.Text); ok {
			b.WriteString(t.Text + " ")
		}
	}
	return b.String()
}
