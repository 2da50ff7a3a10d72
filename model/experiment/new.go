package experiment

import "github.com/crampdiary/crampdiary/model"

// New fixes plan for template t from start: it draws the schedule
// with seed and returns the experiment, ready for Store.CreateExperiment.
func New(t Template, start model.Date, plan Plan, seed int64) (Experiment, error) {
	e := Experiment{
		Template: t.ID, Title: t.Title, Usual: t.Usual, Change: t.Change,
		Plan: plan, Seed: seed, Start: start, Status: StatusActive,
	}
	if !start.Valid() {
		return Experiment{}, fieldErr("start", model.X("start date \"{{.Value}}\" is not YYYY-MM-DD", p{"Value": string(start)}))
	}
	nights, err := plan.Schedule(start, seed)
	if err != nil {
		return Experiment{}, err
	}
	e.Nights = nights
	return e, e.Validate()
}
