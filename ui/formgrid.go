package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// formGrid is one form built row by row, where a text may sit between the
// rows and groups of rows show and hide together. Every label shares one
// column, as in a single widget.Form: separate forms each size their own, so
// their fields start at different places.
type formGrid struct {
	box    *fyne.Container
	layout *formColumns
}

func newFormGrid() *formGrid {
	l := &formColumns{wide: map[fyne.CanvasObject]bool{}}
	return &formGrid{box: container.New(l), layout: l}
}

// row adds field under a bold label, as widget.Form shows one.
func (g *formGrid) row(label string, field fyne.CanvasObject) formRows {
	return g.add(widget.NewLabelWithStyle(label, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}), field)
}

// text adds o in the fields' column, with no label.
func (g *formGrid) text(o fyne.CanvasObject) formRows { return g.add(layout.NewSpacer(), o) }

// wideText adds o across the labels' and the fields' columns.
func (g *formGrid) wideText(o fyne.CanvasObject) formRows {
	g.layout.wide[o] = true
	return g.text(o)
}

func (g *formGrid) add(label, field fyne.CanvasObject) formRows {
	g.box.Add(label)
	g.box.Add(field)
	return formRows{label, field}
}

// formRows are cells of a formGrid shown and hidden together.
type formRows []fyne.CanvasObject

func (r formRows) Show() {
	for _, o := range r {
		o.Show()
	}
}

func (r formRows) Hide() {
	for _, o := range r {
		o.Hide()
	}
}

// formColumns lays its objects out in pairs, label and field, a row each; a
// hidden field hides its row, and a wide one spans both columns. The label
// column, and the form, are as wide as the rows need whether they show or
// not, so neither moves nor resizes its dialog when rows come and go.
type formColumns struct {
	wide map[fyne.CanvasObject]bool
}

func (c *formColumns) labelWidth(objects []fyne.CanvasObject) float32 {
	var w float32
	for i := 0; i+1 < len(objects); i += 2 {
		if !c.wide[objects[i+1]] {
			w = fyne.Max(w, objects[i].MinSize().Width)
		}
	}
	return w
}

func rowHeight(label, field fyne.CanvasObject) float32 {
	return fyne.Max(label.MinSize().Height, field.MinSize().Height)
}

func (c *formColumns) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	labelW := c.labelWidth(objects)
	var w, h float32
	rows := 0
	for i := 0; i+1 < len(objects); i += 2 {
		field := objects[i+1]
		if c.wide[field] {
			w = fyne.Max(w, field.MinSize().Width)
		} else {
			w = fyne.Max(w, labelW+pad+field.MinSize().Width)
		}
		if !field.Visible() {
			continue
		}
		h += rowHeight(objects[i], field)
		rows++
	}
	if rows > 1 {
		h += float32(rows-1) * pad
	}
	return fyne.NewSize(w, h)
}

func (c *formColumns) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	labelW := c.labelWidth(objects)
	fieldW := size.Width - labelW - pad
	var y float32
	for i := 0; i+1 < len(objects); i += 2 {
		label, field := objects[i], objects[i+1]
		if !field.Visible() {
			continue
		}
		h := rowHeight(label, field)
		label.Move(fyne.NewPos(0, y))
		label.Resize(fyne.NewSize(labelW, h))
		if c.wide[field] {
			field.Move(fyne.NewPos(0, y))
			field.Resize(fyne.NewSize(size.Width, h))
		} else {
			field.Move(fyne.NewPos(labelW+pad, y))
			field.Resize(fyne.NewSize(fieldW, h))
		}
		y += h + pad
	}
}
