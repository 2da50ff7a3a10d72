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
	db, err := sqlstore.Open(filepath.Join(tb.TempDir(), "crampdiary.db"), sqlstore.Options{Now: func() time.Time { return now }})
	if err != nil {
		tb.Fatalf("open diary: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}
