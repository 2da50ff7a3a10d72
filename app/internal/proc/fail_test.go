package proc

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
	}
	for _, tt := range tests {
		got := Message(tt.err)
		if !strings.HasPrefix(got, tt.start) || !strings.HasSuffix(got, tt.end) {
			t.Errorf("Message(%v) = %q", tt.err, got)
		}
	}
}

func TestFailPrintsOneLineAndExitsOne(t *testing.T) {
	var b strings.Builder
	if code := Fail(&b, errors.New("app: boom")); code != ExitError || b.String() != "crampdiary: app: boom\n" {
		t.Errorf("Fail: exit %d, wrote %q", code, b.String())
	}
}
