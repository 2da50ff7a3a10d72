package experiment

import "github.com/crampdiary/crampdiary/model"

// Verdict is the one-line answer of an experiment.
type Verdict string

// The verdicts. "helped" needs p <= Alpha in the helpful direction; "no
// difference seen" needs enough kept, checked nights; otherwise the data
// cannot tell and the app says so instead of guessing.
const (
	VerdictHelped       Verdict = "helped"
	VerdictNoDifference Verdict = "no_difference_seen"
	VerdictInconclusive Verdict = "inconclusive"
)

// Reason is why a verdict is inconclusive.
type Reason string

// The reasons, in the order they are reported.
const (
	ReasonDesign       Reason = "design_cannot_reach_p_0.05" // MinP > Alpha: no data could show an effect
	ReasonNotStarted   Reason = "not_started"
	ReasonRunning      Reason = "still_running" // judged only once the plan is over, so peeking cannot pick a lucky moment
	ReasonTooFewNights Reason = "too_few_nights"
	ReasonLowAdherence Reason = "adherence_under_80"
	ReasonNoComparison Reason = "no_comparison" // a condition has fewer than two analysed nights
)

// Thresholds of an adequate experiment.
const (
	minNightsPerSide = 2
	neededShare      = 0.8 // of the planned nights, checked (kept or not: adherence has its own rule)
	minAdherence     = 0.8 // of the answered nights
)

// ConditionSummary describes the analysed nights of one condition or phase.
type ConditionSummary struct {
	Nights         int     `json:"nights"` // analysed nights
	CrampNights    int     `json:"cramp_nights"`
	Cramps         int     `json:"cramps"`
	Mean           float64 `json:"mean"` // mean outcome score; 0 when no nights
	CrampNightRate float64 `json:"cramp_night_rate"`
	CrampsPerNight float64 `json:"cramps_per_night"`
}

// PhaseSummary is one phase of a phase design, for the phase chart.
type PhaseSummary struct {
	Phase     int        `json:"phase"` // 0 for the baseline
	Condition Condition  `json:"condition"`
	From      model.Date `json:"from"`
	To        model.Date `json:"to"`
	ConditionSummary
}

// Adherence counts the answers to "did you keep to it?" on the nights the
// plan compares, up to the last night so far.
type Adherence struct {
	Yes        int      `json:"yes"`
	No         int      `json:"no"`
	Unanswered int      `json:"unanswered"`
	Rate       *float64 `json:"rate"` // Yes / (Yes + No); nil when nothing was answered
}

// Result is the analysis of one experiment.
type Result struct {
	State        State   `json:"state"`
	StoppedEarly bool    `json:"stopped_early"`
	Outcome      Outcome `json:"outcome"`

	Planned  int `json:"nights_planned"`  // A and B nights of the plan, washout excluded
	Checked  int `json:"nights_checked"`  // of those, checked so far with a known score
	Analysed int `json:"nights_analysed"` // checked and not answered "no"
	Needed   int `json:"nights_needed"`   // checked nights needed for a verdict

	Adherence Adherence         `json:"adherence"`
	A         ConditionSummary  `json:"a"`
	B         ConditionSummary  `json:"b"`
	Baseline  *ConditionSummary `json:"baseline"` // nil without a baseline
	Phases    []PhaseSummary    `json:"phases"`   // nil for night by night

	Effect    *float64 `json:"effect"` // mean B minus mean A of the outcome; negative is better
	NAP       *float64 `json:"nap"`
	P         *float64 `json:"p"`
	Exact     bool     `json:"p_exact"`
	Schedules uint64   `json:"schedules"`
	Draws     int      `json:"draws"`
	MinP      float64  `json:"min_p"`

	Verdict Verdict  `json:"verdict"`
	Reasons []Reason `json:"reasons"`
}

// judge sets the verdict and its reasons from the figures already in r.
func (r *Result) judge() {
	r.Reasons = nil
	if r.MinP > Alpha {
		r.Reasons = append(r.Reasons, ReasonDesign)
	}
	switch r.State {
	case StatePlanned:
		r.Reasons = append(r.Reasons, ReasonNotStarted)
	case StateRunning:
		r.Reasons = append(r.Reasons, ReasonRunning)
	}
	if r.Checked < r.Needed {
		r.Reasons = append(r.Reasons, ReasonTooFewNights)
	} else if r.A.Nights < minNightsPerSide || r.B.Nights < minNightsPerSide || r.P == nil {
		r.Reasons = append(r.Reasons, ReasonNoComparison)
	}
	if r.Adherence.Rate != nil && *r.Adherence.Rate < minAdherence {
		r.Reasons = append(r.Reasons, ReasonLowAdherence)
	}
	switch {
	case len(r.Reasons) > 0:
		r.Verdict = VerdictInconclusive
	case *r.P <= Alpha && *r.Effect < 0:
		r.Verdict = VerdictHelped
	default:
		r.Verdict = VerdictNoDifference
	}
}
