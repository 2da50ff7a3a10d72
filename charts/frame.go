package charts

import (
	"image/color"
	"math"
)

// box is a rectangle in fractional pixels.
type box struct{ x0, y0, x1, y1 float64 }

func (b box) w() float64 { return b.x1 - b.x0 }
func (b box) h() float64 { return b.y1 - b.y0 }

// timeAxes describes what a time chart needs room for.
type timeAxes struct {
	leftMax     float64 // the largest bar
	leftInteger bool    // bars count whole nights or cramps
	rightMax    float64 // the largest line value; 0 leaves the right axis out
	legend      []legendItem
	strips      int // rows of marks between the legend and the plot
}

// timeFrame is the layout of a chart over a range of nights: bars on the left
// axis, lines on a right axis that shares the left one's grid lines.
type timeFrame struct {
	c         *canvas
	plot      box
	nights    int
	left      scale
	right     scale
	hasRight  bool
	legendTop float64
	stripTop  float64
	ax        timeAxes
}

// Layout lengths at Scale 1, in pixels.
const (
	padPx      = 10
	tickGapPx  = 6
	gridStepPx = 44 // the usual height between value grid lines
	minGridPx  = 22 // the least height between value grid lines
	stripPx    = 9
)

func newTimeFrame(c *canvas, nights int, ax timeAxes) *timeFrame {
	s := c.size
	pad := s.px(padPx)
	f := &timeFrame{c: c, nights: nights, ax: ax, hasRight: ax.rightMax > 0, legendTop: pad}
	top := pad + c.legendHeight(ax.legend, float64(s.W)-2*pad) + s.px(4)
	f.stripTop = top
	top += float64(ax.strips) * s.px(stripPx+3)
	if ax.strips > 0 {
		top += s.px(3)
	}
	bottom := float64(s.H) - pad - c.lineHeight(labelPx) - s.px(2)
	want := int((bottom - top) / s.px(gridStepPx))
	most := int((bottom - top) / s.px(minGridPx))
	f.left, f.right = pairedScales(ax.leftMax, ax.rightMax, want, most, ax.leftInteger)
	x0 := pad + f.labelWidth(f.left) + s.px(tickGapPx)
	x1 := float64(s.W) - pad
	if f.hasRight {
		x1 -= f.labelWidth(f.right) + s.px(tickGapPx)
	}
	f.plot = box{x0, top, x1, bottom}
	return f
}

// labelWidth is the width of the widest tick label of sc.
func (f *timeFrame) labelWidth(sc scale) float64 {
	w := 0.0
	for i := 0; i <= sc.count; i++ {
		w = math.Max(w, f.c.textWidth(sc.label(i), labelPx))
	}
	return w
}

// x is the image column of a position counted in nights from the start.
func (f *timeFrame) x(night float64) float64 {
	return f.plot.x0 + night*f.plot.w()/float64(f.nights)
}

func (f *timeFrame) yLeft(v float64) float64  { return f.plot.y1 - v/f.left.top*f.plot.h() }
func (f *timeFrame) yRight(v float64) float64 { return f.plot.y1 - v/f.right.top*f.plot.h() }

// drawAxes draws the legend, the grid, the value labels on both sides and the
// date labels under the plot.
func (f *timeFrame) drawAxes(n Nights, u unit) {
	c, s := f.c, f.c.size
	c.drawLegend(f.ax.legend, s.px(padPx), f.legendTop, float64(s.W)-2*s.px(padPx))
	muted := mix(c.th.Text, c.th.Background, 0.25)
	half := c.ascent(labelPx) / 2
	for i := 0; i <= f.left.count; i++ {
		y := f.yLeft(f.left.step * float64(i))
		if i > 0 {
			c.hline(f.plot.x0, f.plot.x1, y, c.th.Grid)
		}
		c.text(f.left.label(i), f.plot.x0-s.px(tickGapPx), y+half, labelPx, muted, alignRight)
		if f.hasRight {
			c.text(f.right.label(i), f.plot.x1+s.px(tickGapPx), y+half, labelPx, muted, alignLeft)
		}
	}
	c.hline(f.plot.x0, f.plot.x1, f.plot.y1, mix(c.th.Text, c.th.Background, 0.55))
	f.drawDates(n, u, muted)
}

// drawDates writes the date labels, kept inside the image at both ends.
func (f *timeFrame) drawDates(n Nights, u unit, col color.Color) {
	c, s := f.c, f.c.size
	y := f.plot.y1 + s.px(4) + c.ascent(labelPx) + s.px(2)
	tick := s.px(4)
	for _, l := range f.dateLabels(n, u) {
		c.vline(f.x(l.mark), f.plot.y1, f.plot.y1+tick, col)
		if l.shown {
			c.text(l.label, (l.x0+l.x1)/2, y, labelPx, col, alignCenter)
		}
	}
}

// placedTick is a date label where it lands under the plot: x0..x1 is its
// text, and shown false when it would cover its neighbour.
type placedTick struct {
	xtick
	x0, x1 float64
	shown  bool
}

// dateLabels places the date labels under the plot, kept inside the image at
// both ends; a label pushed inside that would cover its neighbour is not shown.
func (f *timeFrame) dateLabels(n Nights, u unit) []placedTick {
	c, s := f.c, f.c.size
	width := func(l string) float64 { return c.textWidth(l, labelPx) }
	ticks := dateTicks(n.From.Time(), f.nights, f.plot.w()/float64(f.nights), s.px(12), u, width, c.th.tr)
	gap := s.px(6)
	lastRight := math.Inf(-1)
	out := make([]placedTick, 0, len(ticks))
	for _, t := range ticks {
		x, w := f.x(t.pos), width(t.label)
		x = math.Min(math.Max(x, w/2+s.px(2)), float64(s.W)-w/2-s.px(2))
		p := placedTick{xtick: t, x0: x - w/2, x1: x + w/2}
		if p.shown = p.x0 >= lastRight+gap; p.shown {
			lastRight = p.x1
		}
		out = append(out, p)
	}
	return out
}

// shadeGaps greys the spans with no logged night, so a gap reads as "not
// logged" rather than as a night without cramps.
func (f *timeFrame) shadeGaps(bs []bucket, col color.Color) {
	for i := 0; i < len(bs); i++ {
		if bs[i].Logged > 0 {
			continue
		}
		j := i
		for j+1 < len(bs) && bs[j+1].Logged == 0 {
			j++
		}
		f.c.fillBox(f.x(float64(bs[i].Start)), f.plot.y0, f.x(float64(bs[j].End)), f.plot.y1, col)
		i = j
	}
}

// bars draws one bar per bucket on the left axis, frac of the bucket wide;
// a bucket without a value (a gap) gets none.
func (f *timeFrame) bars(bs []bucket, value func(bucket) (float64, bool), frac float64, col color.Color) {
	for _, b := range bs {
		v, ok := value(b)
		if !ok || v <= 0 {
			continue
		}
		x0, x1 := f.barSpan(b, frac)
		f.c.fillBox(x0, f.yLeft(v), x1, f.plot.y1, col)
	}
}

// barSpan is the left and right edge of b's bar, frac of the bucket wide and centred.
func (f *timeFrame) barSpan(b bucket, frac float64) (x0, x1 float64) {
	x0, x1 = f.x(float64(b.Start)), f.x(float64(b.End))
	inset := (x1 - x0) * (1 - frac) / 2
	return x0 + inset, x1 - inset
}

// frames outlines a bar per bucket on the left axis, for a bound that the
// solid bars stay under.
func (f *timeFrame) frames(bs []bucket, value func(bucket) (float64, bool), frac float64, col color.Color) {
	for _, b := range bs {
		v, ok := value(b)
		if !ok || v <= 0 {
			continue
		}
		x0, x1 := f.barSpan(b, frac)
		f.c.outline(math.Round(x0), math.Round(f.yLeft(v)), math.Round(x1), f.plot.y1, col)
	}
}

// line draws value on the right axis through the bucket centres, broken
// wherever a bucket has no value; with room to spare each point gets a dot.
func (f *timeFrame) line(bs []bucket, value func(bucket) (float64, bool), col color.Color) {
	spacing := f.bucketWidth(bs)
	width := f.c.size.px(lineW)
	if spacing < f.c.size.px(4) {
		width *= 0.6 // hundreds of points: a thick line would merge into a band
	}
	dot := 0.0
	if spacing >= f.c.size.px(14) {
		dot = f.c.size.px(3)
	}
	f.c.polyline(f.lineRuns(bs, value), width, dot, col)
}

// lineRuns splits the points of a line into runs of buckets that have a
// value: a gap ends a run instead of dropping the line to zero.
func (f *timeFrame) lineRuns(bs []bucket, value func(bucket) (float64, bool)) [][]point {
	var runs [][]point
	open := false
	for _, b := range bs {
		v, ok := value(b)
		if !ok {
			open = false
			continue
		}
		if !open {
			runs = append(runs, nil)
			open = true
		}
		p := point{f.x(float64(b.Start+b.End) / 2), f.yRight(math.Min(v, f.right.top))}
		runs[len(runs)-1] = append(runs[len(runs)-1], p)
	}
	return runs
}

// bucketWidth is the mean width of a bucket in pixels.
func (f *timeFrame) bucketWidth(bs []bucket) float64 {
	if len(bs) == 0 {
		return 0
	}
	return f.plot.w() / float64(len(bs))
}

// marks fills row of the strip above the plot for every bucket with an
// exposure; a week or month is shaded by the share of its days that had it.
func (f *timeFrame) marks(bs []bucket, row int, count func(bucket) int, col color.Color) {
	s := f.c.size
	y0 := f.stripTop + float64(row)*s.px(stripPx+3)
	y1 := y0 + s.px(stripPx)
	f.c.fillBox(f.plot.x0, y0, f.plot.x1, y1, mix(f.c.th.Grid, f.c.th.Background, 0.6))
	for _, b := range bs {
		share := b.share(count(b))
		if share <= 0 {
			continue
		}
		x0, x1 := f.x(float64(b.Start)), f.x(float64(b.End))
		inset := (x1 - x0) * 0.1
		f.c.fillBox(x0+inset, y0, x1-inset, y1, mix(f.c.th.Background, col, 0.25+0.75*share))
	}
}
