//go:build unix

package sqlstore

import (
	"os"
	"syscall"
)

// shmDMSByte is the byte of the -shm file on which every SQLite connection
// holds a read lock for as long as it has the log open (the "dead man
// switch" of SQLite's unix VFS: 120 + SQLITE_SHM_NLOCK).
const shmDMSByte = 128

// logInUse reports whether another process has the diary's log open, so that
// a log judged stale is never moved from under a running program. Locks held
// by this process do not show (POSIX locks are per process).
func logInUse(path string) bool {
	f, err := os.Open(path + "-shm")
	if err != nil {
		return false
	}
	defer f.Close()
	lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: shmDMSByte, Len: 1}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &lk); err != nil {
		return true // cannot tell: assume it is
	}
	return lk.Type != syscall.F_UNLCK
}
