package cli

import (
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/app/internal/proc"
)

func TestBusyErrorPassesAsItIs(t *testing.T) {
	got := proc.Message(busyError("import"))
	if !strings.HasPrefix(got, "the diary window is open") || !strings.HasSuffix(got, "then run import again") {
		t.Errorf("proc.Message(busyError) = %q", got)
	}
}

// A second demo is refused with the same sentence as before the kinds were
// worded in one place.
func TestDemoOnAFullDiaryIsRefused(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, dir, "demo"); code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	code, _, errOut := runCLI(t, dir, "demo")
	want := "crampdiary: demo only fills an empty diary, and this one already has entries; use --data-dir with a new folder to try the demo\n"
	if code != exitError || errOut != want {
		t.Errorf("second demo: exit %d, stderr %q", code, errOut)
	}
}
