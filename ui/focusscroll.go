package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
)

// newVScroll scrolls content up and down, keeping it clear of the scroll
// bar, which Fyne draws over the content's right edge: a button there would
// be cut by it.
func newVScroll(content fyne.CanvasObject) *container.Scroll {
	return container.NewVScroll(container.New(layout.NewCustomPaddedLayout(0, 0, 0, theme.ScrollBarSize()), content))
}

// focusFollower keeps the focused field of a scrolled screen in view. Fyne
// moves the focus on Tab without scrolling to it, and has no event for a
// focus change: check looks at the window's focus, and Main.WatchDay calls
// it several times a second.
type focusFollower struct {
	drv     fyne.Driver
	canvas  fyne.Canvas
	scrolls []*container.Scroll // the window's
	dialog  *container.Scroll   // the open dialog's, if it scrolls
	last    fyne.Focusable
}

// check scrolls to the focused object when the focus moved since last time.
func (f *focusFollower) check() {
	focused := f.canvas.Focused()
	if focused == f.last {
		return
	}
	f.last = focused
	obj, ok := focused.(fyne.CanvasObject)
	if !ok {
		return
	}
	scrolls := f.scrolls
	if f.canvas.Overlays().Top() != nil { // a dialog has the focus
		scrolls = []*container.Scroll{f.dialog}
	}
	for _, s := range scrolls {
		if s == nil {
			return
		}
		if scrollIntoView(f.drv, s, obj) {
			return
		}
	}
}

// scrollIntoView scrolls s so that obj is inside its visible part, and
// reports whether obj is in s at all. An object taller than s shows its top.
func scrollIntoView(drv fyne.Driver, s *container.Scroll, obj fyne.CanvasObject) bool {
	if !movesWith(drv, s.Content, obj) {
		return false
	}
	pad := theme.Padding()
	top := drv.AbsolutePositionForObject(obj).Y - drv.AbsolutePositionForObject(s).Y
	bottom, height := top+obj.Size().Height, s.Size().Height
	off := s.Offset
	switch {
	case top < 0:
		off.Y += top - pad
	case bottom > height:
		off.Y += min(bottom-height+pad, top-pad)
	default:
		return true
	}
	s.ScrollToOffset(off) // Fyne keeps the offset within the content
	return true
}

// movesWith reports whether obj lies inside content. Fyne keeps no links to
// parents, but what is inside moves when content moves.
func movesWith(drv fyne.Driver, content, obj fyne.CanvasObject) bool {
	before := drv.AbsolutePositionForObject(obj)
	at := content.Position()
	content.Move(at.AddXY(0, 1))
	moved := drv.AbsolutePositionForObject(obj) != before
	content.Move(at)
	return moved
}
