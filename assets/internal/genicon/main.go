//go:build ignore

// Genicon draws assets/icon.png: a crescent moon and stars over a lower leg in
// profile, on a night-blue tile. It is run by hand (go run
// assets/internal/genicon/main.go) and kept out of the build by its tag, so the
// committed PNG is the source of truth and the build needs no drawing code.
// packaging/icons/scalable/io.github.crampdiary.svg is the same drawing written
// by hand as SVG: a change here needs the same change there.
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const (
	size = 512
	ss   = 4 // supersamples per axis, for smooth edges without a graphics library
)

type vec struct{ x, y float64 }

func (a vec) sub(b vec) vec        { return vec{a.x - b.x, a.y - b.y} }
func (a vec) dot(b vec) float64    { return a.x*b.x + a.y*b.y }
func (a vec) len() float64         { return math.Hypot(a.x, a.y) }
func lerp(a, b, t float64) float64 { return a + (b-a)*t }

// shape answers whether a point lies inside it.
type shape func(p vec) bool

func circle(c vec, r float64) shape {
	return func(p vec) bool { return p.sub(c).len() <= r }
}

func ellipse(c vec, rx, ry, angle float64) shape {
	s, co := math.Sincos(angle)
	return func(p vec) bool {
		d := p.sub(c)
		x := d.x*co + d.y*s
		y := -d.x*s + d.y*co
		return (x*x)/(rx*rx)+(y*y)/(ry*ry) <= 1
	}
}

func roundRect(x0, y0, x1, y1, r float64) shape {
	return func(p vec) bool {
		dx := math.Max(math.Max(x0+r-p.x, p.x-(x1-r)), 0)
		dy := math.Max(math.Max(y0+r-p.y, p.y-(y1-r)), 0)
		return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1 && dx*dx+dy*dy <= r*r
	}
}

func union(parts ...shape) shape {
	return func(p vec) bool {
		for _, s := range parts {
			if s(p) {
				return true
			}
		}
		return false
	}
}

func minus(a, b shape) shape { return func(p vec) bool { return a(p) && !b(p) } }

// sparkle is a four-pointed star, the classic "night" glyph.
func sparkle(c vec, r float64) shape {
	return func(p vec) bool {
		d := p.sub(c)
		ax, ay := math.Abs(d.x)/r, math.Abs(d.y)/r
		return math.Sqrt(ax)+math.Sqrt(ay) <= 1
	}
}

// layer is a shape with a colour that may vary with position.
type layer struct {
	in  shape
	col func(p vec) color.NRGBA
}

func solid(c color.NRGBA) func(vec) color.NRGBA { return func(vec) color.NRGBA { return c } }

func vgrad(top, bottom color.NRGBA) func(vec) color.NRGBA {
	return func(p vec) color.NRGBA {
		t := p.y / size
		return color.NRGBA{
			uint8(lerp(float64(top.R), float64(bottom.R), t)),
			uint8(lerp(float64(top.G), float64(bottom.G), t)),
			uint8(lerp(float64(top.B), float64(bottom.B), t)), 255}
	}
}

// outline is a closed Catmull-Rom curve through pts, flattened to a polygon.
func outline(pts []vec) []vec {
	var poly []vec
	n := len(pts)
	for i := 0; i < n; i++ {
		p0, p1, p2, p3 := pts[(i+n-1)%n], pts[i], pts[(i+1)%n], pts[(i+2)%n]
		for k := 0; k < 16; k++ {
			t := float64(k) / 16
			t2, t3 := t*t, t*t*t
			f := func(a, b, c, d float64) float64 {
				return 0.5 * (2*b + (-a+c)*t + (2*a-5*b+4*c-d)*t2 + (-a+3*b-3*c+d)*t3)
			}
			poly = append(poly, vec{f(p0.x, p1.x, p2.x, p3.x), f(p0.y, p1.y, p2.y, p3.y)})
		}
	}
	return poly
}

// polygon tests points with the even-odd rule.
func polygon(poly []vec) shape {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, v := range poly {
		minX, minY = math.Min(minX, v.x), math.Min(minY, v.y)
		maxX, maxY = math.Max(maxX, v.x), math.Max(maxY, v.y)
	}
	return func(p vec) bool {
		if p.x < minX || p.x > maxX || p.y < minY || p.y > maxY {
			return false
		}
		in := false
		for i, j := 0, len(poly)-1; i < len(poly); j, i = i, i+1 {
			a, b := poly[i], poly[j]
			if (a.y > p.y) != (b.y > p.y) && p.x < (b.x-a.x)*(p.y-a.y)/(b.y-a.y)+a.x {
				in = !in
			}
		}
		return in
	}
}

// leg is a right lower leg seen from the side: calf bulging at the back, straight
// shin in front, heel and foot resting on the bed, toes to the right.
func leg() shape {
	return polygon(outline([]vec{
		{174, 96}, {156, 175}, {138, 245}, {150, 310}, {182, 356}, {190, 392},
		{178, 418}, {188, 442}, {226, 450}, {310, 450}, {364, 446}, {378, 432},
		{362, 418}, {314, 406}, {266, 390}, {244, 364}, {238, 300}, {242, 220},
		{248, 150}, {252, 96},
	}))
}

// fadeIn makes the leg emerge from the dark at the top instead of being cut off.
func fadeIn(top, bottom color.NRGBA) func(vec) color.NRGBA {
	g := vgrad(top, bottom)
	return func(p vec) color.NRGBA {
		c := g(p)
		c.A = uint8(255 * math.Max(0, math.Min(1, (p.y-110)/90)))
		return c
	}
}

// glow is a soft radial spot, opaque in the middle and clear at radius r.
func glow(c vec, r float64, col color.NRGBA) layer {
	return layer{circle(c, r), func(p vec) color.NRGBA {
		t := p.sub(c).len() / r
		col.A = uint8(230 * (1 - t*t))
		return col
	}}
}

func layers() []layer {
	tile := roundRect(24, 24, 488, 488, 96)
	moon := minus(circle(vec{360, 150}, 76), circle(vec{394, 122}, 68))
	stars := union(sparkle(vec{118, 120}, 18), sparkle(vec{300, 70}, 11), sparkle(vec{438, 270}, 14), sparkle(vec{96, 330}, 10))
	bed := func(p vec) bool { return tile(p) && p.y > 446+8*math.Sin((p.x-40)/70) }
	return []layer{
		{tile, vgrad(color.NRGBA{0x18, 0x1f, 0x52, 255}, color.NRGBA{0x33, 0x4a, 0xa4, 255})},
		{stars, solid(color.NRGBA{0xc9, 0xd6, 0xff, 255})},
		{moon, solid(color.NRGBA{0xf6, 0xe6, 0xa8, 255})},
		{leg(), fadeIn(color.NRGBA{0xf2, 0xf5, 0xff, 255}, color.NRGBA{0xbd, 0xcc, 0xf6, 255})},
		// A warm spot on the calf marks where the cramp sits.
		glow(vec{170, 258}, 36, color.NRGBA{0xff, 0x86, 0x70, 0}),
		{bed, vgrad(color.NRGBA{0x6d, 0x84, 0xdc, 255}, color.NRGBA{0x4a, 0x62, 0xc4, 255})},
	}
}

// over paints c over dst with c's alpha.
func over(dst [4]float64, c color.NRGBA) [4]float64 {
	a := float64(c.A) / 255
	return [4]float64{
		dst[0]*(1-a) + float64(c.R)*a,
		dst[1]*(1-a) + float64(c.G)*a,
		dst[2]*(1-a) + float64(c.B)*a,
		dst[3]*(1-a) + a,
	}
}

func pixel(ls []layer, x, y int) color.NRGBA {
	var sum [4]float64
	for sy := 0; sy < ss; sy++ {
		for sx := 0; sx < ss; sx++ {
			p := vec{float64(x) + (float64(sx)+0.5)/ss, float64(y) + (float64(sy)+0.5)/ss}
			var c [4]float64
			for _, l := range ls {
				if l.in(p) {
					c = over(c, l.col(p))
				}
			}
			for i := range sum {
				sum[i] += c[i] // colours are premultiplied here, so they add up cleanly
			}
		}
	}
	a := sum[3]
	if a == 0 {
		return color.NRGBA{}
	}
	return color.NRGBA{uint8(sum[0] / a), uint8(sum[1] / a), uint8(sum[2] / a), uint8(255 * a / (ss * ss))}
}

func main() {
	ls := layers()
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			img.SetNRGBA(x, y, pixel(ls, x, y))
		}
	}
	f, err := os.Create("assets/icon.png")
	if err != nil {
		log.Fatalf("genicon: create: %v", err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		log.Fatalf("genicon: encode: %v", err)
	}
}
