package sqlstore

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// testNow is the fixed evening every store test lives in.
var testNow = time.Date(2026, 11, 24, 21, 0, 0, 0, time.UTC)

// MustOpenDB opens a fresh diary file in a temporary folder, closed at test end.
func MustOpenDB(tb testing.TB) *DB {
	tb.Helper()
	return mustOpenAt(tb, filepath.Join(tb.TempDir(), "crampdiary.db"))
}

func mustOpenAt(tb testing.TB, path string) *DB {
	tb.Helper()
	db, err := Open(path, testOptions)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// testOptions opens a diary whose clock stands still at testNow.
var testOptions = Options{Now: func() time.Time { return testNow }}

func ptr[T any](v T) *T { return &v }

func mustSaveDay(tb testing.TB, db *DB, d model.Day) {
	tb.Helper()
	if err := db.SaveDay(context.Background(), &d); err != nil {
		tb.Fatalf("save day %s: %v", d.Date, err)
	}
}

func mustSaveCramp(tb testing.TB, db *DB, c model.Cramp) model.Cramp {
	tb.Helper()
	if err := db.SaveCramp(context.Background(), &c); err != nil {
		tb.Fatalf("save cramp: %v", err)
	}
	return c
}

func mustCounts(tb testing.TB, db *DB) (int, int) {
	tb.Helper()
	d, c, err := db.Counts(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return d, c
}
