package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
)

var noonTue = time.Date(2026, 11, 24, 19, 0, 0, 0, time.UTC)

// Values read from a phone or watch say so beside their field, in Today and
// in the History editor; typing over one makes it the person's own.
func TestSourceCaptionsAndTypingOver(t *testing.T) {
	h := newHarness(t, noonTue)
	h.saveDay(model.Day{Date: "2026-11-23", SleepStart: ptr(model.Clock(23 * 60)), SleepEnd: ptr(model.Clock(7 * 60)), SleepSource: "gadgetbridge"})
	h.saveDay(model.Day{Date: "2026-11-24", Steps: ptr(9100), StepsSource: "apple-health", RunMin: ptr(20), RunMinSource: "garmin-fit"})
	h.main.ShowToday()
	today := h.main.today
	if got := today.form.stepsFrom.Text; got != "from Apple Health" {
		t.Errorf("steps caption %q", got)
	}
	if got := today.form.runFrom.Text; got != "from a Garmin watch" {
		t.Errorf("run caption %q", got)
	}
	if got := today.night.from.Text; got != "from Gadgetbridge" {
		t.Errorf("sleep caption %q", got)
	}
	ed, err := newDayEditor(h.main.env, "2026-11-23")
	if err != nil {
		t.Fatal(err)
	}
	if got := ed.night.from.Text; got != "from Gadgetbridge" {
		t.Errorf("History editor sleep caption %q", got)
	}

	today.form.steps.SetText("")
	test.Type(today.form.steps, "9500")
	h.shortcut("S")
	got := h.day("2026-11-24")
	if *got.Steps != 9500 || got.StepsSource != "" || got.RunMinSource != "garmin-fit" {
		t.Errorf("after typing over the steps: %d from %q, run from %q", *got.Steps, got.StepsSource, got.RunMinSource)
	}
	if last := h.day("2026-11-23"); last.SleepSource != "gadgetbridge" {
		t.Errorf("the untouched sleep lost its source: %q", last.SleepSource)
	}
	today.night.start.SetText("22:30")
	h.shortcut("S")
	if last := h.day("2026-11-23"); last.SleepSource != "" || last.SleepStart.String() != "22:30" {
		t.Errorf("typed sleep still from %q (%s)", last.SleepSource, last.SleepStart)
	}
}

// Values read in the background show in Today at once, and typing in the
// other fields is kept.
func TestTodayFollowsImportedValuesKeepingTyping(t *testing.T) {
	h := newHarness(t, noonTue)
	today := h.main.today
	test.Type(today.form.alcohol, "2")
	today.night.quality.SetSelected("4")
	h.saveDay(model.Day{Date: "2026-11-24", Steps: ptr(7700), StepsSource: "fitbit"})
	h.saveDay(model.Day{Date: "2026-11-23", SleepStart: ptr(model.Clock(23 * 60)), SleepEnd: ptr(model.Clock(7 * 60)), SleepSource: "fitbit"})
	h.main.DiaryChanged()
	if today.form.steps.Text != "7700" || today.form.stepsFrom.Text != "from Fitbit" || today.form.alcohol.Text != "2" {
		t.Errorf("steps %q (%q), alcohol %q", today.form.steps.Text, today.form.stepsFrom.Text, today.form.alcohol.Text)
	}
	if today.night.start.Text != "23:00" || today.night.quality.Selected != "4" {
		t.Errorf("sleep %q, quality %q", today.night.start.Text, today.night.quality.Selected)
	}
}
