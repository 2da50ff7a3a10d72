package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// lookSettings is the part of Settings for the eyes: the text size and light
// or dark colours. A choice shows at once, so the person sees what they
// pick; Save keeps it, and closing without saving puts back what was there.
type lookSettings struct {
	app     fyne.App
	before  look
	saved   bool
	size    *widget.RadioGroup
	colours *widget.Select
	// onApplied follows each change shown, for what Fyne does not redraw
	// itself (the charts are pictures).
	onApplied func()
}

func newLookSettings(a fyne.App) *lookSettings {
	s := &lookSettings{app: a, before: lookFromPrefs(a.Preferences())}
	var sizes []string
	for _, p := range textSizes {
		sizes = append(sizes, percentText(p))
	}
	s.size = widget.NewRadioGroup(sizes, nil)
	s.size.Horizontal, s.size.Required = true, true
	// A list, not buttons: Fyne gives buttons in a row equal widths, and
	// "Same as the computer" would space Light and Dark far apart.
	s.colours = widget.NewSelect(colourOptions(), nil)
	s.size.SetSelected(percentText(s.before.percent))
	s.colours.SetSelected(colourLabel(s.before.colours))
	s.size.OnChanged = func(string) { s.show() }
	s.colours.OnChanged = func(string) { s.show() }
	return s
}

func percentText(p int) string { return strconv.Itoa(p) + "%" }

func colourOptions() []string {
	return []string{lang.L("Same as the computer"), lang.L("Light"), lang.L("Dark")}
}

func colourLabel(colours string) string {
	switch colours {
	case themeLight:
		return lang.L("Light")
	case themeDark:
		return lang.L("Dark")
	}
	return lang.L("Same as the computer")
}

// chosen is the look the buttons show.
func (s *lookSettings) chosen() look {
	l := look{percent: 100, colours: themeSystem}
	for _, p := range textSizes {
		if percentText(p) == s.size.Selected {
			l.percent = p
		}
	}
	for _, c := range []string{themeLight, themeDark} {
		if colourLabel(c) == s.colours.Selected {
			l.colours = c
		}
	}
	return l
}

func (s *lookSettings) show() { s.set(s.chosen()) }

func (s *lookSettings) set(l look) {
	l.apply(s.app.Settings())
	if s.onApplied != nil {
		s.onApplied()
	}
}

func (s *lookSettings) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(lang.L("Text size"), s.size),
		widget.NewFormItem(lang.L("Colours"), s.colours),
	}
}

// save keeps the look shown for the next start.
func (s *lookSettings) save() {
	s.chosen().save(s.app.Preferences())
	s.saved = true
}

// onClosed puts back the look from before when Settings closed unsaved.
func (s *lookSettings) onClosed() {
	if !s.saved && s.chosen() != s.before {
		s.set(s.before)
	}
}
