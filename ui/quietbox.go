package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// quietBox holds a card's content. A card refreshes all of its content
// whenever its title changes, and Today's cards hold the whole form: each of
// their fields refreshes itself when it changes, so the box passes no refresh
// down. A change of theme still reaches every field, since Fyne walks the
// whole tree for it.
type quietBox struct {
	widget.BaseWidget
	content fyne.CanvasObject
}

func newQuietBox(content fyne.CanvasObject) *quietBox {
	q := &quietBox{content: content}
	q.ExtendBaseWidget(q)
	return q
}

// Refresh redraws the box alone.
func (q *quietBox) Refresh() { canvas.Refresh(q) }

func (q *quietBox) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(q.content)
}
