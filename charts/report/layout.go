package report

import (
	"image"
	"image/color"
	"strings"
)

// The page is A4 in millimetres; both renderers draw the same list of shapes,
// so the PDF and the PNG cannot drift apart.
const (
	pageW, pageH = 210.0, 297.0
	margin       = 16.0
	contentW     = pageW - 2*margin
	footerTop    = pageH - margin - 8 // the footer's rule
)

// Type sizes in points.
const (
	sizeTitle   = 20.0
	sizeName    = 13.0
	sizeHeading = 11.5
	sizeBody    = 10.0
	sizeSmall   = 8.5
)

var (
	inkText   = color.RGBA{0x22, 0x22, 0x22, 0xff}
	inkMuted  = color.RGBA{0x5f, 0x63, 0x68, 0xff}
	inkAccent = color.RGBA{0x1f, 0x4e, 0x79, 0xff}
	inkRule   = color.RGBA{0xc8, 0xcc, 0xd0, 0xff}
	inkBand   = color.RGBA{0xee, 0xf2, 0xf6, 0xff}
)

// textOp is one run of text; X, Y is the start of its baseline.
type textOp struct {
	X, Y  float64
	Size  float64
	Bold  bool
	Color color.RGBA
	Text  string
}

// rectOp is a filled rectangle: rules and bands are thin or pale rectangles.
type rectOp struct {
	X, Y, W, H float64
	Color      color.RGBA
}

// imageOp places a picture. Print is sharp enough for paper (the PDF), Screen
// has exactly the pixels of the box at the PNG's resolution.
type imageOp struct {
	X, Y, W, H    float64
	Print, Screen image.Image
}

// Page is one laid-out report page, ready to render as PDF or PNG.
type Page struct {
	Title  string // the document title, also the PDF's metadata
	texts  []textOp
	rects  []rectOp
	images []imageOp
	madeOn string
}

// layout places content top to bottom; y is the top of the next line.
type layout struct {
	page  *Page
	fonts *fontSet
	y     float64
	w     Writer // the page's words
	// valueX is where label/value rows put their values, set per section.
	valueX float64
}

// lineHeight is the distance between baselines for text of size points.
func lineHeight(size float64) float64 { return size * 1.4 * ptToMM }

// text draws s at x on the current line without moving down.
func (l *layout) text(x float64, s string, size float64, bold bool, ink color.RGBA) {
	s = l.fonts.clean(s)
	if s == "" {
		return
	}
	l.page.texts = append(l.page.texts, textOp{X: x, Y: l.y + size*ptToMM, Size: size, Bold: bold, Color: ink, Text: s})
}

// textRight draws s so that it ends at right.
func (l *layout) textRight(right float64, s string, size float64, bold bool, ink color.RGBA) {
	l.text(right-l.fonts.width(l.fonts.clean(s), size, bold), s, size, bold, ink)
}

// line draws s at the left margin and moves down one line.
func (l *layout) line(s string, size float64, bold bool, ink color.RGBA) {
	l.text(margin, s, size, bold, ink)
	l.y += lineHeight(size)
}

// para wraps s to the content width and draws at most maxLines lines.
func (l *layout) para(x float64, s string, size float64, ink color.RGBA, maxLines int) {
	for _, ln := range l.wrap(s, size, false, margin+contentW-x, maxLines) {
		l.text(x, ln, size, false, ink)
		l.y += lineHeight(size)
	}
}

// rule draws a horizontal line across the content width.
func (l *layout) rule(ink color.RGBA, thick float64) {
	l.page.rects = append(l.page.rects, rectOp{X: margin, Y: l.y, W: contentW, H: thick, Color: ink})
}

// heading starts a section: a gap, the title, and a fine rule under it.
func (l *layout) heading(s string) {
	l.y += 4
	l.text(margin, s, sizeHeading, true, inkAccent)
	l.y += lineHeight(sizeHeading) - 0.6
	l.rule(inkRule, 0.3)
	l.y += 1.8
}

// wrap breaks s into lines no wider than w; past maxLines the last line ends in "…".
func (l *layout) wrap(s string, size float64, bold bool, w float64, maxLines int) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(l.fonts.clean(s)) {
		next := strings.TrimSpace(cur + " " + word)
		if cur != "" && l.fonts.width(next, size, bold) > w {
			lines, cur = append(lines, cur), word
			continue
		}
		cur = next
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	for i, ln := range lines {
		lines[i] = l.fit(ln, size, bold, w)
	}
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
		lines[maxLines-1] = l.fit(lines[maxLines-1]+" …", size, bold, w)
	}
	return lines
}

// fit shortens s with "…" until it is no wider than w; for words that cannot wrap.
func (l *layout) fit(s string, size float64, bold bool, w float64) string {
	if l.fonts.width(s, size, bold) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && l.fonts.width(string(r)+"…", size, bold) > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}
