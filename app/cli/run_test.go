package cli

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/app/internal/apptest"
	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/app/internal/proc"
)

// testNow is the clock of runCLI: an ordinary afternoon, when the diary's
// today is the calendar date and last night has ended.
var testNow = apptest.Now

// The exit codes the tests expect, under the names they had before the
// command line moved out of app.
const (
	exitOK    = proc.ExitOK
	exitError = proc.ExitError
	exitUsage = proc.ExitUsage
)

// run is Main as app runs it, with a window that only says it was asked
// for: these tests run commands.
func run(args []string, e proc.Env) int {
	return Main(args, e, func(string, bool, proc.Env) int {
		fmt.Fprintln(e.Stderr, "crampdiary: the window is not part of the command line tests")
		return exitError
	})
}

// runCLI runs crampdiary with args on the data folder dir at testNow and
// returns the exit code and both outputs.
func runCLI(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	return runCLIAt(t, testNow, dir, args...)
}

// runCLIAt is runCLI with the clock standing at now.
func runCLIAt(t *testing.T, now time.Time, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := proc.Env{Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }, Now: func() time.Time { return now }}
	code := run(append([]string{"--data-dir", dir}, args...), e)
	return code, out.String(), errOut.String()
}

func TestDemoRefusesAFilledDiary(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, dir, "demo", "--days", "5")
	code, _, errOut := runCLI(t, dir, "demo", "--days", "5")
	if code != exitError || !strings.Contains(errOut, "empty diary") {
		t.Fatalf("second demo: exit %d, err %q", code, errOut)
	}
}

func TestCheckWithoutDiary(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := runCLI(t, dir, "check")
	if code != exitError || !strings.HasPrefix(errOut, "crampdiary: ") || !strings.Contains(errOut, "no diary") {
		t.Fatalf("check without a diary: exit %d, err %q", code, errOut)
	}
	if _, err := os.Stat(datadir.DiaryPath(dir)); !os.IsNotExist(err) {
		t.Errorf("check created a diary file: %v", err)
	}
}

func TestDamagedDiaryIsReportedAndKept(t *testing.T) {
	dir := t.TempDir()
	junk := []byte("this is not a diary, and it must stay exactly like this")
	if err := os.WriteFile(datadir.DiaryPath(dir), junk, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{{"check"}, {"export", t.TempDir()}, {"demo"}} {
		code, _, errOut := runCLI(t, dir, cmd...)
		if code != exitError || !strings.Contains(errOut, datadir.DiaryPath(dir)) || !strings.Contains(errOut, "restore --latest") {
			t.Errorf("%v on a damaged diary: exit %d, err %q", cmd, code, errOut)
		}
	}
	got, err := os.ReadFile(datadir.DiaryPath(dir))
	if err != nil || !bytes.Equal(got, junk) {
		t.Fatalf("the damaged file changed: %q, %v", got, err)
	}
}

func TestImportAndDemoRefusedWhileLocked(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, dir, "demo", "--days", "3"); code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	lk, err := datadir.TryLock(dir) // stands for the open window
	if err != nil {
		t.Fatal(err)
	}
	defer lk.Release()
	for _, cmd := range [][]string{{"import", t.TempDir()}, {"demo"}} {
		code, _, errOut := runCLI(t, dir, cmd...)
		if code != exitError || !strings.Contains(errOut, "window is open") {
			t.Errorf("%v beside the window: exit %d, err %q", cmd, code, errOut)
		}
	}
	if code, _, errOut := runCLI(t, dir, "check"); code != exitOK {
		t.Errorf("check beside the window: exit %d, err %q", code, errOut)
	}
}

func TestUsageAndHelpExitCodes(t *testing.T) {
	dir := t.TempDir()
	if code, out, _ := runCLI(t, dir, "help"); code != exitOK || !strings.Contains(out, "Commands:") {
		t.Errorf("help: exit %d, out %q", code, out)
	}
	code, _, errOut := runCLI(t, dir, "nonsense")
	if code != exitUsage || !strings.HasPrefix(errOut, "crampdiary: ") {
		t.Errorf("unknown command: exit %d, err %q", code, errOut)
	}
}

func TestCheckNamesTheSQLiteVersion(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, dir, "demo", "--days", "3")
	code, out, errOut := runCLI(t, dir, "check")
	if code != exitOK || !strings.Contains(out, "\nsqlite: 3.") {
		t.Fatalf("check: exit %d, out %q, err %q", code, out, errOut)
	}
}
