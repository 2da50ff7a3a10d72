package backup

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore"
)

var ctx = context.Background()

// testNow is the evening every test starts from.
var testNow = time.Date(2026, 11, 24, 21, 0, 0, 0, time.UTC)

// clock is a settable injected clock.
type clock struct{ now time.Time }

func (c *clock) Now() time.Time { return c.now }

// mustOpen opens (creating) the diary at path with clock c, closed at test end.
func mustOpen(tb testing.TB, path string, c *clock) *sqlstore.DB {
	tb.Helper()
	db, err := sqlstore.Open(path, sqlstore.Options{Now: c.Now})
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// newDiary opens a fresh diary in a temporary data folder and returns it
// with that folder.
func newDiary(tb testing.TB, c *clock) (*sqlstore.DB, string) {
	tb.Helper()
	dir := tb.TempDir()
	return mustOpen(tb, filepath.Join(dir, "crampdiary.db"), c), dir
}

// fill saves n days before c's day, each with one cramp.
func fill(tb testing.TB, db *sqlstore.DB, c *clock, n int) {
	tb.Helper()
	today := model.DiaryToday(c.now)
	for i := 1; i <= n; i++ {
		d := today.AddDays(-i)
		day := model.Day{Date: d, Notes: "day " + string(d)}
		if err := db.SaveDay(ctx, &day); err != nil {
			tb.Fatal(err)
		}
		cr := model.Cramp{Night: d, Muscle: model.Calf, Side: model.Left}
		if err := db.SaveCramp(ctx, &cr); err != nil {
			tb.Fatal(err)
		}
	}
}
