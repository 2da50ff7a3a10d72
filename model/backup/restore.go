package backup

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore"
)

// Restore puts the snapshot src in place of the diary at diary, which must
// not be open. src is checked first (integrity_check and that it is a
// crampdiary diary); a damaged one is refused with an error wrapping
// model.ErrDamaged and nothing changes. The current diary, with its -wal and
// -shm, is kept beside it as <diary>.before-restore-YYYYMMDD-HHMMSS, whose
// name is returned ("" when there was no diary). Nothing is deleted.
func Restore(ctx context.Context, src, diary string, now time.Time) (Info, string, error) {
	counts, err := sqlstore.CheckSnapshot(ctx, src)
	if err != nil {
		return Info{}, "", fmt.Errorf("backup: restore %s: %w", src, err)
	}
	info := Info{Path: src, Days: counts.Days, Cramps: counts.Cramps}
	info.Date, _ = parseName(filepath.Base(src))
	tmp, err := os.CreateTemp(filepath.Dir(diary), ".crampdiary-restore-*.tmp")
	if err != nil {
		return Info{}, "", fmt.Errorf("%w: backup: restore: %v", model.ErrWrite, err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name()) // gone after the rename; left only by a failure
	if err := copyFile(src, tmp.Name()); err != nil {
		return Info{}, "", err
	}
	// The copy is checked too: a read or write error on the way must not
	// replace a sound diary with a broken one.
	if _, err := sqlstore.CheckSnapshot(ctx, tmp.Name()); err != nil {
		return Info{}, "", fmt.Errorf("backup: restore %s: the copy failed its check: %w", src, err)
	}
	aside, err := keepAside(diary, now)
	if err != nil {
		return Info{}, "", err
	}
	if err := os.Rename(tmp.Name(), diary); err != nil {
		return Info{}, aside, fmt.Errorf("%w: backup: restore: %v (your diary is kept as %s)", model.ErrWrite, err, aside)
	}
	return info, aside, syncDir(filepath.Dir(diary))
}

// keepAside gives the diary a second name, <diary>.before-restore-<time>,
// and moves its -wal and -shm to that name: a journal left beside the
// restored file would be applied to it and damage it. The diary's own name
// is kept (a hard link) until the restored file replaces it, so a crash in
// between never leaves no diary at all. A name already taken gets a counter.
func keepAside(diary string, now time.Time) (string, error) {
	if _, err := os.Lstat(diary); errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	base := diary + ".before-restore-" + now.Format("20060102-150405")
	dest := base
	for n := 2; exists(dest) || exists(dest+"-wal") || exists(dest+"-shm"); n++ {
		dest = fmt.Sprintf("%s-%d", base, n)
	}
	if err := os.Link(diary, dest); err != nil {
		// No hard links on this file system: a plain rename keeps it too.
		if err := os.Rename(diary, dest); err != nil {
			return "", fmt.Errorf("%w: backup: keep the current diary: %v", model.ErrWrite, err)
		}
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		err := os.Rename(diary+suffix, dest+suffix)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return dest, fmt.Errorf("%w: backup: keep %s: %v", model.ErrWrite, diary+suffix, err)
		}
	}
	return dest, syncDir(filepath.Dir(diary))
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
