package experiment

import (
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Condition is what a night of an experiment asks for.
type Condition string

// The conditions. A is the usual routine, B the change being tested; baseline
// nights come before the first pair, are lived as usual and only described,
// never compared, because nothing was randomised about them.
const (
	CondA        Condition = "A"
	CondB        Condition = "B"
	CondBaseline Condition = "baseline"
)

// Status is what the person did with an experiment. Whether it is
// planned, running or finished follows from the dates; see Experiment.State.
type Status string

// The stored statuses.
const (
	StatusActive  Status = "active"
	StatusStopped Status = "stopped" // stopped early; nights after StoppedOn are not part of it
)

// State is where an experiment stands on a given day.
type State string

// The states, in the order an experiment passes through them.
const (
	StatePlanned  State = "planned"
	StateRunning  State = "running"
	StateFinished State = "finished"
	StateStopped  State = "stopped"
)

// Experiment is one personal A/B test: a plan fixed before the start, the
// seed it was drawn with, and the schedule it drew. The schedule is stored,
// not recomputed, so a later change to the drawing code can never rewrite a
// past experiment.
type Experiment struct {
	ID       uint       `json:"id"`
	Template TemplateID `json:"template"`
	Title    string     `json:"title"`
	Usual    string     `json:"usual"`  // what A nights ask
	Change   string     `json:"change"` // what B nights ask
	Plan     Plan       `json:"plan"`
	Seed     int64      `json:"seed"`
	Start    model.Date `json:"start"` // the first night

	Status    Status     `json:"status"`
	StoppedOn model.Date `json:"stopped_on,omitempty"` // the last night that counts, when stopped

	// Nights holds one entry per planned night, Start first, even after a stop.
	Nights    []Night   `json:"schedule"`
	CreatedAt time.Time `json:"created_at"`
}

// Night is one night of the schedule and whether it was kept to.
type Night struct {
	Date      model.Date `json:"date"`
	Condition Condition  `json:"condition"`
	// Phase numbers the phases of a phase design from 1; 0 for baseline
	// nights and for every night of a night-by-night design.
	Phase int `json:"phase"`
	// Washout marks the first nights of a phase: lived as the phase asks but
	// left out of the analysis, while the previous phase's effect wears off.
	Washout bool `json:"washout"`
	// Kept answers "did you keep to it?": nil until answered.
	Kept *bool `json:"kept"`
}

// End is the last planned night.
func (e Experiment) End() model.Date {
	return e.Start.AddDays(e.Plan.Length() - 1)
}

// LastNight is the last night that belongs to the experiment: the stop date
// when stopped early, else End.
func (e Experiment) LastNight() model.Date {
	if e.Status == StatusStopped {
		return e.StoppedOn
	}
	return e.End()
}

// StoppedEarly reports whether the person ended the experiment before its plan did.
func (e Experiment) StoppedEarly() bool { return e.Status == StatusStopped }

// StoppedBeforeStart reports whether the experiment was stopped before its
// first night was over (on its first evening, or before it): none of its
// nights counts, so it has a start but no range of nights, and LastNight is
// the eve of Start.
func (e Experiment) StoppedBeforeStart() bool {
	return e.Status == StatusStopped && e.StoppedOn.Before(e.Start)
}

// State is where the experiment stands on today, the diary day (model.DiaryToday):
// running while any of its nights is today or later.
func (e Experiment) State(today model.Date) State {
	switch {
	case e.Status == StatusStopped:
		return StateStopped
	case today.Before(e.Start):
		return StatePlanned
	case e.End().Before(today):
		return StateFinished
	}
	return StateRunning
}
