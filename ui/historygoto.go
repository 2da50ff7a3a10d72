package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// goToDialog asks which day to see in History: picked on a calendar, or
// typed. A date that cannot be read keeps the dialog open with what was typed.
type goToDialog struct {
	entry   *widget.Entry
	problem *widget.Label
	goBtn   *widget.Button
	picker  *calendarView
	dlg     *dialog.CustomDialog
}

// onGoTo opens the date picker; the day chosen is brought into view.
func (h *historyScreen) onGoTo() {
	g := &goToDialog{entry: widget.NewEntry(), problem: wrappedLabel("")}
	g.entry.SetPlaceHolder(lang.L("a date like 2026-01-31"))
	g.problem.Importance = widget.DangerImportance
	g.problem.Hide()
	start := h.env.today()
	if h.marked != "" {
		start = h.marked
	}
	// The diary's own month grid, not Fyne's calendar: it names months and
	// weekdays in the person's language and starts weeks where they do.
	g.picker = newCalendarView(h.env, func(d model.Date) {
		g.dlg.Hide()
		h.goTo(d)
	})
	g.picker.setRows(h.rows)
	g.picker.showMonth(start.Time())
	typed := func() {
		d, err := model.ParseDate(strings.TrimSpace(g.entry.Text))
		if err != nil {
			g.problem.SetText(lang.L("Type the date like 2026-01-31 (year, month, day), or pick it on the calendar."))
			g.problem.Show()
			return
		}
		g.dlg.Hide()
		h.goTo(d)
	}
	g.entry.OnSubmitted = func(string) { typed() }
	g.goBtn = widget.NewButton(lang.L("Go"), typed)
	g.goBtn.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("Cancel"), func() { g.dlg.Hide() })
	typeRow := container.NewBorder(nil, nil, nil, g.goBtn, g.entry)
	body := container.NewVBox(widget.NewLabel(lang.L("Pick a day, or type it:")), typeRow, g.problem, g.picker.compact(),
		container.NewHBox(layout.NewSpacer(), cancel))
	g.dlg = dialog.NewCustomWithoutButtons(lang.L("Go to date"), body, h.env.win)
	g.dlg.Resize(fyne.NewSize(480, body.MinSize().Height))
	h.goDlg = g
	g.dlg.Show()
	h.env.win.Canvas().Focus(g.entry)
}

// goTo shows day d: scrolled into view and marked in the list, its month in
// the calendar. A day outside the diary goes to its nearest end.
func (h *historyScreen) goTo(d model.Date) {
	if len(h.rows) == 0 {
		return
	}
	if first := h.rows[len(h.rows)-1].date; d.Before(first) {
		d = first
	}
	if last := h.rows[0].date; last.Before(d) {
		d = last
	}
	id, _ := h.rowIndex(d)
	h.marked = d
	h.list.Refresh()
	// From the bottom, ScrollTo brings the day to the top, where the eye starts.
	h.list.ScrollToBottom()
	h.list.ScrollTo(id)
	h.cal.showMonth(d.Time())
}
