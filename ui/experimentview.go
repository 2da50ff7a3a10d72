package ui

import (
	"fmt"
	"image"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/charts"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// resultView shows one experiment: its plan, the phase chart, the figures
// and the verdict, and lets the person stop it early or delete it.
type resultView struct {
	env     *env
	exp     experiment.Experiment
	res     experiment.Result
	verdict *widget.Label
	chart   *chartView
	stopBtn *widget.Button
	delBtn  *widget.Button
	dlg     *dialog.CustomDialog
}

func newResultView(e *env, exp experiment.Experiment, th func() charts.Theme) (*resultView, error) {
	res, err := experiment.AnalyseStored(e.ctx(), e.store, exp, e.today())
	if err != nil {
		return nil, err
	}
	v := &resultView{env: e, exp: exp, res: res, verdict: wrappedLabel(verdictSentence(res))}
	v.verdict.TextStyle.Bold = true
	v.chart = newChartView(220, func() float32 { return e.win.Canvas().Scale() }, th, &e.jobs)
	v.stopBtn = widget.NewButtonWithIcon(lang.L("Stop early"), theme.MediaStopIcon(), v.confirmStop)
	v.delBtn = widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), v.confirmDelete)
	if exp.State(e.today()) != experiment.StateRunning {
		v.stopBtn.Disable()
	}
	return v, nil
}

func (v *resultView) content() fyne.CanvasObject {
	plan := wrappedLabel(planText(v.exp))
	figures := wrappedLabel(figuresText(v.exp, v.res))
	if v.exp.StoppedBeforeStart() {
		return container.NewVScroll(container.NewVBox(v.verdict, plan, figures)) // no night to draw
	}
	return container.NewVScroll(container.NewVBox(v.verdict, plan, v.chart, figures))
}

// open shows the dialog and draws the chart of the experiment's nights.
func (v *resultView) open() {
	closeBtn := widget.NewButton(lang.L("Close"), func() { v.dlg.Hide() })
	buttons := container.NewHBox(v.delBtn, v.stopBtn, layout.NewSpacer(), closeBtn)
	v.dlg = dialog.NewCustomWithoutButtons(lang.L(v.exp.Title), container.NewBorder(nil, buttons, nil, nil, v.content()), v.env.win)
	size := v.env.win.Canvas().Size()
	v.dlg.Resize(fyne.NewSize(size.Width*0.92, size.Height*0.92))
	v.dlg.Show()
	if v.exp.StoppedBeforeStart() {
		return
	}
	from, to, store, sched := v.exp.Start, v.exp.LastNight(), v.env.store, v.exp.Nights
	v.chart.setDraw(func(s charts.Size, th charts.Theme) (*image.RGBA, error) {
		days, err := store.Days(v.env.ctx(), from, to)
		if err != nil {
			return nil, err
		}
		cramps, err := store.Cramps(v.env.ctx(), from, to)
		if err != nil {
			return nil, err
		}
		return charts.Phases(charts.NightsFrom(days, cramps, from, to), sched, s, th)
	})
}

// phasesText is the design of a plan in phases: "4 pairs of 7-day phases,
// usual and change, in random order. The first 2 days of each phase are a
// washout and not compared."
func phasesText(p experiment.Plan) string {
	order := map[experiment.PhaseOrder]string{experiment.OrderRandom: lang.L("in random order"), experiment.OrderFixed: lang.L("usual first")}[p.Order]
	text := counted("{{.Count}} pairs of {{.Days}}-day phases, usual and change, {{.Order}}.", p.Pairs, map[string]any{"Days": p.PhaseDays, "Order": order})
	if p.WashoutDays > 0 {
		text += " " + count("The first {{.Count}} days of each phase are a washout and not compared.", p.WashoutDays)
	}
	return text
}

func planText(e experiment.Experiment) string {
	p := e.Plan
	design := count("{{.Count}} nights, each drawn at random as a usual night or a change night, half of each.", p.Nights)
	if p.Design == experiment.Phases {
		design = phasesText(p)
	}
	return fmt.Sprintf("%s\n%s: %s\n%s: %s\n%s", design, lang.L("Usual nights"), lang.L(e.Usual), lang.L("Change nights"), lang.L(e.Change),
		lang.L("Fixed before the start: {{.Start}} to {{.End}}, measured by {{.Outcome}}.",
			map[string]any{"Start": shortDate(e.Start), "End": shortDate(e.End()), "Outcome": outcomeName(p.Outcome)}))
}

func outcomeName(o experiment.Outcome) string {
	return map[experiment.Outcome]string{experiment.OutcomeCrampNights: lang.L("nights with cramps"),
		experiment.OutcomeCrampsPerNight: lang.L("cramps per night"), experiment.OutcomeWorstIntensity: lang.L("the worst cramp of the night")}[o]
}

// experimentSpan is the nights of e and where it stands, for the list of
// experiments: "Mon 23 Nov 2026 – Mon 21 Dec 2026 · running", or only its
// start when it was stopped before its first night and so has no nights.
func experimentSpan(e experiment.Experiment, today model.Date) string {
	if e.StoppedBeforeStart() {
		return fmt.Sprintf("%s · %s", shortDate(e.Start), lang.L("stopped before its first night"))
	}
	return fmt.Sprintf("%s – %s · %s", shortDate(e.Start), shortDate(e.LastNight()), stateText(e.State(today)))
}

// figuresText lists what the analysis of e found, in plain words.
func figuresText(e experiment.Experiment, r experiment.Result) string {
	lines := []string{
		lang.L("Usual nights: {{.Usual}} · change nights: {{.Change}}.",
			map[string]any{"Usual": rateText(r.A.CrampNights, r.A.Nights), "Change": rateText(r.B.CrampNights, r.B.Nights)}),
		counted("Nights compared: {{.Done}} of {{.Count}} planned ({{.Needed}} needed for a verdict).", r.Planned,
			map[string]any{"Done": r.Analysed, "Needed": r.Needed}),
	}
	if r.Adherence.Rate != nil {
		lines = append(lines, counted("Kept to the plan on {{.Kept}} of {{.Count}} answered nights ({{.Percent}}%).",
			r.Adherence.Yes+r.Adherence.No, map[string]any{"Kept": r.Adherence.Yes, "Percent": percent(*r.Adherence.Rate)}))
	}
	if r.Effect != nil && r.NAP != nil {
		lines = append(lines, lang.L("Change minus usual: {{.Effect}} (lower is better). NAP {{.NAP}}: the share of usual/change night pairs where the change night was better.",
			map[string]any{"Effect": signed(*r.Effect, 2), "NAP": decimal(*r.NAP, 2)}))
	}
	if r.P != nil {
		lines = append(lines, counted("p = {{.P}} from a randomisation test over {{.Schedules}} possible schedules; the smallest p this plan can reach is {{.MinP}}.",
			int(r.Schedules), map[string]any{"P": decimal(*r.P, 4), "Schedules": groupDigits(int(r.Schedules)), "MinP": decimal(r.MinP, 4)}))
	} else {
		lines = append(lines, lang.L("The smallest p this plan can reach is {{.MinP}}.", map[string]any{"MinP": decimal(r.MinP, 4)}))
	}
	switch {
	case e.StoppedBeforeStart():
		lines = append(lines, lang.L("This experiment was stopped before its first night, so none of its nights count."))
	case r.StoppedEarly:
		lines = append(lines, lang.L("This experiment was stopped early."))
	}
	return strings.Join(lines, "\n")
}

// verdictSentence is the one-line answer, with the reasons when it is inconclusive.
func verdictSentence(r experiment.Result) string {
	switch r.Verdict {
	case experiment.VerdictHelped:
		return lang.L("Helped: change nights had fewer cramps than chance would easily give.")
	case experiment.VerdictNoDifference:
		return lang.L("No difference seen: with enough nights compared, the change did not show fewer cramps.")
	}
	var why []string
	for _, reason := range r.Reasons {
		why = append(why, reasonText(reason))
	}
	return lang.L("Inconclusive:") + " " + strings.Join(why, "; ") + "."
}

func reasonText(r experiment.Reason) string {
	return map[experiment.Reason]string{
		experiment.ReasonDesign:       lang.L("this plan cannot reach p ≤ 0.05"),
		experiment.ReasonNotStarted:   lang.L("it has not started yet"),
		experiment.ReasonRunning:      lang.L("it is still running, and is judged only at the end so a lucky week cannot decide it"),
		experiment.ReasonTooFewNights: lang.L("too few nights were checked"),
		experiment.ReasonLowAdherence: lang.L("the plan was kept on fewer than 80% of the answered nights"),
		experiment.ReasonNoComparison: lang.L("one side has too few nights to compare"),
	}[r]
}

func (v *resultView) confirmStop() {
	msg := lang.L("Stop this experiment now? Last night becomes its last night; the results will say it was stopped early.")
	if v.env.today() == v.exp.Start {
		msg = lang.L("Stop this experiment now? Tonight is its first night, so it ends before any night counts.")
	}
	dialog.ShowConfirm(lang.L("Stop early"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := v.env.store.StopExperiment(v.env.ctx(), v.exp.ID, v.env.today().AddDays(-1)); err != nil {
			v.env.showError(err)
			return
		}
		v.dlg.Hide()
		v.env.changed()
	}, v.env.win)
}

func (v *resultView) confirmDelete() {
	dialog.ShowConfirm(lang.L("Delete experiment"), lang.L("Delete this experiment and its answers? Your days and cramps stay in the diary."), func(ok bool) {
		if !ok {
			return
		}
		if err := v.env.store.DeleteExperiment(v.env.ctx(), v.exp.ID); err != nil {
			v.env.showError(err)
			return
		}
		v.dlg.Hide()
		v.env.changed()
	}, v.env.win)
}
