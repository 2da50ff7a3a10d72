package report

import (
	"fmt"
	"image"
	"image/png"
	"io"
	"math"

	"golang.org/x/image/draw"
	"golang.org/x/image/math/fixed"
)

// PNGWidth and PNGHeight are A4 at 150 dpi: sharp enough to print, small
// enough to paste into a message.
const (
	PNGWidth  = 1240
	PNGHeight = 1754
	pxPerMM   = screenDPI / 25.4
)

// WritePNG renders the page as a 1240x1754 PNG, the same layout as the PDF.
func (p *Page) WritePNG(w io.Writer) error {
	img, err := p.Image()
	if err != nil {
		return err
	}
	if err := png.Encode(w, img); err != nil {
		return fmt.Errorf("report: write PNG: %w", err)
	}
	return nil
}

// Image draws the page at 150 dpi, for a preview or the PNG.
func (p *Page) Image() (*image.RGBA, error) {
	fonts, err := loadFonts()
	if err != nil {
		return nil, err
	}
	img := image.NewRGBA(image.Rect(0, 0, PNGWidth, PNGHeight))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	for _, r := range p.rects {
		draw.Draw(img, pxRect(r.X, r.Y, r.W, r.H), image.NewUniform(r.Color), image.Point{}, draw.Over)
	}
	for _, im := range p.images {
		drawPicture(img, im)
	}
	faces := &faceCache{fonts: fonts, dpi: screenDPI}
	for _, t := range p.texts {
		if err := drawText(img, faces, t); err != nil {
			return nil, err
		}
	}
	return img, nil
}

// pxRect turns a box in millimetres into whole pixels; a rule thinner than a
// pixel still gets one, so it never vanishes.
func pxRect(x, y, w, h float64) image.Rectangle {
	x0, y0 := int(math.Round(x*pxPerMM)), int(math.Round(y*pxPerMM))
	pw, ph := max(1, int(math.Round(w*pxPerMM))), max(1, int(math.Round(h*pxPerMM)))
	return image.Rect(x0, y0, x0+pw, y0+ph)
}

// drawPicture copies the screen picture pixel for pixel when it has the box's
// size, and scales it smoothly otherwise.
func drawPicture(dst *image.RGBA, im imageOp) {
	r := pxRect(im.X, im.Y, im.W, im.H)
	src := im.Screen
	if src == nil {
		src = im.Print
	}
	b := src.Bounds()
	if abs(b.Dx()-r.Dx()) <= 1 && abs(b.Dy()-r.Dy()) <= 1 {
		draw.Draw(dst, image.Rectangle{Min: r.Min, Max: r.Min.Add(b.Size())}, src, b.Min, draw.Over)
		return
	}
	draw.CatmullRom.Scale(dst, r, src, b, draw.Over, nil)
}

// drawText places glyphs one by one from the baseline start, by advance only
// (no kerning), exactly as the layout measured them.
func drawText(dst *image.RGBA, faces *faceCache, t textOp) error {
	face, err := faces.face(t.Size, t.Bold)
	if err != nil {
		return err
	}
	ink := image.NewUniform(t.Color)
	dot := fixed.Point26_6{X: fixed.Int26_6(math.Round(t.X * pxPerMM * 64)), Y: fixed.Int26_6(math.Round(t.Y * pxPerMM * 64))}
	for _, r := range t.Text {
		dr, mask, mp, adv, ok := face.Glyph(dot, r)
		if ok {
			draw.DrawMask(dst, dr, ink, image.Point{}, mask, mp, draw.Over)
		}
		dot.X += adv
	}
	return nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
