package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
)

func TestSettingsChangeTheNightCutover(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC))
	h.main.OpenSettings()
	s := h.main.settings
	if s.cutover.Selected != "12:00" {
		t.Fatalf("default cut-over shown as %q", s.cutover.Selected)
	}
	s.cutover.SetSelected("14:00")
	test.Type(s.name, "Ada Lovelace")
	test.Tap(s.form.saveBtn)

	if c, _ := h.store.Cutover(bg); c != 14*60 {
		t.Fatalf("cut-over stored as %s", c)
	}
	if name, _ := h.store.Setting(bg, model.SettingName, ""); name != "Ada Lovelace" {
		t.Fatalf("name stored as %q", name)
	}
	// At 13:00 with a 14:00 cut-over, a cramp logged now is still last night's.
	h.main.CaptureCramp()
	test.Tap(h.main.lastCap.saveBtn)
	if c := h.cramps()[0]; c.Night != "2026-11-24" {
		t.Fatalf("cramp at 13:00 went to night %s", c.Night)
	}
	h.main.OpenSettings()
	if h.main.settings.cutover.Selected != "14:00" || h.main.settings.name.Text != "Ada Lovelace" {
		t.Fatal("reopened settings do not show what was saved")
	}
}
