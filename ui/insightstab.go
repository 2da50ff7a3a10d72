package ui

import (
	"image"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/charts"
	"github.com/crampdiary/crampdiary/model/experiment"
	"github.com/crampdiary/crampdiary/model/insights"
)

// insightsTab shows what the diary suggests (as hypotheses) and the
// self-experiments that test them. It leads with a chart of every factor;
// the numbers behind each verdict wait behind "Details".
type insightsTab struct {
	env         *env
	chart       *chartView
	unseen      *widget.Label // the factors the chart cannot show yet
	details     *widget.Check
	patterns    *fyne.Container
	body        *fyne.Container
	experiments *fyne.Container
	startBtn    *widget.Button
	testBtns    map[insights.Factor]*widget.Button
	numbers     map[insights.Factor]*widget.Label // each factor's figures, shown with Details
	openBtns    map[uint]*widget.Button
	insights    []insights.Insight // every factor at every lag, as the finder gives them
	rows        []insights.Insight // one per factor, strongest first (insights.Strongest)
	exps        []experiment.Experiment
	openPlanner func(experiment.TemplateID)
	openResult  func(experiment.Experiment)
}

// Room for one factor in the chart, and for its legend, axis and note.
const (
	insightsChartRowH  = 52
	insightsChartFrame = 110
)

func newInsightsTab(e *env, chartTheme func() charts.Theme, openPlanner func(experiment.TemplateID), openResult func(experiment.Experiment)) *insightsTab {
	t := &insightsTab{env: e, patterns: container.NewVBox(), experiments: container.NewVBox(),
		unseen: wrappedLabel(""), openPlanner: openPlanner, openResult: openResult}
	scale := func() float32 { return e.win.Canvas().Scale() }
	t.chart = newChartView(insightsChartFrame+insightsChartRowH, scale, chartTheme, &e.jobs)
	t.details = widget.NewCheck(lang.L("Details: the numbers behind each verdict"), func(bool) { t.showNumbers() })
	t.startBtn = widget.NewButtonWithIcon(lang.L("Start an experiment…"), theme.ContentAddIcon(), func() { openPlanner("") })
	return t
}

func (t *insightsTab) content() fyne.CanvasObject {
	intro := wrappedLabel(lang.L("How often you had a cramp on the nights with each factor and on the nights without it. Each night is compared with nights from the same weeks, because cramps come in waves. A pattern is a hypothesis to test with an experiment, not a cause: many things change together."))
	expHead := container.NewBorder(nil, nil, nil, t.startBtn, heading(lang.L("Your experiments")))
	t.body = container.NewVBox(heading(lang.L("Patterns in your diary")), intro, t.chart, t.unseen,
		t.details, t.patterns, widget.NewSeparator(), expHead, t.experiments)
	return container.NewVScroll(container.NewPadded(t.body))
}

func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

// load re-reads the diary and redraws the chart and both lists.
func (t *insightsTab) load() error {
	var err error
	if t.insights, err = insights.Load(t.env.ctx(), t.env.store, t.env.today()); err != nil {
		return err
	}
	if t.exps, err = t.env.store.Experiments(t.env.ctx()); err != nil {
		return err
	}
	t.rows = insights.Strongest(t.insights)
	t.showChart()
	t.showPatterns()
	t.showExperiments()
	return nil
}

// showChart draws the factors compared on both sides; the others are named
// under it, so no factor goes missing without a word.
func (t *insightsTab) showChart() {
	var rates []charts.FactorRate
	var unseen []string
	for _, in := range t.rows {
		if in.NightsWith == 0 || in.NightsWithout == 0 {
			unseen = append(unseen, lang.L(in.Short))
			continue
		}
		rates = append(rates, charts.FactorRate{Label: lang.L(in.Short), Verdict: verdictWords(in), Strong: likely(in),
			CrampWith: in.CrampNightsWith, With: in.NightsWith, CrampWithout: in.CrampNightsWithout, Without: in.NightsWithout})
	}
	// The chart grows with its rows; the layout gives it the new height
	// before it draws, so it is drawn once at the size it is shown.
	t.chart.minH = float32(insightsChartFrame + insightsChartRowH*max(1, len(rates)))
	if t.body != nil {
		t.body.Refresh()
	}
	t.chart.setDraw(func(s charts.Size, th charts.Theme) (*image.RGBA, error) { return charts.FactorRates(rates, s, th) })
	t.unseen.Hide()
	if len(unseen) > 0 {
		t.unseen.SetText(lang.L("Not compared yet, for want of nights both with and without them: {{.Factors}}.",
			map[string]any{"Factors": strings.Join(unseen, ", ")}))
		t.unseen.Show()
	}
}

func likely(in insights.Insight) bool {
	return in.Verdict == insights.LikelyPattern || in.Verdict == insights.LikelyProtective
}

// showPatterns lists every factor in the chart's order: its verdict in
// words, "Test it" where an experiment can tell more, and its numbers.
func (t *insightsTab) showPatterns() {
	t.patterns.Objects = nil
	t.testBtns = map[insights.Factor]*widget.Button{}
	t.numbers = map[insights.Factor]*widget.Label{}
	for _, in := range t.rows {
		t.patterns.Add(t.patternRow(in))
	}
	t.showNumbers()
	t.patterns.Refresh()
}

func (t *insightsTab) patternRow(in insights.Insight) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L(in.Label)+" · "+verdictWords(in), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	if likely(in) {
		title.Importance = widget.WarningImportance
	}
	numbers := wrappedLabel(t.numbersText(in))
	t.numbers[in.Factor] = numbers
	var right fyne.CanvasObject
	if in.Experiment != "" && in.Verdict != insights.NoSign {
		id := experiment.TemplateID(in.Experiment)
		b := widget.NewButton(lang.L("Test it"), func() { t.openPlanner(id) })
		t.testBtns[in.Factor] = b
		right = container.NewVBox(b)
	}
	return container.NewBorder(nil, nil, nil, right, container.NewVBox(title, numbers))
}

// showNumbers shows or hides every factor's numbers with the Details box.
func (t *insightsTab) showNumbers() {
	for _, l := range t.numbers {
		if t.details.Checked {
			l.Show()
		} else {
			l.Hide()
		}
	}
	t.patterns.Refresh()
}

func (t *insightsTab) showExperiments() {
	t.experiments.Objects = nil
	t.openBtns = map[uint]*widget.Button{}
	if len(t.exps) == 0 {
		t.experiments.Add(wrappedLabel(lang.L("No experiments yet. Pick one change, keep everything else as usual, and let the plan decide which nights get the change.")))
	}
	for i := len(t.exps) - 1; i >= 0; i-- { // newest first
		t.experiments.Add(t.experimentRow(t.exps[i]))
	}
	t.experiments.Refresh()
}

func (t *insightsTab) experimentRow(e experiment.Experiment) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L(e.Title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	info := widget.NewLabel(experimentSpan(e, t.env.today()))
	exp := e
	open := widget.NewButton(lang.L("Results"), func() { t.openResult(exp) })
	t.openBtns[e.ID] = open
	return container.NewBorder(nil, nil, nil, container.NewVBox(open), container.NewVBox(title, info))
}

func stateText(s experiment.State) string {
	return map[experiment.State]string{
		experiment.StatePlanned: lang.L("starts soon"), experiment.StateRunning: lang.L("running"),
		experiment.StateFinished: lang.L("finished"), experiment.StateStopped: lang.L("stopped early"),
	}[s]
}
