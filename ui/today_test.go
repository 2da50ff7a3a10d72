package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
)

func TestTodayFillSaveReopen(t *testing.T) {
	h := newHarness(t, evening)
	today := h.main.today
	test.Type(today.form.steps, "9500")
	test.Type(today.form.alcohol, "2")
	test.Tap(today.form.stretched)
	test.Tap(today.form.heat)
	today.form.stress.SetSelected("4")
	test.Type(today.form.medication, "started a statin")
	test.Type(today.night.start, "23:40")
	test.Type(today.night.end, "06:10")
	today.night.quality.SetSelected("2")
	test.Tap(today.saveBtn)

	got := h.day("2026-11-24")
	if *got.Steps != 9500 || *got.AlcoholDrinks != 2 || !*got.Stretched || !*got.Heat || *got.Stress != 4 {
		t.Fatalf("today saved as %+v", got)
	}
	if got.RunMin != nil {
		t.Fatal("an empty running field was saved as a number")
	}
	if got.MedicationChange != "started a statin" || *got.LateMeal {
		t.Fatalf("today saved as %+v", got)
	}
	night := h.day("2026-11-23")
	if night.SleepStart.String() != "23:40" || night.SleepEnd.String() != "06:10" || *night.SleepQuality != 2 {
		t.Fatalf("last night saved as %+v", night)
	}
	if !strings.HasPrefix(today.saved.Text, "Saved at 21:00") {
		t.Fatalf("save feedback %q", today.saved.Text)
	}

	h.reopen()
	today = h.main.today
	if today.form.steps.Text != "9500" || !today.form.stretched.Checked || today.form.stress.Selected != "4" ||
		today.night.start.Text != "23:40" || today.night.quality.Selected != "2" || today.form.runMin.Text != "" {
		t.Fatal("reopened Today does not show what was saved")
	}
}

func TestTodayBadInputSavesNothing(t *testing.T) {
	h := newHarness(t, evening)
	today := h.main.today
	test.Type(today.form.steps, "12k")
	test.Tap(today.saveBtn)
	if msg := h.overlayText(); !strings.Contains(msg, `Steps: "12k" is not a whole number`) {
		t.Fatalf("error shown: %q", msg)
	}
	if d, _, _ := h.store.Counts(bg); d != 0 {
		t.Fatal("a day was saved despite the bad input")
	}

	today.form.steps.SetText("250000")
	test.Tap(today.saveBtn)
	if msg := h.overlayText(); !strings.Contains(msg, "Steps: 250000 is outside 0-100000") {
		t.Fatalf("error shown: %q", msg)
	}
	today.form.steps.SetText("")
	test.Type(today.night.start, "23:00")
	err := today.save()
	if err == nil || !strings.Contains(userMessage(err), "enter both the time you fell asleep and the time you woke up") {
		t.Fatalf("half a sleep window: %v", err)
	}
	if d, _, _ := h.store.Counts(bg); d != 0 {
		t.Fatal("a day was saved despite the bad input")
	}
}

func TestNoCrampsIsOneTap(t *testing.T) {
	h := newHarness(t, evening)
	night := h.main.today.night
	if night.status.Text != "Not checked yet" {
		t.Fatalf("status %q", night.status.Text)
	}
	test.Tap(night.noCramps)
	if !h.day("2026-11-23").NightChecked {
		t.Fatal("no cramps was not saved")
	}
	if night.status.Text != "Checked: no cramps" {
		t.Fatalf("status %q", night.status.Text)
	}
	test.Tap(night.noCramps) // undo
	if h.day("2026-11-23").NightChecked {
		t.Fatal("undo did not clear the check")
	}
}

// An unchanged day: same as yesterday, no cramps, save: three interactions of the six allowed.
func TestUnchangedDayInThreeInteractions(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-11-22", SleepStart: ptr(model.Clock(23 * 60)), SleepEnd: ptr(model.Clock(7 * 60)), SleepQuality: ptr(4), NightChecked: true})
	h.saveDay(model.Day{Date: "2026-11-23", Steps: ptr(7000), Stress: ptr(2), FluidsGlasses: ptr(6), Stretched: ptr(true), NewShoes: ptr(true), Notes: "one-off"})
	h.reopen()
	today := h.main.today

	test.Tap(today.sameBtn)
	test.Tap(today.night.noCramps)
	test.Tap(today.saveBtn)

	got := h.day("2026-11-24")
	if *got.Steps != 7000 || *got.Stress != 2 || *got.FluidsGlasses != 6 || !*got.Stretched {
		t.Fatalf("context not copied: %+v", got)
	}
	if *got.NewShoes || got.Notes != "" {
		t.Fatalf("one-off fields copied: %+v", got)
	}
	last := h.day("2026-11-23")
	if !last.NightChecked || last.SleepStart.String() != "23:00" || *last.SleepQuality != 4 || *last.Steps != 7000 {
		t.Fatalf("last night: %+v", last)
	}
}

func TestSavingTodayDoesNotInventLastNight(t *testing.T) {
	h := newHarness(t, evening)
	test.Type(h.main.today.form.steps, "5000")
	test.Tap(h.main.today.saveBtn)
	if d, _, _ := h.store.Counts(bg); d != 1 {
		t.Fatalf("%d days stored, want only today", d)
	}
}

func TestCtrlSSavesToday(t *testing.T) {
	h := newHarness(t, evening)
	test.Type(h.main.today.form.steps, "4321")
	h.shortcut("S")
	if got := h.day("2026-11-24"); *got.Steps != 4321 {
		t.Fatalf("Ctrl+S saved %+v", got)
	}
}

func TestAfterMidnightTodayIsStillTheEvening(t *testing.T) {
	h := newHarness(t, evening.Add(4*60*60)) // 01:00 on the 25th
	if h.main.today.date != "2026-11-24" {
		t.Fatalf("Today at 01:00 is %s", h.main.today.date)
	}
}

// Unsaved typing survives a cramp logged meanwhile; a sleep window saved in
// History for the same night replaces the stale one, so Today's Save cannot undo it.
func TestLastNightFollowsEditsMadeElsewhere(t *testing.T) {
	h := newHarness(t, evening)
	night := h.main.today.night
	test.Type(night.start, "23:30")
	h.main.CaptureCramp()
	test.Tap(h.main.lastCap.saveBtn)
	if night.start.Text != "23:30" {
		t.Fatalf("typing lost after a capture: %q", night.start.Text)
	}
	h.main.openDay("2026-11-23")
	ed := h.main.editor
	ed.night.start.SetText("22:10")
	ed.night.end.SetText("06:00")
	test.Tap(ed.dlg.saveBtn)
	if night.start.Text != "22:10" || night.end.Text != "06:00" {
		t.Fatalf("Today still shows %q-%q after History saved 22:10-06:00", night.start.Text, night.end.Text)
	}
	test.Tap(h.main.today.saveBtn)
	if got := h.day("2026-11-23"); got.SleepStart.String() != "22:10" {
		t.Fatalf("Today's save overwrote History's edit: %s", got.SleepStart)
	}
}

func TestTodayFollowsItsDayEditedInHistory(t *testing.T) {
	h := newHarness(t, evening)
	h.main.openDay("2026-11-24")
	h.main.editor.form.steps.SetText("12000")
	test.Tap(h.main.editor.dlg.saveBtn)
	if h.main.today.form.steps.Text != "12000" {
		t.Fatalf("Today's form shows %q after History saved 12000", h.main.today.form.steps.Text)
	}
	test.Tap(h.main.today.saveBtn)
	if got := h.day("2026-11-24"); *got.Steps != 12000 {
		t.Fatalf("Today's save overwrote History's edit: %d", *got.Steps)
	}
}
