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
func fillExperiment(t *testing.T) model.Store {
	t.Helper()
	s := storetest.MustOpenDB(t, testNow)
	start := model.DiaryToday(testNow).AddDays(-30)
	tpl, _ := experiment.TemplateByID(model.TemplateNoAlcohol)
	plan := model.Plan{Outcome: model.OutcomeCrampNights, Design: model.NightByNight, Nights: 14}
	e, err := experiment.New(tpl, start, plan, 4)
	if err != nil {
		t.Fatal(err)
	}
	var days []model.Day
	var cramps []model.Cramp
	for i, n := range e.Nights {
		days = append(days, model.Day{Date: n.Date, NightChecked: true})
		if n.Condition == model.CondA {
			cramps = append(cramps, model.Cramp{Night: n.Date, Muscle: model.Calf, Side: model.Left})
		}
		kept := true
		e.Nights[i].Kept = &kept
	}
	if err := s.Import(context.Background(), days, cramps, e); err != nil {
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
