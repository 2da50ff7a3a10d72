package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

var bg = context.Background()

// evening is 21:00 on Tuesday 24 November 2026, when the routine happens.
var evening = time.Date(2026, 11, 24, 21, 0, 0, 0, time.UTC)

type harness struct {
	t     *testing.T
	store *sqlstore.DB
	win   fyne.Window
	main  *Main
	now   time.Time
}

// newHarness opens a real diary file and a headless window at the given time.
func newHarness(t *testing.T, now time.Time) *harness {
	t.Helper()
	h := &harness{t: t, now: now}
	h.store = storetest.MustOpenDBClock(t, func() time.Time { return h.now })
	h.reopen()
	return h
}

// reopen builds a fresh window on the same diary, as a restart would.
func (h *harness) reopen() {
	h.t.Helper()
	a := test.NewTempApp(h.t)
	if err := LoadTranslations(); err != nil {
		h.t.Fatal(err)
	}
	h.win = test.NewTempWindow(h.t, nil)
	h.main = New(a, h.win, h.store, func() time.Time { return h.now })
	h.main.env.draftDelay = 0 // keep drafts at every change, so tests need no timers
	// Results of background work wait for settle, which runs them on the test goroutine.
	h.main.env.jobs.hold = true
	h.win.SetContent(h.main.Content())
	h.main.AddShortcuts()
	h.main.afterFirstFrame() // as the first frame would; startup_test.go checks the real wait
	h.win.Resize(fyne.NewSize(900, 680))
	// Charts draw on goroutines: let them finish before the diary closes.
	m := h.main
	h.t.Cleanup(func() { m.env.jobs.settle(); m.Close() })
}

func (h *harness) day(d model.Date) model.Day {
	h.t.Helper()
	day, err := h.store.Day(bg, d)
	if err != nil {
		h.t.Fatalf("day %s: %v", d, err)
	}
	return day
}

func (h *harness) cramps() []model.Cramp {
	h.t.Helper()
	cs, err := h.store.Cramps(bg, model.FirstDate, model.LastDate)
	if err != nil {
		h.t.Fatal(err)
	}
	return cs
}

func (h *harness) saveDay(d model.Day) {
	h.t.Helper()
	if err := h.store.SaveDay(bg, &d); err != nil {
		h.t.Fatal(err)
	}
}

// shortcut presses a Ctrl+key shortcut on the window.
func (h *harness) shortcut(k fyne.KeyName) {
	for _, menu := range h.win.MainMenu().Items {
		for _, it := range menu.Items {
			if s, ok := it.Shortcut.(interface{ Key() fyne.KeyName }); ok && s.Key() == k {
				h.win.Canvas().(fyne.Shortcutable).TypedShortcut(it.Shortcut)
				return
			}
		}
	}
	h.t.Fatalf("no menu item has the shortcut %s", k)
}

// overlayText is every label's text in the dialog on top, to read messages.
func (h *harness) overlayText() string {
	top := h.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var parts []string
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			parts = append(parts, l.Text)
		}
	}
	return strings.Join(parts, "\n")
}

func ptr[T any](v T) *T { return &v }

// tapDialogButton taps the button labelled text in the dialog on top.
func (h *harness) tapDialogButton(text string) {
	h.t.Helper()
	top := h.win.Canvas().Overlays().Top()
	if top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if b, ok := o.(*widget.Button); ok && b.Text == text {
				test.Tap(b)
				return
			}
		}
	}
	h.t.Fatalf("no %q button on top", text)
}

// dialogButtons lists the labels of the buttons in the dialog on top, in order.
func (h *harness) dialogButtons() []string {
	top := h.win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	var labels []string
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text != "" {
			labels = append(labels, b.Text)
		}
	}
	return labels
}
