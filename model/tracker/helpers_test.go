package tracker

import (
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// mustDB creates an SQLite file in a temporary folder and runs stmts in it.
func mustDB(tb testing.TB, name string, stmts ...string) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			tb.Fatalf("%s: %v", s, err)
		}
	}
	return path
}

// mustInvalid checks err wraps model.ErrInvalid and says each of words.
func mustInvalid(tb testing.TB, err error, words ...string) {
	tb.Helper()
	if !errors.Is(err, model.ErrInvalid) {
		tb.Fatalf("err = %v, want model.ErrInvalid", err)
	}
	for _, w := range words {
		if !strings.Contains(err.Error(), w) {
			tb.Fatalf("err = %q, want it to say %q", err, w)
		}
	}
}

func sumSteps(c *Collect) (n int) {
	for _, s := range c.StepRecords {
		n += s.Count
	}
	return n
}

// stepsByDay sums steps by the wall-clock day of their start.
func stepsByDay(c *Collect) map[model.Date]int {
	out := map[model.Date]int{}
	for _, s := range c.StepRecords {
		out[model.DateOf(s.Start)] += s.Count
	}
	return out
}

func mustZone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Skipf("no zone %s: %v", name, err)
	}
	return loc
}

func clock(t time.Time) string { return t.Format("2006-01-02 15:04 -07:00") }
