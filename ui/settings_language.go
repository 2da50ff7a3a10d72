package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// PrefLanguage keeps the language chosen in Settings, on this computer: ""
// follows the system, otherwise "en", "ru" or "de".
const PrefLanguage = "language"

// languageChoices are the window's languages, each named in itself so a
// person finds theirs whatever the window speaks now.
var languageChoices = []struct{ code, name string }{
	{"", "System"}, {"en", "English"}, {"ru", "Русский"}, {"de", "Deutsch"},
}

// ApplyLanguage makes the window speak the language chosen in Settings (kept
// in p), or the system's. The app calls it once, before New builds the
// window: Fyne cannot re-word widgets already built, so Settings offers a
// restart after a change (Main.OnRestart).
func ApplyLanguage(p fyne.Preferences) error {
	return UseLanguage(p.StringWithFallback(PrefLanguage, ""))
}

// languageName is how a choice appears in the list; "System" is translated.
func languageName(code string) string {
	for _, c := range languageChoices {
		if c.code == code && code == "" {
			return lang.L(c.name)
		} else if c.code == code {
			return c.name
		}
	}
	return lang.L("System")
}

// languageForm is the Settings row for the language, kept in prefs. A choice
// is kept at once, apart from Save, and takes effect at the next start, which
// restart (when not nil) makes now.
func languageForm(win fyne.Window, prefs fyne.Preferences, restart func()) fyne.CanvasObject {
	names := make([]string, len(languageChoices))
	for i, c := range languageChoices {
		names[i] = languageName(c.code)
	}
	sel := widget.NewSelect(names, nil)
	sel.SetSelected(languageName(prefs.StringWithFallback(PrefLanguage, "")))
	sel.OnChanged = func(name string) {
		for i, c := range languageChoices {
			if names[i] == name && c.code != prefs.StringWithFallback(PrefLanguage, "") {
				prefs.SetString(PrefLanguage, c.code)
				offerRestart(win, restart)
			}
		}
	}
	if !languageChoosable() {
		sel.Disable()
		return widget.NewForm(widget.NewFormItem(lang.L("Language"), sel),
			widget.NewFormItem("", widget.NewLabel(lang.L("On this system crampdiary speaks the system's language."))))
	}
	return widget.NewForm(widget.NewFormItem(lang.L("Language"), sel))
}

// offerRestart tells that the new language comes with the next start, and
// offers that start now when the app can make it.
func offerRestart(win fyne.Window, restart func()) {
	msg := lang.L("crampdiary speaks the new language from its next start.")
	if restart == nil {
		dialog.ShowInformation(lang.L("Language"), msg, win)
		return
	}
	d := dialog.NewConfirm(lang.L("Language"), msg+"\n"+lang.L("Restarting now saves the other settings first."), func(now bool) {
		if now {
			restart()
		}
	}, win)
	d.SetConfirmText(lang.L("Restart now"))
	d.SetDismissText(lang.L("Later"))
	d.Show()
}
