package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/insights"
)

// insightKeys are the keys the issue promises for every factor.
var insightKeys = []string{"factor", "nights_with", "nights_without", "cramp_nights_with",
	"cramp_nights_without", "rate_with", "rate_without", "p", "q", "verdict", "lag"}

func TestInsightsJSONOnADemoDiary(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, dir, "demo", "--days", "120"); code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	code, out, errOut := runCLI(t, dir, "insights", "--json")
	if code != exitOK {
		t.Fatalf("insights --json: exit %d: %s", code, errOut)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("insights --json is not a JSON array: %v\n%s", err, out)
	}
	// One row per factor at lag 0, then the load factors at lags 1 and 2.
	if len(rows) <= len(insights.Factors) {
		t.Fatalf("%d rows, want one per factor (%d) and the lagged ones", len(rows), len(insights.Factors))
	}
	verdicts := map[string]bool{"likely pattern": true, "likely protective": true, "no sign": true,
		"not enough data": true, "changed once": true}
	for k, row := range rows {
		for _, key := range insightKeys {
			if _, ok := row[key]; !ok {
				t.Errorf("row %d has no %q: %v", k, key, row)
			}
		}
		if k < len(insights.Factors) && (row["factor"] != string(insights.Factors[k]) || row["lag"] != 0.0) {
			t.Errorf("row %d: factor %v at lag %v, want %s at 0", k, row["factor"], row["lag"], insights.Factors[k])
		}
		if k >= len(insights.Factors) && row["lag"] != 1.0 && row["lag"] != 2.0 {
			t.Errorf("row %d: %v at lag %v", k, row["factor"], row["lag"])
		}
		if !verdicts[row["verdict"].(string)] {
			t.Errorf("row %d: verdict %v", k, row["verdict"])
		}
		if row["cramp_nights_with"].(float64) > row["nights_with"].(float64) {
			t.Errorf("row %d: more cramp nights than nights: %v", k, row)
		}
		checkDoseJSON(t, row)
	}
}

// checkDoseJSON: the counted factors carry their cramp nights by band at lag
// 0, and the bands hold every checked night that recorded the amount.
func checkDoseJSON(t *testing.T, row map[string]any) {
	t.Helper()
	measure := map[string]string{"alcohol": "drinks", "load_spike": "steps", "long_standing": "standing_hours"}[row["factor"].(string)]
	dose, ok := row["dose"].(map[string]any)
	if ok != (measure != "" && row["lag"] == 0.0) {
		t.Fatalf("%v at lag %v: dose %v", row["factor"], row["lag"], row["dose"])
	}
	if !ok {
		return
	}
	nights := 0.0
	for _, b := range dose["bands"].([]any) {
		nights += b.(map[string]any)["nights"].(float64)
	}
	if dose["measure"] != measure || nights == 0 {
		t.Errorf("%v: dose %v", row["factor"], dose)
	}
}

func TestInsightsTableLabelsHypotheses(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, dir, "demo", "--days", "60"); code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	code, out, errOut := runCLI(t, dir, "insights")
	if code != exitOK {
		t.Fatalf("insights: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"hypotheses to test", "Verdict", "Alcohol in the evening", "Heavy week"} {
		if !strings.Contains(out, want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
}

func TestInsightsWithoutDiary(t *testing.T) {
	code, _, errOut := runCLI(t, t.TempDir(), "insights", "--json")
	if code != exitError || !strings.Contains(errOut, "no diary") {
		t.Fatalf("insights without a diary: exit %d, err %q", code, errOut)
	}
}

// A number that could not be computed is null in JSON and "-" in the table, never 0.
func TestInsightsUnknownNumbers(t *testing.T) {
	in := insights.Insight{Factor: insights.FactorHeat, Label: "Hot day or heavy sweating", NightsWithout: 4,
		RateWith: math.NaN(), RateWithout: 0, Diff: math.NaN(), P: math.NaN(), Q: math.NaN(),
		Verdict: insights.NotEnoughData, MoreWith: 5, MoreWithout: 1, Need: model.X("log {{.With}} with it and {{.Without}} without",
			map[string]any{"With": model.XN("{{.Count}} more nights", 5, nil), "Without": 1})}
	var js bytes.Buffer
	if err := writeInsightsJSON(&js, []insights.Insight{in}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"rate_with": null`, `"rate_without": 0`, `"p": null`, `"q": null`, `"verdict": "not enough data"`, `"need": "log 5 more nights with it and 1 without"`} {
		if !strings.Contains(js.String(), want) {
			t.Errorf("JSON lacks %s:\n%s", want, js.String())
		}
	}
	var table bytes.Buffer
	if err := writeInsightsTable(&table, []insights.Insight{in}, "2024-06-30"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"none logged", "0/4 (0%)", "not enough data: log 5 more nights with it and 1 without"} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, table.String())
		}
	}
}
