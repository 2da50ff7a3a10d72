package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"text/tabwriter"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/insights"
	"github.com/crampdiary/crampdiary/ui"
)

// cmdInsights prints the pattern finder's comparison of every factor: a JSON
// array with --json, for scripts, or else a table for a person, in which
// every verdict is labelled as a hypothesis to test.
func cmdInsights(ctx context.Context, s diaryStore, inv invocation, now time.Time, out io.Writer) error {
	today := model.DiaryToday(now)
	ins, err := insights.Load(ctx, s, today)
	if err != nil {
		return fmt.Errorf("app: insights: %w", err)
	}
	if inv.json {
		return writeInsightsJSON(out, ins)
	}
	return writeInsightsTable(out, ins, today)
}

// insightJSON is one factor in `crampdiary insights --json`. The key names
// are a promise to scripts. A number that cannot be computed (a rate over no
// nights, the q of a factor that was not tested) is null, never 0.
type insightJSON struct {
	Factor             insights.Factor  `json:"factor"`
	Lag                int              `json:"lag"` // evenings between the factor and the night: 0, or 1 or 2 for load
	NightsWith         int              `json:"nights_with"`
	NightsWithout      int              `json:"nights_without"`
	CrampNightsWith    int              `json:"cramp_nights_with"`
	CrampNightsWithout int              `json:"cramp_nights_without"`
	RateWith           *float64         `json:"rate_with"`
	RateWithout        *float64         `json:"rate_without"`
	Diff               *float64         `json:"diff"`
	P                  *float64         `json:"p"`
	Q                  *float64         `json:"q"`
	Tested             bool             `json:"tested"`
	Verdict            insights.Verdict `json:"verdict"`
	Need               string           `json:"need,omitempty"`
	Experiment         string           `json:"experiment,omitempty"`
	Dose               *insights.Dose   `json:"dose,omitempty"` // cramp nights by amount: drinks, steps, standing hours
}

func writeInsightsJSON(out io.Writer, ins []insights.Insight) error {
	rows := make([]insightJSON, len(ins))
	// JSON is for scripts: its sentences stay English whatever the terminal speaks.
	en, err := ui.WordsFor("en")
	if err != nil {
		return fmt.Errorf("app: write insights as JSON: %w", err)
	}
	for k, in := range ins {
		rows[k] = insightJSON{
			Factor: in.Factor, Lag: in.Lag, NightsWith: in.NightsWith, NightsWithout: in.NightsWithout,
			CrampNightsWith: in.CrampNightsWith, CrampNightsWithout: in.CrampNightsWithout,
			RateWith: jsonNumber(in.RateWith), RateWithout: jsonNumber(in.RateWithout), Diff: jsonNumber(in.Diff),
			P: jsonNumber(in.P), Q: jsonNumber(in.Q), Tested: in.Tested, Verdict: in.Verdict,
			Need: needText(en, in.Need), Experiment: in.Experiment, Dose: in.Dose,
		}
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rows); err != nil {
		return fmt.Errorf("app: write insights as JSON: %w", err)
	}
	return nil
}

// jsonNumber maps NaN, which JSON cannot hold, to null.
func jsonNumber(v float64) *float64 {
	if math.IsNaN(v) {
		return nil
	}
	return &v
}

// writeInsightsTable prints the table, then one line per factor worth acting
// on: what to log for the ones the diary cannot judge yet, which experiment
// tests the ones that look like patterns.
func writeInsightsTable(out io.Writer, ins []insights.Insight, today model.Date) error {
	fmt.Fprintln(out, lang.L("Possible patterns in the checked nights up to {{.Date}}", map[string]any{"Date": today}))
	fmt.Fprintln(out, lang.L("These are hypotheses to test, not causes: a factor can go with cramp nights by chance or because of something else."))
	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, lang.L("Factor\tCramp nights with it\twithout it\tDifference\tp\tq\tVerdict"))
	for _, in := range ins {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", lang.L(in.Label),
			insightShare(in.CrampNightsWith, in.NightsWith), insightShare(in.CrampNightsWithout, in.NightsWithout),
			insightPoints(in.Diff), insightP(in.P), insightP(in.Q), in.Verdict.Name(lang.L))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("app: write insights: %w", err)
	}
	writeInsightNotes(out, ins)
	return nil
}

func writeInsightNotes(out io.Writer, ins []insights.Insight) {
	fmt.Fprintln(out)
	for _, in := range ins {
		switch in.Verdict {
		case insights.LikelyPattern, insights.LikelyProtective:
			note := lang.L("{{.Factor}}: a hypothesis, not a finding; change one thing at a time to test it", map[string]any{"Factor": lang.L(in.Label)})
			if in.Experiment != "" {
				note = lang.L("{{.Factor}}: a hypothesis, not a finding; the {{.Experiment}} experiment can test it", map[string]any{"Factor": lang.L(in.Label), "Experiment": in.Experiment})
			}
			fmt.Fprintln(out, note)
		case insights.NotEnoughData:
			fmt.Fprintln(out, lang.L("{{.Factor}}: not enough data: {{.Need}}", map[string]any{"Factor": lang.L(in.Label), "Need": words().Say(in.Need)}))
		case insights.ChangedOnce:
			fmt.Fprintln(out, lang.L("{{.Factor}}: changed once: it changed at the same time as your cramps; an experiment can tell", map[string]any{"Factor": lang.L(in.Label)}))
		}
	}
	fmt.Fprintln(out, lang.L("\"Likely\" means q <= 0.10 after correcting for testing many factors at once, with at least 5 nights on each side and 3 cramp nights."))
	fmt.Fprintln(out, lang.L("Cramps come in waves and fade on their own, so each night is compared only with nights from the same ten nights after as many cramp nights; an experiment is the way to be sure."))
}

// insightShare is "3/10 (30%)": cramp nights of checked nights, or "none logged".
func insightShare(k, n int) string {
	if n == 0 {
		return lang.L("none logged")
	}
	return fmt.Sprintf("%d/%d (%.0f%%)", k, n, 100*float64(k)/float64(n))
}

// insightPoints is a difference of two rates in percentage points.
func insightPoints(d float64) string {
	if math.IsNaN(d) {
		return "-"
	}
	return fmt.Sprintf("%+.0f pts", 100*d)
}

func insightP(p float64) string {
	switch {
	case math.IsNaN(p):
		return "-"
	case p < 0.001:
		return "<0.001"
	}
	return fmt.Sprintf("%.3f", p)
}

// needText is the sentence of need, or "" when there is none.
func needText(w model.Words, need model.Message) string {
	if need.Key == "" {
		return ""
	}
	return w.Say(need)
}
