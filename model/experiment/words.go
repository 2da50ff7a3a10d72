package experiment

import (
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
// command line and its JSON; the window and the report word their own. The
// sentences are messages: model.Words writes their numbers the reader's way.
func (r Result) Explain() []model.Message {
	switch r.Verdict {
	case VerdictHelped:
		return []model.Message{model.X("The change helped: {{.Effect}} with it than without (p = {{.P}}, NAP {{.NAP}}).",
			map[string]any{"Effect": r.effectWords(), "P": pValue(*r.P), "NAP": model.Decimal{V: *r.NAP, Prec: 2}})}
	case VerdictNoDifference:
		return []model.Message{model.X("No difference seen: {{.Effect}} with the change (p = {{.P}}); this plan could not tell it from chance.",
			map[string]any{"Effect": r.effectWords(), "P": pValue(*r.P)})}
	}
	out := make([]model.Message, 0, len(r.Reasons))
	for _, reason := range r.Reasons {
		out = append(out, r.reasonText(reason))
	}
	return out
}

func (r Result) reasonText(reason Reason) model.Message {
	switch reason {
	case ReasonDesign:
		return model.X("Inconclusive: this plan cannot reach p <= 0.05 (its smallest p is {{.P}}); use more pairs or a randomised order.",
			map[string]any{"P": pValue(r.MinP)})
	case ReasonNotStarted:
		return model.X("Inconclusive: the experiment has not started yet.", nil)
	case ReasonRunning:
		return model.X("Inconclusive until the last night: judging part-way lets chance pick the moment.", nil)
	case ReasonTooFewNights:
		return model.XN("Inconclusive: only {{.Checked}} of the {{.Count}} planned nights were checked; {{.Needed}} are needed.",
			r.Planned, map[string]any{"Checked": r.Checked, "Needed": r.Needed})
	case ReasonLowAdherence:
		return model.X("Inconclusive: the plan was kept on {{.Percent}}% of the answered nights; at least 80% is needed.",
			map[string]any{"Percent": model.Decimal{V: 100 * *r.Adherence.Rate, Prec: 0}})
	}
	return model.X("Inconclusive: the A and B nights cannot be compared; each needs at least two checked nights.", nil)
}

// effectWords says the effect per 10 nights: "1.4 fewer per 10 nights"
// reads better than "0.14 fewer per night".
func (r Result) effectWords() model.Message {
	d := *r.Effect
	n := map[string]any{"N": model.Decimal{V: math.Abs(d), Prec: 1}}
	per10 := map[string]any{"N": model.Decimal{V: math.Abs(10 * d), Prec: 1}}
	switch {
	case r.Outcome == OutcomeWorstIntensity && d > 0:
		return model.X("worst intensity {{.N}} points higher", n)
	case r.Outcome == OutcomeWorstIntensity:
		return model.X("worst intensity {{.N}} points lower", n)
	case r.Outcome == OutcomeCrampsPerNight && d > 0:
		return model.X("{{.N}} more cramps per 10 nights", per10)
	case r.Outcome == OutcomeCrampsPerNight:
		return model.X("{{.N}} fewer cramps per 10 nights", per10)
	case d > 0:
		return model.X("{{.N}} more cramp nights per 10 nights", per10)
	}
	return model.X("{{.N}} fewer cramp nights per 10 nights", per10)
}

// pValue is a p-value with two significant digits, as 0.031 or 0.00029.
func pValue(p float64) model.Significant { return model.Significant{V: p, Digits: 2} }
