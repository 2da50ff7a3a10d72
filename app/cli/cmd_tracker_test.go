package cli

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/app/internal/apptest"
	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/tracker"
)

// gadgetbridgeDB writes a Gadgetbridge export: a Mi Band walking 100 steps a
// minute from 10:00 to 10:59 UTC on 12 June.
func gadgetbridgeDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "Gadgetbridge")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stmts := []string{
		`CREATE TABLE DEVICE (_id INTEGER PRIMARY KEY, NAME TEXT, MANUFACTURER TEXT, IDENTIFIER TEXT, TYPE INTEGER, MODEL TEXT, ALIAS TEXT)`,
		`CREATE TABLE MI_BAND_ACTIVITY_SAMPLE (TIMESTAMP INTEGER NOT NULL, DEVICE_ID INTEGER NOT NULL, USER_ID INTEGER NOT NULL,
  RAW_INTENSITY INTEGER NOT NULL, STEPS INTEGER NOT NULL, RAW_KIND INTEGER NOT NULL, HEART_RATE INTEGER NOT NULL,
  PRIMARY KEY (TIMESTAMP, DEVICE_ID)) WITHOUT ROWID`,
		`INSERT INTO DEVICE VALUES (1, 'Mi Band 4', 'Huami', 'AA', 1, '', '')`,
	}
	start := time.Date(2027, 6, 12, 10, 0, 0, 0, time.UTC).Unix()
	for m := range int64(60) {
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO MI_BAND_ACTIVITY_SAMPLE VALUES (%d, 1, 1, 20, 100, 1, 70)`, start+60*m))
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	return path
}

// diaryDays is every day in the diary in dir.
func diaryDays(t *testing.T, dir string) map[model.Date]model.Day {
	t.Helper()
	s := apptest.OpenDiary(t, dir)
	defer s.Close()
	days, err := s.Days(context.Background(), model.FirstDate, model.LastDate)
	if err != nil {
		t.Fatal(err)
	}
	out := map[model.Date]model.Day{}
	for _, d := range days {
		out[d.Date] = d
	}
	return out
}

func typedDay(t *testing.T, dir string) {
	t.Helper()
	s := apptest.OpenDiary(t, dir)
	defer s.Close()
	steps := 1234
	if err := s.SaveDay(context.Background(), &model.Day{Date: "2027-06-11", Steps: &steps, NightChecked: true}); err != nil {
		t.Fatal(err)
	}
}

func TestImportTrackerAppleHealth(t *testing.T) {
	dir := t.TempDir()
	typedDay(t, dir)
	export := apptest.AppleExport(t)

	code, out, errOut := runCLI(t, dir, "import-tracker", export, "--dry-run")
	if code != exitOK || !strings.Contains(out, "Apple Health") || !strings.Contains(out, "Days that change: 2") ||
		!strings.Contains(out, "2027-06-11 steps: 1234 (typed) -> 8000") || !strings.Contains(out, "Nothing was written") {
		t.Fatalf("dry run: exit %d\n%s%s", code, out, errOut)
	}
	if days := diaryDays(t, dir); len(days) != 1 || *days["2027-06-11"].Steps != 1234 {
		t.Fatalf("--dry-run wrote: %+v", days)
	}

	code, out, errOut = runCLI(t, dir, "import-tracker", export)
	if code != exitOK || !strings.Contains(out, "Saved 2 days") {
		t.Fatalf("import: exit %d\n%s%s", code, out, errOut)
	}
	days := diaryDays(t, dir)
	tenth, eleventh := days["2027-06-10"], days["2027-06-11"]
	if *tenth.Steps != 5000 || tenth.StepsSource != "apple-health" || tenth.NightChecked {
		t.Errorf("the 10th: %+v", tenth)
	}
	// Sleep from the 10th's evening is the night of the 10th.
	if tenth.SleepStart.String() != "23:30" || tenth.SleepEnd.String() != "06:45" || tenth.SleepSource != "apple-health" {
		t.Errorf("the night of the 10th: %v-%v from %q", tenth.SleepStart, tenth.SleepEnd, tenth.SleepSource)
	}
	if *eleventh.Steps != 1234 || eleventh.StepsSource != "" || *eleventh.RunMin != 30 || !eleventh.NightChecked {
		t.Errorf("the 11th (typed steps must win): %+v", eleventh)
	}

	code, out, _ = runCLI(t, dir, "import-tracker", export)
	if code != exitOK || !strings.Contains(out, "Days that change: 0") || strings.Contains(out, "Saved") {
		t.Errorf("second import: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, dir, "import-tracker", export, "--replace", "--from", "2027-06-11")
	if code != exitOK || !strings.Contains(out, "Replaced, as --replace asks (1)") {
		t.Errorf("--replace: exit %d\n%s", code, out)
	}
	if got := diaryDays(t, dir)["2027-06-11"]; *got.Steps != 8000 || got.StepsSource != "apple-health" {
		t.Errorf("--replace left %+v", got)
	}
}

func TestImportTrackerGadgetbridge(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runCLI(t, dir, "import-tracker", gadgetbridgeDB(t))
	if code != exitOK || !strings.Contains(out, "Gadgetbridge") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	got := diaryDays(t, dir)["2027-06-12"]
	if got.Steps == nil || *got.Steps != 6000 || got.StepsSource != "gadgetbridge" {
		t.Errorf("the 12th: %+v", got)
	}
}

// A file cut short is refused with the reader's sentence, and nothing is written.
func TestImportTrackerTruncatedWritesNothing(t *testing.T) {
	dir := t.TempDir()
	typedDay(t, dir)
	export := apptest.AppleExport(t)
	raw, _ := os.ReadFile(export)
	cut := raw[:len(raw)*3/4]
	if err := os.WriteFile(export, cut, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, dir, "import-tracker", export)
	if code != exitError || !strings.Contains(errOut, "export.xml is cut short") || strings.Contains(out, "Saved") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if days := diaryDays(t, dir); len(days) != 1 {
		t.Errorf("a truncated file wrote %d days", len(days))
	}
}

func TestImportTrackerRefusedWhileTheWindowIsOpen(t *testing.T) {
	dir := t.TempDir()
	lk, err := datadir.TryLock(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lk.Release()
	code, _, errOut := runCLI(t, dir, "import-tracker", apptest.AppleExport(t))
	if code != exitError || !strings.Contains(errOut, "window is open") {
		t.Fatalf("exit %d, %q", code, errOut)
	}
}

func TestImportTrackerArguments(t *testing.T) {
	dir := t.TempDir()
	code, out, _ := runCLI(t, dir, "import-tracker", "--help")
	for _, want := range []string{"Apple Health", "Health Connect", "Garmin", "Gadgetbridge", "Fitbit", "CSV", "--replace", "--dry-run"} {
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("--help (exit %d) does not mention %q", code, want)
		}
	}
	for _, args := range [][]string{{"import-tracker"}, {"import-tracker", "a", "b"}, {"import-tracker", "a", "--from", "2027-06-10", "--to", "2027-06-01"},
		{"import-tracker", "a", "--columns", "day=Date"}} {
		if code, _, _ := runCLI(t, dir, args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// Ctrl+C cancels the command's context: the import stops with nothing written.
func TestImportTrackerCancelledWritesNothing(t *testing.T) {
	dir := t.TempDir()
	s := apptest.OpenDiary(t, dir)
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out strings.Builder
	err := cmdImportTracker(ctx, s, invocation{file: apptest.AppleExport(t)}, testNow, &out)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if n, _, _ := s.Counts(context.Background()); n != 0 {
		t.Errorf("a cancelled import wrote %d days", n)
	}
}

func TestImportTrackerCSVWithColumns(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(t.TempDir(), "steps.csv")
	if err := os.WriteFile(path, []byte("Day;Walked;Ran\n2027-06-08;6100;25\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, dir, "import-tracker", path)
	if code != exitError || !strings.Contains(errOut, "--columns") {
		t.Fatalf("without --columns: exit %d, %q", code, errOut)
	}
	code, out, errOut := runCLI(t, dir, "import-tracker", path, "--columns", "date=Day,steps=Walked,run=Ran")
	if code != exitOK || !strings.Contains(out, "a CSV file") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	got := diaryDays(t, dir)["2027-06-08"]
	if *got.Steps != 6100 || *got.RunMin != 25 || got.StepsSource != "csv" || got.RunMinSource != "csv" {
		t.Errorf("the 8th: %+v", got)
	}
}

// The terminal's progress line says how much of an Apple Health export has
// been read; an export that cannot tell says only the records.
func TestProgressLineSaysHowMuchWasRead(t *testing.T) {
	export := apptest.AppleExport(t)
	c := &tracker.Counting{Sink: &tracker.Collect{}}
	if got := progressLine("export.xml", c); got != "Reading export.xml: 0 records" {
		t.Errorf("before reading: %q", got)
	}
	if err := tracker.ReadAppleHealthFile(context.Background(), export, c); err != nil {
		t.Fatal(err)
	}
	if got := progressLine("export.xml", c); got != "Reading export.xml: 100% read, 4 records" {
		t.Errorf("once read: %q", got)
	}
}
