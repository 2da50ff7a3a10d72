package model

import (
	"fmt"
	"math"
)

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
	Phase     int       `json:"phase"` // 0 for the baseline
	Condition Condition `json:"condition"`
	From      Date      `json:"from"`
	To        Date      `json:"to"`
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
	State        ExperimentState `json:"state"`
	StoppedEarly bool            `json:"stopped_early"`
	Outcome      Outcome         `json:"outcome"`

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

// Explain says what the verdict means in plain English, one sentence per
// reason, for the command line; the window words its own.
func (r Result) Explain() []string {
	switch r.Verdict {
	case VerdictHelped:
		return []string{fmt.Sprintf("The change helped: %s with it than without (p = %s, NAP %.2f).", r.effectWords(), formatP(*r.P), *r.NAP)}
	case VerdictNoDifference:
		return []string{fmt.Sprintf("No difference seen: %s with the change (p = %s); this plan could not tell it from chance.", r.effectWords(), formatP(*r.P))}
	}
	out := make([]string, 0, len(r.Reasons))
	for _, reason := range r.Reasons {
		out = append(out, r.reasonText(reason))
	}
	return out
}

func (r Result) reasonText(reason Reason) string {
	switch reason {
	case ReasonDesign:
		return fmt.Sprintf("Inconclusive: this plan cannot reach p <= 0.05 (its smallest p is %s); use more pairs or a randomised order.", formatP(r.MinP))
	case ReasonNotStarted:
		return "Inconclusive: the experiment has not started yet."
	case ReasonRunning:
		return "Inconclusive until the last night: judging part-way lets chance pick the moment."
	case ReasonTooFewNights:
		return fmt.Sprintf("Inconclusive: only %d of the %d planned nights were checked; %d are needed.", r.Checked, r.Planned, r.Needed)
	case ReasonLowAdherence:
		return fmt.Sprintf("Inconclusive: the plan was kept on %.0f%% of the answered nights; at least 80%% is needed.", 100**r.Adherence.Rate)
	}
	return "Inconclusive: the A and B nights cannot be compared; each needs at least two checked nights."
}

// effectWords says the effect per 10 nights: "1.4 fewer per 10 nights"
// reads better than "0.14 fewer per night".
func (r Result) effectWords() string {
	d := *r.Effect
	switch r.Outcome {
	case OutcomeWorstIntensity:
		return fmt.Sprintf("worst intensity %.1f points %s", math.Abs(d), pick(d > 0, "higher", "lower"))
	case OutcomeCrampsPerNight:
		return fmt.Sprintf("%.1f %s cramps per 10 nights", math.Abs(10*d), pick(d > 0, "more", "fewer"))
	}
	return fmt.Sprintf("%.1f %s cramp nights per 10 nights", math.Abs(10*d), pick(d > 0, "more", "fewer"))
}

func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}

// formatP writes a p-value with two significant digits, as 0.031 or 0.00029.
func formatP(p float64) string { return fmt.Sprintf("%.2g", p) }
