package sqlstore

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/crampdiary/crampdiary/model"
)

// Snapshot writes a consistent copy of the whole diary to dest with SQLite's
// VACUUM INTO. dest must not exist or be empty. The copy is not synced to
// disk: the caller checks it, syncs it and renames it into place.
func (s *DB) Snapshot(ctx context.Context, dest string) error {
	if err := s.gorm.WithContext(ctx).Exec("VACUUM INTO ?", dest).Error; err != nil {
		return fmt.Errorf("%w: sqlstore: snapshot %s to %s: %v", model.ErrWrite, s.path, dest, err)
	}
	return nil
}

// SnapshotInfo is what a snapshot holds, read without changing it.
type SnapshotInfo struct {
	Days, Cramps int
}

// snapshotTables are the tables every crampdiary diary has since schema 1.
var snapshotTables = []string{"days", "cramps", "settings"}

// CheckSnapshot opens the diary copy at path read-only, runs SQLite's full
// integrity_check and makes sure it is a crampdiary diary this build can open.
// A copy that fails wraps model.ErrDamaged; the file is never changed.
func CheckSnapshot(ctx context.Context, path string) (SnapshotInfo, error) {
	if _, err := os.Stat(path); err != nil {
		return SnapshotInfo{}, fmt.Errorf("%w: sqlstore: %v", model.ErrRead, err)
	}
	db, err := openImmutable(path, func() time.Time { return time.Time{} })
	if err != nil {
		return SnapshotInfo{}, fmt.Errorf("%w: %s cannot be read as a diary: %v", model.ErrDamaged, path, err)
	}
	defer closeGorm(db)
	db = db.WithContext(ctx)
	var results []string
	if err := db.Raw("PRAGMA integrity_check").Scan(&results).Error; err != nil {
		return SnapshotInfo{}, fmt.Errorf("%w: %s cannot be read as a diary: %v", model.ErrDamaged, path, err)
	}
	if len(results) != 1 || results[0] != "ok" {
		return SnapshotInfo{}, fmt.Errorf("%w: %s failed its integrity check: %s", model.ErrDamaged, path, strings.Join(results, "; "))
	}
	if err := checkDiarySchema(db, path); err != nil {
		return SnapshotInfo{}, err
	}
	return countRows(db, path)
}

// checkDiarySchema refuses an SQLite file that is not a crampdiary diary, or
// one from a newer crampdiary.
func checkDiarySchema(db *gorm.DB, path string) error {
	var version int
	if err := db.Raw("PRAGMA user_version").Scan(&version).Error; err != nil {
		return fmt.Errorf("%w: %s: read schema version: %v", model.ErrDamaged, path, err)
	}
	if version < 1 {
		return fmt.Errorf("%w: %s is not a crampdiary diary", model.ErrDamaged, path)
	}
	if err := checkVersion(path, version); err != nil {
		return err
	}
	for _, table := range snapshotTables {
		var n int64
		if err := db.Raw("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", table).Scan(&n).Error; err != nil {
			return fmt.Errorf("%w: %s: read its tables: %v", model.ErrDamaged, path, err)
		}
		if n != 1 {
			return fmt.Errorf("%w: %s is not a crampdiary diary (no %s table)", model.ErrDamaged, path, table)
		}
	}
	return nil
}

func countRows(db *gorm.DB, path string) (SnapshotInfo, error) {
	var info SnapshotInfo
	for _, c := range []struct {
		table string
		n     *int
	}{{"days", &info.Days}, {"cramps", &info.Cramps}} {
		var n int64
		if err := db.Raw("SELECT count(*) FROM " + c.table).Scan(&n).Error; err != nil {
			return SnapshotInfo{}, fmt.Errorf("%w: %s: count %s: %v", model.ErrDamaged, path, c.table, err)
		}
		*c.n = int(n)
	}
	return info, nil
}

// openImmutable opens path read-only as the bytes it holds: no -wal is read
// and no -wal or -shm is created beside it, so the folder is left as it was.
// A snapshot has no -wal of its own; a damaged diary's is not trusted.
func openImmutable(path string, now func() time.Time) (*gorm.DB, error) {
	q := url.Values{}
	q.Add("mode", "ro")
	q.Add("immutable", "1")
	return connect(path, q, now)
}

// OpenSalvage opens what SQLite can still read of a diary that failed its
// checks, so it can be exported. It reads a private copy of the diary and its
// -wal, so the saves still in the log are rescued too (unless the log does
// not belong to the file, as the open check judges) and the person's files
// are only read. Writes go to the copy, which Close removes. It is for rescue
// only: never for everyday use.
func OpenSalvage(path string, opts Options) (*DB, error) {
	if opts.Now == nil {
		return nil, errNoClock
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("%w: sqlstore: %v", model.ErrRead, err)
	}
	tmp, err := os.MkdirTemp("", "crampdiary-salvage-")
	if err != nil {
		return nil, fmt.Errorf("%w: sqlstore: salvage %s: %v", model.ErrRead, path, err)
	}
	db, err := openSalvageCopy(path, tmp, opts.Now)
	if err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("%w: %s cannot be read: %v", model.ErrDamaged, path, err)
	}
	return &DB{gorm: db, path: path, now: opts.Now, cleanup: func() { os.RemoveAll(tmp) }}, nil
}

// openSalvageCopy copies the diary at path, and its -wal, into tmp and opens
// the copy SQLite would read: with the log applied when it belongs to the
// file. A copy SQLite cannot open as a database is read as it lies on disk.
func openSalvageCopy(path, tmp string, now func() time.Time) (*gorm.DB, error) {
	snap, err := takeSnapshot(path, tmp)
	if err != nil {
		return nil, err
	}
	src := snap.mainOnly
	if snap.hasWAL && !judge(snap, now).stale {
		src = snap.withWAL
	}
	if db, err := openGorm(src, now, modeCopy); err == nil {
		return db, nil
	}
	return openImmutable(src, now)
}
