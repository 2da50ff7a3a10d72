package ui

import (
	"fmt"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// calendarView shows History one month at a time: cramp nights stand out,
// days not logged are quiet, and any day opens like a row of the list.
type calendarView struct {
	env   *env
	month model.Date // the first of the month shown
	rows  map[model.Date]historyRow
	// monthSel and yearSel go straight to any month since the diary began.
	monthSel, yearSel *widget.Select
	syncing           bool // the selects are being set to the month shown
	grid              *fyne.Container
	cells             map[model.Date]*widget.Button
	open              func(model.Date)
	prevBt            *widget.Button
	nextBt            *widget.Button
}

func newCalendarView(e *env, open func(model.Date)) *calendarView {
	c := &calendarView{env: e, open: open, grid: container.NewGridWithColumns(7)}
	c.prevBt = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.showMonth(c.month.Time().AddDate(0, -1, 0)) })
	c.nextBt = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.showMonth(c.month.Time().AddDate(0, 1, 0)) })
	months := make([]string, 12)
	for m := range months {
		months[m] = capitalized(uiLocale().Month(time.Month(m + 1)))
	}
	c.monthSel = widget.NewSelect(months, func(string) { c.onPick() })
	c.yearSel = widget.NewSelect(nil, func(string) { c.onPick() })
	return c
}

// shown is the month on screen in words, e.g. "November 2026".
func (c *calendarView) shown() string {
	return c.monthSel.Selected + " " + c.yearSel.Selected
}

// onPick shows the month and year chosen, or this month for a later one.
func (c *calendarView) onPick() {
	if c.syncing {
		return
	}
	y, err := strconv.Atoi(c.yearSel.Selected)
	m := c.monthSel.SelectedIndex()
	if err != nil || m < 0 {
		return
	}
	t := time.Date(y, time.Month(m+1), 1, 12, 0, 0, 0, time.UTC)
	if today := c.env.today().Time(); t.After(today) {
		t = today
	}
	c.showMonth(t)
}

// setYears offers the years from the first row's to this one.
func (c *calendarView) setYears(first, last model.Date) {
	var years []string
	for y := last.Time().Year(); y >= first.Time().Year(); y-- {
		years = append(years, strconv.Itoa(y))
	}
	c.yearSel.SetOptions(years)
}

func (c *calendarView) content() fyne.CanvasObject {
	legend := widget.NewLabel(lang.L("⚠ cramps · ✓ no cramps · ○ night not checked · blank: not logged"))
	legend.Importance = widget.LowImportance
	return container.NewBorder(c.header(), legend, nil, nil, container.NewVScroll(c.grid))
}

// compact is the month at its natural height, for a dialog.
func (c *calendarView) compact() fyne.CanvasObject {
	return container.NewVBox(c.header(), c.grid)
}

func (c *calendarView) header() fyne.CanvasObject {
	pick := container.NewHBox(layout.NewSpacer(), c.monthSel, c.yearSel, layout.NewSpacer())
	return container.NewBorder(nil, nil, c.prevBt, c.nextBt, pick)
}

// setRows takes the History rows and redraws the month shown (this month at first).
func (c *calendarView) setRows(rows []historyRow) {
	c.rows = make(map[model.Date]historyRow, len(rows))
	for _, r := range rows {
		c.rows[r.date] = r
	}
	if len(rows) > 0 {
		c.setYears(rows[len(rows)-1].date, rows[0].date)
	}
	if c.month == "" {
		c.showMonth(c.env.today().Time())
		return
	}
	c.showMonth(c.month.Time())
}

// setRow takes one History row that changed, and redraws its cell when its
// month is shown.
func (c *calendarView) setRow(r historyRow) {
	c.rows[r.date] = r
	if b, ok := c.cells[r.date]; ok {
		c.markCell(b, r.date)
	}
}

func (c *calendarView) showMonth(t time.Time) {
	first := model.Date(t.Format("2006-01") + "-01")
	c.month = first
	c.syncing = true
	c.monthSel.SetSelectedIndex(int(first.Time().Month()) - 1)
	c.yearSel.SetSelected(first.Time().Format("2006"))
	c.syncing = false
	c.nextBt.Disable()
	if first.Time().AddDate(0, 1, 0).Format("2006-01-02") <= string(c.env.today()) {
		c.nextBt.Enable()
	}
	c.grid.Objects = nil
	c.cells = map[model.Date]*widget.Button{}
	loc := uiLocale()
	for i := 0; i < 7; i++ {
		wd := (loc.FirstWeekday() + time.Weekday(i)) % 7
		c.grid.Add(widget.NewLabelWithStyle(capitalized(loc.WeekdayShort(wd)), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	}
	// Weeks start on the locale's first day: Monday in Europe, Sunday in the US.
	lead := (int(first.Weekday()) - int(loc.FirstWeekday()) + 7) % 7
	for i := 0; i < lead; i++ {
		c.grid.Add(layout.NewSpacer())
	}
	for d := first; d.Time().Month() == first.Time().Month(); d = d.AddDays(1) {
		c.grid.Add(c.cell(d))
	}
	c.grid.Refresh()
}

// cell is one day: its number and a mark for its night.
func (c *calendarView) cell(d model.Date) *widget.Button {
	day := d
	b := widget.NewButton("", func() { c.open(day) })
	c.cells[d] = b
	c.markCell(b, d)
	return b
}

func (c *calendarView) markCell(b *widget.Button, d model.Date) {
	n := strconv.Itoa(d.Time().Day())
	if c.env.today().Before(d) {
		b.SetText(n)
		b.Disable()
		return
	}
	r, ok := c.rows[d]
	b.Importance = widget.MediumImportance
	switch {
	case !ok || r.day == nil:
		b.SetText(n)
		b.Importance = widget.LowImportance
	case r.cramps > 0:
		// The mark is Fyne's warning icon, drawn in the cell's text colour;
		// the ⚠ character would come from the colour emoji font, yellow on orange.
		b.SetText(fmt.Sprintf("%s ×%d", n, r.cramps))
		b.SetIcon(theme.WarningIcon())
		b.IconPlacement = widget.ButtonIconTrailingText
		b.Importance = widget.WarningImportance
	case r.day.NightChecked:
		b.SetText(n + " ✓")
	default:
		b.SetText(n + " ○")
	}
	b.Refresh()
}

// capitalized starts a name with a capital letter, as a heading or a choice
// in a list shows it: Russian writes "ноябрь" in a sentence, "Ноябрь" alone.
func capitalized(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}
