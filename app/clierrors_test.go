package app

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestCLIMessageByKind(t *testing.T) {
	disk := fmt.Errorf("app: import from x: sqlstore: save days: %w: disk I/O error", model.ErrWrite)
	tests := []struct {
		err        error
		start, end string
	}{
		{fmt.Errorf("app: fill demo diary: %w", model.ErrNotEmpty), "demo only fills an empty diary", "to try the demo"},
		{disk, "the diary file could not be written, and nothing was changed;", "(" + disk.Error() + ")"},
		{fmt.Errorf("sqlstore: %w: d.db: permission denied", model.ErrRead), "the diary file could not be read just now", "d.db: permission denied)"},
		{errors.New("app: boom"), "app: boom", "app: boom"},
		{busyError("import"), "the diary window is open", "then run import again"},
	}
	for _, tt := range tests {
		got := cliMessage(tt.err)
		if !strings.HasPrefix(got, tt.start) || !strings.HasSuffix(got, tt.end) {
			t.Errorf("cliMessage(%v) = %q", tt.err, got)
		}
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
