package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// errBusy means another crampdiary (the window, or an import or demo) holds the
// data folder's lock.
var errBusy = errors.New("the diary is in use by another crampdiary")

// folderLock is an exclusive, non-blocking lock on crampdiary.lock. The
// operating system drops it when the process dies, so a crash never leaves the
// diary locked.
type folderLock struct{ f *os.File }

// tryLock takes the lock of the data folder dir, or returns errBusy at once.
func tryLock(dir string) (*folderLock, error) {
	path := filepath.Join(dir, lockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("app: open lock %s: %w", path, err)
	}
	if err := lockFileNB(f); err != nil {
		f.Close()
		if errors.Is(err, errBusy) {
			return nil, err
		}
		return nil, fmt.Errorf("app: lock %s: %w", path, err)
	}
	return &folderLock{f: f}, nil
}

// release gives the lock back. The file stays: removing it would let a
// second process lock a fresh file while a third still holds the old one.
func (l *folderLock) release() {
	if l != nil && l.f != nil {
		l.f.Close()
		l.f = nil
	}
}
