package report

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// ptToMM converts typographic points to millimetres, the page's unit.
const ptToMM = 25.4 / 72

// fontSet is the Go font family, embedded in both renderings so the PDF and the
// PNG measure, wrap and show the same text, in any language the font covers.
type fontSet struct {
	regular, bold *sfnt.Font
}

var loadFonts = sync.OnceValues(func() (*fontSet, error) {
	r, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, fmt.Errorf("report: read Go Regular font: %w", err)
	}
	b, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return nil, fmt.Errorf("report: read Go Bold font: %w", err)
	}
	return &fontSet{regular: r, bold: b}, nil
})

func (fs *fontSet) font(bold bool) *sfnt.Font {
	if bold {
		return fs.bold
	}
	return fs.regular
}

// ttf is the font file for bold or regular, for the PDF to embed.
func ttf(bold bool) []byte {
	if bold {
		return gobold.TTF
	}
	return goregular.TTF
}

// width is how wide s is at size points, in millimetres. It sums advances
// without kerning, exactly as both renderers place glyphs.
func (fs *fontSet) width(s string, size float64, bold bool) float64 {
	f := fs.font(bold)
	var buf sfnt.Buffer
	upem := fixed.Int26_6(f.UnitsPerEm())
	var units fixed.Int26_6
	for _, r := range s {
		idx, err := f.GlyphIndex(&buf, r)
		if err != nil {
			continue
		}
		adv, err := f.GlyphAdvance(&buf, idx, upem<<6, font.HintingNone)
		if err == nil {
			units += adv
		}
	}
	return float64(units) / 64 / float64(upem) * size * ptToMM
}

// clean makes s safe to draw: line breaks and tabs become spaces, and a
// character the font lacks becomes "?" so it shows the same in both formats.
func (fs *fontSet) clean(s string) string {
	var buf sfnt.Buffer
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			r = ' '
		case !unicode.IsPrint(r):
			continue
		}
		if idx, err := fs.regular.GlyphIndex(&buf, r); err != nil || idx == 0 {
			r = '?'
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// faceCache keeps one rasterising face per size and weight for the PNG.
type faceCache struct {
	fonts *fontSet
	dpi   float64
	faces map[faceKey]font.Face
}

type faceKey struct {
	size float64
	bold bool
}

func (c *faceCache) face(size float64, bold bool) (font.Face, error) {
	k := faceKey{size, bold}
	if f, ok := c.faces[k]; ok {
		return f, nil
	}
	f, err := opentype.NewFace(c.fonts.font(bold), &opentype.FaceOptions{Size: size, DPI: c.dpi, Hinting: font.HintingNone})
	if err != nil {
		return nil, fmt.Errorf("report: make %.1fpt font face: %w", size, err)
	}
	if c.faces == nil {
		c.faces = map[faceKey]font.Face{}
	}
	c.faces[k] = f
	return f, nil
}
