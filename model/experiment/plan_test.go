package experiment

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestMinP(t *testing.T) {
	night := Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 14}
	if got := night.MinP(); math.Abs(got-1.0/3432) > 1e-15 {
		t.Errorf("14 nights: MinP = %v, want 1/3432", got)
	}
	night.Nights = 28
	if got := night.MinP(); math.Abs(got-1.0/40116600) > 1e-20 {
		t.Errorf("28 nights: MinP = %v, want 1/C(28,14) = 1/40,116,600", got)
	}
	phases := Plan{Outcome: OutcomeCrampNights, Design: Phases, Pairs: 4, PhaseDays: 7, Order: OrderRandom}
	if got := phases.MinP(); got != 1.0/16 {
		t.Errorf("4 pairs: MinP = %v, want 1/16", got)
	}
	phases.Pairs = 5
	if got := phases.MinP(); got != 1.0/32 {
		t.Errorf("5 pairs: MinP = %v, want 1/32", got)
	}
	phases.Order = OrderFixed
	if got := phases.MinP(); got != 1 {
		t.Errorf("fixed ABAB: MinP = %v, want 1", got)
	}
}

func TestPlanValidate(t *testing.T) {
	nightly := Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 14}
	phase := Plan{Outcome: OutcomeWorstIntensity, Design: Phases, Pairs: 3, PhaseDays: 7, WashoutDays: 2, BaselineDays: 7, Order: OrderRandom}
	for _, tc := range []struct {
		name  string
		edit  func(*Plan)
		base  Plan
		field string
		text  string
	}{
		{"odd nights", func(p *Plan) { p.Nights = 13 }, nightly, "nights", "even number of nights from 6 to 42"},
		{"too many nights", func(p *Plan) { p.Nights = 44 }, nightly, "nights", "not 44"},
		{"phase field on nightly", func(p *Plan) { p.WashoutDays = 1 }, nightly, "design", "belong to a phase design"},
		{"outcome", func(p *Plan) { p.Outcome = "pain" }, nightly, "outcome", `"pain"`},
		{"design", func(p *Plan) { p.Design = "abab" }, nightly, "design", `"abab"`},
		{"one pair", func(p *Plan) { p.Pairs = 1 }, phase, "pairs", "2 to 10 A/B pairs"},
		{"short phase", func(p *Plan) { p.PhaseDays = 2 }, phase, "phase_days", "3 to 14 days, not 2"},
		{"long phase", func(p *Plan) { p.PhaseDays = 15 }, phase, "phase_days", "not 15"},
		{"washout", func(p *Plan) { p.WashoutDays = 4 }, phase, "washout_days", "use 0 to 3"},
		{"baseline", func(p *Plan) { p.BaselineDays = 2 }, phase, "baseline_days", "or 0 for none"},
		{"order", func(p *Plan) { p.Order = "" }, phase, "order", "random or fixed"},
		{"nights on phases", func(p *Plan) { p.Nights = 14 }, phase, "nights", "night-by-night"},
	} {
		p := tc.base
		tc.edit(&p)
		err := p.Validate()
		var fe *model.FieldError
		if !errors.As(err, &fe) || !errors.Is(err, model.ErrInvalid) || fe.Field != tc.field || !strings.Contains(fe.Msg, tc.text) {
			t.Errorf("%s: err = %v, want field %s saying %q", tc.name, err, tc.field, tc.text)
		}
	}
	if err := nightly.Validate(); err != nil {
		t.Errorf("nightly: %v", err)
	}
	if err := phase.Validate(); err != nil {
		t.Errorf("phase: %v", err)
	}
}

// A phase plan with a baseline and washout lays its nights out phase by
// phase, keeps one condition per phase and one A and one B per pair.
func TestScheduleOfAPhasePlan(t *testing.T) {
	plan := Plan{Outcome: OutcomeCrampNights, Design: Phases, Pairs: 3, PhaseDays: 4, WashoutDays: 1, BaselineDays: 3, Order: OrderRandom}
	nights, err := plan.Schedule(expStart, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(nights) != 27 || plan.Analysable() != 18 {
		t.Fatalf("%d nights, %d analysable; want 27 and 18", len(nights), plan.Analysable())
	}
	for i, n := range nights[:3] {
		if n.Condition != CondBaseline || n.Phase != 0 || n.Washout || n.Date != expStart.AddDays(i) {
			t.Errorf("baseline night %d = %+v", i, n)
		}
	}
	for ph := 1; ph <= 6; ph++ {
		first := nights[3+(ph-1)*4]
		pair := nights[3+((ph-1)^1)*4]
		if first.Phase != ph || !first.Washout || pair.Condition == first.Condition {
			t.Errorf("phase %d starts %+v; its partner is %s", ph, first, pair.Condition)
		}
		for _, n := range nights[3+(ph-1)*4+1 : 3+ph*4] {
			if n.Washout || n.Condition != first.Condition || n.Phase != ph {
				t.Errorf("phase %d night %+v", ph, n)
			}
		}
	}
	again, _ := plan.Schedule(expStart, 5)
	for i := range nights {
		if nights[i] != again[i] {
			t.Fatal("the same seed must give the same schedule")
		}
	}
}

func TestFixedOrderRunsAThenB(t *testing.T) {
	plan := Plan{Outcome: OutcomeCrampNights, Design: Phases, Pairs: 2, PhaseDays: 3, Order: OrderFixed}
	nights, _ := plan.Schedule(expStart, 12345)
	var got strings.Builder
	for _, n := range nights {
		got.WriteString(string(n.Condition))
	}
	if got.String() != "AAABBBAAABBB" {
		t.Errorf("fixed order = %s", got.String())
	}
}

// A stored schedule that the design could not have drawn is refused: the
// test would otherwise compare it with the wrong set of schedules.
func TestValidateRefusesASchedulesThatDoesNotFitThePlan(t *testing.T) {
	nightly := Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 6}
	phases := Plan{Outcome: OutcomeCrampNights, Design: Phases, Pairs: 2, PhaseDays: 3, WashoutDays: 1, Order: OrderRandom}
	for _, tc := range []struct {
		name  string
		e     Experiment
		edit  func(*Experiment)
		field string
	}{
		{"unbalanced", expBuild(t, nightly, "ABABAB"), func(e *Experiment) { e.Nights[0].Condition = CondB }, "condition"},
		{"mixed phase", expBuild(t, phases, "ABBA"), func(e *Experiment) { e.Nights[2].Condition = CondB }, "condition"},
		{"pair of two Bs", expBuild(t, phases, "ABBA"), func(e *Experiment) {
			for i := 0; i < 3; i++ {
				e.Nights[i].Condition = CondB
			}
		}, "condition"},
		{"washout moved", expBuild(t, phases, "ABBA"), func(e *Experiment) { e.Nights[1].Washout = true }, "washout"},
		{"gap in dates", expBuild(t, nightly, "ABABAB"), func(e *Experiment) { e.Nights[3].Date = e.Nights[3].Date.AddDays(1) }, "date"},
		{"short schedule", expBuild(t, nightly, "ABABAB"), func(e *Experiment) { e.Nights = e.Nights[:5] }, "schedule"},
		{"empty change", expBuild(t, nightly, "ABABAB"), func(e *Experiment) { e.Change = " " }, "change"},
		{"template", expBuild(t, nightly, "ABABAB"), func(e *Experiment) { e.Template = "magic" }, "template"},
		{"status", expBuild(t, nightly, "ABABAB"), func(e *Experiment) { e.Status = "paused" }, "status"},
		{"late stop", expBuild(t, nightly, "ABABAB"), func(e *Experiment) { e.Status, e.StoppedOn = StatusStopped, e.End() }, "stopped_on"},
	} {
		tc.edit(&tc.e)
		var fe *model.FieldError
		if err := tc.e.Validate(); !errors.As(err, &fe) || fe.Field != tc.field {
			t.Errorf("%s: err = %v, want a field error on %s", tc.name, err, tc.field)
		}
	}
}

func TestState(t *testing.T) {
	e := expBuild(t, Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 6}, "BAABBA")
	for today, want := range map[model.Date]State{
		expStart.AddDays(-1): StatePlanned, expStart: StateRunning, e.End(): StateRunning, e.End().AddDays(1): StateFinished,
	} {
		if got := e.State(today); got != want {
			t.Errorf("State(%s) = %s, want %s", today, got, want)
		}
	}
	stopped, err := e.Stop(expStart.AddDays(2))
	if err != nil || stopped.State(expStart.AddDays(3)) != StateStopped || !stopped.StoppedEarly() {
		t.Fatalf("Stop: %+v, %v", stopped, err)
	}
	if _, err := stopped.Stop(expStart.AddDays(3)); !errors.Is(err, model.ErrInvalid) {
		t.Errorf("second stop: %v", err)
	}
}

// Stopped on its first evening, an experiment keeps its start but has no
// night: its last night is the eve of the start.
func TestStoppedBeforeStart(t *testing.T) {
	e := expBuild(t, Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 6}, "BAABBA")
	if e.StoppedBeforeStart() {
		t.Error("an active experiment counts as stopped before its start")
	}
	first, err := e.Stop(e.Start)
	if err != nil || first.StoppedBeforeStart() {
		t.Fatalf("stopped after its first night: %v, before start %v", err, first.StoppedBeforeStart())
	}
	none, err := e.Stop(e.Start.AddDays(-1))
	if err != nil || !none.StoppedBeforeStart() || none.LastNight() != e.Start.AddDays(-1) {
		t.Fatalf("stopped on its first evening: %v, before start %v, last night %s", err, none.StoppedBeforeStart(), none.LastNight())
	}
}

func TestCheckOverlap(t *testing.T) {
	nightly := Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 6}
	a := expBuild(t, nightly, "ABABAB")
	a.ID = 1
	b := a
	b.ID, b.Start = 0, a.End()
	if err := CheckOverlap(b, []Experiment{a}); !errors.Is(err, model.ErrInvalid) || !strings.Contains(err.Error(), "start this one on 2026-03-08") {
		t.Errorf("overlap: %v", err)
	}
	b.Start = a.End().AddDays(1)
	if err := CheckOverlap(b, []Experiment{a}); err != nil {
		t.Errorf("back to back: %v", err)
	}
	stopped, _ := a.Stop(a.Start.AddDays(1))
	b.Start = a.Start.AddDays(2)
	if err := CheckOverlap(b, []Experiment{stopped}); err != nil {
		t.Errorf("after a stop the nights are free: %v", err)
	}
	b.Start = a.Start
	if err := CheckOverlap(b, []Experiment{stopped}); err == nil {
		t.Error("two experiments may not share a start")
	}
	if err := CheckOverlap(a, []Experiment{a}); err != nil {
		t.Errorf("an experiment does not overlap itself: %v", err)
	}
}

func TestStartWindow(t *testing.T) {
	today := model.MustDate("2026-11-24")
	from, to := StartWindow(today)
	if from != today || to != model.MustDate("2027-11-24") {
		t.Errorf("StartWindow(%s) = %s to %s, want tonight to a year on", today, from, to)
	}
}
