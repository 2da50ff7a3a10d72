package datadir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrBusy means another crampdiary (the window, or an import or demo) holds the
// data folder's lock.
var ErrBusy = errors.New("the diary is in use by another crampdiary")

// Lock is an exclusive, non-blocking lock on crampdiary.lock. The
// operating system drops it when the process dies, so a crash never leaves the
// diary locked.
type Lock struct{ f *os.File }

// TryLock takes the lock of the data folder dir, or returns ErrBusy at once.
func TryLock(dir string) (*Lock, error) {
	path := filepath.Join(dir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("app: open lock %s: %w", path, err)
	}
	if err := lockFileNB(f); err != nil {
		f.Close()
		if errors.Is(err, ErrBusy) {
			return nil, err
		}
		return nil, fmt.Errorf("app: lock %s: %w", path, err)
	}
	return &Lock{f: f}, nil
}

// release gives the lock back. The file stays: removing it would let a
// second process lock a fresh file while a third still holds the old one.
func (l *Lock) Release() {
	if l != nil && l.f != nil {
		l.f.Close()
		l.f = nil
	}
}
