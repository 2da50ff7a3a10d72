package experiment

import (
	"slices"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestTemplatesAreTheAgreedOnesAndCanShowAnEffect(t *testing.T) {
	want := []model.TemplateID{"steady-load", "sleep-window", "no-alcohol", "water-salt", "bedtime-stretch", "earlier-workouts", "custom"}
	tpls := Templates()
	if len(tpls) != len(want) {
		t.Fatalf("%d templates, want %d", len(tpls), len(want))
	}
	carryOver := map[model.TemplateID]bool{model.TemplateSteadyLoad: true, model.TemplateSleepWindow: true, model.TemplateEarlierWorkouts: true}
	for i, tpl := range tpls {
		if tpl.ID != want[i] {
			t.Errorf("template %d is %q, want %q", i, tpl.ID, want[i])
		}
		if err := tpl.Plan.Validate(); err != nil {
			t.Errorf("%s: default plan invalid: %v", tpl.ID, err)
		}
		if p := tpl.Plan.MinP(); p > model.Alpha {
			t.Errorf("%s: default plan can reach only p = %v, above %v", tpl.ID, p, model.Alpha)
		}
		if tpl.Title == "" || tpl.Usual == "" || tpl.Why == "" || (tpl.Change == "") != (tpl.ID == model.TemplateCustom) {
			t.Errorf("%s: missing text", tpl.ID)
		}
		wantDesign := model.NightByNight
		if carryOver[tpl.ID] {
			wantDesign = model.Phases
		}
		if tpl.Plan.Design != wantDesign || tpl.Plan.Outcome != model.OutcomeCrampNights {
			t.Errorf("%s: default %s/%s, want %s on cramp nights", tpl.ID, tpl.Plan.Design, tpl.Plan.Outcome, wantDesign)
		}
		if tpl.ID == model.TemplateCustom {
			tpl = CustomTemplate("Magnesium-free evenings", "", "Skip the evening snack.")
		}
		if _, err := New(tpl, expStart, tpl.Plan, 99); err != nil {
			t.Errorf("%s: New: %v", tpl.ID, err)
		}
	}
	Templates()[0].Title = "changed"
	if tpl, _ := TemplateByID(model.TemplateSteadyLoad); tpl.Title == "changed" {
		t.Error("Templates must return a copy")
	}
}

// A stored experiment may name exactly the templates there are.
func TestTemplateIDsAreTheTemplates(t *testing.T) {
	var ids []model.TemplateID
	for _, tpl := range Templates() {
		ids = append(ids, tpl.ID)
	}
	if !slices.Equal(ids, model.TemplateIDs) {
		t.Errorf("templates %q, model.TemplateIDs %q", ids, model.TemplateIDs)
	}
}
