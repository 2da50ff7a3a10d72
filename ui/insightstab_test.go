package ui

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/demo"
	"github.com/crampdiary/crampdiary/model/insights"
)

// openInsights fills a demo diary of days days and shows the Insights tab
// with its chart drawn.
func openInsights(t *testing.T, days int) (*harness, *insightsTab) {
	t.Helper()
	h := newHarness(t, evening)
	if err := demo.Fill(bg, h.store, days, "2026-11-24", 1); err != nil {
		t.Fatal(err)
	}
	h.shortcut("4")
	tab := h.main.insights
	tab.env.jobs.settle()
	return h, tab
}

func TestInsightsLeadWithAChartOfEveryFactor(t *testing.T) {
	h, tab := openInsights(t, 365)
	if len(tab.rows) != len(insights.Factors) || len(tab.patterns.Objects) != len(insights.Factors) {
		t.Fatalf("%d rows and %d lines for %d factors; want one each", len(tab.rows), len(tab.patterns.Objects), len(insights.Factors))
	}
	if tab.chart.img.Image == nil || tab.chart.msg.Visible() {
		t.Fatalf("no chart drawn: %q", tab.chart.msg.Text)
	}
	if b := tab.chart.img.Image.Bounds(); float32(b.Dy()) < tab.chart.minH*0.9 || tab.chart.minH < float32(insightsChartRowH*len(insights.Factors)) {
		t.Errorf("chart %v high, room %v: too short for a row per factor", b, tab.chart.minH)
	}
	for i := 1; i < len(tab.rows); i++ {
		if tab.rows[i-1].Verdict > tab.rows[i].Verdict {
			t.Fatal("factors are not listed strongest first")
		}
	}
	offered := 0
	for _, in := range tab.rows {
		btn := tab.testBtns[in.Factor]
		if (btn != nil) != (in.Experiment != "" && in.Verdict != insights.NoSign) {
			t.Errorf("%s (%s): experiment offered %v", in.Factor, in.Verdict, btn != nil)
		}
		if btn != nil && offered == 0 {
			test.Tap(btn)
			if p := h.main.planner; p == nil || string(p.chosen().ID) != in.Experiment {
				t.Fatalf("'Test it' on %s did not open the %s plan", in.Factor, in.Experiment)
			}
		}
		if btn != nil {
			offered++
		}
	}
	if offered == 0 {
		t.Fatal("a year of demo diary offered no experiment at all")
	}
}

// The numbers wait behind Details: a tap shows p, q and the dose bands, a
// second tap hides them again.
func TestInsightsDetailsShowTheNumbers(t *testing.T) {
	_, tab := openInsights(t, 365)
	alcohol := tab.numbers[insights.FactorAlcohol]
	if alcohol == nil {
		t.Fatal("no numbers for alcohol")
	}
	for f, l := range tab.numbers {
		if l.Visible() {
			t.Fatalf("%s: numbers shown before Details was ticked", f)
		}
	}
	test.Tap(tab.details)
	for f, l := range tab.numbers {
		if !l.Visible() {
			t.Errorf("%s: numbers hidden with Details ticked", f)
		}
	}
	for _, want := range []string{"With it: cramps on ", "likely ", "p = ", "q = ", "By amount: no drinks: "} {
		if !strings.Contains(alcohol.Text, want) {
			t.Errorf("alcohol's numbers %q lack %q", alcohol.Text, want)
		}
	}
	if standing := tab.numbers[insights.FactorLongStanding].Text; !strings.Contains(standing, "At other nights: ") {
		t.Errorf("long standing's numbers %q do not give its other lags", standing)
	}
	test.Tap(tab.details)
	for f, l := range tab.numbers {
		if l.Visible() {
			t.Errorf("%s: numbers still shown after Details was unticked", f)
		}
	}
}

func TestInsightVerdictWords(t *testing.T) {
	cases := []struct {
		in   insights.Insight
		want string
	}{
		{insights.Insight{Verdict: insights.LikelyPattern, Diff: 0.3}, "likely pattern: worth testing"},
		{insights.Insight{Verdict: insights.LikelyProtective, Diff: -0.3}, "likely helps: worth testing"},
		{insights.Insight{Verdict: insights.NoSign, Diff: 0.01}, "no difference"},
		{insights.Insight{Verdict: insights.NoSign, Diff: -0.2}, "no clear difference: it could be chance"},
		{insights.Insight{Verdict: insights.ChangedOnce}, "changed along with your cramps: an experiment can tell"},
		{insights.Insight{Verdict: insights.NotEnoughData, Lack: insights.LackNightsAbout, MoreWith: 14}, "no sign yet: about 14 more nights with it would tell"},
		{insights.Insight{Verdict: insights.NotEnoughData, Lack: insights.LackNights, MoreWith: 1, MoreWithout: 3}, "no sign yet: 1 more night with it and 3 more nights without it would tell"},
		{insights.Insight{Verdict: insights.NotEnoughData, Lack: insights.LackNights, MoreWithout: 2}, "no sign yet: 2 more nights without it would tell"},
		{insights.Insight{Verdict: insights.NotEnoughData, Lack: insights.LackCrampNights, Diff: math.NaN()}, "no sign yet: no cramp nights to compare"},
		{insights.Insight{Verdict: insights.NotEnoughData, Lack: insights.LackSameWeeks}, "no sign yet: log nights with it and without it in the same weeks"},
		{insights.Insight{Verdict: insights.NotEnoughData, Lack: insights.LackManyNights}, "no sign yet: it would take many more nights to tell"},
	}
	for _, tc := range cases {
		if got := verdictWords(tc.in); got != tc.want {
			t.Errorf("%s/%d: %q, want %q", tc.in.Verdict, tc.in.Lack, got, tc.want)
		}
	}
}

// A factor never logged both ways is named under the chart, not dropped.
func TestInsightsNameTheFactorsNotComparedYet(t *testing.T) {
	h := newHarness(t, evening)
	for k := range 10 {
		drinks := k % 2
		h.saveDay(model.Day{Date: model.Date("2026-11-10").AddDays(k), NightChecked: true, AlcoholDrinks: &drinks})
	}
	h.shortcut("4")
	tab := h.main.insights
	tab.env.jobs.settle()
	if tab.chart.img.Image == nil {
		t.Fatalf("no chart for alcohol: %q", tab.chart.msg.Text)
	}
	if !tab.unseen.Visible() || !strings.Contains(tab.unseen.Text, "Late meal") || strings.Contains(tab.unseen.Text, "Alcohol") {
		t.Errorf("not compared yet: %q (shown %v)", tab.unseen.Text, tab.unseen.Visible())
	}
}
