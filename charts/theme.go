package charts

import (
	"fmt"
	"image/color"
)

// Theme holds the colours of a chart, which the UI fills from the Fyne theme so
// charts match light and dark windows, and the words on it.
type Theme struct {
	Background, Text, Grid, Cramps, Steps, Sleep, Alcohol, Heat color.Color

	// T translates every label and NeedMoreData sentence (the UI passes
	// lang.L, which this package cannot import); nil keeps the English text.
	T func(string) string
}

// LightTheme is for a light window.
func LightTheme() Theme {
	return Theme{
		Background: rgb(0xffffff),
		Text:       rgb(0x2b2b2b),
		Grid:       rgb(0xdedede),
		Cramps:     rgb(0xc8403a),
		Steps:      rgb(0x2e75b6),
		Sleep:      rgb(0x7e57c2),
		Alcohol:    rgb(0x00897b),
		Heat:       rgb(0xef6c00),
	}
}

// DarkTheme is for a dark window.
func DarkTheme() Theme {
	return Theme{
		Background: rgb(0x1e1e1e),
		Text:       rgb(0xe6e6e6),
		Grid:       rgb(0x3c3c3c),
		Cramps:     rgb(0xef6f6c),
		Steps:      rgb(0x64b5f6),
		Sleep:      rgb(0xb39ddb),
		Alcohol:    rgb(0x4db6ac),
		Heat:       rgb(0xffb74d),
	}
}

// withDefaults fills colours the caller left nil from the light theme, so a
// half-filled Theme never panics in the middle of a render.
func (th Theme) withDefaults() Theme {
	def := LightTheme()
	for _, p := range []struct {
		got *color.Color
		def color.Color
	}{
		{&th.Background, def.Background}, {&th.Text, def.Text}, {&th.Grid, def.Grid},
		{&th.Cramps, def.Cramps}, {&th.Steps, def.Steps}, {&th.Sleep, def.Sleep},
		{&th.Alcohol, def.Alcohol}, {&th.Heat, def.Heat},
	} {
		if *p.got == nil {
			*p.got = p.def
		}
	}
	return th
}

// Size is the pixel size of a chart image; Scale >= 1 multiplies fonts and
// strokes so a HiDPI window gets the same layout at more pixels.
type Size struct {
	W, H  int
	Scale float64
}

// Limits on image size: below the minimum no label fits, above the maximum a
// bad value from a resize event would allocate gigabytes.
const (
	minSide = 120
	maxSide = 8000
)

// check rejects sizes that cannot make a chart and clamps Scale to [1, 4].
func (s Size) check() (Size, error) {
	if s.W < minSide || s.H < minSide || s.W > maxSide || s.H > maxSide {
		return s, fmt.Errorf("charts: image size %dx%d is outside %d-%d pixels a side", s.W, s.H, minSide, maxSide)
	}
	if !(s.Scale >= 1) { // also catches NaN
		s.Scale = 1
	}
	if s.Scale > 4 {
		s.Scale = 4
	}
	return s, nil
}

// px scales a length given for Scale 1.
func (s Size) px(v float64) float64 { return v * s.Scale }

func rgb(v uint32) color.NRGBA {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// mix blends a towards b by t (0..1); used for muted variants of theme
// colours that still follow light or dark.
func mix(a, b color.Color, t float64) color.NRGBA {
	ca := color.NRGBAModel.Convert(a).(color.NRGBA)
	cb := color.NRGBAModel.Convert(b).(color.NRGBA)
	f := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.NRGBA{R: f(ca.R, cb.R), G: f(ca.G, cb.G), B: f(ca.B, cb.B), A: f(ca.A, cb.A)}
}

// word marks a text that is translated where it is drawn (th.tr), so the
// translation check finds it where it is written.
func word(s string) string { return s }
