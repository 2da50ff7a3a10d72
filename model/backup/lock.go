package backup

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"github.com/crampdiary/crampdiary/model"
)

// lockName is the lock every backup holds in the backups folder, so the
// window and a "crampdiary backup" beside it take turns.
const lockName = ".crampdiary-backup.lock"

// tempPattern matches the temporary files a snapshot is written to.
var tempPattern = regexp.MustCompile(`^\.crampdiary-\d{4}-\d{2}-\d{2}-\d+\.tmp$`)

// lockFolder takes the backups lock of dir, waiting for another backup to
// finish; the returned func gives it back.
func lockFolder(dir string) (unlock func(), err error) {
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("%w: backup: lock %s: %v", model.ErrWrite, dir, err)
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("%w: backup: lock %s: %v", model.ErrWrite, dir, err)
	}
	return func() { f.Close() }, nil
}

// removeStaleTemps removes the temporary files of snapshots that were
// interrupted. Only called under the lock: every backup writes its
// temporary files while holding it, so any left are a dead process's.
func removeStaleTemps(dirs ...string) {
	for _, dir := range dirs {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if tempPattern.MatchString(e.Name()) && e.Type().IsRegular() {
				os.Remove(filepath.Join(dir, e.Name()))
			}
		}
	}
}
