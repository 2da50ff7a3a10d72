package report

import (
	"errors"
	"fmt"
	"image"
	"math"

	"github.com/crampdiary/crampdiary/charts"
)

// Resolutions of the timeline: the PNG page is 150 dpi, and the PDF gets twice
// that so the chart stays sharp on paper. The charts package is designed at
// 96 pixels per inch, so its fonts and strokes are scaled to keep their size.
const (
	screenDPI = 150.0
	printDPI  = 300.0
	chartDPI  = 96.0
)

// drawTimeline draws the timeline with w.timeline, which tests set to see
// failures handled, or else with charts.Timeline in the page's words.
func (w Writer) drawTimeline(n charts.Nights, s charts.Size) (image.Image, error) {
	if w.timeline != nil {
		return w.timeline(n, s)
	}
	th := charts.LightTheme()
	if w.T != nil {
		th.T = func(text string) string { return w.T(text) }
	}
	return charts.Timeline(n, s, th)
}

// timeline places the night-by-night chart in the room left above the footer,
// or a sentence when the period has too few logged nights to draw.
func (l *layout) timeline(in Input) error {
	l.heading(l.w.tr("Night by night"))
	h := min(chartMaxH, footerTop-3-l.y)
	nights := charts.NightsFrom(in.Days, in.Cramps, in.From, in.To)
	screen, err := l.w.drawTimeline(nights, chartSize(contentW, h, screenDPI))
	switch {
	case errors.Is(err, charts.ErrTooLittleData):
		// The chart's own sentence asks the person to log more; the reader
		// here is a doctor, who needs to know why there is no chart.
		l.para(margin, l.w.tr("Too few nights were logged in this period to draw them night by night."), sizeBody, inkMuted, 2)
		return nil
	case err != nil:
		return fmt.Errorf("report: draw the timeline: %w", err)
	}
	printImg, err := l.w.drawTimeline(nights, chartSize(contentW, h, printDPI))
	if err != nil {
		return fmt.Errorf("report: draw the timeline for print: %w", err)
	}
	l.page.images = append(l.page.images, imageOp{X: margin, Y: l.y, W: contentW, H: h, Print: printImg, Screen: screen})
	l.y += h
	return nil
}

// chartSize is the pixel size of a w x h mm box at dpi.
func chartSize(w, h, dpi float64) charts.Size {
	px := func(mm float64) int { return int(math.Round(mm / 25.4 * dpi)) }
	return charts.Size{W: px(w), H: px(h), Scale: dpi / chartDPI}
}
