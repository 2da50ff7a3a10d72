package experiment

import (
	"fmt"

	"github.com/crampdiary/crampdiary/model"
)

// New fixes plan for template t from start: it draws the schedule
// with seed and returns the experiment, ready for Store.CreateExperiment.
func New(t Template, start model.Date, plan model.Plan, seed int64) (model.Experiment, error) {
	e := model.Experiment{
		Template: t.ID, Title: t.Title, Usual: t.Usual, Change: t.Change,
		Plan: plan, Seed: seed, Start: start, Status: model.StatusActive,
	}
	if !start.Valid() {
		return model.Experiment{}, &model.FieldError{Field: "start", Msg: fmt.Sprintf("start date %q is not YYYY-MM-DD", start)}
	}
	nights, err := plan.Schedule(start, seed)
	if err != nil {
		return model.Experiment{}, err
	}
	e.Nights = nights
	return e, e.Validate()
}
