package ui

import (
	"image/color"
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The look is kept in the app's preferences, not in the diary: it belongs to
// this computer's screen and to the eyes in front of it.
const (
	PrefTextSize = "look.text_percent" // one of textSizes
	PrefTheme    = "look.theme"        // themeSystem, themeLight or themeDark
)

// The colour choices, as stored.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// textSizes are the text sizes offered, in percent of Fyne's own.
var textSizes = []int{100, 115, 130, 150}

// minContrast is WCAG AA for normal text; minControlContrast for the
// outline of a control.
const (
	minContrast        = 4.5
	minControlContrast = 3
)

// look is what the person chose: a text size and light, dark or the system's.
type look struct {
	percent int
	colours string
}

// lookFromPrefs reads the look; anything unknown falls back to Fyne's own.
func lookFromPrefs(p fyne.Preferences) look {
	l := look{percent: p.IntWithFallback(PrefTextSize, 100), colours: p.StringWithFallback(PrefTheme, themeSystem)}
	if !slices.Contains(textSizes, l.percent) {
		l.percent = 100
	}
	if l.colours != themeLight && l.colours != themeDark {
		l.colours = themeSystem
	}
	return l
}

func (l look) save(p fyne.Preferences) {
	p.SetInt(PrefTextSize, l.percent)
	p.SetString(PrefTheme, l.colours)
}

// apply sets the look on the whole app; every window redraws at once.
func (l look) apply(s fyne.Settings) {
	t := &lookTheme{Theme: theme.DefaultTheme(), scale: float32(l.percent) / 100}
	switch l.colours {
	case themeLight:
		t.forced, t.variant = true, theme.VariantLight
	case themeDark:
		t.forced, t.variant = true, theme.VariantDark
	}
	if now, ok := s.Theme().(*lookTheme); ok && *now == *t {
		return // already so: setting it again would redraw every window for nothing
	}
	s.SetTheme(t)
}

// applyLook sets the look kept in the preferences, when the window opens.
func applyLook(a fyne.App) { lookFromPrefs(a.Preferences()).apply(a.Settings()) }

// ApplyLook sets the look kept in the preferences before the app makes its
// first window, so the window is drawn in it from the start (and the screen
// for a damaged diary has it too).
func ApplyLook(a fyne.App) { applyLook(a) }

// shownVariant is light or dark as the window shows it, which a forced
// choice decides over the system's; drawings made outside Fyne (the charts)
// ask it to match.
func shownVariant(s fyne.Settings) fyne.ThemeVariant {
	if t, ok := s.Theme().(*lookTheme); ok && t.forced {
		return t.variant
	}
	return s.ThemeVariant()
}

// lookTheme is Fyne's theme with the text scaled, light or dark forced when
// chosen, and the text colours an older eye must read replaced by ones that
// meet WCAG AA on their background (theme_test.go measures each).
type lookTheme struct {
	fyne.Theme
	scale   float32
	forced  bool
	variant fyne.ThemeVariant
}

// readable replaces Fyne's colours that are too faint to read. Fyne shows a
// label of low importance (help under a field, the calendar's legend) in
// ColorNameDisabled, and a warning (a cramp night in History and on the
// calendar, white text on it) in ColorNameWarning. The outline of an empty
// tick box or field (ColorNameInputBorder) is no text, but must still be
// seen: 3:1, WCAG's measure for the parts of a control.
var readable = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameForeground:  color.NRGBA{R: 0x33, G: 0x33, B: 0x33, A: 0xff},
		theme.ColorNameDisabled:    color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff},
		theme.ColorNamePlaceHolder: color.NRGBA{R: 0x66, G: 0x66, B: 0x66, A: 0xff},
		theme.ColorNameWarning:     color.NRGBA{R: 0xb4, G: 0x53, B: 0x09, A: 0xff},
		theme.ColorNameError:       color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff},
		theme.ColorNameSuccess:     color.NRGBA{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff},
		theme.ColorNameInputBorder: color.NRGBA{R: 0x85, G: 0x85, B: 0x85, A: 0xff},
	},
	theme.VariantDark: {
		theme.ColorNameDisabled:    color.NRGBA{R: 0xa0, G: 0xa0, B: 0xa0, A: 0xff},
		theme.ColorNameError:       color.NRGBA{R: 0xff, G: 0x5c, B: 0x4d, A: 0xff},
		theme.ColorNameInputBorder: color.NRGBA{R: 0x6e, G: 0x6e, B: 0x6e, A: 0xff},
	},
}

func (t *lookTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.forced {
		v = t.variant
	}
	if v != theme.VariantLight {
		v = theme.VariantDark
	}
	if c, ok := readable[v][n]; ok {
		return c
	}
	c := t.Theme.Color(n, v)
	if n == theme.ColorNamePrimary {
		// The primary colour is the person's choice in Fyne's settings; only
		// its shade moves, until the text on it can be read. It is never a
		// text colour here: no label or link is of high importance.
		return withContrast(c, t.Theme.Color(theme.ColorNameForegroundOnPrimary, v))
	}
	return c
}

func (t *lookTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameHeadingText,
		theme.SizeNameSubHeadingText, theme.SizeNameInlineIcon:
		return s * t.scale
	}
	return s
}

// withContrast moves c toward black or white, away from other, until the two
// reach minContrast.
func withContrast(c, other color.Color) color.Color {
	to := color.NRGBA{A: 0xff}
	if luminance(other) < 0.18 {
		to = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	}
	out := color.NRGBAModel.Convert(c).(color.NRGBA)
	for i := 0; i < 20 && contrast(out, other) < minContrast; i++ {
		out = mix(out, to, 0.05)
	}
	return out
}

func mix(a, b color.NRGBA, f float64) color.NRGBA {
	m := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-f) + float64(y)*f)) }
	return color.NRGBA{R: m(a.R, b.R), G: m(a.G, b.G), B: m(a.B, b.B), A: a.A}
}

// contrast is the WCAG contrast ratio of two opaque colours, from 1 to 21.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is WCAG's relative luminance of an opaque colour.
func luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}
