package experiment

import (
	"slices"
	"testing"
)

func TestTemplatesAreTheAgreedOnesAndCanShowAnEffect(t *testing.T) {
	want := []TemplateID{"steady-load", "sleep-window", "no-alcohol", "water-salt", "bedtime-stretch", "earlier-workouts", "custom"}
	tpls := Templates()
	if len(tpls) != len(want) {
		t.Fatalf("%d templates, want %d", len(tpls), len(want))
	}
	carryOver := map[TemplateID]bool{TemplateSteadyLoad: true, TemplateSleepWindow: true, TemplateEarlierWorkouts: true}
	for i, tpl := range tpls {
		if tpl.ID != want[i] {
			t.Errorf("template %d is %q, want %q", i, tpl.ID, want[i])
		}
		if err := tpl.Plan.Validate(); err != nil {
			t.Errorf("%s: default plan invalid: %v", tpl.ID, err)
		}
		if p := tpl.Plan.MinP(); p > Alpha {
			t.Errorf("%s: default plan can reach only p = %v, above %v", tpl.ID, p, Alpha)
		}
		if tpl.Title == "" || tpl.Usual == "" || tpl.Why == "" || (tpl.Change == "") != (tpl.ID == TemplateCustom) {
			t.Errorf("%s: missing text", tpl.ID)
		}
		wantDesign := NightByNight
		if carryOver[tpl.ID] {
			wantDesign = Phases
		}
		if tpl.Plan.Design != wantDesign || tpl.Plan.Outcome != OutcomeCrampNights {
			t.Errorf("%s: default %s/%s, want %s on cramp nights", tpl.ID, tpl.Plan.Design, tpl.Plan.Outcome, wantDesign)
		}
		if tpl.ID == TemplateCustom {
			tpl = CustomTemplate("Magnesium-free evenings", "", "Skip the evening snack.")
		}
		if _, err := New(tpl, expStart, tpl.Plan, 99); err != nil {
			t.Errorf("%s: New: %v", tpl.ID, err)
		}
	}
	Templates()[0].Title = "changed"
	if tpl, _ := TemplateByID(TemplateSteadyLoad); tpl.Title == "changed" {
		t.Error("Templates must return a copy")
	}
}

// A stored experiment may name exactly the templates there are.
func TestTemplateIDsAreTheTemplates(t *testing.T) {
	var ids []TemplateID
	for _, tpl := range Templates() {
		ids = append(ids, tpl.ID)
	}
	if !slices.Equal(ids, TemplateIDs) {
		t.Errorf("templates %q, TemplateIDs %q", ids, TemplateIDs)
	}
}
