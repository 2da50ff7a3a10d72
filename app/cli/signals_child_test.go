//go:build unix

package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/app/internal/proc"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore"
)

// The child half of the signal tests: CRAMPDIARY_TEST_CHILD holds the
// arguments, separated by newlines, of a real crampdiary run in this process.
// Two commands announce on stdout the moment a signal is worth sending:
// import says "importing" as it starts, and check turns into "hold", which
// saves a day, says "saved" and waits to be stopped.
func TestMain(m *testing.M) {
	if args := os.Getenv("CRAMPDIARY_TEST_CHILD"); args != "" {
		os.Exit(runChild(strings.Split(args, "\n")))
	}
	os.Exit(m.Run())
}

func runChild(args []string) int {
	importNow := commands["import"]
	commands["import"] = func(ctx context.Context, s diaryStore, inv invocation, now time.Time, out io.Writer) error {
		fmt.Fprintln(out, "importing")
		return importNow(ctx, s, inv, now, out)
	}
	commands["check"] = func(ctx context.Context, s diaryStore, _ invocation, _ time.Time, out io.Writer) error {
		d := model.Day{Date: "2020-01-01", Steps: ptrTo(4321), NightChecked: true}
		if err := s.SaveDay(ctx, &d); err != nil {
			return err
		}
		fmt.Fprintln(out, "saved")
		<-ctx.Done()
		return ctx.Err()
	}
	e := proc.Env{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: func(string) string { return "" }, Now: func() time.Time { return testNow }}
	return run(args, e)
}

func ptrTo[T any](v T) *T { return &v }

// signalChild runs crampdiary with args in a child process, sends sig once
// the child prints ready, and returns its exit code and both outputs.
func signalChild(t *testing.T, sig syscall.Signal, ready string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CRAMPDIARY_TEST_CHILD="+strings.Join(args, "\n"))
	var errOut strings.Builder
	cmd.Stderr = &errOut
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		out.WriteString(lines.Text() + "\n")
		if lines.Text() == ready {
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	rest, _ := io.ReadAll(stdout)
	out.Write(rest)
	err = cmd.Wait()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	if exit != nil && !exit.Exited() {
		t.Fatalf("crampdiary ended by %v, not by closing the diary; stderr %q", exit, errOut.String())
	}
	return cmd.ProcessState.ExitCode(), out.String(), errOut.String()
}

// crampdiaryLines drops what the window toolkit logs about the locale, which
// depends on the machine, and keeps crampdiary's own lines.
func crampdiaryLines(s string) []string {
	var keep []string
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if strings.HasPrefix(l, "crampdiary: ") {
			keep = append(keep, l)
		}
	}
	return keep
}

// assertClosedCleanly checks the diary in dir the way a careful person would
// after a stop: nothing left in a write-ahead log, the file sound, and the
// days and cramps as expected.
func assertClosedCleanly(t *testing.T, dir string, days, cramps int) {
	t.Helper()
	path := datadir.DiaryPath(dir)
	if st, err := os.Stat(path + "-wal"); err == nil && st.Size() > 0 {
		t.Errorf("%s-wal holds %d bytes: the diary was not closed", path, st.Size())
	}
	s, err := sqlstore.Open(path, sqlstore.Options{Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.IntegrityCheck(context.Background()); err != nil {
		t.Errorf("integrity check: %v", err)
	}
	if d, c, err := s.Counts(context.Background()); err != nil || d != days || c != cramps {
		t.Errorf("diary holds %d days and %d cramps (%v), want %d and %d", d, c, err, days, cramps)
	}
}

func TestSIGHUPClosesTheDiaryAndExitsOne(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, dir, "demo", "--days", "5"); code != exitOK {
		t.Fatalf("demo: exit %d, %s", code, errOut)
	}
	d, c := countsOf(t, dir)
	code, out, errOut := signalChild(t, syscall.SIGHUP, "saved", "--data-dir", dir, "check")
	want := []string{"crampdiary: stopped on request before it finished; the diary was closed cleanly"}
	if code != exitError || strings.Join(crampdiaryLines(errOut), "\n") != strings.Join(want, "\n") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 and %q", code, out, errOut, want)
	}
	assertClosedCleanly(t, dir, d+1, c) // the day saved before the signal is kept
}

func TestStoppedImportSaysOnlyThatNothingWasImported(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			if code, _, errOut := runCLI(t, dir, "demo", "--days", "5"); code != exitOK {
				t.Fatalf("demo: exit %d, %s", code, errOut)
			}
			d, c := countsOf(t, dir)
			src := bigExport(t, 100_000)
			code, out, errOut := signalChild(t, sig, "importing", "--data-dir", dir, "import", src)
			want := "crampdiary: stopped on request: nothing was imported, and the diary was closed cleanly"
			if code != exitError || strings.Join(crampdiaryLines(errOut), "\n") != want || strings.Contains(out, "Imported") {
				t.Errorf("exit %d, stdout %q, stderr %q; want 1 and only %q", code, out, errOut, want)
			}
			assertClosedCleanly(t, dir, d, c)
		})
	}
}

func countsOf(t *testing.T, dir string) (int, int) {
	t.Helper()
	code, out, errOut := runCLI(t, dir, "check")
	var d, c int
	if _, err := fmt.Sscanf(out[strings.Index(out, "days:"):], "days: %d\ncramps: %d", &d, &c); code != exitOK || err != nil {
		t.Fatalf("check: exit %d, %q %q, %v", code, out, errOut, err)
	}
	return d, c
}

// bigExport writes days.csv with n days, enough that importing them takes
// long after a signal can arrive, and an empty cramps.csv.
func bigExport(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("date,steps,notes\n")
	start := time.Date(1700, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		fmt.Fprintf(&b, "%s,%d,imported row\n", start.AddDate(0, 0, i).Format("2006-01-02"), i%20000)
	}
	if err := os.WriteFile(filepath.Join(dir, "days.csv"), []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "cramps.csv"), []byte("night,muscle,side\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}
