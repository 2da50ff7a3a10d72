package ui

import (
	"errors"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// historyScreen lists every day from today back to the first logged day,
// newest first, with the days nobody logged in between shown as gaps to fill
// in. After a save only the days that changed are read again.
type historyScreen struct {
	env     *env
	rows    []historyRow
	list    *widget.List
	summary *widget.Label
	open    func(d model.Date) // opens the day editor
	view    *widget.RadioGroup // list or calendar
	cal     *calendarView
	body    *fyne.Container
	goBtn   *widget.Button
	goDlg   *goToDialog // the open Go to date dialog, for tests
	marked  model.Date  // the day last gone to, shown in bold colour

	dateWidth float32 // of the date column, measured by the first row made
}

type historyRow struct {
	date   model.Date
	day    *model.Day
	cramps int
}

func newHistoryScreen(e *env, open func(model.Date)) *historyScreen {
	h := &historyScreen{env: e, summary: widget.NewLabel(""), open: open, cal: newCalendarView(e, open)}
	h.summary.Wrapping = fyne.TextWrapWord // a narrow window wraps it rather than grows
	h.list = widget.NewList(func() int { return len(h.rows) }, h.newItem, h.updateItem)
	h.list.OnSelected = func(id widget.ListItemID) {
		h.list.UnselectAll()
		if id >= 0 && id < len(h.rows) {
			h.open(h.rows[id].date)
		}
	}
	return h
}

func (h *historyScreen) content() fyne.CanvasObject {
	calendar := h.cal.content()
	calendar.Hide()
	h.body = container.NewStack(h.list, calendar)
	h.view = widget.NewRadioGroup([]string{lang.L("List"), lang.L("Calendar")}, func(choice string) {
		if choice == lang.L("Calendar") {
			h.list.Hide()
			calendar.Show()
		} else {
			calendar.Hide()
			h.list.Show()
		}
	})
	h.view.Horizontal, h.view.Required = true, true
	h.view.SetSelected(lang.L("List"))
	h.goBtn = widget.NewButtonWithIcon(lang.L("Go to date…"), theme.SearchIcon(), h.onGoTo)
	controls := container.NewVBox(container.NewHBox(h.goBtn, h.view)) // their own height, however the summary wraps
	top := container.NewBorder(nil, nil, nil, controls, h.summary)
	return container.NewBorder(container.NewPadded(top), nil, nil, nil, h.body)
}

// load rebuilds the list from the diary.
func (h *historyScreen) load() error {
	today := h.env.today()
	days, err := h.env.store.Days(h.env.ctx(), model.FirstDate, today)
	if err != nil {
		return err
	}
	cramps, err := h.env.store.Cramps(h.env.ctx(), model.FirstDate, today)
	if err != nil {
		return err
	}
	h.rows = buildHistory(today, days, cramps)
	h.summary.SetText(historySummary(h.rows))
	h.list.Refresh()
	h.cal.setRows(h.rows)
	return nil
}

// refreshDays reads again only the days given, in place: on a ten-year diary
// a full load takes tens of milliseconds, one day well under one. A change
// the rows cannot take in place (a new first day, the first day deleted, a
// new diary day) loads everything.
func (h *historyScreen) refreshDays(dates []model.Date) error {
	if len(dates) == 0 || len(h.rows) == 0 || h.rows[0].date != h.env.today() {
		return h.load()
	}
	for _, d := range dates {
		id, ok := h.rowIndex(d)
		if !ok || id == len(h.rows)-1 {
			return h.load() // before the first day, or the first day itself changed
		}
		row, err := h.readRow(d)
		if err != nil {
			return err
		}
		h.rows[id] = row
		h.list.RefreshItem(id)
		h.cal.setRow(row)
	}
	h.summary.SetText(historySummary(h.rows))
	return nil
}

// rowIndex is where day d is in the rows, newest first.
func (h *historyScreen) rowIndex(d model.Date) (int, bool) {
	if !d.Valid() {
		return 0, false
	}
	id := d.DaysUntil(h.rows[0].date)
	return id, id >= 0 && id < len(h.rows) && h.rows[id].date == d
}

func (h *historyScreen) readRow(d model.Date) (historyRow, error) {
	row := historyRow{date: d}
	day, err := h.env.store.Day(h.env.ctx(), d)
	switch {
	case err == nil:
		row.day = &day
	case !errors.Is(err, model.ErrNotFound):
		return row, err
	}
	cramps, err := h.env.store.Cramps(h.env.ctx(), d, d)
	row.cramps = len(cramps)
	return row, err
}

// buildHistory makes one row a day from the first logged day (or night with
// cramps) to today; a new diary shows today alone.
func buildHistory(today model.Date, days []model.Day, cramps []model.Cramp) []historyRow {
	first := today
	if len(days) > 0 && days[0].Date.Before(first) {
		first = days[0].Date
	}
	perNight := make(map[model.Date]int, len(cramps))
	for _, c := range cramps {
		perNight[c.Night]++
		if c.Night.Before(first) {
			first = c.Night
		}
	}
	byDate := make(map[model.Date]*model.Day, len(days))
	for i := range days {
		byDate[days[i].Date] = &days[i]
	}
	rows := make([]historyRow, 0, first.DaysUntil(today)+1)
	for d := today; !d.Before(first); d = d.AddDays(-1) {
		rows = append(rows, historyRow{date: d, day: byDate[d], cramps: perNight[d]})
	}
	return rows
}

func historySummary(rows []historyRow) string {
	logged, crampNights := 0, 0
	for _, r := range rows {
		if r.day != nil {
			logged++
		}
		if r.cramps > 0 {
			crampNights++
		}
	}
	return counted("{{.Logged}} of {{.Count}} days logged · {{.Cramps}} · select a day to open, edit or fill it in",
		len(rows), map[string]any{"Logged": logged, "Cramps": count("{{.Count}} nights with cramps", crampNights)})
}

func (h *historyScreen) newItem() fyne.CanvasObject {
	date := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	// A fixed-width date column keeps the summaries lined up row after row.
	strut := canvas.NewRectangle(color.Transparent)
	strut.SetMinSize(fyne.NewSize(h.dateColumnWidth(date.TextStyle), 1))
	left := container.NewHBox(widget.NewIcon(theme.ConfirmIcon()), container.NewStack(strut, date))
	return container.NewBorder(nil, nil, left, nil, widget.NewLabel(""))
}

// dateColumnWidth fits the widest weekday and month pairing in the person's
// language ("ср, 23 сент. 2026" is wider than "Wed 23 Sep 2026"). It is
// measured once per screen: the list makes its rows on the UI thread, so no lock.
func (h *historyScreen) dateColumnWidth(style fyne.TextStyle) float32 {
	if h.dateWidth > 0 {
		return h.dateWidth
	}
	var w float32
	for m := time.January; m <= time.December; m++ {
		for day := 22; day <= 28; day++ { // every weekday, with two digits
			text := shortDate(model.DateOf(time.Date(2026, m, day, 12, 0, 0, 0, time.UTC)))
			w = max(w, fyne.MeasureText(text, theme.TextSize(), style).Width)
		}
	}
	h.dateWidth = w + 2*theme.InnerPadding()
	return h.dateWidth
}

func (h *historyScreen) updateItem(id widget.ListItemID, item fyne.CanvasObject) {
	if id >= len(h.rows) {
		return
	}
	row := h.rows[id]
	box := item.(*fyne.Container)
	summary := box.Objects[0].(*widget.Label)
	left := box.Objects[1].(*fyne.Container)
	icon, date := left.Objects[0].(*widget.Icon), left.Objects[1].(*fyne.Container).Objects[1].(*widget.Label)
	date.Importance = widget.MediumImportance
	if row.date == h.marked {
		date.Importance = widget.HighImportance
	}
	date.SetText(shortDate(row.date))
	text, res, importance := rowSummary(row, h.env.today())
	icon.SetResource(res)
	summary.Importance = importance
	summary.SetText(text)
}

// rowSummary describes a day in one line, and picks its icon and emphasis.
func rowSummary(r historyRow, today model.Date) (string, fyne.Resource, widget.Importance) {
	if r.day == nil && r.date == today {
		return lang.L("Not logged yet · select to fill in"), theme.RadioButtonIcon(), widget.LowImportance
	}
	if r.day == nil {
		return lang.L("Not logged · select to fill in"), theme.QuestionIcon(), widget.LowImportance
	}
	d := r.day
	parts := []string{}
	res, imp := theme.ConfirmIcon(), widget.MediumImportance
	switch {
	case r.cramps > 0:
		parts = append(parts, count("{{.Count}} cramps", r.cramps))
		res, imp = theme.WarningIcon(), widget.WarningImportance
	case d.NightChecked:
		parts = append(parts, lang.L("no cramps"))
	case r.date == today:
		parts = append(parts, lang.L("tonight still to come"))
		res = theme.RadioButtonIcon()
	default:
		parts = append(parts, lang.L("night not checked"))
		res = theme.RadioButtonIcon()
	}
	if d.Steps != nil {
		parts = append(parts, counted("{{.Steps}} steps", *d.Steps, map[string]any{"Steps": groupDigits(*d.Steps)}))
	}
	if h, ok := d.SleepHours(); ok {
		parts = append(parts, lang.L("slept {{.Hours}} h", map[string]any{"Hours": decimal(h, 1)}))
	}
	if d.AlcoholDrinks != nil && *d.AlcoholDrinks > 0 {
		parts = append(parts, count("{{.Count}} drinks", *d.AlcoholDrinks))
	}
	if d.MedicationChange != "" {
		parts = append(parts, lang.L("medication change"))
	}
	return strings.Join(parts, " · "), res, imp
}
