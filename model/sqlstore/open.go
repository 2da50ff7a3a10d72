// Package sqlstore keeps the diary in one SQLite file through GORM and the pure-Go
// driver. It implements model.Store, and experiment.Store and
// experiment.Importer for the experiments kept in the same file; every write
// is a single transaction.
package sqlstore

import (
	"context"
	"errors"
	"fmt"
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
	gorm    *gorm.DB
	path    string
	now     func() time.Time
	cleanup func() // after Close: removes a private copy it read (OpenSalvage); nil otherwise
}

var _ model.Store = (*DB)(nil)

// sqliteHeader opens every SQLite 3 file; anything else is not a diary.
var sqliteHeader = []byte("SQLite format 3\x00")

// Open opens the diary at path, creating it (mode 0600) when missing. It first
// checks a private copy, read as SQLite reads it (with its -wal): a file that
// is not SQLite or that SQLite cannot read whole gives model.ErrDamaged,
// another program's SQLite file gives model.ErrForeign, a path that is not a
// readable file gives model.ErrRead, and each is left exactly as it was. A
// -wal that belongs to another main file is set aside first (docs/file-safety.md).
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
	db, err := openGorm(path, opts.Now, modeWrite)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: open %s: %w", path, err)
	}
	s := &DB{gorm: db, path: path, now: opts.Now}
	if err := s.migrate(context.Background()); err != nil {
		s.Close()
		return nil, err
	}
	s.markWALBase(context.Background())
	return s, nil
}

func createEmpty(path string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("sqlstore: create %s: %w", path, err)
	}
	return f.Close()
}

// openMode says what a connection is for.
type openMode int

const (
	// modeWrite is the diary itself.
	modeWrite openMode = iota
	// modeCopy is a private copy being checked: SQLite reads it as it would
	// the diary (applying a -wal beside it), and no setting is changed.
	modeCopy
)

// openGorm connects with the pragmas the diary relies on: WAL so readers never block
// the writer, FULL sync so a reported save survives a crash, foreign keys for
// cramp-to-night links, a busy timeout for a second process, and IMMEDIATE
// transactions so two writers queue instead of deadlocking.
func openGorm(path string, now func() time.Time, mode openMode) (*gorm.DB, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "foreign_keys(1)")
	if mode == modeWrite {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(FULL)")
		q.Add("_pragma", fmt.Sprintf("wal_autocheckpoint(%d)", walCheckpointPages))
		q.Add("_txlock", "immediate")
	}
	return connect(path, q, now)
}

// connect opens path with the query parameters q on one connection, and
// proves the file can be read before anyone relies on it.
func connect(path string, q url.Values, now func() time.Time) (*gorm.DB, error) {
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

// closeWait bounds how long Close waits for a connection still in use.
const closeWait = 5 * time.Second

// waitIdle lets a transaction whose context was cancelled finish rolling
// back: database/sql does that on a goroutine of its own, and a connection
// still in use when the pool closes is closed only after it, perhaps after
// the process has exited, leaving the diary's write-ahead log behind.
func (s *DB) waitIdle() {
	sqlDB, err := s.gorm.DB()
	if err != nil {
		return
	}
	const step = 5 * time.Millisecond
	for waited := time.Duration(0); sqlDB.Stats().InUse > 0 && waited < closeWait; waited += step {
		time.Sleep(step)
	}
}

// Path is the diary file's location.
func (s *DB) Path() string { return s.path }

// Close closes the diary; SQLite folds the WAL back into the file.
func (s *DB) Close() error {
	s.waitIdle()
	err := closeGorm(s.gorm)
	if s.cleanup != nil {
		s.cleanup()
	}
	if err != nil {
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

// SQLiteVersion is the version of the SQLite library that reads the diary,
// such as "3.41.2"; check prints it for bug reports.
func (s *DB) SQLiteVersion(ctx context.Context) (string, error) {
	var v string
	if err := s.gorm.WithContext(ctx).Raw("SELECT sqlite_version()").Scan(&v).Error; err != nil {
		return "", readErr("sqlite version", err)
	}
	return v, nil
}
