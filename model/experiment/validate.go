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
		return fieldErr("start", model.X("start date \"{{.Value}}\" is not YYYY-MM-DD", p{"Value": string(e.Start)}))
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
		return fieldErr("template", model.X("template \"{{.Value}}\" is not one of {{.Allowed}}", p{"Value": string(e.Template), "Allowed": strings.Join(ids, ", ")}))
	}
	for _, f := range []struct {
		name, v string
		what    model.Message
	}{
		{"title", e.Title, model.X("a title", nil)},
		{"usual", e.Usual, model.X("what to do on A (usual) nights", nil)},
		{"change", e.Change, model.X("what to do on B (change) nights", nil)},
	} {
		if strings.TrimSpace(f.v) == "" {
			return fieldErr(f.name, model.X("{{.Field}} is empty; write {{.What}}", p{"Field": f.name, "What": f.what}))
		}
		if utf8.RuneCountInString(f.v) > maxExperimentText {
			return fieldErr(f.name, model.XN("{{.Field}} is longer than {{.Count}} characters; shorten it", maxExperimentText, p{"Field": f.name}))
		}
	}
	return nil
}

func (e Experiment) validateStatus() error {
	switch e.Status {
	case StatusActive:
		if e.StoppedOn != "" {
			return fieldErr("stopped_on", model.X("stopped_on is set but the status is active; clear it or set the status to stopped", nil))
		}
	case StatusStopped:
		return checkStopDate(e, e.StoppedOn)
	default:
		return fieldErr("status", model.X("status \"{{.Value}}\" is not active or stopped", p{"Value": string(e.Status)}))
	}
	return nil
}

// Stop returns e stopped early after night last, the last night that counts;
// the error is a *model.FieldError when e is already stopped or last is out of range.
func (e Experiment) Stop(last model.Date) (Experiment, error) {
	if e.Status == StatusStopped {
		return e, fieldErr("status", model.X("the experiment \"{{.Title}}\" was already stopped after {{.Date}}", p{"Title": e.Title, "Date": string(e.StoppedOn)}))
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
		return fieldErr("stopped_on", model.X("stopped_on \"{{.Value}}\" is not YYYY-MM-DD", p{"Value": string(last)}))
	}
	if last.Before(e.Start.AddDays(-1)) || !last.Before(e.End()) {
		return fieldErr("stopped_on", model.X("an early stop must fall from {{.From}} to {{.To}}, the night before the planned end; {{.Value}} is outside",
			p{"From": string(e.Start.AddDays(-1)), "To": string(e.End().AddDays(-1)), "Value": string(last)}))
	}
	return nil
}

// validateNights checks that the schedule has the plan's shape night by night
// and that its A/B assignment is one the design could have drawn: otherwise
// the randomisation test would compare against the wrong set of schedules.
func (e Experiment) validateNights() error {
	if len(e.Nights) != e.Plan.Length() {
		return fieldErr("schedule", model.XN("the plan runs {{.Count}} nights but the schedule has {{.Has}}", e.Plan.Length(), p{"Has": len(e.Nights)}))
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
			return fieldErr("condition", model.X("night {{.Date}} is {{.Condition}} but phase {{.Phase}} began as {{.First}}; a phase keeps one condition",
				p{"Date": string(n.Date), "Condition": string(n.Condition), "Phase": sl.Phase, "First": string(prev)}))
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
		return fieldErr("condition", e.Plan.scheduleRule())
	}
	return nil
}

// checkNight compares one night with the slot the plan gives it.
func (e Experiment) checkNight(i int, n Night) error {
	want := e.Start.AddDays(i)
	if n.Date != want {
		return fieldErr("date", model.X("night {{.N}} of the experiment should be {{.Want}}, not {{.Date}}; nights run one after another from the start",
			p{"N": i + 1, "Want": string(want), "Date": string(n.Date)}))
	}
	sl := e.Plan.Slot(i)
	if n.Phase != sl.Phase {
		return fieldErr("phase", model.X("night {{.Date}} should be in phase {{.Want}} by the plan, not {{.Phase}}", p{"Date": string(n.Date), "Want": sl.Phase, "Phase": n.Phase}))
	}
	if n.Washout != sl.Washout {
		return fieldErr("washout", model.X("night {{.Date}} should have washout {{.Want}} by the plan", p{"Date": string(n.Date), "Want": yesNo(sl.Washout)}))
	}
	switch {
	case sl.Baseline && n.Condition != CondBaseline:
		return fieldErr("condition", model.X("night {{.Date}} falls in the baseline, so its condition must be baseline", p{"Date": string(n.Date)}))
	case !sl.Baseline && n.Condition != CondA && n.Condition != CondB:
		return fieldErr("condition", model.X("night {{.Date}} has condition \"{{.Value}}\"; it must be A or B", p{"Date": string(n.Date), "Value": string(n.Condition)}))
	}
	return nil
}

// scheduleRule says what a valid A/B assignment looks like for the plan.
func (pl Plan) scheduleRule() model.Message {
	switch {
	case pl.Design == NightByNight:
		return model.X("a night-by-night schedule must have exactly {{.N}} A and {{.N}} B nights", p{"N": pl.Nights / 2})
	case pl.Order == OrderFixed:
		return model.X("with a fixed order every pair must run its A phase first, then its B phase", nil)
	}
	return model.X("every A/B pair must have one A phase and one B phase", nil)
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
			return fieldErr("start", model.X("the experiment \"{{.Title}}\" also starts on {{.Date}}; pick another start, or delete that one first", p{"Title": o.Title, "Date": string(o.Start)}))
		}
		if e.LastNight().Before(o.Start) || o.LastNight().Before(e.Start) {
			continue
		}
		return fieldErr("start", model.X("the experiment \"{{.Title}}\" already has the nights {{.From}} to {{.To}}; start this one on {{.Next}} or later, or stop that one first",
			p{"Title": o.Title, "From": string(o.Start), "To": string(o.LastNight()), "Next": string(o.LastNight().AddDays(1))}))
	}
	return nil
}

// fieldErr is a *model.FieldError, which wraps model.ErrInvalid, on one field
// of an experiment.
func fieldErr(field string, m model.Message) *model.FieldError { return model.NewFieldError(field, m) }

// p is the parameters of a message, named for short.
type p = map[string]any
