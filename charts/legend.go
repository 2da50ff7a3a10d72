package charts

import "image/color"

// swatch is how a legend entry shows its series.
type swatch int

const (
	swatchBar   swatch = iota // a filled square, for bars
	swatchLine                // a short thick line, for lines
	swatchShade               // a pale square, for shaded spans
	swatchFrame               // an empty square, for outlined bars
)

type legendItem struct {
	label string
	kind  swatch
	col   color.Color
}

// legendRows wraps items into rows no wider than maxW.
func (c *canvas) legendRows(items []legendItem, maxW float64) [][]legendItem {
	var rows [][]legendItem
	x := 0.0
	for _, it := range items {
		w := c.legendItemWidth(it)
		if len(rows) == 0 || (x+w > maxW && x > 0) {
			rows = append(rows, nil)
			x = 0
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], it)
		x += w
	}
	return rows
}

func (c *canvas) legendItemWidth(it legendItem) float64 {
	return c.size.px(swatchW+6+legendGap) + c.textWidth(it.label, labelPx)
}

// Legend geometry at Scale 1, in pixels.
const (
	swatchW   = 16
	legendGap = 18
)

// legendHeight is the height the legend takes when wrapped to maxW.
func (c *canvas) legendHeight(items []legendItem, maxW float64) float64 {
	return float64(len(c.legendRows(items, maxW))) * c.lineHeight(labelPx)
}

// drawLegend draws items from (x, top), wrapped to maxW, and returns its height.
func (c *canvas) drawLegend(items []legendItem, x, top, maxW float64) float64 {
	lh := c.lineHeight(labelPx)
	for r, row := range c.legendRows(items, maxW) {
		cx := x
		base := top + float64(r)*lh + (lh+c.ascent(labelPx))/2
		for _, it := range row {
			c.drawSwatch(it, cx, base-c.ascent(labelPx)/2)
			c.text(it.label, cx+c.size.px(swatchW+6), base, labelPx, c.th.Text, alignLeft)
			cx += c.legendItemWidth(it)
		}
	}
	return float64(len(c.legendRows(items, maxW))) * lh
}

// drawSwatch draws an entry's sample centred vertically on y.
func (c *canvas) drawSwatch(it legendItem, x, y float64) {
	w := c.size.px(swatchW)
	switch it.kind {
	case swatchLine:
		c.polyline([][]point{{{x, y}, {x + w, y}}}, c.size.px(lineW), 0, it.col)
	default:
		h := c.size.px(10)
		x0 := x + (w-h)/2
		switch it.kind {
		case swatchFrame:
			c.outline(x0, y-h/2, x0+h, y+h/2, it.col)
		case swatchShade:
			c.fillBox(x0, y-h/2, x0+h, y+h/2, it.col)
			c.outline(x0, y-h/2, x0+h, y+h/2, c.th.Grid)
		default:
			c.fillBox(x0, y-h/2, x0+h, y+h/2, it.col)
		}
	}
}

// outline draws a one-pixel frame, so a pale swatch shows on any background.
func (c *canvas) outline(x0, y0, x1, y1 float64, col color.Color) {
	c.hline(x0, x1, y0, col)
	c.hline(x0, x1, y1, col)
	c.vline(x0, y0, y1, col)
	c.vline(x1, y0, y1, col)
}

// lineW is the stroke width of chart lines at Scale 1.
const lineW = 2
