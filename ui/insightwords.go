package ui

import (
	"math"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/charts"
	"github.com/crampdiary/crampdiary/model/insights"
)

// noDifference is the gap, in cramp-night rate, under which an untold
// difference reads as "no difference" rather than "could be chance".
const noDifference = 0.05

// verdictWords is a factor's verdict as the window says it: the one place
// these words are kept (the command line has insights.Verdict.Name).
func verdictWords(in insights.Insight) string {
	switch in.Verdict {
	case insights.LikelyPattern:
		return lang.L("likely pattern: worth testing")
	case insights.LikelyProtective:
		return lang.L("likely helps: worth testing")
	case insights.ChangedOnce:
		return lang.L("changed along with your cramps: an experiment can tell")
	case insights.NoSign:
		if math.Abs(in.Diff) < noDifference {
			return lang.L("no difference")
		}
		return lang.L("no clear difference: it could be chance")
	}
	return notYetWords(in)
}

// notYetWords says what the diary still lacks before it can tell.
func notYetWords(in insights.Insight) string {
	switch in.Lack {
	case insights.LackNights, insights.LackNightsAbout:
		return lang.L("no sign yet: {{.Nights}} would tell", map[string]any{"Nights": moreNightsWords(in)})
	case insights.LackManyNights:
		return lang.L("no sign yet: it would take many more nights to tell")
	case insights.LackCrampNights:
		return lang.L("no sign yet: no cramp nights to compare")
	case insights.LackCrampFree:
		return lang.L("no sign yet: no cramp-free nights to compare")
	case insights.LackSameWeeks:
		return lang.L("no sign yet: log nights with it and without it in the same weeks")
	}
	return lang.L("no sign yet")
}

// moreNightsWords is "about 14 more nights with it", "5 more nights with it
// and 2 without" and the like.
func moreNightsWords(in insights.Insight) string {
	with, without := count("{{.Count}} more nights with it", in.MoreWith), count("{{.Count}} more nights without it", in.MoreWithout)
	var s string
	switch {
	case in.MoreWith > 0 && in.MoreWithout > 0:
		s = lang.L("{{.With}} and {{.Without}}", map[string]any{"With": with, "Without": without})
	case in.MoreWith > 0:
		s = with
	default:
		s = without
	}
	if in.Lack == insights.LackNightsAbout {
		return lang.L("about {{.Nights}}", map[string]any{"Nights": s})
	}
	return s
}

// numbersText is what Details shows for a factor: the rates with their
// intervals, the test, the other lags and the dose.
func (t *insightsTab) numbersText(in insights.Insight) string {
	parts := []string{
		lang.L("With it: {{.With}}. Without it: {{.Without}}.", map[string]any{
			"With": rateWords(in.CrampNightsWith, in.NightsWith), "Without": rateWords(in.CrampNightsWithout, in.NightsWithout)}),
	}
	if in.Tested && !math.IsNaN(in.Q) {
		parts = append(parts, lang.L("Compared within the same ten nights, {{.P}}; after allowing for testing every factor, {{.Q}}.",
			map[string]any{"P": chanceText("p", in.P), "Q": chanceText("q", in.Q)}))
	} else {
		parts = append(parts, lang.L("Not tested yet."))
	}
	if lags := t.otherLags(in); lags != "" {
		parts = append(parts, lags)
	}
	if in.Dose != nil {
		parts = append(parts, doseWords(in.Dose))
	}
	return strings.Join(parts, " ")
}

// chanceText is "p = 0.072", or "p < 0.001" where three decimals would read 0.
func chanceText(name string, v float64) string {
	if v < 0.001 {
		return name + " < " + decimal(0.001, 3)
	}
	return name + " = " + decimal(v, 3)
}

// rateWords is "cramps on 16 of 20 nights (80%, likely 58-92%)".
func rateWords(k, n int) string {
	if n == 0 {
		return lang.L("no nights yet")
	}
	lo, hi := charts.Wilson(k, n)
	return counted("cramps on {{.Cramps}} of {{.Count}} nights ({{.Percent}}%, likely {{.Low}}-{{.High}}%)", n, map[string]any{
		"Cramps": k, "Percent": percent(float64(k) / float64(n)), "Low": percent(lo), "High": percent(hi)})
}

// otherLags sums up a load factor's lags other than the one shown.
func (t *insightsTab) otherLags(shown insights.Insight) string {
	var lags []string
	for _, in := range t.insights {
		if in.Factor != shown.Factor || in.Lag == shown.Lag || in.NightsWith == 0 || in.NightsWithout == 0 {
			continue
		}
		lags = append(lags, lang.L("{{.Lag}}: {{.With}}% against {{.Without}}%", map[string]any{
			"Lag": lagWords(in.Lag), "With": percent(in.RateWith), "Without": percent(in.RateWithout)}))
	}
	if len(lags) == 0 {
		return ""
	}
	return lang.L("At other nights: {{.Lags}}.", map[string]any{"Lags": strings.Join(lags, "; ")})
}

func lagWords(lag int) string {
	switch lag {
	case 0:
		return lang.L("the same night")
	case 1:
		return lang.L("the night after")
	}
	return lang.L("two nights after")
}

// doseWords is the cramp-night rate by amount: "By amount: no drinks 8% of 94 nights; ...".
func doseWords(d *insights.Dose) string {
	var bands []string
	for _, b := range d.Bands {
		if b.Nights == 0 {
			continue
		}
		bands = append(bands, counted("{{.Band}}: {{.Percent}}% of {{.Count}} nights", b.Nights, map[string]any{"Band": lang.L(b.Label), "Percent": percent(b.Rate)}))
	}
	if len(bands) == 0 {
		return ""
	}
	return lang.L("By amount: {{.Bands}}.", map[string]any{"Bands": strings.Join(bands, "; ")})
}

// rateText is "cramps on 3 of 10 nights (30%)", as the experiment results say it.
func rateText(crampNights, nights int) string {
	if nights == 0 {
		return lang.L("no nights yet")
	}
	return counted("cramps on {{.Cramps}} of {{.Count}} nights ({{.Percent}}%)", nights, map[string]any{
		"Cramps": crampNights, "Percent": percent(float64(crampNights) / float64(nights))})
}
