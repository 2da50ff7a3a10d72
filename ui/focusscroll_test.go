package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// inView reports where obj is against the visible part of Today's scroll.
func inView(h *harness, obj fyne.CanvasObject) (inside bool, top, bottom float32) {
	return inViewOf(h, h.main.today.scroll, obj)
}

func inViewOf(h *harness, s *container.Scroll, obj fyne.CanvasObject) (inside bool, top, bottom float32) {
	drv := h.main.app.Driver()
	top = drv.AbsolutePositionForObject(obj).Y - drv.AbsolutePositionForObject(s).Y
	bottom = top + obj.Size().Height
	return top >= 0 && bottom <= s.Size().Height, top, bottom
}

func TestTabScrollsTheFocusedFieldIntoView(t *testing.T) {
	h := newHarness(t, evening)
	h.win.Resize(fyne.NewSize(900, 480))
	c, s := h.win.Canvas(), h.main.today.scroll
	if s.Content.MinSize().Height <= s.Size().Height {
		t.Fatalf("Today fits in %v: nothing to scroll", s.Size())
	}
	c.Focus(h.main.today.night.start)
	h.main.focus.check()

	scrolled := false
	for range 60 { // Tab through the whole form, down to the buttons under it
		before := s.Offset
		test.FocusNext(c)
		h.main.focus.check()
		obj := c.Focused().(fyne.CanvasObject)
		if !movesWith(h.main.app.Driver(), s.Content, obj) {
			if s.Offset != before {
				t.Fatalf("focus on %T outside the form scrolled the form", obj)
			}
			continue
		}
		scrolled = scrolled || s.Offset.Y > before.Y
		if ok, top, bottom := inView(h, obj); !ok {
			t.Fatalf("Tab to %T left it at %v–%v, outside 0–%v (offset %v)", obj, top, bottom, s.Size().Height, s.Offset)
		}
		if obj == h.main.today.form.notes {
			break
		}
	}
	if !scrolled || c.Focused() != h.main.today.form.notes {
		t.Fatalf("Tab never scrolled down, or never reached Notes (offset %v)", s.Offset)
	}

	// Shift+Tab back up to the first field scrolls back.
	atNotes := s.Offset
	for c.Focused() != h.main.today.night.start {
		test.FocusPrevious(c)
		h.main.focus.check()
	}
	if ok, top, _ := inView(h, h.main.today.night.start); !ok || s.Offset.Y >= atNotes.Y {
		t.Fatalf("Shift+Tab back to Fell asleep: at %v, offset %v (at Notes %v)", top, s.Offset, atNotes)
	}
}

// A focused field already in view does not move the form under the pointer.
func TestFocusInViewDoesNotScroll(t *testing.T) {
	h := newHarness(t, evening)
	h.win.Resize(fyne.NewSize(900, 480))
	h.win.Canvas().Focus(h.main.today.night.end)
	h.main.focus.check()
	if off := h.main.today.scroll.Offset; off.Y != 0 {
		t.Fatalf("focusing a visible field scrolled to %v", off)
	}
}

// The same form opened from History, in a dialog, follows Tab too.
func TestTabScrollsTheDayEditor(t *testing.T) {
	h := newHarness(t, evening)
	h.win.Resize(fyne.NewSize(900, 480))
	h.main.openDay("2026-11-20")
	ed := h.main.editor
	c, s := h.win.Canvas(), ed.scroll
	c.Focus(ed.night.start)
	h.main.focus.check()
	for c.Focused() != ed.form.notes {
		test.FocusNext(c)
		h.main.focus.check()
		obj := c.Focused().(fyne.CanvasObject)
		if movesWith(h.main.app.Driver(), s.Content, obj) {
			if ok, top, bottom := inViewOf(h, s, obj); !ok {
				t.Fatalf("Tab to %T left it at %v–%v, outside 0–%v", obj, top, bottom, s.Size().Height)
			}
		}
	}
	if s.Offset.Y == 0 {
		t.Fatal("reaching Notes never scrolled the day editor")
	}
	test.Tap(ed.dlg.cancelBtn)
	if h.main.focus.dialog != nil {
		t.Fatal("the closed editor's scroll is still followed")
	}
}
