package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// datePicker is a date typed as 2026-01-31 or picked from a calendar. Fyne's
// DateEntry writes the date in the locale's short form, which ParseDate and
// the rest of the diary do not read, and its calendar opens on today's month
// whatever date is typed and names months in English; this one opens on the
// typed date, on the diary's own month grid in the person's language.
type datePicker struct {
	env      *env
	entry    *widget.Entry
	button   *widget.Button
	popUp    *widget.PopUp // the calendar while it is open
	calendar *calendarView
	driver   fyne.Driver       // places the calendar under the field
	fallback func() model.Date // the month to open on when no date is typed
}

// pickerYears is how far back the calendar's year list reaches.
const pickerYears = 20

func newDatePicker(a fyne.App, e *env, d model.Date, fallback func() model.Date) *datePicker {
	p := &datePicker{env: e, entry: widget.NewEntry(), driver: a.Driver(), fallback: fallback}
	p.entry.SetText(string(d))
	p.entry.SetPlaceHolder("2026-01-31")
	p.button = widget.NewButtonWithIcon("", theme.Icon(theme.IconNameCalendar), p.openCalendar)
	return p
}

func (p *datePicker) content() fyne.CanvasObject {
	return container.NewBorder(nil, nil, nil, p.button, p.entry)
}

// openCalendar shows a month under the field: the typed date's when it reads
// as a date, so a person moves from what they typed.
func (p *datePicker) openCalendar() {
	shown := p.fallback()
	if d, err := model.ParseDate(strings.TrimSpace(p.entry.Text)); err == nil {
		shown = d
	}
	p.calendar = newCalendarView(p.env, p.pick)
	today := p.env.today()
	p.calendar.setYears(today.AddDays(-366*pickerYears), today)
	p.calendar.showMonth(shown.Time())
	p.popUp = widget.NewPopUp(p.calendar.compact(), p.env.win.Canvas())
	at := p.driver.AbsolutePositionForObject(p.entry)
	p.popUp.ShowAtPosition(at.AddXY(0, p.entry.Size().Height))
}

// pick writes the chosen day into the field and closes the calendar.
func (p *datePicker) pick(d model.Date) {
	p.entry.SetText(string(d))
	if p.popUp != nil {
		p.popUp.Hide()
		p.popUp = nil
	}
}
