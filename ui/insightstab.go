package ui

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/insights"
)

// insightsTab shows what the diary suggests (as hypotheses) and the
// self-experiments that test them.
type insightsTab struct {
	env         *env
	patterns    *fyne.Container
	experiments *fyne.Container
	startBtn    *widget.Button
	testBtns    map[insightRow]*widget.Button
	openBtns    map[uint]*widget.Button
	insights    []insights.Insight
	exps        []model.Experiment
	openPlanner func(model.TemplateID)
	openResult  func(model.Experiment)
}

func newInsightsTab(e *env, openPlanner func(model.TemplateID), openResult func(model.Experiment)) *insightsTab {
	t := &insightsTab{env: e, patterns: container.NewVBox(), experiments: container.NewVBox(),
		openPlanner: openPlanner, openResult: openResult}
	t.startBtn = widget.NewButtonWithIcon(lang.L("Start an experiment…"), theme.ContentAddIcon(), func() { openPlanner("") })
	return t
}

func (t *insightsTab) content() fyne.CanvasObject {
	intro := wrappedLabel(lang.L("Each line compares the nights you checked with a factor against those without it. A pattern here is a hypothesis to test with an experiment, not a cause: many things change together."))
	waves := wrappedLabel(lang.L("Cramps come in waves and fade on their own, so a factor only counts if the difference holds within the same weeks. An experiment decides at random which nights get the change, so neither waves nor fading can fool it: it is the way to be sure."))
	expHead := container.NewBorder(nil, nil, nil, t.startBtn, heading(lang.L("Your experiments")))
	body := container.NewVBox(heading(lang.L("Patterns in your diary")), intro, waves, t.patterns, widget.NewSeparator(), expHead, t.experiments)
	return container.NewVScroll(container.NewPadded(body))
}

func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

// load re-reads the diary and redraws both lists.
func (t *insightsTab) load() error {
	var err error
	if t.insights, err = insights.Load(t.env.ctx(), t.env.store, t.env.today()); err != nil {
		return err
	}
	if t.exps, err = t.env.store.Experiments(t.env.ctx()); err != nil {
		return err
	}
	t.showPatterns()
	t.showExperiments()
	return nil
}

// insightRow names one line of the list: a load factor has a line for each lag.
type insightRow struct {
	factor insights.Factor
	lag    int
}

// verdictOrder puts what the person can act on first.
var verdictOrder = map[insights.Verdict]int{
	insights.LikelyPattern: 0, insights.LikelyProtective: 1, insights.ChangedOnce: 2,
	insights.NoSign: 3, insights.NotEnoughData: 4,
}

func (t *insightsTab) showPatterns() {
	sort.SliceStable(t.insights, func(i, j int) bool {
		return verdictOrder[t.insights[i].Verdict] < verdictOrder[t.insights[j].Verdict]
	})
	t.patterns.Objects = nil
	t.testBtns = map[insightRow]*widget.Button{}
	for _, in := range t.insights {
		t.patterns.Add(t.patternRow(in))
	}
	t.patterns.Refresh()
}

func (t *insightsTab) patternRow(in insights.Insight) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L(in.Label)+" · "+verdictText(in), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	if in.Verdict == insights.LikelyPattern || in.Verdict == insights.LikelyProtective {
		title.Importance = widget.WarningImportance
	}
	detail := wrappedLabel(patternDetail(in))
	var right fyne.CanvasObject
	if in.Experiment != "" && in.Verdict != insights.NoSign {
		id := model.TemplateID(in.Experiment)
		b := widget.NewButton(lang.L("Test it"), func() { t.openPlanner(id) })
		t.testBtns[insightRow{in.Factor, in.Lag}] = b
		right = container.NewVBox(b)
	}
	return container.NewBorder(nil, nil, nil, right, container.NewVBox(title, detail))
}

func verdictText(in insights.Insight) string {
	switch in.Verdict {
	case insights.LikelyPattern:
		return lang.L("likely pattern: more cramps with it")
	case insights.LikelyProtective:
		return lang.L("likely pattern: fewer cramps with it")
	case insights.ChangedOnce:
		return lang.L("changed at the same time as your cramps; an experiment can tell")
	case insights.NoSign:
		return lang.L("no sign")
	}
	return lang.L("not enough data")
}

// patternDetail gives the counts behind a verdict, or what to log next.
func patternDetail(in insights.Insight) string {
	counts := fmt.Sprintf(lang.L("With it: %s. Without: %s."), rateText(in.CrampNightsWith, in.NightsWith), rateText(in.CrampNightsWithout, in.NightsWithout))
	switch {
	case in.Verdict == insights.NotEnoughData && in.Need != "":
		return counts + " " + sentenceCase(in.Need)
	case in.Tested && !math.IsNaN(in.Q):
		return counts + " " + fmt.Sprintf(lang.L("Compared within the same two weeks, p = %.3f; after allowing for testing many factors, q = %.3f."), in.P, in.Q)
	}
	return counts
}

func rateText(crampNights, nights int) string {
	if nights == 0 {
		return lang.L("no nights yet")
	}
	return fmt.Sprintf(lang.L("cramps on %d of %d nights (%.0f%%)"), crampNights, nights, 100*float64(crampNights)/float64(nights))
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

func (t *insightsTab) experimentRow(e model.Experiment) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L(e.Title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	info := widget.NewLabel(fmt.Sprintf("%s – %s · %s", shortDate(e.Start), shortDate(e.LastNight()), stateText(e.State(t.env.today()))))
	exp := e
	open := widget.NewButton(lang.L("Results"), func() { t.openResult(exp) })
	t.openBtns[e.ID] = open
	return container.NewBorder(nil, nil, nil, container.NewVBox(open), container.NewVBox(title, info))
}

func stateText(s model.ExperimentState) string {
	return map[model.ExperimentState]string{
		model.StatePlanned: lang.L("starts soon"), model.StateRunning: lang.L("running"),
		model.StateFinished: lang.L("finished"), model.StateStopped: lang.L("stopped early"),
	}[s]
}

// sentenceCase makes s the sentence it now is: a capital first and a full stop last.
func sentenceCase(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	s = strings.ToUpper(string(r[0])) + string(r[1:])
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
