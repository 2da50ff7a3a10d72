package ui

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// textPairs are the text colours the window shows and what they sit on. The
// primary colour is only ever behind text (Save), never text itself: in the
// dark no blue could be both.
var textPairs = []struct {
	what     string
	text, on fyne.ThemeColorName
}{
	{"text", theme.ColorNameForeground, theme.ColorNameBackground},
	{"text in a dialog", theme.ColorNameForeground, theme.ColorNameOverlayBackground},
	{"text on a button", theme.ColorNameForeground, theme.ColorNameButton},
	{"typed text", theme.ColorNameForeground, theme.ColorNameInputBackground},
	{"helper text and the calendar legend", theme.ColorNameDisabled, theme.ColorNameBackground},
	{"helper text in a dialog (Settings)", theme.ColorNameDisabled, theme.ColorNameOverlayBackground},
	{"the example in an empty field", theme.ColorNamePlaceHolder, theme.ColorNameInputBackground},
	{"a cramp night in History", theme.ColorNameWarning, theme.ColorNameBackground},
	{"a cramp night on the calendar, its ⚠", theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
	{"an error under a field", theme.ColorNameError, theme.ColorNameBackground},
	{"an error in a dialog", theme.ColorNameError, theme.ColorNameOverlayBackground},
	{"Log a cramp now", theme.ColorNameForegroundOnError, theme.ColorNameError},
	{"Save", theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
	{"a success", theme.ColorNameSuccess, theme.ColorNameBackground},
}

// controlPairs are the outlines of controls that show no colour of their own.
var controlPairs = []struct {
	what     string
	text, on fyne.ThemeColorName
}{
	{"an empty tick box or choice", theme.ColorNameInputBorder, theme.ColorNameBackground},
	{"an empty tick box, inside", theme.ColorNameInputBorder, theme.ColorNameInputBackground},
	{"a choice in a dialog", theme.ColorNameInputBorder, theme.ColorNameOverlayBackground},
}

func TestEveryTextColourMeetsWCAGAAInBothThemes(t *testing.T) {
	test.NewTempApp(t)
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := &lookTheme{Theme: theme.DefaultTheme(), scale: 1, forced: true, variant: v}
		for _, p := range textPairs {
			if r := contrast(th.Color(p.text, v), th.Color(p.on, v)); r < minContrast {
				t.Errorf("variant %d, %s: %s on %s has contrast %.2f, under %.1f", v, p.what, p.text, p.on, r, minContrast)
			}
		}
		for _, p := range controlPairs {
			if r := contrast(th.Color(p.text, v), th.Color(p.on, v)); r < minControlContrast {
				t.Errorf("variant %d, %s: %s on %s has contrast %.2f, under %.0f", v, p.what, p.text, p.on, r, float64(minControlContrast))
			}
		}
	}
}

// The measure itself, on values WCAG publishes, and on Fyne's own faint
// helper text, which is what the look replaces.
func TestContrastRatio(t *testing.T) {
	test.NewTempApp(t)
	white, black := color.White, color.Black
	for _, c := range []struct {
		a, b color.Color
		want float64
	}{
		{white, black, 21},
		{white, white, 1},
		{color.NRGBA{R: 0x76, G: 0x76, B: 0x76, A: 0xff}, white, 4.54},
		{color.NRGBA{R: 0xe3, G: 0xe3, B: 0xe3, A: 0xff}, white, 1.28},
	} {
		if got := contrast(c.a, c.b); math.Abs(got-c.want) > 0.01 {
			t.Errorf("contrast(%v, %v) = %.3f, want %.2f", c.a, c.b, got, c.want)
		}
	}
	fyneOwn := theme.DefaultTheme()
	if r := contrast(fyneOwn.Color(theme.ColorNameDisabled, theme.VariantDark), fyneOwn.Color(theme.ColorNameBackground, theme.VariantDark)); r >= minContrast {
		t.Errorf("Fyne's dark helper text measured %.2f: the check would not catch it", r)
	}
}

// A primary colour too light for white text on it is darkened until it reads.
func TestWithContrastDarkensOnlyAsFarAsNeeded(t *testing.T) {
	blue := color.NRGBA{R: 0x29, G: 0x6f, B: 0xf6, A: 0xff} // Fyne's, 4.47 with white
	got := withContrast(blue, color.White)
	if r := contrast(got, color.White); r < minContrast || r > 5.5 {
		t.Fatalf("%v on white: %.2f", got, r)
	}
	orange := color.NRGBA{R: 0xff, G: 0x98, B: 0x00, A: 0xff} // dark text on it reads already
	if got := withContrast(orange, color.NRGBA{R: 0x17, G: 0x17, B: 0x18, A: 0xff}); got != orange {
		t.Fatalf("a readable primary changed to %v", got)
	}
}

func TestLookScalesTheTextAndForcesTheVariant(t *testing.T) {
	a := test.NewTempApp(t)
	look{percent: 150, colours: themeDark}.apply(a.Settings())
	th := a.Settings().Theme()
	base := theme.DefaultTheme()
	for _, n := range []fyne.ThemeSizeName{theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameCaptionText} {
		if got, want := th.Size(n), base.Size(n)*1.5; got != want {
			t.Errorf("%s: %v, want %v", n, got, want)
		}
	}
	if th.Size(theme.SizeNamePadding) != base.Size(theme.SizeNamePadding) {
		t.Error("padding scaled with the text")
	}
	if got := th.Color(theme.ColorNameBackground, theme.VariantLight); got != base.Color(theme.ColorNameBackground, theme.VariantDark) {
		t.Errorf("dark forced, but a light system gets background %v", got)
	}
	if shownVariant(a.Settings()) != theme.VariantDark {
		t.Error("the charts would not be told the window is dark")
	}
}

// The ⚠ character comes from Fyne's colour emoji font: a yellow triangle,
// lost on the orange of a cramp night. The cell shows the warning icon
// instead, which Fyne draws in the cell's own text colour.
func TestCalendarCrampMarkIsDrawnInTheCellsTextColour(t *testing.T) {
	h := newHarness(t, evening)
	if err := h.store.SaveCramp(bg, &model.Cramp{Night: "2026-11-05", Muscle: model.Calf, Side: model.Left}); err != nil {
		t.Fatal(err)
	}
	h.reopen()
	h.main.history.view.SetSelected("Calendar")
	cell := h.main.history.cal.cells["2026-11-05"]
	if strings.ContainsRune(cell.Text, '⚠') || cell.Icon != theme.WarningIcon() || cell.Importance != widget.WarningImportance {
		t.Fatalf("cramp night shows %q with icon %v", cell.Text, cell.Icon)
	}
}

// The look set before the first window is not set again when the window's
// screens are built: setting a theme redraws every window.
func TestTheSameLookIsNotSetTwice(t *testing.T) {
	a := test.NewTempApp(t)
	look{percent: 130, colours: themeDark}.save(a.Preferences())
	ApplyLook(a)
	first := a.Settings().Theme()
	applyLook(a)
	if a.Settings().Theme() != first {
		t.Fatal("the same look was set again")
	}
	look{percent: 150, colours: themeDark}.apply(a.Settings())
	if a.Settings().Theme() == first {
		t.Fatal("a new look was not set")
	}
}
