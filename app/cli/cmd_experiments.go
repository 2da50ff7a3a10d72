package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// cmdExperiments prints every self-experiment with its plan, schedule,
// adherence and result: a JSON array with --json, for scripts, or else a
// short block per experiment for a person.
func cmdExperiments(ctx context.Context, s diaryStore, inv invocation, now time.Time, out io.Writer) error {
	today := model.DiaryToday(now)
	reports, err := loadExperimentReports(ctx, s, today)
	if err != nil {
		return err
	}
	if inv.json {
		return writeExperimentsJSON(out, reports)
	}
	return writeExperimentsText(out, reports)
}

// experimentReport is one experiment and its analysis on today.
type experimentReport struct {
	exp    experiment.Experiment
	result experiment.Result
}

func loadExperimentReports(ctx context.Context, s diaryStore, today model.Date) ([]experimentReport, error) {
	exps, err := s.Experiments(ctx)
	if err != nil {
		return nil, fmt.Errorf("app: experiments: %w", err)
	}
	reports := make([]experimentReport, len(exps))
	for i, e := range exps {
		r, err := experiment.AnalyseStored(ctx, s, e, today)
		if err != nil {
			return nil, fmt.Errorf("app: experiments: %w", err)
		}
		reports[i] = experimentReport{exp: e, result: r}
	}
	return reports, nil
}

// experimentJSON is one experiment in `crampdiary experiments --json`. The
// key names are a promise to scripts; the result's keys (state, effect, nap,
// p, min_p, verdict, ...) sit beside the plan's. A number that cannot be
// computed yet is null, never 0.
type experimentJSON struct {
	ID        uint                  `json:"id"`
	Template  experiment.TemplateID `json:"template"`
	Title     string                `json:"title"`
	Usual     string                `json:"usual"`
	Change    string                `json:"change"`
	Start     model.Date            `json:"start"`
	End       model.Date            `json:"end"`
	Seed      int64                 `json:"seed"`
	Status    experiment.Status     `json:"status"`
	StoppedOn *model.Date           `json:"stopped_on"`
	Plan      experiment.Plan       `json:"plan"`
	Schedule  []experiment.Night    `json:"schedule"`
	experiment.Result
	Explanation []string `json:"explanation"`
}

func writeExperimentsJSON(out io.Writer, reports []experimentReport) error {
	rows := make([]experimentJSON, len(reports))
	for i, rep := range reports {
		e, r := rep.exp, rep.result
		if r.Reasons == nil {
			r.Reasons = []experiment.Reason{} // an empty list, so scripts can always iterate it
		}
		rows[i] = experimentJSON{
			ID: e.ID, Template: e.Template, Title: e.Title, Usual: e.Usual, Change: e.Change,
			Start: e.Start, End: e.End(), Seed: e.Seed, Status: e.Status, Plan: e.Plan,
			Schedule: e.Nights, Result: r, Explanation: sayAll(words(), r.Explain()),
		}
		if e.StoppedOn != "" {
			rows[i].StoppedOn = &e.StoppedOn
		}
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rows); err != nil {
		return fmt.Errorf("app: write experiments as JSON: %w", err)
	}
	return nil
}

func writeExperimentsText(out io.Writer, reports []experimentReport) error {
	if len(reports) == 0 {
		fmt.Fprintln(out, lang.L("No experiments in the diary yet."))
		return nil
	}
	for _, rep := range reports {
		writeExperimentBlock(out, rep.exp, rep.result)
		fmt.Fprintln(out)
	}
	fmt.Fprintln(out, lang.L("A result speaks for you and the nights tested, nothing more; it is not medical advice."))
	return nil
}

// writeExperimentBlock prints what a person needs to judge one experiment:
// its plan, how much data there is, both sides and the verdict with its reasons.
func writeExperimentBlock(out io.Writer, e experiment.Experiment, r experiment.Result) {
	writeExperimentHeading(out, e, r)
	fmt.Fprintln(out, "  "+lang.L("Plan: {{.Design}}, {{.Nights}} nights, scored on {{.Outcome}}; smallest possible p {{.MinP}}", map[string]any{
		"Design": designText(e.Plan), "Nights": e.Plan.Length(), "Outcome": lang.L(outcomeText[e.Plan.Outcome]), "MinP": fmt.Sprintf("%.2g", r.MinP)}))
	fmt.Fprintln(out, "  "+lang.L("Checked {{.Checked}} of {{.Planned}} compared nights ({{.Needed}} needed); kept to the plan on {{.Yes}} of {{.Answered}} answered nights", map[string]any{
		"Checked": r.Checked, "Planned": r.Planned, "Needed": r.Needed, "Yes": r.Adherence.Yes, "Answered": r.Adherence.Yes + r.Adherence.No}))
	fmt.Fprintln(out, "  "+lang.L("As usual (A): {{.Side}}", map[string]any{"Side": sideText(r.A)}))
	fmt.Fprintln(out, "  "+lang.L("With the change (B): {{.Side}}", map[string]any{"Side": sideText(r.B)}))
	if r.P != nil {
		how := lang.L("exact, over all {{.N}} possible schedules", map[string]any{"N": r.Schedules})
		if !r.Exact {
			how = lang.L("from {{.N}} random schedules", map[string]any{"N": r.Draws})
		}
		fmt.Fprintln(out, "  "+lang.L("NAP {{.NAP}}, p = {{.P}} ({{.How}})", map[string]any{
			"NAP": fmt.Sprintf("%.2f", *r.NAP), "P": fmt.Sprintf("%.2g", *r.P), "How": how}))
	}
	if r.StoppedEarly && !e.StoppedBeforeStart() {
		fmt.Fprintln(out, "  "+lang.L("Stopped early after the night of {{.Date}}.", map[string]any{"Date": e.StoppedOn}))
	}
	fmt.Fprintln(out, "  "+lang.L("Verdict: {{.Verdict}}", map[string]any{"Verdict": r.Verdict.Name(lang.L)}))
	for _, line := range sayAll(words(), r.Explain()) {
		fmt.Fprintln(out, "    "+line)
	}
}

// writeExperimentHeading names the experiment and its nights: first to last,
// or only its start when it was stopped before its first night, which
// leaves it no nights to span.
func writeExperimentHeading(out io.Writer, e experiment.Experiment, r experiment.Result) {
	if e.StoppedBeforeStart() {
		fmt.Fprintln(out, lang.L("{{.Title}}: planned from {{.Start}}, stopped before its first night", map[string]any{
			"Title": e.Title, "Start": e.Start}))
		return
	}
	fmt.Fprintln(out, lang.L("{{.Title}}: {{.Start}} to {{.End}}, {{.State}}", map[string]any{
		"Title": e.Title, "Start": e.Start, "End": e.LastNight(), "State": lang.L(string(r.State))}))
}

// sideText is "3 cramp nights in 12 analysed nights, 0.33 cramps a night".
func sideText(s experiment.ConditionSummary) string {
	if s.Nights == 0 {
		return lang.L("no analysed nights yet")
	}
	return lang.L("{{.CrampNights}} cramp nights in {{.Nights}} analysed nights, {{.PerNight}} cramps a night", map[string]any{
		"CrampNights": s.CrampNights, "Nights": s.Nights, "PerNight": fmt.Sprintf("%.2f", s.CrampsPerNight)})
}

// outcomeText is the English words of each outcome; translated where printed,
// since the translations are not loaded yet when package variables are set.
var outcomeText = map[experiment.Outcome]string{
	experiment.OutcomeCrampNights:    "cramp nights",
	experiment.OutcomeCrampsPerNight: "cramps per night",
	experiment.OutcomeWorstIntensity: "worst intensity",
}

// designText words the design: "night by night" or "5 A/B pairs of 7-day
// phases, order drawn, 1 washout night each".
func designText(p experiment.Plan) string {
	if p.Design == experiment.NightByNight {
		return lang.L("night by night, A or B drawn for each night")
	}
	order := lang.L("order drawn in each pair")
	if p.Order == experiment.OrderFixed {
		order = lang.L("fixed order A then B")
	}
	text := lang.L("{{.Pairs}} A/B pairs of {{.Days}}-day phases, {{.Order}}, {{.Washout}} washout nights each", map[string]any{
		"Pairs": p.Pairs, "Days": p.PhaseDays, "Order": order, "Washout": p.WashoutDays})
	if p.BaselineDays > 0 {
		text += lang.L(", after a {{.Days}}-day baseline", map[string]any{"Days": p.BaselineDays})
	}
	return text
}

// sayAll writes each message in w's language.
func sayAll(w model.Words, msgs []model.Message) []string {
	out := make([]string, len(msgs))
	for i, m := range msgs {
		out[i] = w.Say(m)
	}
	return out
}
