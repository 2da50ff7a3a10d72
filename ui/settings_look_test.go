package ui

import (
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestSettingsTextSizeAndColoursShowAtOnceAndAreKept(t *testing.T) {
	h := newHarness(t, evening)
	a := h.main.app
	before := h.main.today.saveBtn.MinSize()
	h.main.OpenSettings()
	s := h.main.settings.look
	if s.size.Selected != "100%" || s.colours.Selected != "Same as the computer" {
		t.Fatalf("a new diary's look shown as %q, %q", s.size.Selected, s.colours.Selected)
	}

	s.size.SetSelected("150%")
	s.colours.SetSelected("Dark")
	if got := theme.Size(theme.SizeNameText); got != 21 {
		t.Fatalf("text size %v right after choosing 150%%", got)
	}
	if after := h.main.today.saveBtn.MinSize(); after.Height <= before.Height*1.2 {
		t.Fatalf("the Save button stayed %v (was %v) at 150%%", after, before)
	}
	dark := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	if got := a.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight); got != dark {
		t.Fatalf("Dark chosen, background on a light desktop %v", got)
	}
	test.Tap(h.main.settings.form.saveBtn)
	if p := a.Preferences(); p.Int(PrefTextSize) != 150 || p.String(PrefTheme) != themeDark {
		t.Fatalf("kept as %d, %q", p.Int(PrefTextSize), p.String(PrefTheme))
	}

	// The next start reads it back.
	a.Settings().SetTheme(theme.DefaultTheme())
	New(a, test.NewTempWindow(t, nil), h.store, func() time.Time { return h.now })
	if got := theme.Size(theme.SizeNameText); got != 21 || shownVariant(a.Settings()) != theme.VariantDark {
		t.Fatalf("after a restart: text %v, variant %d", got, shownVariant(a.Settings()))
	}
	h.main.OpenSettings()
	if s := h.main.settings.look; s.size.Selected != "150%" || s.colours.Selected != "Dark" {
		t.Fatalf("Settings reopened shows %q, %q", s.size.Selected, s.colours.Selected)
	}
}

func TestSettingsCancelPutsTheLookBack(t *testing.T) {
	h := newHarness(t, evening)
	h.main.OpenSettings()
	s := h.main.settings.look
	s.size.SetSelected("130%")
	s.colours.SetSelected("Light")
	if got := theme.Size(theme.SizeNameText); math.Abs(float64(got)-18.2) > 0.01 {
		t.Fatalf("text size %v while choosing 130%%", got)
	}
	test.Tap(h.main.settings.form.cancelBtn)
	if got := theme.Size(theme.SizeNameText); got != 14 || shownVariant(h.main.app.Settings()) == theme.VariantLight {
		t.Fatalf("after Cancel: text %v, variant %d", got, shownVariant(h.main.app.Settings()))
	}
	if p := h.main.app.Preferences().IntWithFallback(PrefTextSize, -1); p != -1 {
		t.Fatalf("Cancel kept the text size %d", p)
	}
}
