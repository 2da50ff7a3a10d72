package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

func TestHistoryShowsEveryDayAndGaps(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-10-01", Steps: ptr(8000), NightChecked: true})
	h.saveDay(model.Day{Date: "2026-11-20", SleepStart: ptr(model.Clock(23 * 60)), SleepEnd: ptr(model.Clock(5 * 60))})
	if err := h.store.SaveCramp(bg, &model.Cramp{Night: "2026-11-20", Muscle: model.Calf, Side: model.Left}); err != nil {
		t.Fatal(err)
	}
	h.reopen()
	rows := h.main.history.rows
	if len(rows) != 55 || rows[0].date != "2026-11-24" || rows[54].date != "2026-10-01" {
		t.Fatalf("%d rows from %s to %s", len(rows), rows[0].date, rows[len(rows)-1].date)
	}
	text, _, _ := rowSummary(rows[4], "2026-11-24") // 2026-11-20
	if text != "1 cramp · slept 6.0 h" {
		t.Fatalf("cramp night summary %q", text)
	}
	if text, _, _ := rowSummary(rows[1], "2026-11-24"); !strings.HasPrefix(text, "Not logged") {
		t.Fatalf("gap summary %q", text)
	}
	if text, _, _ := rowSummary(rows[54], "2026-11-24"); text != "no cramps · 8,000 steps" {
		t.Fatalf("checked night summary %q", text)
	}
	if text, _, _ := rowSummary(rows[0], "2026-11-24"); text != "Not logged yet · select to fill in" {
		t.Fatalf("today's row %q", text)
	}
	today := historyRow{date: "2026-11-24", day: &model.Day{Date: "2026-11-24", Steps: ptr(10)}}
	if text, _, _ := rowSummary(today, "2026-11-24"); text != "tonight still to come · 10 steps" {
		t.Fatalf("today's logged row %q", text)
	}
	if !strings.HasPrefix(h.main.history.summary.Text, "2 of 55 days logged · 1 night with cramps") {
		t.Fatalf("summary %q", h.main.history.summary.Text)
	}
}

func TestHistoryStartsAtTheFirstLoggedDay(t *testing.T) {
	h := newHarness(t, evening)
	if rows := h.main.history.rows; len(rows) != 1 || rows[0].date != "2026-11-24" {
		t.Fatalf("a new diary shows %d rows, want today alone", len(rows))
	}
	h.saveDay(model.Day{Date: "2026-11-21", Steps: ptr(10)})
	h.reopen()
	rows := h.main.history.rows
	if len(rows) != 4 || rows[3].date != "2026-11-21" || rows[3].day == nil {
		t.Fatalf("%d rows, the last %s", len(rows), rows[len(rows)-1].date)
	}
}

// A save reads again only the days it touched: the rows stay the same slice,
// with the changed day updated, and the summary and calendar follow.
func TestHistoryRefreshesOnlyTheDaysSaved(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-11-01", Steps: ptr(10)})
	h.reopen()
	hist := h.main.history
	before := &hist.rows[0]
	h.main.openDay("2026-11-21")
	test.Type(h.main.editor.form.steps, "6000")
	test.Tap(h.main.editor.dlg.saveBtn)
	if &hist.rows[0] != before {
		t.Fatal("History was rebuilt in full after one day's save")
	}
	if text, _, _ := rowSummary(hist.rows[3], "2026-11-24"); text != "night not checked · 6,000 steps" {
		t.Fatalf("saved day shows %q", text)
	}
	if !strings.HasPrefix(hist.summary.Text, "2 of 24 days logged") {
		t.Fatalf("summary %q", hist.summary.Text)
	}
	if got := hist.cal.cells["2026-11-21"].Text; got != "21 ○" {
		t.Fatalf("calendar cell %q", got)
	}
	// A day before the first logged one makes the list longer: a full load.
	h.main.openDay("2026-10-30")
	test.Type(h.main.editor.form.steps, "1")
	test.Tap(h.main.editor.dlg.saveBtn)
	if n := len(hist.rows); n != 26 {
		t.Fatalf("%d rows after logging an earlier day", n)
	}
}

func TestHistoryFillInAMissedDay(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-11-01", Steps: ptr(10)})
	h.reopen()
	h.main.history.list.Select(3) // 2026-11-21, not logged
	ed := h.main.editor
	if ed == nil || ed.date != "2026-11-21" {
		t.Fatal("selecting a gap did not open its day")
	}
	test.Type(ed.form.steps, "6000")
	test.Type(ed.night.start, "22:50")
	test.Type(ed.night.end, "06:30")
	test.Tap(ed.dlg.saveBtn)
	got := h.day("2026-11-21")
	if *got.Steps != 6000 || got.SleepEnd.String() != "06:30" {
		t.Fatalf("filled day saved as %+v", got)
	}
	if text, _, _ := rowSummary(h.main.history.rows[3], "2026-11-24"); text != "night not checked · 6,000 steps · slept 7.7 h" {
		t.Fatalf("history not refreshed: %q", text)
	}
}

func TestHistoryEditAndDeleteCramp(t *testing.T) {
	h := newHarness(t, evening)
	c := model.Cramp{Night: "2026-11-22", Muscle: model.Calf, Side: model.Left, Intensity: ptr(4)}
	if err := h.store.SaveCramp(bg, &c); err != nil {
		t.Fatal(err)
	}
	h.reopen()
	h.main.openDay("2026-11-22")
	ed := newCrampEditor(h.main.env, h.main.editor.night.cramps[0])
	ed.intensity.SetSelectedIndex(9)
	ed.side.SetSelected("Both")
	if err := ed.save(); err != nil {
		t.Fatal(err)
	}
	got := h.cramps()[0]
	if *got.Intensity != 9 || got.Side != model.Both {
		t.Fatalf("edited cramp %+v", got)
	}
	if got := h.main.editor.night.status.Text; got != "1 cramp logged" {
		t.Fatalf("editor status %q", got)
	}

	confirmDeleteCramp(h.main.env, got, nil)
	h.tapDialogButton("Yes")
	if n := len(h.cramps()); n != 0 {
		t.Fatalf("%d cramps after delete", n)
	}
	if got := h.main.editor.night.status.Text; got != "Checked: no cramps" {
		t.Fatalf("open editor not refreshed after delete: %q", got)
	}
}

func TestHistoryDeleteDay(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-11-22", Steps: ptr(100)})
	if err := h.store.SaveCramp(bg, &model.Cramp{Night: "2026-11-22", Muscle: model.Calf, Side: model.Left}); err != nil {
		t.Fatal(err)
	}
	h.reopen()
	h.main.openDay("2026-11-22")
	h.main.editor.confirmDelete()
	if msg := h.overlayText(); !strings.Contains(msg, "with 1 cramp of that night") {
		t.Fatalf("confirm text %q", msg)
	}
	h.tapDialogButton("Yes")
	if d, c, _ := h.store.Counts(bg); d != 0 || c != 0 {
		t.Fatalf("after delete: %d days, %d cramps", d, c)
	}
	if rows := h.main.history.rows; len(rows) != 1 || rows[0].date != "2026-11-24" {
		t.Fatalf("after deleting the only day History has %d rows", len(rows))
	}
}

// labelShown reports whether a label with text is laid out in o.
func labelShown(o fyne.CanvasObject, text string) bool {
	for _, obj := range test.LaidOutObjects(o) {
		if l, ok := obj.(*widget.Label); ok && l.Text == text && l.Visible() {
			return true
		}
	}
	return false
}

// Go to date scrolls the list to a typed (or picked) day and marks it; a
// date that cannot be read keeps the dialog open with what was typed.
func TestHistoryGoToDate(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2025-01-10", Steps: ptr(10)})
	h.reopen()
	h.main.tabs.SelectIndex(tabHistory)
	hist := h.main.history
	if labelShown(hist.list, "Sat 15 Mar 2025") {
		t.Fatal("the day is in view before going to it")
	}
	test.Tap(hist.goBtn)
	test.Type(hist.goDlg.entry, "15/03/2025")
	test.Tap(hist.goDlg.goBtn)
	if h.win.Canvas().Overlays().Top() == nil || hist.goDlg.entry.Text != "15/03/2025" || !hist.goDlg.problem.Visible() {
		t.Fatal("a date that cannot be read closed the dialog or lost the typing")
	}
	hist.goDlg.entry.SetText("2025-03-15")
	test.Tap(hist.goDlg.goBtn)
	if h.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the dialog stayed open")
	}
	if !labelShown(hist.list, "Sat 15 Mar 2025") || hist.marked != "2025-03-15" {
		t.Fatal("the list did not scroll to the day")
	}
	if hist.cal.shown() != "March 2025" {
		t.Fatalf("the calendar shows %q", hist.cal.shown())
	}
	hist.goTo("2020-01-01") // before the diary: its first day
	if hist.marked != "2025-01-10" || !labelShown(hist.list, "Fri 10 Jan 2025") {
		t.Fatalf("went to %s", hist.marked)
	}
}
