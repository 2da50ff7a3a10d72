//go:build unix

package sqlstore

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// A path that cannot be read as a file (tests run as root, so chmod 000 would
// not stop a read; a named pipe does) is an error, not an empty diary.
func TestUnreadablePathIsNotEmpty(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	_, err := Open(path, testOptions)
	if !errors.Is(err, model.ErrRead) {
		t.Fatalf("Open of a named pipe: %v", err)
	}
	if info, err := os.Lstat(path); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe is gone or changed: %v", err)
	}
}
