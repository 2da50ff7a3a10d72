package experiment

import (
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

var expStart = model.MustDate("2026-03-02")

// expBuild makes an experiment of plan from expStart whose A/B assignment is
// conds, one letter per unit of the design (a night, or a phase).
func expBuild(t testing.TB, plan Plan, conds string) Experiment {
	t.Helper()
	nights := make([]Night, plan.Length())
	for i := range nights {
		sl := plan.Slot(i)
		c := CondBaseline
		if !sl.Baseline {
			c = Condition(conds[sl.Unit : sl.Unit+1])
		}
		nights[i] = Night{Date: expStart.AddDays(i), Condition: c, Phase: sl.Phase, Washout: sl.Washout}
	}
	e := Experiment{Template: TemplateBedtimeStretch, Title: "Stretch", Usual: "no stretch", Change: "stretch",
		Plan: plan, Seed: 1, Start: expStart, Status: StatusActive, Nights: nights}
	if err := e.Validate(); err != nil {
		t.Fatalf("build experiment %s: %v", conds, err)
	}
	return e
}

func ptr[T any](v T) *T { return &v }
