package experiment

import (
	"fmt"
	"math"

	"github.com/crampdiary/crampdiary/model"
)

// Name is the verdict in a few words: the one wording of "helped", "no
// difference seen" and "inconclusive" that the command line and the report
// print. The window says it in sentences of its own (ui/experimentview.go).
func (v Verdict) Name(tr model.Translate) string {
	switch v {
	case VerdictHelped:
		return tr.Text("helped")
	case VerdictNoDifference:
		return tr.Text("no difference seen")
	}
	return tr.Text("inconclusive")
}

// Explain says what the verdict means, one sentence per reason, for the
// command line and its JSON; the window and the report word their own.
func (r Result) Explain(tr model.Translate) []string {
	switch r.Verdict {
	case VerdictHelped:
		return []string{fmt.Sprintf(tr.Text("The change helped: %s with it than without (p = %s, NAP %.2f)."), r.effectWords(tr), formatP(*r.P), *r.NAP)}
	case VerdictNoDifference:
		return []string{fmt.Sprintf(tr.Text("No difference seen: %s with the change (p = %s); this plan could not tell it from chance."), r.effectWords(tr), formatP(*r.P))}
	}
	out := make([]string, 0, len(r.Reasons))
	for _, reason := range r.Reasons {
		out = append(out, r.reasonText(tr, reason))
	}
	return out
}

func (r Result) reasonText(tr model.Translate, reason Reason) string {
	switch reason {
	case ReasonDesign:
		return fmt.Sprintf(tr.Text("Inconclusive: this plan cannot reach p <= 0.05 (its smallest p is %s); use more pairs or a randomised order."), formatP(r.MinP))
	case ReasonNotStarted:
		return tr.Text("Inconclusive: the experiment has not started yet.")
	case ReasonRunning:
		return tr.Text("Inconclusive until the last night: judging part-way lets chance pick the moment.")
	case ReasonTooFewNights:
		return fmt.Sprintf(tr.Text("Inconclusive: only %d of the %d planned nights were checked; %d are needed."), r.Checked, r.Planned, r.Needed)
	case ReasonLowAdherence:
		return fmt.Sprintf(tr.Text("Inconclusive: the plan was kept on %.0f%% of the answered nights; at least 80%% is needed."), 100**r.Adherence.Rate)
	}
	return tr.Text("Inconclusive: the A and B nights cannot be compared; each needs at least two checked nights.")
}

// effectWords says the effect per 10 nights: "1.4 fewer per 10 nights"
// reads better than "0.14 fewer per night".
func (r Result) effectWords(tr model.Translate) string {
	d := *r.Effect
	switch r.Outcome {
	case OutcomeWorstIntensity:
		return fmt.Sprintf(tr.Text(pick(d > 0, "worst intensity %.1f points higher", "worst intensity %.1f points lower")), math.Abs(d))
	case OutcomeCrampsPerNight:
		return fmt.Sprintf(tr.Text(pick(d > 0, "%.1f more cramps per 10 nights", "%.1f fewer cramps per 10 nights")), math.Abs(10*d))
	}
	return fmt.Sprintf(tr.Text(pick(d > 0, "%.1f more cramp nights per 10 nights", "%.1f fewer cramp nights per 10 nights")), math.Abs(10*d))
}

func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}

// formatP writes a p-value with two significant digits, as 0.031 or 0.00029.
func formatP(p float64) string { return fmt.Sprintf("%.2g", p) }
