package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model/experiment"
)

func TestPlannerShowsTheSmallestPAndStarts(t *testing.T) {
	h := newHarness(t, evening)
	h.main.OpenPlanner(experiment.TemplateBedtimeStretch)
	p := h.main.planner
	tmpl, _ := experiment.TemplateByID(experiment.TemplateBedtimeStretch)
	// C(28, 14) schedules, with the digits grouped for reading.
	want := "1 time in 40,116,600"
	if !strings.Contains(p.summary.Text, want) || strings.Contains(p.summary.Text, "more often than 1 in 20") {
		t.Fatalf("14-night summary: %q", p.summary.Text)
	}
	p.design.SetSelected(p.design.Options[1])
	p.pairs.SetSelected("2")
	p.phaseDays.SetSelected("7")
	p.washout.SetSelected("0")
	if !strings.Contains(p.summary.Text, "more often than 1 in 20") {
		t.Fatalf("2-pair summary does not warn: %q", p.summary.Text)
	}
	p.design.SetSelected(p.design.Options[0])
	test.Tap(p.form.saveBtn)
	exps, err := h.store.Experiments(bg)
	if err != nil || len(exps) != 1 || exps[0].Template != experiment.TemplateBedtimeStretch || exps[0].Start != "2026-11-24" || len(exps[0].Nights) != tmpl.Plan.Length() {
		t.Fatalf("experiments %+v, %v", exps, err)
	}
	if !h.main.today.plan.box.Visible() || !strings.Contains(h.main.today.plan.tonight.Text, fmt.Sprintf("night 1 of %d", tmpl.Plan.Length())) {
		t.Fatalf("Today does not show tonight's plan: %q", h.main.today.plan.tonight.Text)
	}
}

func TestTodayAsksWhetherLastNightsPlanWasKept(t *testing.T) {
	h := newHarness(t, evening)
	tmpl, _ := experiment.TemplateByID(experiment.TemplateNoAlcohol)
	e, err := experiment.New(tmpl, "2026-11-23", tmpl.Plan, 7)
	if err != nil {
		t.Fatal(err)
	}
	// Created the evening before, as a person would.
	h.now = evening.Add(-24 * time.Hour)
	if err := h.store.CreateExperiment(bg, &e); err != nil {
		t.Fatal(err)
	}
	h.now = evening
	h.reopen()
	card := h.main.today.plan
	if !strings.Contains(card.question.Text, "Did you keep to it?") {
		t.Fatalf("question %q", card.question.Text)
	}
	test.Tap(card.yesBtn)
	got, err := h.store.Experiment(bg, e.ID)
	if err != nil || got.Nights[0].Kept == nil || !*got.Nights[0].Kept {
		t.Fatalf("answer not stored: %+v %v", got.Nights[0], err)
	}
	if !strings.Contains(h.main.today.plan.question.Text, "(answered: yes)") {
		t.Fatalf("answer not shown: %q", h.main.today.plan.question.Text)
	}
}

func TestResultsOfARunningExperimentAndStopEarly(t *testing.T) {
	h := newHarness(t, evening)
	tmpl, _ := experiment.TemplateByID(experiment.TemplateBedtimeStretch)
	e, err := experiment.New(tmpl, "2026-11-20", tmpl.Plan, 3)
	if err != nil {
		t.Fatal(err)
	}
	h.now = time.Date(2026, 11, 20, 18, 0, 0, 0, time.UTC)
	if err := h.store.CreateExperiment(bg, &e); err != nil {
		t.Fatal(err)
	}
	h.now = evening
	h.reopen()
	h.main.openResult(e)
	v := h.main.result
	v.env.jobs.settle()
	if !strings.HasPrefix(v.verdict.Text, "Inconclusive: it is still running") {
		t.Fatalf("verdict %q", v.verdict.Text)
	}
	if v.chart.img.Image == nil && !v.chart.msg.Visible() {
		t.Fatal("no phase chart and no message")
	}
	test.Tap(v.stopBtn)
	h.tapDialogButton("Yes")
	got, _ := h.store.Experiment(bg, e.ID)
	if got.Status != experiment.StatusStopped || got.StoppedOn != "2026-11-23" {
		t.Fatalf("after stop: %s %s", got.Status, got.StoppedOn)
	}
}

// Switching design shows a plan of that design that can run, not empty
// fields, for a template of either design and for one's own change.
func TestPlannerSwitchedToTheOtherDesignCanStart(t *testing.T) {
	for _, id := range []experiment.TemplateID{experiment.TemplateBedtimeStretch, experiment.TemplateSteadyLoad, experiment.TemplateCustom} {
		h := newHarness(t, evening)
		h.main.OpenPlanner(id)
		p := h.main.planner
		if id == experiment.TemplateCustom {
			test.Type(p.title, "Banana at supper")
		}
		other := p.design.Options[0]
		if p.design.Selected == other {
			other = p.design.Options[1]
		}
		p.design.SetSelected(other)
		if err := p.plan().Validate(); err != nil || p.form.saveBtn.Disabled() {
			t.Errorf("%s switched to %q: %v; Start off %v; summary %q", id, other, err, p.form.saveBtn.Disabled(), p.summary.Text)
		}
	}
}

// The planner is one form: every field starts at the same place, whichever
// rows show (it was three forms, each with its own label column), and
// switching design neither moves the fields nor resizes the dialog.
func TestPlannerFieldsLineUp(t *testing.T) {
	inLanguage(t, "de") // long labels on the phases' rows
	h := newHarness(t, evening)
	openIn(h, look{percent: 150, colours: themeLight})
	h.main.OpenPlanner(experiment.TemplateCustom)
	p := h.main.planner
	x, width := p.template.Position().X, topOverlayWidth(h.win)
	for _, design := range p.design.Options {
		p.design.SetSelected(design)
		fields := []fyne.CanvasObject{p.title, p.outcome, p.design, p.start, p.nights}
		if design == p.design.Options[1] {
			fields = []fyne.CanvasObject{p.title, p.outcome, p.design, p.start, p.pairs, p.order}
		}
		for _, f := range append(fields, p.template) {
			if f.Position().X != x {
				t.Errorf("%s: a field starts at x=%v, the first at %v", design, f.Position().X, x)
			}
		}
		if w := topOverlayWidth(h.win); w != width {
			t.Errorf("%s: the dialog is %v wide, %v before", design, w, width)
		}
	}
}

func TestPlannerErrorsNameTheField(t *testing.T) {
	err := experiment.Plan{Outcome: experiment.OutcomeCrampNights, Design: experiment.NightByNight, Nights: 7}.Validate()
	if msg := userMessage(err); !strings.HasPrefix(msg, "Nights: ") {
		t.Fatalf("message %q", msg)
	}
}

// A start in the past is refused as the date is typed: a sentence about the
// date under it, and Start off until the date can be a first night; save
// refuses it too, whatever reaches it.
func TestPlannerPastStartSaysWhatToFix(t *testing.T) {
	h := newHarness(t, evening)
	h.main.OpenPlanner(experiment.TemplateBedtimeStretch)
	p := h.main.planner
	if p.startNote.Visible() || p.form.saveBtn.Disabled() {
		t.Fatalf("tonight is refused as the first night: %q", p.startNote.Text)
	}
	for date, want := range map[string]string{
		"2026-11-01": "The first night, Sun 1 Nov 2026, has already passed",
		"2026-11-23": "The first night, Mon 23 Nov 2026, has already passed",
		"2027-12-01": "The first night, Wed 1 Dec 2027, is more than a year ahead",
	} {
		typeDate(p.start, date)
		if !p.startNote.Visible() || !strings.HasPrefix(p.startNote.Text, want) || !p.form.saveBtn.Disabled() {
			t.Errorf("%s: note shown %v, %q; Start off %v", date, p.startNote.Visible(), p.startNote.Text, p.form.saveBtn.Disabled())
		}
		if note := p.startNote; note.Size().Height < note.MinSize().Height || note.Position().Y+note.Size().Height > p.nights.Position().Y {
			t.Errorf("%s: the note's lines do not fit above the next field", date)
		}
		test.Tap(p.form.saveBtn)
		if err := p.save(); err == nil || !strings.HasPrefix(userMessage(err), want) {
			t.Errorf("%s: save says %v", date, err)
		}
	}
	if exps, _ := h.store.Experiments(bg); len(exps) != 0 {
		t.Fatalf("an experiment was started: %+v", exps)
	}
	typeDate(p.start, "2026-11-2") // half typed: not flagged yet
	if p.startNote.Visible() {
		t.Errorf("a date still being typed is flagged: %q", p.startNote.Text)
	}
	typeDate(p.start, "2026-11-24")
	if p.startNote.Visible() || p.form.saveBtn.Disabled() {
		t.Fatalf("tonight again: note %q, Start off %v", p.startNote.Text, p.form.saveBtn.Disabled())
	}
	test.Tap(p.form.saveBtn)
	if exps, err := h.store.Experiments(bg); err != nil || len(exps) != 1 || exps[0].Start != "2026-11-24" {
		t.Fatalf("starting tonight: %+v, %v", exps, err)
	}
}

// In the small hours the diary's today is still the evening before, and the
// planner offers it as the first night, which the store accepts.
func TestPlannerInTheSmallHoursStartsTheEveningBefore(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 25, 2, 0, 0, 0, time.UTC))
	h.main.OpenPlanner(experiment.TemplateNoAlcohol)
	p := h.main.planner
	if p.start.Text != "2026-11-24" || p.startNote.Visible() || p.form.saveBtn.Disabled() {
		t.Fatalf("first night %q, note %q, Start off %v", p.start.Text, p.startNote.Text, p.form.saveBtn.Disabled())
	}
	test.Tap(p.form.saveBtn)
	if exps, err := h.store.Experiments(bg); err != nil || len(exps) != 1 || exps[0].Start != "2026-11-24" {
		t.Fatalf("experiments %+v, %v", exps, err)
	}
}

// typeDate replaces what the date entry holds by typing date into it.
func typeDate(e *widget.Entry, date string) {
	e.SetText("")
	test.Type(e, date)
}

// Stopped on its first evening, an experiment has no nights: the list and
// its results name the start and say it stopped before its first night,
// not a range that ends the day before it begins.
func TestExperimentStoppedOnItsFirstNight(t *testing.T) {
	h := newHarness(t, evening)
	tmpl, _ := experiment.TemplateByID(experiment.TemplateNoAlcohol)
	e, err := experiment.New(tmpl, "2026-11-24", tmpl.Plan, 3)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.store.CreateExperiment(bg, &e); err != nil {
		t.Fatal(err)
	}
	h.reopen()
	h.main.openResult(e)
	test.Tap(h.main.result.stopBtn)
	if msg := h.overlayText(); !strings.Contains(msg, "Tonight is its first night") {
		t.Fatalf("the stop question on the first night: %q", msg)
	}
	h.tapDialogButton("Yes")
	got, err := h.store.Experiment(bg, e.ID)
	if err != nil || !got.StoppedBeforeStart() {
		t.Fatalf("after stop: %+v, %v", got, err)
	}
	h.shortcut("4")
	var rows []string
	for _, o := range test.LaidOutObjects(h.main.insights.experiments) {
		if l, ok := o.(*widget.Label); ok {
			rows = append(rows, l.Text)
		}
	}
	list := strings.Join(rows, "\n")
	if !strings.Contains(list, "Tue 24 Nov 2026 · stopped before its first night") || strings.Contains(list, "23 Nov") {
		t.Errorf("the list shows:\n%s", list)
	}
	h.main.openResult(got)
	h.main.env.jobs.settle()
	shown := h.overlayText()
	if !strings.Contains(shown, "stopped before its first night, so none of its nights count") || strings.Contains(shown, "23 Nov") {
		t.Errorf("the results show:\n%s", shown)
	}
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if o == h.main.result.chart {
			t.Error("the results hold a chart of no nights")
		}
	}
}
