package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

func TestCalendarMarksNightsAndOpensDays(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-11-02", NightChecked: true})
	h.saveDay(model.Day{Date: "2026-11-03"})
	if err := h.store.SaveCramp(bg, &model.Cramp{Night: "2026-11-05", Muscle: model.Calf, Side: model.Left}); err != nil {
		t.Fatal(err)
	}
	h.reopen()
	hist := h.main.history
	hist.view.SetSelected("Calendar")
	cal := hist.cal
	if cal.shown() != "November 2026" || !cal.nextBt.Disabled() {
		t.Fatalf("calendar opens on %q, next enabled: %v", cal.shown(), !cal.nextBt.Disabled())
	}
	want := map[model.Date]string{"2026-11-02": "2 ✓", "2026-11-03": "3 ○", "2026-11-05": "5 ×1", "2026-11-04": "4", "2026-11-30": "30"}
	for d, text := range want {
		if got := cal.cells[d].Text; got != text {
			t.Errorf("%s shows %q, want %q", d, got, text)
		}
	}
	if !cal.cells["2026-11-30"].Disabled() || cal.cells["2026-11-05"].Importance != widget.WarningImportance {
		t.Error("future days must be disabled and cramp nights stand out")
	}
	test.Tap(cal.cells["2026-11-04"])
	if h.main.editor == nil || h.main.editor.date != "2026-11-04" {
		t.Fatal("tapping a day did not open it")
	}
	test.Tap(cal.prevBt)
	if cal.shown() != "October 2026" || cal.nextBt.Disabled() {
		t.Fatalf("previous month: %q", cal.shown())
	}
}

// The month and year pickers go straight to any month of the diary; a month
// still to come shows this one.
func TestCalendarMonthAndYearPicker(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2024-03-05", NightChecked: true})
	h.reopen()
	cal := h.main.history.cal
	if got := cal.yearSel.Options; len(got) != 3 || got[0] != "2026" || got[2] != "2024" {
		t.Fatalf("years offered %v", got)
	}
	cal.yearSel.SetSelected("2024")
	cal.monthSel.SetSelected("March")
	if cal.shown() != "March 2024" || cal.cells["2024-03-05"] == nil || cal.cells["2024-03-05"].Text != "5 ✓" {
		t.Fatalf("picked %q", cal.shown())
	}
	cal.yearSel.SetSelected("2026")
	cal.monthSel.SetSelected("December")
	if cal.shown() != "November 2026" {
		t.Fatalf("a month to come shows %q", cal.shown())
	}
}
