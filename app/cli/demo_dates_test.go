package cli

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/charts/report"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/clocktest"
)

// demoDays is the length of the demo in the tests below.
const demoDays = 30

// At every hard instant, demo fills up to the diary's today and no further,
// and check, export and import all agree with the counts demo printed.
func TestDemoCheckExportImport(t *testing.T) {
	for _, in := range clocktest.Instants(t) {
		t.Run(in.Name, func(t *testing.T) {
			dir := t.TempDir()
			want := cliCounts(t, in.At, dir, "demo", "--days", strconv.Itoa(demoDays))
			if got := cliCounts(t, in.At, dir, "check"); got != want {
				t.Errorf("check counts %q, demo printed %q", got, want)
			}
			export := filepath.Join(t.TempDir(), "export")
			if code, _, errOut := runCLIAt(t, in.At, dir, "export", export); code != exitOK {
				t.Fatalf("export: exit %d: %s", code, errOut)
			}
			checkDemoDates(t, export, in.Today)
			if got := cliCounts(t, in.At, t.TempDir(), "import", export); got != want {
				t.Errorf("import into a new diary counts %q, demo printed %q", got, want)
			}
		})
	}
}

var countsLines = regexp.MustCompile(`(?m)^days: \d+\ncramps: \d+$`)

// cliCounts runs a command that ends with the diary's counts and returns them.
func cliCounts(t *testing.T, now time.Time, dir string, args ...string) string {
	t.Helper()
	code, out, errOut := runCLIAt(t, now, dir, args...)
	counts := countsLines.FindString(out)
	if code != exitOK || counts == "" {
		t.Fatalf("%v: exit %d, out %q, err %q", args, code, out, errOut)
	}
	return counts
}

// checkDemoDates reads an exported demo: its days end on today, start no
// earlier than demoDays before it, and the last week is complete; every
// cramp is in a night before today's, which is still to come.
func checkDemoDates(t *testing.T, export string, today model.Date) {
	t.Helper()
	days := firstColumn(t, filepath.Join(export, "days.csv"))
	logged := map[model.Date]bool{}
	for _, d := range days {
		if today.Before(d) || d.Before(today.AddDays(-demoDays)) {
			t.Errorf("day %s is outside %s to %s", d, today.AddDays(-demoDays), today)
		}
		logged[d] = true
	}
	for d := today.AddDays(-7); !today.Before(d); d = d.AddDays(1) {
		if !logged[d] {
			t.Errorf("%s, in the last week up to today %s, is missing", d, today)
		}
	}
	for _, n := range firstColumn(t, filepath.Join(export, "cramps.csv")) {
		if !n.Before(today) {
			t.Errorf("a cramp in the night of %s, not before today %s", n, today)
		}
	}
}

// firstColumn is the first cell of every row of a CSV file after its header.
func firstColumn(t *testing.T, path string) []model.Date {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("%s: %d rows, %v", path, len(rows), err)
	}
	out := make([]model.Date, 0, len(rows)-1)
	for _, r := range rows[1:] {
		out = append(out, model.Date(r[0]))
	}
	return out
}

// The report's default period ends on the last night that has ended: before
// 04:00 that is the night before the one just ending.
func TestReportDefaultPeriodAtTheHardInstants(t *testing.T) {
	for _, in := range clocktest.Instants(t) {
		from, to := report.Period("", "", in.At)
		if wantTo := in.Today.AddDays(-1); to != wantTo || from != wantTo.AddDays(-(report.DefaultNights-1)) {
			t.Errorf("%s: default period %s to %s, want %s to %s", in.Name, from, to, wantTo.AddDays(-(report.DefaultNights - 1)), wantTo)
		}
	}
}
