package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

// experimentKeys are the keys scripts may rely on for every experiment.
var experimentKeys = []string{"id", "template", "title", "start", "end", "seed", "status", "stopped_on", "plan",
	"schedule", "phases", "adherence", "state", "stopped_early", "nights_planned", "nights_checked",
	"nights_analysed", "nights_needed", "a", "b", "effect", "nap", "p", "p_exact", "schedules", "min_p",
	"verdict", "reasons", "explanation"}

// fillExperiment stores a finished 14-night experiment that began 30 nights
// ago, with a cramp on every A night and none on B nights.
func fillExperiment(t *testing.T) diaryStore {
	t.Helper()
	s := storetest.MustOpenDB(t, testNow)
	start := model.DiaryToday(testNow).AddDays(-30)
	tpl, _ := experiment.TemplateByID(experiment.TemplateNoAlcohol)
	plan := experiment.Plan{Outcome: experiment.OutcomeCrampNights, Design: experiment.NightByNight, Nights: 14}
	e, err := experiment.New(tpl, start, plan, 4)
	if err != nil {
		t.Fatal(err)
	}
	var days []model.Day
	var cramps []model.Cramp
	for i, n := range e.Nights {
		days = append(days, model.Day{Date: n.Date, NightChecked: true})
		if n.Condition == experiment.CondA {
			cramps = append(cramps, model.Cramp{Night: n.Date, Muscle: model.Calf, Side: model.Left})
		}
		kept := true
		e.Nights[i].Kept = &kept
	}
	if err := s.ImportWithExperiments(context.Background(), days, cramps, []experiment.Experiment{e}); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestExperimentsJSON(t *testing.T) {
	s := fillExperiment(t)
	var out bytes.Buffer
	if err := cmdExperiments(context.Background(), s, invocation{json: true}, testNow, &out); err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil || len(rows) != 1 {
		t.Fatalf("not a JSON array of one experiment: %v\n%s", err, out.String())
	}
	row := rows[0]
	for _, key := range experimentKeys {
		if _, ok := row[key]; !ok {
			t.Errorf("no %q in %v", key, row)
		}
	}
	if row["verdict"] != "helped" || row["state"] != "finished" || row["schedules"] != 3432.0 || row["p_exact"] != true {
		t.Errorf("verdict %v, state %v, schedules %v, exact %v", row["verdict"], row["state"], row["schedules"], row["p_exact"])
	}
	if p := row["p"].(float64); p > 0.0003 {
		t.Errorf("p = %v, want 1/3432", p)
	}
	if plan := row["plan"].(map[string]any); plan["design"] != "night_by_night" || plan["nights"] != 14.0 {
		t.Errorf("plan %v", plan)
	}
	if got := len(row["schedule"].([]any)); got != 14 {
		t.Errorf("%d nights in the schedule", got)
	}
}

func TestExperimentsText(t *testing.T) {
	var out bytes.Buffer
	if err := cmdExperiments(context.Background(), fillExperiment(t), invocation{}, testNow, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Evenings without alcohol:", "Verdict: helped", "exact, over all 3432 possible schedules", "not medical advice"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("missing %q in:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := cmdExperiments(context.Background(), storetest.MustOpenDB(t, testNow), invocation{}, testNow, &out); err != nil || !strings.Contains(out.String(), "No experiments") {
		t.Errorf("empty diary: %v %q", err, out.String())
	}
}

// Stopped on its first evening, an experiment has a start and no nights: the
// text names the start and says so, instead of a range that ends before it begins.
func TestExperimentStoppedOnItsFirstNight(t *testing.T) {
	s := storetest.MustOpenDB(t, testNow)
	ctx := context.Background()
	today := model.DiaryToday(testNow)
	tpl, _ := experiment.TemplateByID(experiment.TemplateNoAlcohol)
	e, err := experiment.New(tpl, today, tpl.Plan, 4)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.CreateExperiment(ctx, &e); err != nil {
		t.Fatal(err)
	}
	if err := s.StopExperiment(ctx, e.ID, today.AddDays(-1)); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := cmdExperiments(ctx, s, invocation{}, testNow, &out); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	want := "Evenings without alcohol: planned from " + string(today) + ", stopped before its first night\n"
	if !strings.HasPrefix(text, want) {
		t.Errorf("heading is not %q:\n%s", want, text)
	}
	if strings.Contains(text, string(today.AddDays(-1))) {
		t.Errorf("the eve of the start is shown as if it were part of the experiment:\n%s", text)
	}
}
