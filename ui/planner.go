package ui

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// planner fixes an experiment's plan before it starts, and shows the smallest
// p-value the plan can reach so nobody runs a test that cannot answer.
type planner struct {
	env       *env
	templates []experiment.Template
	template  *widget.Select
	why       *widget.Label
	title     *widget.Entry // custom only
	usual     *widget.Entry
	change    *widget.Entry
	outcome   *widget.Select
	design    *widget.RadioGroup
	nights    *widget.Select
	pairs     *widget.Select
	phaseDays *widget.Select
	washout   *widget.Select
	baseline  *widget.Select
	order     *widget.RadioGroup
	start     *widget.Entry
	startNote *widget.Label // what is wrong with the first night, when something is
	summary   *widget.Label
	nightRows formRows          // night by night's fields
	phaseRows formRows          // phases of days' fields
	custom    formRows          // a change of one's own: its name and its two kinds of night
	startRow  formRows          // startNote's row
	body      *fyne.Container   // the form, laid out again when the note shows or hides
	scroll    *container.Scroll // around body
	form      *formDialog
	created   *experiment.Experiment // set once started, for tests
}

func numberOptions(from, to, step int) []string {
	var out []string
	for v := from; v <= to; v += step {
		out = append(out, strconv.Itoa(v))
	}
	return out
}

func newPlanner(e *env, id experiment.TemplateID) *planner {
	p := &planner{env: e, templates: experiment.Templates(), why: wrappedLabel(""), summary: wrappedLabel(""),
		title: widget.NewEntry(), usual: widget.NewEntry(), change: widget.NewEntry(), start: widget.NewEntry(),
		startNote: wrappedLabel("")}
	p.startNote.Importance = widget.DangerImportance
	var names []string
	for _, t := range p.templates {
		names = append(names, lang.L(t.Title))
	}
	names = append(names, lang.L("My own change…"))
	p.template = widget.NewSelect(names, func(string) { p.onTemplate() })
	p.outcome = widget.NewSelect([]string{lang.L("Nights with cramps"), lang.L("Cramps per night"), lang.L("Worst cramp of the night")}, func(string) { p.refresh() })
	p.design = widget.NewRadioGroup([]string{lang.L("Night by night"), lang.L("Phases of days")}, func(string) { p.refresh() })
	p.design.Horizontal, p.design.Required = true, true
	p.nights = widget.NewSelect(numberOptions(experiment.MinNightByNight, experiment.MaxNightByNight, 2), func(string) { p.refresh() })
	p.pairs = widget.NewSelect(numberOptions(experiment.MinPairs, experiment.MaxPairs, 1), func(string) { p.refresh() })
	p.phaseDays = widget.NewSelect(numberOptions(experiment.MinPhaseDays, experiment.MaxPhaseDays, 1), func(string) { p.refresh() })
	p.washout = widget.NewSelect(numberOptions(0, experiment.MaxPhaseDays/2, 1), func(string) { p.refresh() })
	p.baseline = widget.NewSelect(append([]string{lang.L("none")}, numberOptions(experiment.MinPhaseDays, experiment.MaxPhaseDays, 1)...), func(string) { p.refresh() })
	p.order = widget.NewRadioGroup([]string{lang.L("Random order in each pair"), lang.L("Usual first in every pair")}, func(string) { p.refresh() })
	p.order.Required = true // one above the other: side by side they are too wide in German and Russian
	p.start.SetText(string(e.today()))
	p.start.OnChanged = func(string) { p.refresh() }
	p.build()
	p.selectTemplate(id)
	return p
}

// build lays the plan out as one form, so every field starts at the same place.
func (p *planner) build() {
	g := newFormGrid()
	g.row(lang.L("Change to test"), p.template)
	g.wideText(p.why)
	p.custom = append(append(g.row(lang.L("Name"), p.title),
		g.row(lang.L("Usual nights"), p.usual)...),
		g.row(lang.L("Change nights"), p.change)...)
	g.row(lang.L("Measure"), p.outcome)
	g.row(lang.L("Design"), p.design)
	g.row(lang.L("First night"), p.start)
	p.startRow = g.text(p.startNote)
	p.nightRows = g.row(lang.L("Nights"), p.nights)
	for _, r := range []struct {
		label string
		field fyne.CanvasObject
	}{
		{"Pairs of phases", p.pairs}, {"Days per phase", p.phaseDays}, {"Washout days", p.washout},
		{"Baseline days first", p.baseline}, {"Order", p.order},
	} {
		p.phaseRows = append(p.phaseRows, g.row(lang.L(r.label), r.field)...)
	}
	p.body = g.box
}

func (p *planner) content() fyne.CanvasObject {
	// The summary stays in view under the scrolling form: it is the sentence
	// that says whether the plan can answer at all.
	p.summary.TextStyle.Bold = true
	p.scroll = container.NewVScroll(p.body)
	return container.NewBorder(nil, p.summary, nil, nil, p.scroll)
}

// selectTemplate picks a template by id ("" or unknown: the first).
func (p *planner) selectTemplate(id experiment.TemplateID) {
	idx := 0
	for i, t := range p.templates {
		if t.ID == id {
			idx = i
		}
	}
	if id == experiment.TemplateCustom {
		idx = len(p.templates)
	}
	p.template.SetSelectedIndex(idx)
}

// onTemplate loads a template's default plan into the form.
func (p *planner) onTemplate() {
	t := p.chosen()
	p.why.SetText(lang.L(t.Why))
	if p.template.SelectedIndex() == len(p.templates) {
		p.custom.Show()
	} else {
		p.custom.Hide()
		p.why.SetText(fmt.Sprintf("%s\n%s: %s\n%s: %s", lang.L(t.Why), lang.L("Usual nights"), lang.L(t.Usual), lang.L("Change nights"), lang.L(t.Change)))
	}
	pl := t.Plan
	p.outcome.SetSelectedIndex(map[experiment.Outcome]int{experiment.OutcomeCrampNights: 0, experiment.OutcomeCrampsPerNight: 1, experiment.OutcomeWorstIntensity: 2}[pl.Outcome])
	// Both designs' fields are filled, so switching design shows a plan that can run.
	nightly, phases := experiment.Defaults()
	if pl.Design == experiment.NightByNight {
		p.design.SetSelected(p.design.Options[0])
		nightly = pl
	} else {
		p.design.SetSelected(p.design.Options[1])
		phases = pl
	}
	p.nights.SetSelected(strconv.Itoa(nightly.Nights))
	p.pairs.SetSelected(strconv.Itoa(phases.Pairs))
	p.phaseDays.SetSelected(strconv.Itoa(phases.PhaseDays))
	p.washout.SetSelected(strconv.Itoa(phases.WashoutDays))
	p.baseline.SetSelectedIndex(0)
	if phases.BaselineDays > 0 {
		p.baseline.SetSelected(strconv.Itoa(phases.BaselineDays))
	}
	p.order.SetSelected(p.order.Options[0])
	p.refresh()
}

func (p *planner) chosen() experiment.Template {
	i := p.template.SelectedIndex()
	if i >= 0 && i < len(p.templates) {
		return p.templates[i]
	}
	custom := experiment.CustomTemplate(p.title.Text, p.usual.Text, p.change.Text)
	if custom.Plan.Design == "" {
		custom.Plan = p.templates[0].Plan
	}
	return custom
}

// plan reads the form into a Plan; fields of the other design stay zero.
func (p *planner) plan() experiment.Plan {
	outcomes := []experiment.Outcome{experiment.OutcomeCrampNights, experiment.OutcomeCrampsPerNight, experiment.OutcomeWorstIntensity}
	pl := experiment.Plan{Outcome: outcomes[max(p.outcome.SelectedIndex(), 0)]}
	num := func(s *widget.Select) int { v, _ := strconv.Atoi(s.Selected); return v }
	if p.design.Selected == p.design.Options[0] {
		pl.Design, pl.Nights = experiment.NightByNight, num(p.nights)
		return pl
	}
	pl.Design, pl.Pairs, pl.PhaseDays, pl.WashoutDays, pl.BaselineDays = experiment.Phases, num(p.pairs), num(p.phaseDays), num(p.washout), num(p.baseline)
	pl.Order = experiment.OrderRandom
	if p.order.Selected == p.order.Options[1] {
		pl.Order = experiment.OrderFixed
	}
	return pl
}

// refresh shows the design's fields and what the plan can show.
func (p *planner) refresh() {
	nightly := p.design.Selected == p.design.Options[0]
	switched := p.nights.Visible() != nightly
	if nightly {
		p.nightRows.Show()
		p.phaseRows.Hide()
	} else {
		p.nightRows.Hide()
		p.phaseRows.Show()
	}
	p.summary.SetText(planSummary(p.plan(), model.Date(p.start.Text)))
	if noteChanged := p.checkStart(); noteChanged || switched {
		p.relayout()
	}
}

// relayout lays the form out again after rows came or went, which can change
// the labels' column too.
func (p *planner) relayout() {
	if p.scroll == nil {
		return // not in the dialog yet, which lays it out
	}
	// Twice: a wrapped note gets its lines only once it has its width.
	p.body.Refresh()
	p.scroll.Refresh()
}

// checkStart says at once, under the date, when the first night cannot be
// chosen, and keeps Start off until it can. A date still being typed is
// left alone; Start then says how to write it. It reports whether the note
// changed, which the form must be laid out again for.
func (p *planner) checkStart() (noteChanged bool) {
	msg := ""
	if start, err := model.ParseDate(p.start.Text); err == nil {
		msg = startProblem(start, p.env.today())
	}
	noteChanged = msg != p.startNote.Text
	p.startNote.SetText(msg)
	if msg == "" {
		p.startRow.Hide()
	} else {
		p.startRow.Show()
	}
	if p.form == nil {
		return
	}
	if msg == "" {
		p.form.saveBtn.Enable()
	} else {
		p.form.saveBtn.Disable()
	}
	return noteChanged
}

// startProblem is a sentence about start when it falls outside the dates an
// experiment may start on today (experiment.StartWindow), else "".
func startProblem(start, today model.Date) string {
	earliest, latest := experiment.StartWindow(today)
	switch {
	case start.Before(earliest):
		return lang.L("The first night, {{.Start}}, has already passed: a plan is fixed before its nights. Start tonight, {{.Tonight}}, or later.",
			map[string]any{"Start": shortDate(start), "Tonight": shortDate(earliest)})
	case latest.Before(start):
		return lang.L("The first night, {{.Start}}, is more than a year ahead. Check the year.", map[string]any{"Start": shortDate(start)})
	}
	return ""
}

// planSummary says how long the plan runs and the smallest p it can reach.
func planSummary(pl experiment.Plan, start model.Date) string {
	if err := pl.Validate(); err != nil {
		return userMessage(err)
	}
	text := ""
	if start.Valid() {
		text = counted("It runs {{.Count}} nights, {{.Start}} to {{.End}}.", pl.Length(),
			map[string]any{"Start": shortDate(start), "End": shortDate(start.AddDays(pl.Length() - 1))}) + " "
	}
	minP := pl.MinP()
	text += lang.L("At its clearest, a result of this plan could still come from chance 1 time in {{.Odds}} (its smallest p-value).", map[string]any{"Odds": decimal(1/minP, 0)})
	if minP > experiment.Alpha {
		text += " " + lang.L("That is more often than 1 in 20, so this plan could not tell even a strong effect from chance: add nights or pairs.")
	}
	return text
}

func (p *planner) save() error {
	start, err := model.ParseDate(p.start.Text)
	if err != nil {
		return badInput(p.start, lang.L("First night"), lang.L("use a date like 2026-01-31"))
	}
	if msg := startProblem(start, p.env.today()); msg != "" {
		return &inputError{target: p.start, msg: msg}
	}
	e, err := experiment.New(p.chosen(), start, p.plan(), experiment.NewSeed())
	if err != nil {
		return err
	}
	if err := p.env.store.CreateExperiment(p.env.ctx(), &e); err != nil {
		return err
	}
	p.created = &e
	p.env.changed()
	p.env.notify(lang.L("Experiment \"{{.Title}}\" starts on {{.Date}}. Today shows what each night asks.",
		map[string]any{"Title": lang.L(e.Title), "Date": longDate(e.Start)}))
	return nil
}

func (p *planner) open() {
	p.form = newFormDialog(p.env, lang.L("Plan an experiment"), p.content(), p.save)
	p.form.saveBtn.SetText(lang.L("Start"))
	p.checkStart()
	size := p.env.win.Canvas().Size()
	p.form.show(fyne.NewSize(min(size.Width*0.92, 720), size.Height*0.92))
}
