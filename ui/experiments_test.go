package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/demo"
	"github.com/crampdiary/crampdiary/model/experiment"
)

func TestInsightsListEveryFactorAndOfferExperiments(t *testing.T) {
	h := newHarness(t, evening)
	if err := demo.Fill(bg, h.store, 365, "2026-11-24", 1); err != nil {
		t.Fatal(err)
	}
	h.shortcut("4")
	tab := h.main.insights
	want := len(model.Insights(nil, nil, "2026-11-24")) // every factor, and the load factors at lags 1 and 2
	if want <= len(model.Factors) || len(tab.insights) != want || len(tab.patterns.Objects) != want {
		t.Fatalf("%d insights shown for %d factors and their lags", len(tab.patterns.Objects), want)
	}
	for i := 1; i < len(tab.insights); i++ {
		if verdictOrder[tab.insights[i-1].Verdict] > verdictOrder[tab.insights[i].Verdict] {
			t.Fatal("patterns are not listed actionable first")
		}
	}
	offered := 0
	for _, in := range tab.insights {
		btn := tab.testBtns[insightRow{in.Factor, in.Lag}]
		if (btn != nil) != (in.Experiment != "" && in.Verdict != model.InsightNoSign) {
			t.Errorf("%s (%s): experiment offered %v", in.Factor, in.Verdict, btn != nil)
		}
		if btn != nil && offered == 0 {
			test.Tap(btn)
			if p := h.main.planner; p == nil || string(p.chosen().ID) != in.Experiment {
				t.Fatalf("'Test it' on %s did not open the %s plan", in.Factor, in.Experiment)
			}
		}
		if btn != nil {
			offered++
		}
	}
	if offered == 0 {
		t.Fatal("a year of demo diary offered no experiment at all")
	}
}

func TestPlannerShowsTheSmallestPAndStarts(t *testing.T) {
	h := newHarness(t, evening)
	h.main.OpenPlanner(model.TemplateBedtimeStretch)
	p := h.main.planner
	tmpl, _ := experiment.TemplateByID(model.TemplateBedtimeStretch)
	want := fmt.Sprintf("1 in %.0f", 1/tmpl.Plan.MinP())
	if !strings.Contains(p.summary.Text, want) || strings.Contains(p.summary.Text, "above 0.05") {
		t.Fatalf("14-night summary: %q", p.summary.Text)
	}
	p.design.SetSelected(p.design.Options[1])
	p.pairs.SetSelected("2")
	p.phaseDays.SetSelected("7")
	p.washout.SetSelected("0")
	if !strings.Contains(p.summary.Text, "above 0.05") {
		t.Fatalf("2-pair summary does not warn: %q", p.summary.Text)
	}
	p.design.SetSelected(p.design.Options[0])
	test.Tap(p.form.saveBtn)
	exps, err := h.store.Experiments(bg)
	if err != nil || len(exps) != 1 || exps[0].Template != model.TemplateBedtimeStretch || exps[0].Start != "2026-11-24" || len(exps[0].Nights) != tmpl.Plan.Length() {
		t.Fatalf("experiments %+v, %v", exps, err)
	}
	if !h.main.today.plan.box.Visible() || !strings.Contains(h.main.today.plan.tonight.Text, fmt.Sprintf("night 1 of %d", tmpl.Plan.Length())) {
		t.Fatalf("Today does not show tonight's plan: %q", h.main.today.plan.tonight.Text)
	}
}

func TestTodayAsksWhetherLastNightsPlanWasKept(t *testing.T) {
	h := newHarness(t, evening)
	tmpl, _ := experiment.TemplateByID(model.TemplateNoAlcohol)
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
	tmpl, _ := experiment.TemplateByID(model.TemplateBedtimeStretch)
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
	if got.Status != model.StatusStopped || got.StoppedOn != "2026-11-23" {
		t.Fatalf("after stop: %s %s", got.Status, got.StoppedOn)
	}
}

func TestPlannerErrorsNameTheField(t *testing.T) {
	err := model.Plan{Outcome: model.OutcomeCrampNights, Design: model.NightByNight, Nights: 7}.Validate()
	if msg := userMessage(err); !strings.HasPrefix(msg, "Nights: ") {
		t.Fatalf("message %q", msg)
	}
}

// A start in the past is a rule broken, not a failed write: the dialog says
// what to change about the date.
func TestPlannerPastStartSaysWhatToFix(t *testing.T) {
	h := newHarness(t, evening)
	h.main.OpenPlanner(model.TemplateBedtimeStretch)
	p := h.main.planner
	p.start.SetText("2026-11-01")
	test.Tap(p.form.saveBtn)
	msg := h.overlayText()
	if !strings.Contains(msg, "2026-11-01") || strings.Contains(msg, "could not be written") || strings.Contains(msg, "sqlstore") {
		t.Fatalf("a past start was reported as %q", msg)
	}
	if exps, _ := h.store.Experiments(bg); len(exps) != 0 {
		t.Fatalf("an experiment was started: %+v", exps)
	}
}
