package desktop

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model/sqlstore"
	"github.com/crampdiary/crampdiary/ui"
)

func TestRestartArgsLeaveOutHidden(t *testing.T) {
	got := restartArgs([]string{"/usr/bin/crampdiary", "--data-dir", "/d", "--hidden"})
	if want := []string{"/usr/bin/crampdiary", "--data-dir", "/d"}; !slices.Equal(got, want) {
		t.Errorf("restartArgs = %v, want %v", got, want)
	}
	if got := restartArgs([]string{"--hidden"}); len(got) != 1 {
		t.Errorf("the program name was dropped: %v", got)
	}
}

// Restart closes the diary as Quit does, and the new process is the same
// program with the system's language settings, not this one's choice.
func TestRestartClosesTheDiaryAndStartsTheProgramAgain(t *testing.T) {
	g, _ := newTestGUI(t)
	s, err := sqlstore.Open(t.TempDir()+"/diary.db", sqlstore.Options{Now: g.clock})
	if err != nil {
		t.Fatal(err)
	}
	g.start(s)
	g.restart()
	if !g.restarting.Load() || !g.quitting.Load() {
		t.Fatal("restart did not quit as a restart")
	}
	if err := g.closeStore(); err != nil || g.store != nil {
		t.Fatalf("the diary was not closed: %v", err)
	}

	before := os.Getenv("LANGUAGE")
	if err := ui.UseLanguage("ru"); err != nil {
		t.Fatal(err)
	}
	var gotExe string
	var gotEnv []string
	fakeExec := func(exe string, _, env []string) error { gotExe, gotEnv = exe, env; return nil }
	t.Cleanup(func() { _ = ui.UseLanguage("") })
	var errOut bytes.Buffer
	if code := restartProcess(&errOut, fakeExec); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if exe, _ := os.Executable(); gotExe != exe {
		t.Errorf("started %q, want %q", gotExe, exe)
	}
	for _, kv := range gotEnv {
		if v, ok := strings.CutPrefix(kv, "LANGUAGE="); ok && v != before {
			t.Errorf("the new process gets LANGUAGE=%q, the system has %q", v, before)
		}
	}
}
