package cli

import (
	"io"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/app/internal/proc"
)

// With no command Main opens the window it was handed, on the data folder it
// picked, and passes the window's exit code on; a command never opens it.
func TestOnlyNoCommandOpensTheWindow(t *testing.T) {
	dir := t.TempDir()
	type opening struct {
		dir    string
		hidden bool
	}
	var opened []opening
	window := func(d string, hidden bool, _ proc.Env) int {
		opened = append(opened, opening{d, hidden})
		return 7
	}
	e := proc.Env{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }, Now: func() time.Time { return testNow }}
	if code := Main([]string{"--data-dir", dir, "--hidden"}, e, window); code != 7 {
		t.Errorf("no command: exit %d, want the window's 7", code)
	}
	if code := Main([]string{"--data-dir", dir, "demo", "--days", "2"}, e, window); code != exitOK {
		t.Errorf("demo: exit %d", code)
	}
	if len(opened) != 1 || opened[0] != (opening{dir, true}) {
		t.Errorf("windows opened: %+v, want one, hidden, on %s", opened, dir)
	}
}
