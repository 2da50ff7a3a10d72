package charts

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/vector"
)

// canvas is one chart image being drawn. Text goes through go-chart's
// renderer (Roboto, freetype); shapes are filled directly, which keeps the
// cost linear in the number of bars and points.
type canvas struct {
	img    *image.RGBA
	r      chart.Renderer
	z      *vector.Rasterizer
	origin image.Point // the image pixel at the rasteriser's (0, 0)
	size   Size
	th     Theme
}

// imageSink receives go-chart's image instead of a PNG: the raster renderer
// hands its *image.RGBA to any writer that implements chart.RGBACollector.
type imageSink struct{ img *image.RGBA }

func (s *imageSink) SetRGBA(i *image.RGBA) { s.img = i }
func (s *imageSink) Write(p []byte) (int, error) {
	return 0, fmt.Errorf("charts: PNG bytes were not expected")
}

func newCanvas(s Size, th Theme) (*canvas, error) {
	r, err := chart.PNG(s.W, s.H)
	if err != nil {
		return nil, fmt.Errorf("charts: start renderer: %w", err)
	}
	var sink imageSink
	if err := r.Save(&sink); err != nil || sink.img == nil {
		return nil, fmt.Errorf("charts: reach the renderer's image: %v", err)
	}
	font, err := defaultFont()
	if err != nil {
		return nil, fmt.Errorf("charts: load font: %w", err)
	}
	r.SetFont(font)
	r.SetDPI(fontDPI)
	c := &canvas{img: sink.img, r: r, z: vector.NewRasterizer(1, 1), size: s, th: th}
	c.fillRect(c.img.Rect, th.Background)
	return c, nil
}

// defaultFont parses go-chart's Roboto once. go-chart's own lazy load reads
// its cached font outside its lock, a data race when the UI draws several
// charts at once; going through sync.Once keeps that read on one goroutine.
var defaultFont = sync.OnceValues(chart.GetDefaultFont)

// fontDPI is chosen so go-chart's font size is simply pixels: it scales
// glyphs by size*DPI/64 rather than the usual size*DPI/72.
const fontDPI = 64

// Text sizes in pixels at Scale 1.
const (
	labelPx = 12
	notePx  = 11
)

// fillRect fills r (clipped to the image) with col blended over what is there.
func (c *canvas) fillRect(r image.Rectangle, col color.Color) {
	draw.Draw(c.img, r.Intersect(c.img.Rect), image.NewUniform(col), image.Point{}, draw.Over)
}

// fillBox fills the rectangle between two corners given in fractional pixels,
// snapped to whole pixels so bar edges stay sharp; it is at least one pixel wide.
func (c *canvas) fillBox(x0, y0, x1, y1 float64, col color.Color) {
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	l, r := int(math.Round(x0)), int(math.Round(x1))
	if r <= l {
		r = l + 1
	}
	t, b := int(math.Round(y0)), int(math.Round(y1))
	if b <= t {
		return
	}
	c.fillRect(image.Rect(l, t, r, b), col)
}

// hline draws a horizontal rule one scaled pixel thick.
func (c *canvas) hline(x0, x1, y float64, col color.Color) {
	w := math.Max(1, math.Round(c.size.Scale))
	c.fillBox(x0, y-w/2, x1, y+w/2, col)
}

// vline draws a vertical rule one scaled pixel thick.
func (c *canvas) vline(x, y0, y1 float64, col color.Color) {
	w := math.Max(1, math.Round(c.size.Scale))
	c.fillBox(x-w/2, y0, x+w/2, y1, col)
}

// point is a position in image pixels.
type point struct{ X, Y float64 }

// polyline strokes each run of points as a connected line of the given width.
// Every segment becomes its own small quad in one vector path, so the cost is
// linear in the number of points (one long stroked path through freetype is
// quadratic). A run of one point is drawn as a dot so lone values stay
// visible; dot > 0 puts a dot of that radius on every point, in the same pass.
func (c *canvas) polyline(runs [][]point, width, dot float64, col color.Color) {
	var all []point
	for _, run := range runs {
		all = append(all, run...)
	}
	h := width / 2
	lone := math.Max(dot, width*1.2)
	c.fillPath(all, lone, col, func() {
		for _, run := range runs {
			if len(run) == 1 {
				c.dotPath(run[0], lone)
			}
			for i := 1; i < len(run); i++ {
				c.segmentPath(run[i-1], run[i], h)
			}
			for i := 0; i < len(run) && len(run) > 1; i++ {
				switch {
				case dot > 0:
					c.dotPath(run[i], dot)
				case i > 0 && i+1 < len(run):
					c.dotPath(run[i], h) // round joins hide the notches between quads
				}
			}
		}
	})
}

// fillPath sizes the rasteriser to the box around ps grown by reach, lets
// build add the path, and fills it with col. The rasteriser costs time in
// proportion to its area, so a legend swatch must not pay for the whole image.
func (c *canvas) fillPath(ps []point, reach float64, col color.Color, build func()) {
	if len(ps) == 0 {
		return
	}
	x0, y0, x1, y1 := ps[0].X, ps[0].Y, ps[0].X, ps[0].Y
	for _, p := range ps[1:] {
		x0, x1 = math.Min(x0, p.X), math.Max(x1, p.X)
		y0, y1 = math.Min(y0, p.Y), math.Max(y1, p.Y)
	}
	// vector.Rasterizer.Draw does not clip: the box must lie inside the image.
	// Paths reaching past it are clipped by the rasteriser itself.
	r := image.Rect(int(x0-reach)-1, int(y0-reach)-1, int(x1+reach)+2, int(y1+reach)+2).Intersect(c.img.Rect)
	if r.Empty() {
		return
	}
	c.origin = r.Min
	c.z.Reset(r.Dx(), r.Dy())
	build()
	c.z.Draw(c.img, r, image.NewUniform(col), image.Point{})
}

// segmentPath adds the quad around segment a-b. Quads and dots are all wound
// the same way: the rasteriser sums signed coverage, so opposite windings
// would cancel where they overlap.
func (c *canvas) segmentPath(a, b point, h float64) {
	dx, dy := b.X-a.X, b.Y-a.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	nx, ny := -dy/l*h, dx/l*h
	c.moveTo(a.X+nx, a.Y+ny)
	c.lineTo(b.X+nx, b.Y+ny)
	c.lineTo(b.X-nx, b.Y-ny)
	c.lineTo(a.X-nx, a.Y-ny)
	c.z.ClosePath()
}

// dotPath adds a circle of radius r around p, wound like segmentPath.
func (c *canvas) dotPath(p point, r float64) {
	const n = 12
	for i := 0; i <= n; i++ {
		a := -float64(i) * 2 * math.Pi / n // anticlockwise on screen, like segmentPath's quads
		x, y := p.X+r*math.Cos(a), p.Y+r*math.Sin(a)
		if i == 0 {
			c.moveTo(x, y)
		} else {
			c.lineTo(x, y)
		}
	}
	c.z.ClosePath()
}

// moveTo and lineTo take image coordinates; the rasteriser covers only the
// box fillPath chose, starting at c.origin.
func (c *canvas) moveTo(x, y float64) {
	c.z.MoveTo(f32(x-float64(c.origin.X)), f32(y-float64(c.origin.Y)))
}

func (c *canvas) lineTo(x, y float64) {
	c.z.LineTo(f32(x-float64(c.origin.X)), f32(y-float64(c.origin.Y)))
}

func f32(v float64) float32 { return float32(v) }

// align places text relative to its x position.
type align int

const (
	alignLeft align = iota
	alignCenter
	alignRight
)

// setFont prepares the renderer for text of px pixels (at Scale 1) in col.
func (c *canvas) setFont(px float64, col color.Color) {
	c.r.SetFontSize(c.size.px(px))
	n := color.NRGBAModel.Convert(col).(color.NRGBA)
	c.r.SetFontColor(drawing.Color{R: n.R, G: n.G, B: n.B, A: n.A})
}

// textWidth is the drawn width of s at px pixels.
func (c *canvas) textWidth(s string, px float64) float64 {
	c.r.SetFontSize(c.size.px(px))
	return float64(c.r.MeasureText(s).Width())
}

// text draws s with its baseline at y.
func (c *canvas) text(s string, x, y, px float64, col color.Color, a align) {
	c.setFont(px, col)
	w := float64(c.r.MeasureText(s).Width())
	switch a {
	case alignCenter:
		x -= w / 2
	case alignRight:
		x -= w
	}
	c.r.Text(s, int(math.Round(x)), int(math.Round(y)))
}

// lineHeight is the height of a line of text at px pixels, with its leading.
func (c *canvas) lineHeight(px float64) float64 { return math.Ceil(c.size.px(px) * 1.35) }

// ascent is how far capitals rise above the baseline at px pixels.
func (c *canvas) ascent(px float64) float64 { return c.size.px(px) * 0.72 }
