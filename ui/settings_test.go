package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/tracker"
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

func TestSettingsForgetARememberedSource(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC))
	for _, r := range []tracker.Remembered{{Path: "/media/GARMIN", Format: tracker.Garmin}, {Path: "/sync/Gadgetbridge", Format: tracker.Gadgetbridge}} {
		if err := tracker.RememberSource(bg, h.store, r); err != nil {
			t.Fatal(err)
		}
	}
	h.main.OpenSettings()
	src := h.main.settings.sources
	if len(src.box.Objects) != 2 {
		t.Fatalf("settings list %d sources", len(src.box.Objects))
	}
	src.onForget(0)
	test.Tap(h.main.settings.form.saveBtn)
	if list, _ := tracker.LoadSources(bg, h.store); len(list) != 1 || list[0].Path != "/sync/Gadgetbridge" {
		t.Errorf("remembered after forgetting: %+v", list)
	}
}
