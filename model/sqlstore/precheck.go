package sqlstore

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// checkExisting reports whether a diary exists at path and, if so, proves
// before anything opens it for writing that it is a sound crampdiary diary, as
// SQLite itself would read it (with its -wal). It never removes anything: a
// zero-length regular file is a new, empty database to SQLite, and any other
// path that cannot be read as a file is an error. The one change it may make
// is to set aside a -wal (and -shm) that does not belong to the main file.
func checkExisting(path string, now func() time.Time) (bool, error) {
	info, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("sqlstore: %w: %s: %w", model.ErrRead, path, err)
	}
	if !info.Mode().IsRegular() {
		return true, fmt.Errorf("sqlstore: %w: %s is not a file (it is a folder or a special file); move it away or choose another data folder", model.ErrRead, path)
	}
	if info.Size() == 0 {
		return true, setAsideLogOfEmpty(path, now())
	}
	head, err := readHead(path)
	if err != nil {
		return true, fmt.Errorf("sqlstore: %w: %s: %w", model.ErrRead, path, err)
	}
	if !bytes.Equal(head, sqliteHeader) {
		return true, fmt.Errorf("%w: %s is not a crampdiary diary (not an SQLite file)", model.ErrDamaged, path)
	}
	return true, checkFile(path, now)
}

// readHead reads the first bytes of path, where SQLite keeps its signature. A
// short read is returned as it is: only a full signature counts.
func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return head[:n], nil
}

// checkFile judges a copy of the diary and its -wal taken into a private
// folder, so that neither SQLite nor crampdiary writes the person's files
// while deciding whether they may be written.
func checkFile(path string, now func() time.Time) error {
	tmp, err := os.MkdirTemp("", "crampdiary-check-")
	if err != nil {
		return fmt.Errorf("sqlstore: check %s: %w: %w", path, model.ErrRead, err)
	}
	defer os.RemoveAll(tmp)
	snap, err := takeSnapshot(path, tmp)
	if err != nil {
		return fmt.Errorf("sqlstore: check %s: %w: %w", path, model.ErrRead, err)
	}
	v := judge(snap, now)
	if !v.view.sound {
		return fmt.Errorf("%w: %s cannot be read as a diary: %s", model.ErrDamaged, path, v.view.problem)
	}
	if err := checkIdentity(path, v.view); err != nil {
		return err
	}
	if err := checkVersion(path, v.view.version); err != nil {
		return err
	}
	if v.stale {
		return setAsideWAL(path, snap.stamp, now())
	}
	return nil
}

// verdict is what the check concluded: the view of the file SQLite will have
// once it is opened, and whether the -wal beside it must be set aside first.
type verdict struct {
	view  facts
	stale bool
}

// judge decides which view of the diary is the real one. With no log, the
// main file is all there is. A log carrying crampdiary's record of the main
// file it was written on (see walbase.go) belongs exactly when the main file
// still matches that record on every page the log does not hold. A log with
// no usable record is trusted if SQLite reads main and log as sound, and set
// aside only if it makes a sound main file unreadable.
func judge(s snapshot, now func() time.Time) verdict {
	mainF := readFacts(s.mainOnly, now)
	if !s.hasWAL {
		return verdict{view: mainF}
	}
	fullF := readFacts(s.withWAL, now)
	if !s.wal.valid {
		return verdict{view: fullF} // SQLite ignores a log without a valid header
	}
	if b := fullF.base; b != nil && b.names(s.wal) {
		if !sameBase(s.mainBytes, b.pageSize, b.crcs, s.wal) {
			return verdict{view: mainF, stale: true}
		}
		return verdict{view: fullF}
	}
	if !fullF.sound && mainF.sound {
		return verdict{view: mainF, stale: true}
	}
	return verdict{view: fullF}
}

// setAsideWAL renames a -wal that does not belong to the diary, and its -shm,
// to <name>.stale-YYYYMMDD-HHMMSS, unless the files changed since they were
// judged or another program has the log open: a log in use is never moved.
func setAsideWAL(path string, judged fileStamp, now time.Time) error {
	if stampOf(path) != judged {
		return fmt.Errorf("sqlstore: %w: %s changed while it was being checked; try again", model.ErrRead, path)
	}
	if logInUse(path) {
		return fmt.Errorf("sqlstore: %w: %s does not match its -wal, and another program has them open; close it, then try again", model.ErrRead, path)
	}
	suffix := ".stale-" + now.Format("20060102-150405")
	for n := 2; exists(path+"-wal"+suffix) || exists(path+"-shm"+suffix); n++ {
		suffix = fmt.Sprintf(".stale-%s-%d", now.Format("20060102-150405"), n)
	}
	for _, side := range []string{"-wal", "-shm"} {
		err := os.Rename(path+side, path+side+suffix)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("sqlstore: %w: set aside %s, which does not belong to the diary: %w", model.ErrWrite, filepath.Base(path+side), err)
		}
	}
	return nil
}

// setAsideLogOfEmpty keeps a -wal beside an empty main file: SQLite would
// delete it on opening, and what it holds may be someone's last entries.
func setAsideLogOfEmpty(path string, now time.Time) error {
	info, err := os.Stat(path + "-wal")
	if err != nil || info.Size() == 0 {
		return nil
	}
	return setAsideWAL(path, stampOf(path), now)
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
