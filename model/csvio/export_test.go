package csvio_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/csvio"
	"github.com/crampdiary/crampdiary/model/experiment"
)

const (
	dayHeaderLine   = "date,steps,run_min,run_hard,strength,standing_h,new_shoes,high_heels,long_sitting,late_workout,sleep_start,sleep_end,sleep_quality,stress,alcohol_drinks,late_meal,heat,fluids_glasses,caffeine_cups,salt_change,supplements,stretched,tight_bedding,medication_change,night_checked,flag_weakness,flag_numbness,flag_swelling,flag_colour,steps_source,run_min_source,sleep_source,notes"
	crampHeaderLine = "night,time,muscle,side,duration_s,intensity,soreness,relief,sleep_lost_min,notes"
)

func TestExportEmptyDiaryWritesHeadersWithPrivateModes(t *testing.T) {
	s := mustOpen(t)
	dir := filepath.Join(t.TempDir(), "backup", "new")
	if err := csvio.Export(context.Background(), s, dir); err != nil {
		t.Fatalf("export: %v", err)
	}
	assertMode(t, dir, 0o700)
	for name, want := range map[string]string{"days.csv": dayHeaderLine + "\n", "cramps.csv": crampHeaderLine + "\n",
		"experiments.csv": experimentHeaderLine + "\n", "experiment_nights.csv": experimentNightHeaderLine + "\n"} {
		path := filepath.Join(dir, name)
		if got := string(mustRead(t, path)); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
		assertMode(t, path, 0o600)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Errorf("export left %d entries in dir, want just the four files", len(entries))
	}
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatalf("stat: %v", err)
	}
	if got := fi.Mode().Perm(); got != want {
		t.Errorf("%s has mode %o, want %o", path, got, want)
	}
}

// The exact text pins the format the documentation promises.
func TestExportFormat(t *testing.T) {
	s := mustOpen(t)
	mustFill(t, s)
	got := takeSnapshot(t, s)
	wantDays := dayHeaderLine + "\n" +
		"2024-06-10,8400,35,1,0,7.5,0,0,1,0,23:15,06:40,3,2,0,0,1,9,2,0,\"magnesium, 300 mg\",1,0,,1,0,0,0,0,apple-health,,gadgetbridge,\"Hill run, \"\"felt it\"\" in the calves\nsecond line\"\n" +
		"2024-06-11,,,,,,,,,,,,,,,,,,,,,,,,1,,,,,,,,\n" +
		"2024-06-12,0,,,,0.25,,,,,,,,,,,,,,,,,,started amlodipine 5 mg,0,1,,,0,,,,\n" +
		"2024-06-14,21000,,,,,,,,,,,,,3,,,,,,,,,,1,,,,,,,,Wanderung – Zugspitze ✓\n"
	wantCramps := crampHeaderLine + "\n" +
		"2024-06-10,23:50,foot,both,,,,,,\n" +
		"2024-06-10,02:40,calf,left,90,7,2,\"toes up, walked\",20,\"woke me, \"\"rock hard\"\"\"\n" +
		"2024-06-11,,hamstring,right,,,,,,time not noted\n" +
		"2024-06-14,05:05,calf,right,240,9,,,,\n"
	if string(got.daysCSV) != wantDays {
		t.Errorf("days.csv:\n%s\nwant:\n%s", got.daysCSV, wantDays)
	}
	if string(got.crampsCSV) != wantCramps {
		t.Errorf("cramps.csv:\n%s\nwant:\n%s", got.crampsCSV, wantCramps)
	}
}

func TestExportImportExportIsByteIdentical(t *testing.T) {
	ctx := context.Background()
	src := mustOpen(t)
	mustFill(t, src)
	dir := t.TempDir()
	if err := csvio.Export(ctx, src, dir); err != nil {
		t.Fatalf("export: %v", err)
	}
	dst := mustOpen(t)
	if err := csvio.ImportAt(ctx, dst, dir, testNow); err != nil {
		t.Fatalf("import: %v", err)
	}
	if before, after := takeSnapshot(t, src), takeSnapshot(t, dst); !before.equal(after) {
		t.Errorf("re-export differs:\n%s\n%s\nwant:\n%s\n%s", after.daysCSV, after.crampsCSV, before.daysCSV, before.crampsCSV)
	}
}

func TestExportOverwritesAnEarlierExport(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	dir := t.TempDir()
	if err := csvio.Export(ctx, s, dir); err != nil {
		t.Fatalf("first export: %v", err)
	}
	mustFill(t, s)
	if err := csvio.Export(ctx, s, dir); err != nil {
		t.Fatalf("second export: %v", err)
	}
	if lines := strings.Count(string(mustRead(t, filepath.Join(dir, "cramps.csv"))), "\n"); lines != 5 {
		t.Errorf("cramps.csv has %d lines after the second export, want 5", lines)
	}
}

// The examples in docs/csv-format.md must import, and the full one must be
// exactly what an export writes.
func TestDocumentedExamples(t *testing.T) {
	doc := string(mustRead(t, filepath.Join("..", "..", "docs", "csv-format.md")))
	var blocks []string
	for i, part := range strings.Split(doc, "```csv\n") {
		if i > 0 {
			blocks = append(blocks, part[:strings.Index(part, "```")])
		}
	}
	if len(blocks) != 6 {
		t.Fatalf("found %d csv examples, want 6", len(blocks))
	}
	for i := 0; i < 4; i += 2 { // the experiment example (blocks 4 and 5) has its own test
		s := mustOpen(t)
		if err := csvio.ImportAt(context.Background(), s, writeFiles(t, blocks[i], blocks[i+1]), testNow); err != nil {
			t.Fatalf("example %d: %v", i/2+1, err)
		}
		if i > 0 {
			continue
		}
		if got := takeSnapshot(t, s); string(got.daysCSV) != blocks[0] || string(got.crampsCSV) != blocks[1] {
			t.Errorf("export of the first example differs from it:\n%s\n%s", got.daysCSV, got.crampsCSV)
		}
	}
}

// formulaTexts start the way spreadsheet formulas do, or with the apostrophe
// that guards them; none may run in a spreadsheet, and all must come back.
var formulaTexts = []string{`=HYPERLINK("x")`, "=1+1", "-5 pills", "@home", "'quoted", "''", "'", "+49 30 1234", "\tindented", "a=b"}

// formulaDiary puts each of formulaTexts into every free-text column.
func formulaDiary(tb testing.TB) ([]model.Day, []model.Cramp, []experiment.Experiment) {
	tb.Helper()
	var days []model.Day
	var cramps []model.Cramp
	var exps []experiment.Experiment
	for i, text := range formulaTexts {
		date := model.Date("2024-01-01").AddDays(10 * i)
		days = append(days, model.Day{Date: date, Supplements: text, MedicationChange: text, Notes: text})
		cramps = append(cramps, model.Cramp{Night: date, Muscle: model.Calf, Side: model.Left, Relief: text, Notes: text})
		e, err := experiment.New(experiment.CustomTemplate(text, text, text), date.AddDays(1),
			experiment.Plan{Outcome: experiment.OutcomeCrampNights, Design: experiment.NightByNight, Nights: 6}, int64(i))
		if err != nil {
			tb.Fatal(err)
		}
		exps = append(exps, e)
	}
	return days, cramps, exps
}

func TestFormulasAreGuardedAndComeBackExactly(t *testing.T) {
	ctx := context.Background()
	src := mustOpen(t)
	days, cramps, exps := formulaDiary(t)
	if err := src.ImportWithExperiments(ctx, days, cramps, exps); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := csvio.Export(ctx, src, dir); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`2024-01-01,,,,,,,,,,,,,,,,,,,,"'=HYPERLINK(""x"")",,,"'=HYPERLINK(""x"")",1,,,,,,,,"'=HYPERLINK(""x"")"` + "\n",
		"2024-01-11,,,,,,,,,,,,,,,,,,,,'=1+1,,,'=1+1,1,,,,,,,,'=1+1\n",
		"'-5 pills", "'@home", "''quoted", "'''", "'+49 30 1234", ",'\tindented,", ",a=b,",
	} {
		if all := string(mustRead(t, filepath.Join(dir, "days.csv"))); !strings.Contains(all, want) {
			t.Errorf("days.csv lacks %q:\n%s", want, all)
		}
	}
	if got := string(mustRead(t, filepath.Join(dir, "cramps.csv"))); !strings.Contains(got, ",calf,left,,,,'=1+1,,'=1+1\n") {
		t.Errorf("cramps.csv does not guard relief and notes:\n%s", got)
	}
	if got := string(mustRead(t, filepath.Join(dir, "experiments.csv"))); !strings.Contains(got, ",custom,'-5 pills,'-5 pills,'-5 pills,") {
		t.Errorf("experiments.csv does not guard title, usual and change:\n%s", got)
	}
	dst := mustOpen(t)
	if err := csvio.ImportAt(ctx, dst, dir, testNow); err != nil {
		t.Fatalf("import: %v", err)
	}
	if before, after := takeSnapshot(t, src), takeSnapshot(t, dst); !before.equal(after) {
		t.Errorf("re-export differs:\n%s\n%s\nwant:\n%s\n%s", after.daysCSV, after.expCSV, before.daysCSV, before.expCSV)
	}
	back, err := dst.Days(ctx, model.FirstDate, model.LastDate)
	if err != nil || len(back) != len(formulaTexts) {
		t.Fatalf("days = %d, %v", len(back), err)
	}
	for i, d := range back {
		if want := formulaTexts[i]; d.Notes != want || d.Supplements != want || d.MedicationChange != want {
			t.Errorf("day %s came back as %q/%q/%q, want %q", d.Date, d.Notes, d.Supplements, d.MedicationChange, want)
		}
	}
}
