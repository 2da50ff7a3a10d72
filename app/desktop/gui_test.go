package desktop

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/app/internal/apptest"
	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/app/internal/proc"
	_ "github.com/glebarez/sqlite"
)

// newTestGUI builds the window wiring on Fyne's test app, with no tray.
// testNow is the clock of the window's tests, as of the command line's.
var testNow = apptest.Now

func newTestGUI(t *testing.T) (*gui, *bytes.Buffer) {
	t.Helper()
	noTray := make(chan bool, 1)
	noTray <- false
	var errOut bytes.Buffer
	g := newGUI(test.NewTempApp(t), t.TempDir(), &errOut, noTray, func() time.Time { return testNow })
	t.Cleanup(func() { _ = g.closeStore() })
	return g, &errOut
}

func TestStartNewDiaryKeepsTheDamagedFile(t *testing.T) {
	g, _ := newTestGUI(t)
	path := datadir.DiaryPath(g.dir)
	junk := []byte("not a diary")
	if err := os.WriteFile(path, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	g.showDamaged(path, errors.New("not SQLite"))
	g.onStartNew()
	if g.store == nil {
		t.Fatal("no diary open after starting a new one")
	}
	matches, _ := filepath.Glob(path + ".damaged-*")
	if len(matches) != 1 {
		t.Fatalf("damaged copies: %v, want one", matches)
	}
	if b, _ := os.ReadFile(matches[0]); !bytes.Equal(b, junk) {
		t.Errorf("set-aside file holds %q, want the damaged bytes", b)
	}
}

func TestPanicWhileQuittingIsNotACrash(t *testing.T) {
	g, errOut := newTestGUI(t)
	fyneQuit := "fyne.io/fyne/v2/internal/driver/glfw.(*gLDriver).Quit(0x1)"
	if code := g.afterPanic("nil pointer", fyneQuit); code != proc.ExitOK {
		t.Errorf("panic inside Fyne's Quit: exit %d, want 0", code)
	}
	if code := g.afterPanic("nil pointer", "main.somethingElse()"); code != proc.ExitError {
		t.Errorf("panic while running: exit %d, want 1", code)
	}
	g.quitting.Store(true)
	if code := g.afterPanic("nil pointer", "main.somethingElse()"); code != proc.ExitOK {
		t.Errorf("panic after quit was asked: exit %d, want 0", code)
	}
	if errOut.Len() == 0 {
		t.Error("the panics were not logged")
	}
}

// A diary from a newer crampdiary is not damaged, but it cannot be opened:
// the window must say so (stderr is unseen when started from a menu) and exit 1.
func TestNewerDiaryIsExplainedInTheWindow(t *testing.T) {
	dir := t.TempDir()
	path := datadir.DiaryPath(dir)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA application_id = 1129467216; CREATE TABLE t(x); PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)

	var errOut bytes.Buffer
	code := Run(dir, false, proc.Env{Stdout: &bytes.Buffer{}, Stderr: &errOut, Getenv: func(string) string { return "" }, Now: func() time.Time { return testNow }})
	if code != proc.ExitError || !strings.Contains(errOut.String(), "newer than this crampdiary") {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the newer diary was modified")
	}
}

func TestOpenFailedScreenQuits(t *testing.T) {
	quit := false
	scr := newOpenFailedScreen("/x/crampdiary.db", errors.New("schema 99"), func() { quit = true })
	w := test.NewTempWindow(t, scr)
	for _, o := range test.LaidOutObjects(w.Content()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Quit" {
			test.Tap(b)
		}
	}
	if !quit {
		t.Fatal("Quit did not quit")
	}
}
