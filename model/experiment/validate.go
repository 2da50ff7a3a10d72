package experiment

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crampdiary/crampdiary/model"
)

// maxExperimentText bounds titles and instructions: a sentence, not an essay.
const maxExperimentText = 300

// Validate checks an experiment as a whole: its texts, its plan, its status
// and that the stored schedule is one the plan could have drawn. Dates
// against today (a start in the past, answers for nights to come) and overlap
// with other experiments are the store's to check. The error is a *model.FieldError.
func (e Experiment) Validate() error {
	if err := e.validateTexts(); err != nil {
		return err
	}
	if !e.Start.Valid() {
		return fieldErr("start", "start date %q is not YYYY-MM-DD", e.Start)
	}
	if err := e.Plan.Validate(); err != nil {
		return err
	}
	if err := e.validateStatus(); err != nil {
		return err
	}
	return e.validateNights()
}

func (e Experiment) validateTexts() error {
	if !slices.Contains(TemplateIDs, e.Template) {
		ids := make([]string, len(TemplateIDs))
		for i, id := range TemplateIDs {
			ids[i] = string(id)
		}
		return fieldErr("template", "template %q is not one of %s", e.Template, strings.Join(ids, ", "))
	}
	for _, f := range []struct{ name, v, what string }{
		{"title", e.Title, "a title"},
		{"usual", e.Usual, "what to do on A (usual) nights"},
		{"change", e.Change, "what to do on B (change) nights"},
	} {
		if strings.TrimSpace(f.v) == "" {
			return fieldErr(f.name, "%s is empty; write %s", f.name, f.what)
		}
		if utf8.RuneCountInString(f.v) > maxExperimentText {
			return fieldErr(f.name, "%s is longer than %d characters; shorten it", f.name, maxExperimentText)
		}
	}
	return nil
}

func (e Experiment) validateStatus() error {
	switch e.Status {
	case StatusActive:
		if e.StoppedOn != "" {
			return fieldErr("stopped_on", "stopped_on is set but the status is active; clear it or set the status to stopped")
		}
	case StatusStopped:
		return checkStopDate(e, e.StoppedOn)
	default:
		return fieldErr("status", "status %q is not active or stopped", e.Status)
	}
	return nil
}

// Stop returns e stopped early after night last, the last night that counts;
// the error is a *model.FieldError when e is already stopped or last is out of range.
func (e Experiment) Stop(last model.Date) (Experiment, error) {
	if e.Status == StatusStopped {
		return e, fieldErr("status", "the experiment %q was already stopped after %s", e.Title, e.StoppedOn)
	}
	if err := checkStopDate(e, last); err != nil {
		return e, err
	}
	e.Status, e.StoppedOn = StatusStopped, last
	return e, nil
}

// checkStopDate accepts a last night from the eve of the start (stopped
// before any night) to the night before the end (anything later is no early stop).
func checkStopDate(e Experiment, last model.Date) error {
	if !last.Valid() {
		return fieldErr("stopped_on", "stopped_on %q is not YYYY-MM-DD", last)
	}
	if last.Before(e.Start.AddDays(-1)) || !last.Before(e.End()) {
		return fieldErr("stopped_on", "an early stop must fall from %s to %s, the night before the planned end; %s is outside",
			e.Start.AddDays(-1), e.End().AddDays(-1), last)
	}
	return nil
}

// validateNights checks that the schedule has the plan's shape night by night
// and that its A/B assignment is one the design could have drawn: otherwise
// the randomisation test would compare against the wrong set of schedules.
func (e Experiment) validateNights() error {
	if len(e.Nights) != e.Plan.Length() {
		return fieldErr("schedule", "the plan runs %d nights but the schedule has %d", e.Plan.Length(), len(e.Nights))
	}
	unitCond := map[int]Condition{}
	var mask uint64
	for i, n := range e.Nights {
		if err := e.checkNight(i, n); err != nil {
			return err
		}
		sl := e.Plan.Slot(i)
		if sl.Baseline {
			continue
		}
		if prev, seen := unitCond[sl.Unit]; seen && prev != n.Condition {
			return fieldErr("condition", "night %s is %s but phase %d began as %s; a phase keeps one condition", n.Date, n.Condition, sl.Phase, prev)
		}
		unitCond[sl.Unit] = n.Condition
		if n.Condition == CondB {
			mask |= 1 << sl.Unit
		}
	}
	s, err := e.Plan.Scheme()
	if err != nil {
		return fmt.Errorf("%w: %v", model.ErrInvalid, err)
	}
	if !s.Contains(mask) {
		return fieldErr("condition", "%s", e.Plan.scheduleRule())
	}
	return nil
}

// checkNight compares one night with the slot the plan gives it.
func (e Experiment) checkNight(i int, n Night) error {
	want := e.Start.AddDays(i)
	if n.Date != want {
		return fieldErr("date", "night %d of the experiment should be %s, not %s; nights run one after another from the start", i+1, want, n.Date)
	}
	sl := e.Plan.Slot(i)
	if n.Phase != sl.Phase {
		return fieldErr("phase", "night %s should be in phase %d by the plan, not %d", n.Date, sl.Phase, n.Phase)
	}
	if n.Washout != sl.Washout {
		return fieldErr("washout", "night %s should have washout %s by the plan", n.Date, yesNo(sl.Washout))
	}
	switch {
	case sl.Baseline && n.Condition != CondBaseline:
		return fieldErr("condition", "night %s falls in the baseline, so its condition must be baseline", n.Date)
	case !sl.Baseline && n.Condition != CondA && n.Condition != CondB:
		return fieldErr("condition", "night %s has condition %q; it must be A or B", n.Date, n.Condition)
	}
	return nil
}

// scheduleRule says what a valid A/B assignment looks like for the plan.
func (p Plan) scheduleRule() string {
	switch {
	case p.Design == NightByNight:
		return fmt.Sprintf("a night-by-night schedule must have exactly %d A and %d B nights", p.Nights/2, p.Nights/2)
	case p.Order == OrderFixed:
		return "with a fixed order every pair must run its A phase first, then its B phase"
	}
	return "every A/B pair must have one A phase and one B phase"
}

func yesNo(b bool) string {
	if b {
		return "1 (yes)"
	}
	return "0 (no)"
}

// CheckOverlap refuses e when its nights overlap another experiment's: a
// night can test only one change. An experiment with e's (non-zero) ID is e
// itself, as stored, and is skipped.
func CheckOverlap(e Experiment, others []Experiment) error {
	for _, o := range others {
		if e.ID != 0 && o.ID == e.ID {
			continue
		}
		if o.Start == e.Start {
			return fieldErr("start", "the experiment %q also starts on %s; pick another start, or delete that one first", o.Title, o.Start)
		}
		if e.LastNight().Before(o.Start) || o.LastNight().Before(e.Start) {
			continue
		}
		return fieldErr("start", "the experiment %q already has the nights %s to %s; start this one on %s or later, or stop that one first",
			o.Title, o.Start, o.LastNight(), o.LastNight().AddDays(1))
	}
	return nil
}

// fieldErr is a *model.FieldError, which wraps model.ErrInvalid, on one field
// of an experiment.
func fieldErr(field, format string, args ...any) *model.FieldError {
	return &model.FieldError{Field: field, Msg: fmt.Sprintf(format, args...)}
}
