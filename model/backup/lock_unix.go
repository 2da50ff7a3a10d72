//go:build unix

package backup

import (
	"os"
	"syscall"
)

// lockFile waits for an exclusive lock on f; the system drops it when the
// process dies.
func lockFile(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_EX) }
