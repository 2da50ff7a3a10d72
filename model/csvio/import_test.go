package csvio_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/csvio"
	"github.com/crampdiary/crampdiary/model/experiment"
)

func TestImportTwiceChangesNothing(t *testing.T) {
	ctx := context.Background()
	src := mustOpen(t)
	mustFill(t, src)
	dir := t.TempDir()
	if err := csvio.Export(ctx, src, dir); err != nil {
		t.Fatalf("export: %v", err)
	}
	s := mustOpen(t)
	if err := csvio.ImportAt(ctx, s, dir, testNow); err != nil {
		t.Fatalf("first import: %v", err)
	}
	once := takeSnapshot(t, s)
	if err := csvio.ImportAt(ctx, s, dir, testNow); err != nil {
		t.Fatalf("second import: %v", err)
	}
	if twice := takeSnapshot(t, s); !once.equal(twice) {
		t.Errorf("second import changed the diary: %d/%d days/cramps, was %d/%d", twice.days, twice.cramps, once.days, once.cramps)
	}
}

func TestBadFileLeavesDiaryUnchanged(t *testing.T) {
	s := mustOpen(t)
	mustFill(t, s)
	before := takeSnapshot(t, s)
	dir := writeFiles(t,
		"date,steps,sleep_quality,notes\n2024-06-01,9000,4,new day\n2024-06-10,1,9,overwrites a day\n2024-06-02,5000,3,\n",
		"night,time,muscle,side\n2024-06-10,03:00,foot,left\n")
	err := csvio.ImportAt(context.Background(), s, dir, testNow)
	if !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("import = %v, want an error wrapping ErrInvalid", err)
	}
	if want := "days.csv line 3: sleep_quality 9 is outside 1-5"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	if after := takeSnapshot(t, s); !before.equal(after) {
		t.Errorf("diary changed after a rejected import:\n%s\n%s", after.daysCSV, after.crampsCSV)
	}
}

func TestEveryBadRowIsReported(t *testing.T) {
	days := strings.Join([]string{
		"date,steps,sleep_quality,run_hard",
		"2024-06-01,8000,3,0",
		"2024-06-02,12k,3,0", // line 3
		"2024-06-03,8000,4,1",
		"2024-06-04,8000,7,0", // line 5
		"2024-06-05,,,",
		"2024-06-03,100,2,0", // line 7: duplicate
	}, "\n") + "\n"
	cramps := "night,muscle,side,time\n2024-06-01,calf,left,02:00\n2024-06-02,calf,up,\n"
	err := csvio.ImportAt(context.Background(), mustOpen(t), writeFiles(t, days, cramps), testNow)
	want := []string{
		`days.csv line 3: steps "12k" is not a whole number`,
		`days.csv line 5: sleep_quality 7 is outside 1-5`,
		`days.csv line 7: date 2024-06-03 already appears on line 4`,
		`cramps.csv line 3: side "up" is not one of left, right, both`,
	}
	assertProblems(t, err, want)
}

func assertProblems(t *testing.T, err error, want []string) {
	t.Helper()
	var ie *csvio.ImportError
	if !errors.As(err, &ie) || !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("import = %v, want an *ImportError wrapping ErrInvalid", err)
	}
	if got := strings.Split(err.Error(), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Each case is a pair of files with exactly one problem, and the sentence for it.
func TestImportProblems(t *testing.T) {
	const goodDays, goodCramps = "date\n2024-06-01\n", "night,muscle,side\n"
	tests := []struct {
		name, days, cramps, want string
	}{
		{"unknown column", "date,stepz\n", goodCramps, `days.csv: unknown column "stepz"`},
		{"no date column", "steps\n100\n", goodCramps, `days.csv: the required column "date" is missing`},
		{"no side column", goodDays, "night,muscle\n", `cramps.csv: the required column "side" is missing`},
		{"column twice", "date,steps,Steps\n", goodCramps, `days.csv: column "steps" appears more than once`},
		{"empty file", "", goodCramps, "days.csv: the file is empty; it needs a header line naming the columns"},
		{"empty date", "date,steps\n,100\n", goodCramps, "days.csv line 2: date is empty; every row needs one (YYYY-MM-DD)"},
		{"bad date", "date\n2024-02-30\n", goodCramps, `days.csv line 2: date "2024-02-30" is not a date YYYY-MM-DD`},
		{"future date", "date\n2024-06-16\n", goodCramps, "days.csv line 2: date 2024-06-16 is in the future"},
		{"bad yes/no", "date,heat\n2024-06-01,maybe\n", goodCramps, `days.csv line 2: heat "maybe" is not 1 (yes) or 0 (no)`},
		{"bad time", "date,sleep_start,sleep_end\n2024-06-01,25:00,07:00\n", goodCramps, `days.csv line 2: sleep_start "25:00" is not a time HH:MM on a 24-hour clock`},
		{"signed time", "date,sleep_start,sleep_end\n2024-06-01,23:00,7:+5\n", goodCramps, `days.csv line 2: sleep_end "7:+5" is not a time HH:MM on a 24-hour clock`},
		{"half a sleep window", "date,sleep_start\n2024-06-01,23:00\n", goodCramps, "days.csv line 2: give both sleep_start and sleep_end, or neither"},
		{"NaN hours", "date,standing_h\n2024-06-01,NaN\n", goodCramps, `days.csv line 2: standing_h "NaN" is not a number`},
		{"hours out of range", "date,standing_h\n2024-06-01,25.5\n", goodCramps, "days.csv line 2: standing_h 25.5 is outside 0-24 hours"},
		{"ragged row", "date,steps\n2024-06-01\n", goodCramps, "days.csv line 2: has 1 cell but the header has 2 columns"},
		{"bare quote", "date,notes\n2024-06-01,say \"hi\"\n", goodCramps, `days.csv line 2: a " appears inside a cell that does not start with "; quote the cell and double the " inside it`},
		{"open quote", "date,notes\n2024-06-01,\"never closed\n", goodCramps, `days.csv line 2: a quoted cell is not closed, or has text after its closing "`},
		{"not UTF-8", "date,notes\n2024-06-01,caf\xe9\n", goodCramps, "days.csv line 2: notes is not UTF-8 text; save the file as UTF-8"},
		{"value under unnamed column", "date,\n2024-06-01,x\n", goodCramps, `days.csv line 2: value "x" is in column 2, which has no name in the header`},
		{"muscle", goodDays, "night,muscle,side\n2024-06-01,toe,left\n", `cramps.csv line 2: muscle "toe" is not one of calf, foot, hamstring, thigh, other`},
		{"night not started", goodDays, "night,muscle,side\n2024-06-16,calf,left\n", "cramps.csv line 2: night 2024-06-16 has not started yet"},
		{"cramp time to come", goodDays, "night,time,muscle,side\n2024-06-15,23:30,calf,left\n", "cramps.csv line 2: time 23:30 in the night of 2024-06-15 is later than now"},
		{"duration", goodDays, "night,muscle,side,duration_s\n2024-06-01,calf,left,0\n", "cramps.csv line 2: duration_s 0 is outside 1-3600 seconds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := csvio.ImportAt(context.Background(), mustOpen(t), writeFiles(t, tt.days, tt.cramps), testNow)
			assertProblems(t, err, []string{tt.want})
		})
	}
}

func TestImportNeedsBothFiles(t *testing.T) {
	dir := t.TempDir()
	err := csvio.ImportAt(context.Background(), mustOpen(t), dir, testNow)
	assertProblems(t, err, []string{
		filepath.Join(dir, "days.csv") + " is missing; an import needs both days.csv and cramps.csv",
		filepath.Join(dir, "cramps.csv") + " is missing; an import needs both days.csv and cramps.csv",
	})
}

// Hand-made files: columns in any order, most of them absent, a BOM, CRLF line
// ends, spaces around values, spelled-out yes/no and capitalised names.
func TestImportAcceptsHandMadeFiles(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	days := "\uFEFFNotes, Date ,heat,night_checked\r\n\"two\r\nlines\",2024-06-01, yes ,\r\n"
	cramps := "side,muscle,night\r\nLeft,Calf,2024-06-02\r\n"
	if err := csvio.ImportAt(ctx, s, writeFiles(t, days, cramps), testNow); err != nil {
		t.Fatalf("import: %v", err)
	}
	d, err := s.Day(ctx, "2024-06-01")
	if err != nil {
		t.Fatalf("day: %v", err)
	}
	if d.Notes != "two\nlines" || d.Heat == nil || !*d.Heat || d.Steps != nil || d.NightChecked {
		t.Errorf("day = %+v", d)
	}
	got, err := s.Cramps(ctx, model.FirstDate, model.LastDate)
	if err != nil || len(got) != 1 || got[0].Muscle != model.Calf || got[0].Side != model.Left || got[0].Time != nil {
		t.Errorf("cramps = %+v, %v", got, err)
	}
}

func TestImportReplacesCrampsOfNamedNightsOnly(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	mustFill(t, s) // two cramps on 06-10, one on 06-11, one on 06-14
	dir := writeFiles(t, "date,steps\n2024-06-11,500\n", "night,muscle,side\n2024-06-10,thigh,left\n")
	if err := csvio.ImportAt(ctx, s, dir, testNow); err != nil {
		t.Fatalf("import: %v", err)
	}
	got, err := s.Cramps(ctx, model.FirstDate, model.LastDate)
	if err != nil {
		t.Fatalf("cramps: %v", err)
	}
	var nights []string
	for _, c := range got {
		nights = append(nights, fmt.Sprintf("%s %s", c.Night, c.Muscle))
	}
	if want := "2024-06-10 thigh,2024-06-14 calf"; strings.Join(nights, ",") != want {
		t.Errorf("cramps after import = %s, want %s", strings.Join(nights, ","), want)
	}
}

func TestErrorListsAtMostFiftyProblems(t *testing.T) {
	var rows strings.Builder
	rows.WriteString("date,stress\n")
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&rows, "%s,9\n", model.Date("2024-01-01").AddDays(i))
	}
	err := csvio.ImportAt(context.Background(), mustOpen(t), writeFiles(t, rows.String(), "night,muscle,side\n"), testNow)
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 51 || lines[50] != "... and 10 more" {
		t.Errorf("error has %d lines ending %q, want 51 ending %q", len(lines), lines[len(lines)-1], "... and 10 more")
	}
	var ie *csvio.ImportError
	if errors.As(err, &ie) && len(ie.Problems) != 60 {
		t.Errorf("ImportError holds %d problems, want all 60", len(ie.Problems))
	}
}

func TestImportReportsUnreadableDirectory(t *testing.T) {
	file := filepath.Join(t.TempDir(), "not-a-dir")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	err := csvio.ImportAt(context.Background(), mustOpen(t), file, testNow)
	if err == nil || errors.Is(err, model.ErrInvalid) {
		t.Errorf("import from a file path = %v, want an I/O error", err)
	}
}

func TestSemicolonFileGetsAHint(t *testing.T) {
	days := "date;steps;notes\n2024-06-01;100;x\n"
	err := csvio.ImportAt(context.Background(), mustOpen(t), writeFiles(t, days, "night,muscle,side\n"), testNow)
	assertProblems(t, err, []string{
		"days.csv: the columns are separated by semicolons, but crampdiary reads commas; save the file as CSV with a comma as the separator",
	})
}

// A file past 64 MB is refused before it is read, whatever it holds.
func TestOversizedFileIsRefused(t *testing.T) {
	dir := writeFiles(t, "date\n", "night,muscle,side\n")
	if err := os.Truncate(filepath.Join(dir, "days.csv"), 64<<20+1); err != nil {
		t.Fatal(err)
	}
	err := csvio.ImportAt(context.Background(), mustOpen(t), dir, testNow)
	assertProblems(t, err, []string{filepath.Join(dir, "days.csv") + " is larger than 64 MB; is it really a crampdiary export?"})
}

// A cancelled import stops reading and writes nothing, even the rows that
// were already handed to the store.
func TestCancelledImportWritesNothing(t *testing.T) {
	s := mustOpen(t)
	mustFill(t, s)
	before := takeSnapshot(t, s)
	var rows strings.Builder
	rows.WriteString("date,steps\n")
	for i := range 20_000 {
		fmt.Fprintf(&rows, "%s,%d\n", model.Date("1900-01-01").AddDays(i), i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cs := &cancelAfterFirstBatch{Store: s, cancel: cancel}
	err := csvio.ImportAt(ctx, cs, writeFiles(t, rows.String(), "night,muscle,side\n"), testNow)
	if !errors.Is(err, context.Canceled) || cs.batches == 0 {
		t.Fatalf("import = %v after %d batches, want context.Canceled after at least one", err, cs.batches)
	}
	if after := takeSnapshot(t, s); !before.equal(after) {
		t.Error("a cancelled import changed the diary")
	}
}

// cancelAfterFirstBatch is a store that cancels the import once the first
// batch of days is written, as Ctrl+C would in the middle of a long import.
type cancelAfterFirstBatch struct {
	csvio.Store
	cancel  context.CancelFunc
	batches int
}

func (c *cancelAfterFirstBatch) ImportStreamWithExperiments(ctx context.Context, fill func(model.ImportWriter) error, exps []experiment.Experiment) error {
	return c.Store.ImportStreamWithExperiments(ctx, func(w model.ImportWriter) error {
		return fill(&cancellingWriter{ImportWriter: w, c: c})
	}, exps)
}

type cancellingWriter struct {
	model.ImportWriter
	c *cancelAfterFirstBatch
}

func (w *cancellingWriter) Days(days []model.Day) error {
	w.c.batches++
	err := w.ImportWriter.Days(days)
	w.c.cancel()
	return err
}

// Past the first thousand problems only the count is kept.
func TestManyProblemsAreCounted(t *testing.T) {
	var rows strings.Builder
	rows.WriteString("date,stress\n")
	for i := range 1500 {
		fmt.Fprintf(&rows, "%s,9\n", model.Date("2020-01-01").AddDays(i))
	}
	err := csvio.ImportAt(context.Background(), mustOpen(t), writeFiles(t, rows.String(), "night,muscle,side\n"), testNow)
	var ie *csvio.ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 1000 || ie.Unlisted != 500 || !strings.HasSuffix(err.Error(), "\n... and 1450 more") {
		t.Fatalf("import = %.200v (kept %d, unlisted %d)", err, len(ie.Problems), ie.Unlisted)
	}
}

// Every part of a problem goes through the translator, the sentence around a
// cell's problem too; the file name, line and the value as written stay.
func TestImportProblemsSayInALanguage(t *testing.T) {
	err := csvio.ImportAt(context.Background(), mustOpen(t), writeFiles(t, "date,heat\n2024-06-01,maybe\n", "night,muscle,side\n"), testNow)
	var ie *csvio.ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("err %v, want an ImportError", err)
	}
	w := model.Words{L: func(key string, data ...any) string {
		m := model.Message{Key: key}
		if len(data) > 0 {
			m.Params = data[0].(map[string]any)
		}
		return "«" + m.String() + "»"
	}}
	if got, want := ie.Say(w), `«days.csv line 2: «heat "maybe" is not 1 (yes) or 0 (no)»»`; got != want {
		t.Errorf("Say = %q, want %q", got, want)
	}
}
