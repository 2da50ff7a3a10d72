package csvio_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/csvio"
	"github.com/crampdiary/crampdiary/model/experiment"
)

const (
	experimentHeaderLine      = "start,template,title,usual,change,outcome,design,nights,pairs,phase_days,washout_days,baseline_days,order,seed,status,stopped_on"
	experimentNightHeaderLine = "experiment_start,date,condition,phase,washout,kept"
)

// The exact text pins the format docs/csv-format.md promises.
func TestExportExperimentsFormat(t *testing.T) {
	s := mustOpen(t)
	mustFill(t, s)
	got := takeSnapshot(t, s)
	wantExp := experimentHeaderLine + "\n" +
		`2024-05-01,custom,"Warm shower, ""not too hot""",No shower in the evening.,"A warm shower before bed,` + "\n" +
		`about ten minutes.",worst_intensity,night_by_night,6,,,,,,12,active,` + "\n" +
		`2024-05-10,sleep-window,Fixed sleep window,Go to bed and get up whenever you normally would.,"Go to bed and get up at the same times every day, weekends included, within about half an hour.",cramp_nights,phases,,2,3,1,3,random,-5,stopped,2024-05-20` + "\n"
	wantNights := experimentNightHeaderLine + "\n" + strings.Join([]string{
		"2024-05-01,2024-05-01,B,0,0,1", "2024-05-01,2024-05-02,B,0,0,0", "2024-05-01,2024-05-03,A,0,0,",
		"2024-05-01,2024-05-04,B,0,0,", "2024-05-01,2024-05-05,A,0,0,", "2024-05-01,2024-05-06,A,0,0,",
		"2024-05-10,2024-05-10,baseline,0,0,", "2024-05-10,2024-05-11,baseline,0,0,", "2024-05-10,2024-05-12,baseline,0,0,",
		"2024-05-10,2024-05-13,A,1,1,", "2024-05-10,2024-05-14,A,1,0,1", "2024-05-10,2024-05-15,A,1,0,",
		"2024-05-10,2024-05-16,B,2,1,", "2024-05-10,2024-05-17,B,2,0,", "2024-05-10,2024-05-18,B,2,0,",
		"2024-05-10,2024-05-19,A,3,1,", "2024-05-10,2024-05-20,A,3,0,", "2024-05-10,2024-05-21,A,3,0,",
		"2024-05-10,2024-05-22,B,4,1,", "2024-05-10,2024-05-23,B,4,0,", "2024-05-10,2024-05-24,B,4,0,",
	}, "\n") + "\n"
	if string(got.expCSV) != wantExp {
		t.Errorf("experiments.csv:\n%s\nwant:\n%s", got.expCSV, wantExp)
	}
	if string(got.nightsCSV) != wantNights {
		t.Errorf("experiment_nights.csv:\n%s\nwant:\n%s", got.nightsCSV, wantNights)
	}
}

// Every field of an experiment survives export and import: the model values
// compare equal, not only the re-exported text.
func TestExperimentsSurviveTheRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := mustOpen(t)
	mustFill(t, src)
	dir := t.TempDir()
	if err := csvio.Export(ctx, src, dir); err != nil {
		t.Fatal(err)
	}
	dst := mustOpen(t)
	if err := csvio.ImportAt(ctx, dst, dir, testNow); err != nil {
		t.Fatal(err)
	}
	want, _ := src.Experiments(ctx)
	got, _ := dst.Experiments(ctx)
	if len(got) != 2 {
		t.Fatalf("%d experiments imported, want 2", len(got))
	}
	for i := range want {
		want[i].ID, want[i].CreatedAt, got[i].ID, got[i].CreatedAt = 0, testNow, 0, testNow
		if !experimentsEqual(got[i], want[i]) {
			t.Errorf("experiment %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func experimentsEqual(a, b experiment.Experiment) bool {
	if len(a.Nights) != len(b.Nights) {
		return false
	}
	for i := range a.Nights {
		x, y := a.Nights[i], b.Nights[i]
		if (x.Kept == nil) != (y.Kept == nil) || (x.Kept != nil && *x.Kept != *y.Kept) {
			return false
		}
		x.Kept, y.Kept = nil, nil
		if x != y {
			return false
		}
	}
	a.Nights, b.Nights = nil, nil
	return a.Template == b.Template && a.Title == b.Title && a.Usual == b.Usual && a.Change == b.Change &&
		a.Plan == b.Plan && a.Seed == b.Seed && a.Start == b.Start && a.Status == b.Status && a.StoppedOn == b.StoppedOn
}

// An export from before experiments existed has no experiment files; its
// import leaves the stored experiments alone.
func TestImportWithoutExperimentFilesKeepsExperiments(t *testing.T) {
	s := mustOpen(t)
	mustFill(t, s)
	dir := writeFiles(t, dayHeaderLine+"\n", crampHeaderLine+"\n")
	if err := csvio.ImportAt(context.Background(), s, dir, testNow); err != nil {
		t.Fatal(err)
	}
	if exps, _ := s.Experiments(context.Background()); len(exps) != 2 {
		t.Errorf("%d experiments after an import without experiment files, want 2", len(exps))
	}
}

func TestExperimentImportProblems(t *testing.T) {
	const (
		expOK   = "2024-05-01,custom,Shower,No shower.,A shower.,cramp_nights,night_by_night,6,,,,,,12,active,"
		nightOK = "2024-05-01,2024-05-01,B,0,0,\n2024-05-01,2024-05-02,b,0,0,\n2024-05-01,2024-05-03,a,0,0,\n" +
			"2024-05-01,2024-05-04,B,0,0,\n2024-05-01,2024-05-05,A,0,0,\n2024-05-01,2024-05-06,A,0,0,\n"
	)
	for _, tc := range []struct {
		name        string
		exp, nights string
		want        string
	}{
		{"no seed", strings.Replace(expOK, ",12,", ",,", 1), nightOK,
			"experiments.csv line 2: seed is empty; it is the number the schedule was drawn with"},
		{"bad seed", strings.Replace(expOK, ",12,", ",twelve,", 1), nightOK, `experiments.csv line 2: seed "twelve" is not a whole number`},
		{"twice", expOK + "\n" + expOK, nightOK, "experiments.csv line 3: start 2024-05-01 already appears on line 2; two experiments cannot start on one night"},
		{"stray night", expOK, nightOK + "2024-06-01,2024-06-01,A,0,0,\n", "experiment_nights.csv line 8: no experiment in experiments.csv starts on 2024-06-01"},
		{"unbalanced", expOK, strings.Replace(nightOK, "05-06,A", "05-06,B", 1),
			"experiments.csv line 2: a night-by-night schedule must have exactly 3 A and 3 B nights"},
		{"night twice", expOK, nightOK + "2024-05-01,2024-05-06,A,0,0,\n",
			"experiment_nights.csv line 8: night 2024-05-06 of the experiment starting 2024-05-01 already appears on line 7"},
		{"condition", expOK, strings.Replace(nightOK, "05-06,A", "05-06,C", 1),
			`experiments.csv line 2: night 2024-05-06 has condition "C"; it must be A or B`},
		{"stopped_on", strings.Replace(expOK, "active,", "stopped,soon", 1), nightOK, `experiments.csv line 2: stopped_on "soon" is not a date YYYY-MM-DD`},
		{"plan", strings.Replace(expOK, ",6,", ",7,", 1), nightOK,
			"experiments.csv line 2: a night-by-night plan needs an even number of nights from 6 to 42, not 7"},
		{"kept", expOK, strings.Replace(nightOK, "05-06,A,0,0,", "05-06,A,0,0,maybe", 1), `experiment_nights.csv line 7: kept "maybe" is not 1 (yes) or 0 (no)`},
	} {
		s := mustOpen(t)
		dir := writeAll(t, map[string]string{"days.csv": dayHeaderLine + "\n", "cramps.csv": crampHeaderLine + "\n",
			"experiments.csv": experimentHeaderLine + "\n" + tc.exp + "\n", "experiment_nights.csv": experimentNightHeaderLine + "\n" + tc.nights})
		err := csvio.ImportAt(context.Background(), s, dir, testNow)
		if !errors.Is(err, model.ErrInvalid) || err.Error() != tc.want {
			t.Errorf("%s:\n got %v\nwant %s", tc.name, err, tc.want)
		}
		if exps, _ := s.Experiments(context.Background()); len(exps) != 0 {
			t.Errorf("%s: a refused import stored %d experiments", tc.name, len(exps))
		}
	}
}

func TestExperimentFilesComeAsAPair(t *testing.T) {
	dir := writeAll(t, map[string]string{"days.csv": dayHeaderLine + "\n", "cramps.csv": crampHeaderLine + "\n",
		"experiments.csv": experimentHeaderLine + "\n"})
	err := csvio.ImportAt(context.Background(), mustOpen(t), dir, testNow)
	if !errors.Is(err, model.ErrInvalid) || !strings.Contains(err.Error(), "experiment_nights.csv is missing but") {
		t.Errorf("import = %v", err)
	}
}

// An overlap with a stored experiment is found by the store, inside the same
// all-or-nothing import.
func TestImportedExperimentMayNotOverlapAStoredOne(t *testing.T) {
	s := mustOpen(t)
	mustFill(t, s)
	before := takeSnapshot(t, s)
	dir := writeAll(t, map[string]string{"days.csv": dayHeaderLine + "\n", "cramps.csv": crampHeaderLine + "\n",
		"experiments.csv":       experimentHeaderLine + "\n2024-05-03,no-alcohol,No alcohol,Usual,None,cramp_nights,night_by_night,6,,,,,,1,active,\n",
		"experiment_nights.csv": experimentNightHeaderLine + "\n2024-05-03,2024-05-03,A,0,0,\n2024-05-03,2024-05-04,A,0,0,\n2024-05-03,2024-05-05,A,0,0,\n2024-05-03,2024-05-06,B,0,0,\n2024-05-03,2024-05-07,B,0,0,\n2024-05-03,2024-05-08,B,0,0,\n"})
	err := csvio.ImportAt(context.Background(), s, dir, testNow)
	if !errors.Is(err, model.ErrInvalid) || !strings.Contains(err.Error(), "already has the nights 2024-05-01 to 2024-05-06") {
		t.Errorf("import = %v", err)
	}
	if after := takeSnapshot(t, s); !before.equal(after) {
		t.Error("a refused import changed the diary")
	}
}

// The experiment example in docs/csv-format.md must import, and exporting it
// must give the example back.
func TestDocumentedExperimentExample(t *testing.T) {
	doc := string(mustRead(t, filepath.Join("..", "..", "docs", "csv-format.md")))
	parts := strings.Split(doc, "```csv\n")
	if len(parts) != 7 {
		t.Fatalf("found %d csv examples, want 6", len(parts)-1)
	}
	exp, nights := parts[5][:strings.Index(parts[5], "```")], parts[6][:strings.Index(parts[6], "```")]
	s := mustOpen(t)
	dir := writeAll(t, map[string]string{"days.csv": dayHeaderLine + "\n", "cramps.csv": crampHeaderLine + "\n",
		"experiments.csv": exp, "experiment_nights.csv": nights})
	if err := csvio.ImportAt(context.Background(), s, dir, testNow); err != nil {
		t.Fatalf("import: %v", err)
	}
	if got := takeSnapshot(t, s); string(got.expCSV) != exp || string(got.nightsCSV) != nights {
		t.Errorf("export of the example differs from it:\n%s\n%s", got.expCSV, got.nightsCSV)
	}
}

// writeAll puts the named CSV texts into a fresh directory.
func writeAll(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			tb.Fatalf("write %s: %v", name, err)
		}
	}
	return dir
}
