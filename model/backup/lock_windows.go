//go:build windows

package backup

import (
	"os"

	"golang.org/x/sys/windows"
)

// lockFile waits for an exclusive lock on f; the system drops it when the
// process dies.
func lockFile(f *os.File) error {
	var ol windows.Overlapped
	return windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK, 0, 1, 0, &ol)
}
