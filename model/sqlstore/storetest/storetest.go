// Package storetest opens real diary files for other packages' tests, the way
// net/http/httptest serves real HTTP: no fakes, just a fresh file per test.
package storetest

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model/sqlstore"
)

// MustOpenDB opens a new diary file in tb's temporary folder with a clock
// fixed at now, and closes it when the test ends.
func MustOpenDB(tb testing.TB, now time.Time) *sqlstore.DB {
	tb.Helper()
	return MustOpenDBClock(tb, func() time.Time { return now })
}

// MustOpenDBClock is MustOpenDB with a clock the test can move.
func MustOpenDBClock(tb testing.TB, now func() time.Time) *sqlstore.DB {
	tb.Helper()
	db, err := sqlstore.Open(filepath.Join(tb.TempDir(), "crampdiary.db"), sqlstore.Options{Now: now})
	if err != nil {
		tb.Fatalf("open diary: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}
