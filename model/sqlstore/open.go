// Package sqlstore keeps the diary in one SQLite file through GORM and the pure-Go
// driver. It implements model.Store; every write is a single transaction.
package sqlstore

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/crampdiary/crampdiary/model"
)

// Options tune Open.
type Options struct {
	// Now is the clock used for validation ("no future dates") and timestamps.
	// It is required: the diary never reads the computer's clock itself, so a
	// test or the fake clock decides what "now" is.
	Now func() time.Time
}

// errNoClock is a programming mistake: every caller must say what "now" is.
var errNoClock = errors.New("sqlstore: Options.Now is missing")

// DB is the SQLite diary. It is safe for use from several goroutines.
type DB struct {
	gorm *gorm.DB
	path string
	now  func() time.Time
}

var _ model.Store = (*DB)(nil)

// sqliteHeader opens every SQLite 3 file; anything else is not a diary.
var sqliteHeader = []byte("SQLite format 3\x00")

// Open opens the diary at path, creating it (mode 0600) when missing. A file
// that is not SQLite or fails its integrity check gives an error wrapping
// model.ErrDamaged, and is left exactly as it was.
func Open(path string, opts Options) (*DB, error) {
	if opts.Now == nil {
		return nil, errNoClock
	}
	exists, err := checkExisting(path, opts.Now)
	if err != nil {
		return nil, err
	}
	if !exists {
		if err := createEmpty(path); err != nil {
			return nil, err
		}
	}
	db, err := openGorm(path, opts.Now, false)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: open %s: %w", path, err)
	}
	s := &DB{gorm: db, path: path, now: opts.Now}
	if err := s.migrate(context.Background()); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// checkExisting reports whether a diary exists at path and, if so, proves it is an
// undamaged SQLite file before anything opens it for writing. It never removes
// anything: a zero-length regular file is a new, empty database to SQLite, and
// any other path that cannot be read as a file is an error.
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
		return true, nil
	}
	head, err := readHead(path)
	if err != nil {
		return true, fmt.Errorf("sqlstore: %w: %s: %w", model.ErrRead, path, err)
	}
	if !bytes.Equal(head, sqliteHeader) {
		return true, fmt.Errorf("%w: %s is not a crampdiary diary (not an SQLite file)", model.ErrDamaged, path)
	}
	return true, quickCheck(path, now)
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

// quickCheck runs SQLite's quick_check on a read-only connection.
func quickCheck(path string, now func() time.Time) error {
	db, err := openGorm(path, now, true)
	if err != nil {
		return fmt.Errorf("%w: %s cannot be read as a diary: %v", model.ErrDamaged, path, err)
	}
	defer closeGorm(db)
	var results []string
	if err := db.Raw("PRAGMA quick_check").Scan(&results).Error; err != nil {
		return fmt.Errorf("%w: %s cannot be read as a diary: %v", model.ErrDamaged, path, err)
	}
	if len(results) != 1 || results[0] != "ok" {
		return fmt.Errorf("%w: %s failed its integrity check: %s", model.ErrDamaged, path, strings.Join(results, "; "))
	}
	// Refuse a newer schema here, read-only: opening it for writing would
	// already change its header (journal mode).
	var version int
	if err := db.Raw("PRAGMA user_version").Scan(&version).Error; err != nil {
		return fmt.Errorf("sqlstore: read schema version of %s: %w", path, err)
	}
	return checkVersion(path, version)
}

func createEmpty(path string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("sqlstore: create %s: %w", path, err)
	}
	return f.Close()
}

// openGorm connects with the pragmas the diary relies on: WAL so readers never block
// the writer, FULL sync so a reported save survives a crash, foreign keys for
// cramp-to-night links, a busy timeout for a second process, and IMMEDIATE
// transactions so two writers queue instead of deadlocking.
func openGorm(path string, now func() time.Time, readOnly bool) (*gorm.DB, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "foreign_keys(1)")
	if readOnly {
		// immutable: read the file as it is, creating no -wal or -shm beside it.
		q.Add("mode", "ro")
		q.Add("immutable", "1")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(FULL)")
		q.Add("_txlock", "immediate")
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := gorm.Open(sqlite.Open(dsn), &gorm.Config{
		Logger:                 logger.Discard,
		NowFunc:                func() time.Time { return now().UTC() },
		SkipDefaultTransaction: true,
	})
	if err != nil {
		return nil, err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	// One connection: SQLite writes one at a time anyway, and this keeps the
	// pragmas and transactions of this process strictly ordered.
	sqlDB.SetMaxOpenConns(1)
	if err := sqlDB.Ping(); err != nil {
		sqlDB.Close()
		return nil, err
	}
	return db, nil
}

func closeGorm(db *gorm.DB) error {
	sqlDB, err := db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// Path is the diary file's location.
func (s *DB) Path() string { return s.path }

// Close closes the diary; SQLite folds the WAL back into the file.
func (s *DB) Close() error {
	if err := closeGorm(s.gorm); err != nil {
		return fmt.Errorf("sqlstore: close %s: %w", s.path, err)
	}
	return nil
}

// IntegrityCheck runs SQLite's full integrity check; a failure wraps model.ErrDamaged.
func (s *DB) IntegrityCheck(ctx context.Context) error {
	var results []string
	if err := s.gorm.WithContext(ctx).Raw("PRAGMA integrity_check").Scan(&results).Error; err != nil {
		return fmt.Errorf("sqlstore: integrity check %s: %w", s.path, err)
	}
	if len(results) != 1 || results[0] != "ok" {
		return fmt.Errorf("%w: %s: %s", model.ErrDamaged, s.path, strings.Join(results, "; "))
	}
	return nil
}
