package charts

import (
	"image/color"
	"math"
)

// rowFrame is the layout of a horizontal bar chart: a label per row on the
// left, a value axis along the bottom, room after the bars for their labels.
type rowFrame struct {
	c      *canvas
	plot   box
	labels []string
	sc     scale
	tick   func(i int) string
	legend []legendItem
	note   string
	endPx  float64 // text size of the labels after the bars
}

// rowLayout is what a row chart needs room for.
type rowLayout struct {
	labels    []string
	legend    []legendItem
	note      string // a line under the axis, "" for none
	sc        scale
	tick      func(i int) string // the axis label of grid line i
	endLabelW float64            // the widest label drawn after a bar
}

func newRowFrame(c *canvas, l rowLayout) *rowFrame {
	s := c.size
	pad := s.px(padPx)
	f := &rowFrame{c: c, labels: l.labels, sc: l.sc, tick: l.tick, legend: l.legend, note: l.note, endPx: notePx}
	top := pad + c.legendHeight(l.legend, float64(s.W)-2*pad) + s.px(6)
	bottom := float64(s.H) - pad - c.lineHeight(labelPx) - s.px(4)
	if l.note != "" {
		bottom -= c.lineHeight(notePx)
	}
	labelW := 0.0
	for _, t := range l.labels {
		labelW = math.Max(labelW, c.textWidth(t, labelPx))
	}
	// Half the last tick label hangs past the plot's right edge.
	right := math.Max(l.endLabelW+s.px(tickGapPx), c.textWidth(l.tick(l.sc.count), labelPx)/2)
	f.plot = box{pad + labelW + s.px(tickGapPx+4), top, float64(s.W) - pad - right, bottom}
	return f
}

// x is the image column of value v.
func (f *rowFrame) x(v float64) float64 { return f.plot.x0 + v/f.sc.top*f.plot.w() }

// band is the vertical extent of row i.
func (f *rowFrame) band(i int) (y0, y1 float64) {
	h := f.plot.h() / float64(len(f.labels))
	return f.plot.y0 + float64(i)*h, f.plot.y0 + float64(i+1)*h
}

// drawAxes draws the legend, the vertical grid with its labels, the row
// labels and the note.
func (f *rowFrame) drawAxes() {
	c, s := f.c, f.c.size
	pad := s.px(padPx)
	c.drawLegend(f.legend, pad, pad, float64(s.W)-2*pad)
	muted := mix(c.th.Text, c.th.Background, 0.25)
	y := f.plot.y1 + s.px(4) + c.ascent(labelPx) + s.px(2)
	for i := 0; i <= f.sc.count; i++ {
		x := f.x(f.sc.step * float64(i))
		col := c.th.Grid
		if i == 0 {
			col = mix(c.th.Text, c.th.Background, 0.55)
		}
		c.vline(x, f.plot.y0, f.plot.y1, col)
		c.text(f.tick(i), x, y, labelPx, muted, alignCenter)
	}
	for i, t := range f.labels {
		y0, y1 := f.band(i)
		c.text(t, f.plot.x0-s.px(tickGapPx+4), (y0+y1)/2+c.ascent(labelPx)/2, labelPx, c.th.Text, alignRight)
	}
	if f.note != "" {
		c.text(f.note, pad, float64(s.H)-pad, notePx, muted, alignLeft)
	}
}

// bar fills a horizontal bar from v0 to v1 within the part [t0, t1] (0..1) of
// row i's band.
func (f *rowFrame) bar(i int, t0, t1, v0, v1 float64, col color.Color) {
	y0, y1 := f.band(i)
	h := y1 - y0
	f.c.fillBox(f.x(v0), y0+t0*h, f.x(v1), y0+t1*h, col)
}

// endLabel writes text just after value v in the part [t0, t1] of row i.
func (f *rowFrame) endLabel(i int, t0, t1, v float64, text string, col color.Color) {
	y0, y1 := f.band(i)
	mid := y0 + (t0+t1)/2*(y1-y0)
	f.c.text(text, f.x(v)+f.c.size.px(5), mid+f.c.ascent(f.endPx)/2, f.endPx, col, alignLeft)
}

// fitEndLabels shrinks the bar labels so that lines of them, stacked in
// one row, do not overlap when a short window squeezes the rows; they never
// go below minPx.
func (f *rowFrame) fitEndLabels(lines int) {
	const minPx = 7
	rowH := f.plot.h() / float64(len(f.labels)) / f.c.size.Scale
	f.endPx = math.Max(minPx, math.Min(notePx, 0.8*rowH/float64(lines)))
}
