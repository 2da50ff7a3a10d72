// Package charts turns diary nights into chart images for the screen and the
// doctor report. It never imports Fyne: the UI passes colours and sizes in.
//
// go-chart supplies the font and text rendering; bars, lines and marks are
// drawn straight into the image, because stroking one long path through
// go-chart's freetype rasteriser is quadratic in its length (see
// docs/performance.md).
package charts
