package app

import (
	"bytes"
	"database/sql"
	"os"
	"strings"
	"testing"
	"time"
)

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
	before := writeForeignDB(t, diaryPath(dir))
	for _, cmd := range [][]string{{"check"}, {"export", t.TempDir()}, {"demo"}} {
		code, _, errOut := runCLI(t, dir, cmd...)
		if code != exitError || !strings.Contains(errOut, "this is not a crampdiary diary; it was left untouched") {
			t.Errorf("%v on another program's file: exit %d, err %q", cmd, code, errOut)
		}
	}
	assertUntouched(t, diaryPath(dir), before)
}

func TestForeignFileIsExplainedInTheWindow(t *testing.T) {
	dir := t.TempDir()
	before := writeForeignDB(t, diaryPath(dir))
	var errOut bytes.Buffer
	code := runGUI(dir, false, env{stdout: &bytes.Buffer{}, stderr: &errOut, getenv: func(string) string { return "" }, now: func() time.Time { return testNow }})
	if code != exitError || !strings.Contains(errOut.String(), "this is not a crampdiary diary; it was left untouched") {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	assertUntouched(t, diaryPath(dir), before)
}

func TestCheckNamesTheSQLiteVersion(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, dir, "demo", "--days", "3")
	code, out, errOut := runCLI(t, dir, "check")
	if code != exitOK || !strings.Contains(out, "\nsqlite: 3.") {
		t.Fatalf("check: exit %d, out %q, err %q", code, out, errOut)
	}
}
