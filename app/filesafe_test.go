package app

import (
	"bytes"
	"database/sql"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/app/internal/apptest"
	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/app/internal/proc"
)

// The file-safety tests run the whole program, as Main does: the same file
// must be refused by every command and by the window.

// runCLI runs crampdiary with args on the data folder dir and returns the
// exit code and both outputs.
func runCLI(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := proc.Env{Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }, Now: func() time.Time { return apptest.Now }}
	code := run(append([]string{"--data-dir", dir}, args...), e)
	return code, out.String(), errOut.String()
}

// writeForeignDB leaves another program's SQLite file (rollback journal, its
// own application id) where the diary should be, and returns its bytes.
func writeForeignDB(t *testing.T, path string) []byte {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA application_id = 305419896; CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func assertUntouched(t *testing.T, path string, want []byte) {
	t.Helper()
	if got, _ := os.ReadFile(path); !bytes.Equal(got, want) {
		t.Fatal("the other program's file was modified")
	}
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + side); err == nil {
			t.Fatalf("%s appeared beside the other program's file", side)
		}
	}
}

func TestForeignFileIsRefusedByEveryCommand(t *testing.T) {
	dir := t.TempDir()
	before := writeForeignDB(t, datadir.DiaryPath(dir))
	for _, cmd := range [][]string{{"check"}, {"export", t.TempDir()}, {"demo"}} {
		code, _, errOut := runCLI(t, dir, cmd...)
		if code != proc.ExitError || !strings.Contains(errOut, "this is not a crampdiary diary; it was left untouched") {
			t.Errorf("%v on another program's file: exit %d, err %q", cmd, code, errOut)
		}
	}
	assertUntouched(t, datadir.DiaryPath(dir), before)
}

func TestForeignFileIsExplainedInTheWindow(t *testing.T) {
	dir := t.TempDir()
	before := writeForeignDB(t, datadir.DiaryPath(dir))
	var errOut bytes.Buffer
	code := run([]string{"--data-dir", dir}, proc.Env{Stdout: &bytes.Buffer{}, Stderr: &errOut, Getenv: func(string) string { return "" }, Now: func() time.Time { return apptest.Now }})
	if code != proc.ExitError || !strings.Contains(errOut.String(), "this is not a crampdiary diary; it was left untouched") {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	assertUntouched(t, datadir.DiaryPath(dir), before)
}
