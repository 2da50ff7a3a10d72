package experiment

import (
	"fmt"
	"math/rand/v2"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/nof1"
)

// Outcome is the night score an experiment compares; lower is always better.
type Outcome string

// The outcomes a plan can fix.
const (
	OutcomeCrampNights    Outcome = "cramp_nights"     // 1 for a night with any cramp, else 0
	OutcomeCrampsPerNight Outcome = "cramps_per_night" // cramps that night
	OutcomeWorstIntensity Outcome = "worst_intensity"  // strongest cramp that night, 0-10; 0 when none
)

// DesignKind is how an experiment assigns A and B.
type DesignKind string

// The designs.
const (
	// NightByNight draws A or B for each night, half of each: for evening
	// changes whose effect is gone by the next evening.
	NightByNight DesignKind = "night_by_night"
	// Phases alternates A/B blocks of days in pairs: for changes that take
	// days to act or wear off.
	Phases DesignKind = "phases"
)

// PhaseOrder is how the order inside each A/B pair of phases is chosen.
type PhaseOrder string

// The orders.
const (
	OrderRandom PhaseOrder = "random" // drawn per pair with the seed
	OrderFixed  PhaseOrder = "fixed"  // A then B in every pair; nothing to randomise over
)

// Plan limits. Six balanced nights is the fewest that can reach p = 0.05
// (1/20); longer than six weeks of nightly switching is hard to keep up.
const (
	MinNightByNight = 6
	MaxNightByNight = 42
	MinPairs        = 2
	MaxPairs        = 10
	MinPhaseDays    = 3
	MaxPhaseDays    = 14
)

// Alpha is the p-value at or below which a result counts as "helped".
const Alpha = 0.05

// Plan is everything fixed before an experiment starts. Fields that do not
// apply to the design are zero.
type Plan struct {
	Outcome      Outcome    `json:"outcome"`
	Design       DesignKind `json:"design"`
	Nights       int        `json:"nights"`        // night by night: how many, even
	Pairs        int        `json:"pairs"`         // phases: A/B pairs
	PhaseDays    int        `json:"phase_days"`    // phases: nights per phase
	WashoutDays  int        `json:"washout_days"`  // phases: first nights of each phase left out
	BaselineDays int        `json:"baseline_days"` // phases: usual nights before the first pair; 0 for none
	Order        PhaseOrder `json:"order"`         // phases: random or fixed
}

// Validate checks the plan; the error is a *model.FieldError naming what to change.
func (p Plan) Validate() error {
	switch p.Outcome {
	case OutcomeCrampNights, OutcomeCrampsPerNight, OutcomeWorstIntensity:
	default:
		return fieldErr("outcome", model.X("outcome \"{{.Value}}\" is not one of cramp_nights, cramps_per_night, worst_intensity", map[string]any{"Value": string(p.Outcome)}))
	}
	switch p.Design {
	case NightByNight:
		return p.validateNightByNight()
	case Phases:
		return p.validatePhases()
	}
	return fieldErr("design", model.X("design \"{{.Value}}\" is not one of night_by_night, phases", map[string]any{"Value": string(p.Design)}))
}

func (p Plan) validateNightByNight() error {
	if p.Nights < MinNightByNight || p.Nights > MaxNightByNight || p.Nights%2 != 0 {
		return fieldErr("nights", model.X("a night-by-night plan needs an even number of nights from {{.Min}} to {{.Max}}, not {{.Value}}",
			map[string]any{"Min": MinNightByNight, "Max": MaxNightByNight, "Value": p.Nights}))
	}
	if p.Pairs != 0 || p.PhaseDays != 0 || p.WashoutDays != 0 || p.BaselineDays != 0 || p.Order != "" {
		return fieldErr("design", model.X("pairs, phase days, washout, baseline and order belong to a phase design; leave them empty for night by night", nil))
	}
	return nil
}

func (p Plan) validatePhases() error {
	switch {
	case p.Pairs < MinPairs || p.Pairs > MaxPairs:
		return fieldErr("pairs", model.X("a phase plan needs {{.Min}} to {{.Max}} A/B pairs, not {{.Value}}", map[string]any{"Min": MinPairs, "Max": MaxPairs, "Value": p.Pairs}))
	case p.PhaseDays < MinPhaseDays || p.PhaseDays > MaxPhaseDays:
		return fieldErr("phase_days", model.X("each phase must last {{.Min}} to {{.Max}} days, not {{.Value}}", map[string]any{"Min": MinPhaseDays, "Max": MaxPhaseDays, "Value": p.PhaseDays}))
	case p.WashoutDays < 0 || p.WashoutDays > p.PhaseDays/2:
		return fieldErr("washout_days", model.XN("a washout of {{.Count}} days does not fit a {{.Phase}}-day phase; use 0 to {{.Max}} so most of each phase is analysed",
			p.WashoutDays, map[string]any{"Phase": p.PhaseDays, "Max": p.PhaseDays / 2}))
	case p.BaselineDays != 0 && (p.BaselineDays < MinPhaseDays || p.BaselineDays > MaxPhaseDays):
		return fieldErr("baseline_days", model.X("a baseline must last {{.Min}} to {{.Max}} days, or 0 for none, not {{.Value}}",
			map[string]any{"Min": MinPhaseDays, "Max": MaxPhaseDays, "Value": p.BaselineDays}))
	case p.Order != OrderRandom && p.Order != OrderFixed:
		return fieldErr("order", model.X("order \"{{.Value}}\" is not random or fixed", map[string]any{"Value": string(p.Order)}))
	case p.Nights != 0:
		return fieldErr("nights", model.X("nights belongs to a night-by-night design; a phase plan's length comes from pairs and phase days", nil))
	}
	return nil
}

// Length is how many nights the plan runs, baseline included.
func (p Plan) Length() int {
	if p.Design == NightByNight {
		return p.Nights
	}
	return p.BaselineDays + 2*p.Pairs*p.PhaseDays
}

// Analysable is how many nights the plan compares: every A and B night
// except washout nights.
func (p Plan) Analysable() int {
	if p.Design == NightByNight {
		return p.Nights
	}
	return 2 * p.Pairs * (p.PhaseDays - p.WashoutDays)
}

// Scheme is the set of schedules the plan draws from, for the randomisation test.
func (p Plan) Scheme() (nof1.Scheme, error) {
	switch {
	case p.Design == NightByNight:
		return nof1.Balanced(p.Nights)
	case p.Order == OrderFixed:
		return nof1.FixedOrder(p.Pairs)
	default:
		return nof1.PairOrders(p.Pairs)
	}
}

// MinP is the smallest p-value the plan can ever give: one over the number of
// schedules it could draw (14 nights: 1/3,432; 5 randomised pairs: 1/32;
// a fixed order: 1). Above Alpha the plan can never show that a change helped.
func (p Plan) MinP() float64 {
	s, err := p.Scheme()
	if err != nil {
		return 1
	}
	return s.MinP()
}

// Slot is where one night of the plan falls.
type Slot struct {
	Phase    int // 1-based phase, 0 for baseline and night by night
	Washout  bool
	Baseline bool
	Unit     int // the scheme unit: the night (night by night) or phase-1
}

// Slot is where night i of the plan falls, counting from 0.
func (p Plan) Slot(i int) Slot {
	if p.Design == NightByNight {
		return Slot{Unit: i}
	}
	if i < p.BaselineDays {
		return Slot{Baseline: true, Unit: -1}
	}
	j := i - p.BaselineDays
	return Slot{Phase: j/p.PhaseDays + 1, Washout: j%p.PhaseDays < p.WashoutDays, Unit: j / p.PhaseDays}
}

// Schedule draws the nights of the plan from start with seed.
func (p Plan) Schedule(start model.Date, seed int64) ([]Night, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	s, err := p.Scheme()
	if err != nil {
		return nil, fmt.Errorf("experiment: schedule: %w", err)
	}
	mask := s.Draw(seed)
	nights := make([]Night, p.Length())
	for i := range nights {
		sl := p.Slot(i)
		n := Night{Date: start.AddDays(i), Condition: CondA, Phase: sl.Phase, Washout: sl.Washout}
		switch {
		case sl.Baseline:
			n.Condition = CondBaseline
		case mask>>sl.Unit&1 == 1:
			n.Condition = CondB
		}
		nights[i] = n
	}
	return nights, nil
}

// NewSeed returns a fresh random seed for a new experiment.
func NewSeed() int64 { return rand.Int64() }
