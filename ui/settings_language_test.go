package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// languageSelect finds the language list in the dialog on top.
func (h *harness) languageSelect() *widget.Select {
	h.t.Helper()
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) == len(languageChoices) && s.Options[2] == "Русский" {
			return s
		}
	}
	h.t.Fatal("no language list in Settings")
	return nil
}

func TestSettingsKeepTheChosenLanguageAndOfferARestart(t *testing.T) {
	if !languageChoosable() {
		t.Skip("this system keeps the system's language")
	}
	h := newHarness(t, time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC))
	prefs := h.main.app.Preferences()
	restarted := 0
	h.main.OnRestart = func() { restarted++ }
	if err := ApplyLanguage(prefs); err != nil {
		t.Fatal(err)
	}
	h.main.OpenSettings()
	sel := h.languageSelect()
	if sel.Selected != "System" {
		t.Fatalf("language shown as %q before any choice", sel.Selected)
	}
	h.main.settings.name.SetText("Anna Petrova") // typed, not saved yet
	sel.SetSelected("Русский")
	if got := prefs.String(PrefLanguage); got != "ru" {
		t.Fatalf("language kept as %q", got)
	}
	if got := h.dialogButtons(); len(got) != 2 || got[0] != "Later" || got[1] != "Restart now" {
		t.Fatalf("buttons offered: %q", got)
	}
	h.tapDialogButton("Restart now")
	if restarted != 1 {
		t.Fatalf("restart ran %d times", restarted)
	}
	if name, err := h.store.Setting(bg, model.SettingName, ""); err != nil || name != "Anna Petrova" {
		t.Fatalf("the name typed in Settings was not saved before the restart: %q, %v", name, err)
	}
	// The next start speaks Russian.
	if err := ApplyLanguage(prefs); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = UseLanguage("") })
	if got := count("{{.Count}} cramps", 5); got != "5 судорог" {
		t.Fatalf("after restart: %q", got)
	}
}

func TestSettingsLanguageLaterKeepsTheChoiceWithoutRestarting(t *testing.T) {
	if !languageChoosable() {
		t.Skip("this system keeps the system's language")
	}
	h := newHarness(t, time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC))
	prefs := h.main.app.Preferences()
	prefs.SetString(PrefLanguage, "de")
	restarted := false
	h.main.OnRestart = func() { restarted = true }
	if err := ApplyLanguage(prefs); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = UseLanguage("") })
	h.main.OpenSettings()
	sel := h.languageSelect()
	if sel.Selected != "Deutsch" {
		t.Fatalf("language shown as %q", sel.Selected)
	}
	sel.SetSelected(sel.Options[0]) // the system's
	h.tapDialogButton("Später")
	if restarted || prefs.String(PrefLanguage) != "" {
		t.Fatalf("restarted %v, kept %q", restarted, prefs.String(PrefLanguage))
	}
}
