package ui

import (
	"context"
	"image"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/charts"
	"github.com/crampdiary/crampdiary/model"
)

// chartsTab shows the four charts over a chosen range, and exports the
// doctor report for that range.
type chartsTab struct {
	env       *env
	app       fyne.App
	files     *diaryFiles // writes the report
	rangeSel  *widget.Select
	rangeInfo *widget.Label
	root      *fyne.Container // laid out again when rangeInfo wraps to more lines
	exportBtn *widget.Button
	views     map[string]*chartView
	from, to  model.Date
	// The custom range dialog while it is open, for tests.
	rangeDlg         *formDialog
	fromPick, toPick *datePicker
}

// The range choices, in days back from last night; 0 means the whole diary.
var chartRanges = []struct {
	label string
	days  int
}{{"2 weeks", 14}, {"4 weeks", 28}, {"3 months", 91}, {"1 year", 365}, {"All", 0}, {"Custom…", -1}}

func newChartsTab(e *env, a fyne.App, files *diaryFiles) *chartsTab {
	c := &chartsTab{env: e, app: a, files: files, rangeInfo: widget.NewLabel(""), views: map[string]*chartView{}}
	var labels []string
	for _, r := range chartRanges {
		labels = append(labels, lang.L(r.label))
	}
	c.rangeSel = widget.NewSelect(labels, c.onRange)
	c.exportBtn = widget.NewButtonWithIcon(lang.L("Export report…"), theme.DocumentSaveIcon(), c.onExport)
	scale := func() float32 { return e.win.Canvas().Scale() }
	for name, h := range map[string]float32{"timeline": 260, "weekly": 240, "where": 240, "withwithout": 420} {
		c.views[name] = newChartView(h, scale, c.chartTheme, &e.jobs)
	}
	return c
}

func (c *chartsTab) content() fyne.CanvasObject {
	titled := func(title string, v *chartView) fyne.CanvasObject {
		return container.NewBorder(widget.NewLabelWithStyle(lang.L(title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, v)
	}
	// The range's dates wrap rather than run under the button at large text.
	c.rangeInfo.Wrapping = fyne.TextWrapWord
	bar := container.NewBorder(nil, nil, container.NewVBox(container.NewHBox(widget.NewLabel(lang.L("Show")), c.rangeSel)), container.NewVBox(c.exportBtn), c.rangeInfo)
	body := container.NewVBox(
		titled("Cramps per night, steps and sleep", c.views["timeline"]),
		container.NewGridWithColumns(2,
			titled("Cramp nights per week", c.views["weekly"]),
			titled("Where the cramps were", c.views["where"])),
		titled("Cramp-night rate with and without each factor (descriptive, not proof)", c.views["withwithout"]),
	)
	c.root = container.NewBorder(container.NewPadded(bar), nil, nil, nil, container.NewVScroll(body))
	return c.root
}

// chartTheme matches the charts to the window's light or dark theme and language.
func (c *chartsTab) chartTheme() charts.Theme {
	th := charts.LightTheme()
	if shownVariant(c.app.Settings()) == theme.VariantDark {
		th = charts.DarkTheme()
	}
	th.Background = theme.Color(theme.ColorNameBackground)
	th.Text = theme.Color(theme.ColorNameForeground)
	th.T = func(s string) string { return lang.L(s) }
	return th
}

// lastNight is the newest night a chart can show: tonight has not happened.
func (c *chartsTab) lastNight() model.Date { return c.env.today().AddDays(-1) }

func (c *chartsTab) onRange(label string) {
	for _, r := range chartRanges {
		if lang.L(r.label) != label {
			continue
		}
		switch {
		case r.days < 0:
			c.askCustomRange()
		case r.days == 0:
			c.setRange(c.firstDate(), c.lastNight())
		default:
			c.setRange(c.lastNight().AddDays(1-r.days), c.lastNight())
		}
	}
}

// firstDate is where "All" starts: the first logged day, or two weeks back
// on an empty diary.
func (c *chartsTab) firstDate() model.Date {
	first, _, err := c.env.store.Span(c.env.ctx())
	if err != nil {
		return c.lastNight().AddDays(-13)
	}
	return first
}

// setRange loads the nights from..to off the UI thread and redraws every chart.
func (c *chartsTab) setRange(from, to model.Date) {
	c.from, c.to = from, to
	c.rangeInfo.SetText(counted("{{.From}} to {{.To}} · {{.Count}} nights", from.DaysUntil(to)+1, map[string]any{"From": shortDate(from), "To": shortDate(to)}))
	if c.root != nil {
		c.root.Refresh()
	}
	c.reload()
}

// reload re-reads the diary for the current range, after a range change or an edit.
func (c *chartsTab) reload() {
	if c.from == "" {
		return
	}
	from, to, store := c.from, c.to, c.env.store
	c.env.jobs.run(func() func() {
		days, err := store.Days(context.Background(), from, to)
		var cramps []model.Cramp
		if err == nil {
			cramps, err = store.Cramps(context.Background(), from, to)
		}
		n := charts.NightsFrom(days, cramps, from, to)
		return func() {
			if err != nil {
				c.env.showError(err)
				return
			}
			c.show(n)
		}
	})
}

func (c *chartsTab) show(n charts.Nights) {
	for name, draw := range map[string]func(charts.Nights, charts.Size, charts.Theme) (*image.RGBA, error){
		"timeline": charts.Timeline, "weekly": charts.Weekly, "where": charts.Where, "withwithout": charts.WithWithout,
	} {
		c.views[name].setDraw(func(s charts.Size, th charts.Theme) (*image.RGBA, error) { return draw(n, s, th) })
	}
}

// askCustomRange asks for two dates, typed or picked from a calendar, and
// shows the charts between them. A date that does not read keeps the dialog
// open with what was typed, and says what to fix.
func (c *chartsTab) askCustomRange() {
	c.fromPick = newDatePicker(c.app, c.env, c.from, c.lastNight)
	c.toPick = newDatePicker(c.app, c.env, c.to, c.lastNight)
	form := widget.NewForm(widget.NewFormItem(lang.L("From"), c.fromPick.content()),
		widget.NewFormItem(lang.L("To"), c.toPick.content()))
	c.rangeDlg = newFormDialog(c.env, lang.L("Dates to show"), form, func() error {
		f, t, err := parseDateRange(c.fromPick.entry, c.toPick.entry)
		if err != nil {
			return err
		}
		c.setRange(f, t)
		return nil
	})
	c.rangeDlg.saveBtn.SetText(lang.L("Show"))
	c.rangeDlg.saveBtn.SetIcon(theme.ConfirmIcon())
	c.rangeDlg.show(fyne.NewSize(360, 220))
}

// parseDateRange reads a From and a To field; a date that does not read, or a
// To before the From, is a sentence on what to fix, with the cursor put there.
func parseDateRange(from, to *widget.Entry) (model.Date, model.Date, error) {
	f, err := model.ParseDate(strings.TrimSpace(from.Text))
	if err != nil {
		return "", "", badInput(from, lang.L("From"), lang.L("use a date like 2026-01-31, or pick one from the calendar"))
	}
	t, err := model.ParseDate(strings.TrimSpace(to.Text))
	if err != nil {
		return "", "", badInput(to, lang.L("To"), lang.L("use a date like 2026-01-31, or pick one from the calendar"))
	}
	if t.Before(f) {
		return "", "", badInput(from, lang.L("Dates"), lang.L("the first date must not be after the second"))
	}
	return f, t, nil
}

// onExport offers the report for the range shown.
func (c *chartsTab) onExport() {
	c.files.openReportOn(c.from, c.to)
}
