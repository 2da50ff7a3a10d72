package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	"gorm.io/gorm"

	"github.com/crampdiary/crampdiary/model"
)

// SalvageReport says how much of a damaged diary could be read.
type SalvageReport struct {
	Days, Cramps int // rows copied into the new diary
	Lost         int // rows, or runs of rows, that could not be read
}

// salvageTables are copied in this order, so a cramp finds its night.
var salvageTables = []string{"days", "cramps", "settings", "experiments", "experiment_nights", "drafts"}

// Salvage copies every row SQLite can still read from the damaged diary at
// src into a new diary at dest, which must not exist. src is opened
// read-only and never changed. Rows are copied in runs of rowids; a run that
// fails is split in two until the rows that cannot be read are found and
// left out, so one bad page costs only its own rows.
func Salvage(ctx context.Context, src, dest string, opts Options) (SalvageReport, error) {
	if _, err := os.Stat(dest); err == nil {
		return SalvageReport{}, fmt.Errorf("%w: sqlstore: salvage: %s already exists", model.ErrWrite, dest)
	}
	fresh, err := Open(dest, opts)
	if err != nil {
		return SalvageReport{}, err
	}
	if err := fresh.Close(); err != nil {
		return SalvageReport{}, err
	}
	old, err := OpenSalvage(src, opts)
	if err != nil {
		return SalvageReport{}, err
	}
	defer old.Close()
	db := old.gorm.WithContext(ctx)
	// Foreign keys off: a cramp whose day was lost is kept, and its day added after.
	if err := db.Exec("PRAGMA foreign_keys = OFF").Error; err != nil {
		return SalvageReport{}, fmt.Errorf("%w: sqlstore: salvage: %v", model.ErrRead, err)
	}
	attach := "file:" + (&url.URL{Path: dest}).EscapedPath() + "?mode=rw"
	if err := db.Exec("ATTACH DATABASE ? AS rescue", attach).Error; err != nil {
		return SalvageReport{}, fmt.Errorf("%w: sqlstore: salvage into %s: %v", model.ErrWrite, dest, err)
	}
	defer db.Exec("DETACH DATABASE rescue")
	var rep SalvageReport
	for _, table := range salvageTables {
		rep.Lost += salvageTable(db, table)
	}
	// Every cramp needs its night's day; a lost day comes back empty.
	db.Exec("INSERT OR IGNORE INTO rescue.days (date) SELECT DISTINCT night FROM rescue.cramps")
	var nd, nc int64
	if err := db.Raw("SELECT count(*) FROM rescue.days").Scan(&nd).Error; err != nil {
		return rep, fmt.Errorf("%w: sqlstore: salvage: %v", model.ErrWrite, err)
	}
	db.Raw("SELECT count(*) FROM rescue.cramps").Scan(&nc)
	rep.Days, rep.Cramps = int(nd), int(nc)
	if rep.Days == 0 && rep.Cramps == 0 && rep.Lost > 0 {
		return rep, fmt.Errorf("%w: sqlstore: nothing could be read from %s", model.ErrDamaged, src)
	}
	return rep, nil
}

// salvageTable copies what it can of table and returns how many rowid runs
// were lost; a table that cannot be read at all counts as one.
func salvageTable(db *gorm.DB, table string) int {
	cols, err := sharedColumns(db, table)
	if err != nil || len(cols) == 0 {
		return 1
	}
	var bounds struct{ Lo, Hi *int64 }
	if err := db.Raw("SELECT min(rowid) AS lo, max(rowid) AS hi FROM main." + table).Scan(&bounds).Error; err != nil {
		// The ends of the table cannot be found: try it whole, once.
		if copyRows(db, table, cols, "") != nil {
			return 1
		}
		return 0
	}
	if bounds.Lo == nil || bounds.Hi == nil {
		return 0 // empty
	}
	return copyRange(db, table, cols, *bounds.Lo, *bounds.Hi)
}

func copyRange(db *gorm.DB, table string, cols []string, lo, hi int64) int {
	where := fmt.Sprintf("WHERE rowid BETWEEN %d AND %d", lo, hi)
	if copyRows(db, table, cols, where) == nil {
		return 0
	}
	if lo == hi {
		return 1
	}
	mid := lo + (hi-lo)/2
	return copyRange(db, table, cols, lo, mid) + copyRange(db, table, cols, mid+1, hi)
}

// copyRows is one statement: it copies all the rows it selects, or none.
func copyRows(db *gorm.DB, table string, cols []string, where string) error {
	list := strings.Join(cols, ", ")
	return db.Exec(fmt.Sprintf("INSERT OR IGNORE INTO rescue.%s (%s) SELECT %s FROM main.%s %s", table, list, list, table, where)).Error
}

// sharedColumns are the columns of table in both files: the damaged diary may
// be of an older schema.
func sharedColumns(db *gorm.DB, table string) ([]string, error) {
	read := func(schema string) (map[string]bool, []string, error) {
		var rows []struct{ Name string }
		if err := db.Raw(fmt.Sprintf("PRAGMA %s.table_info(%s)", schema, table)).Scan(&rows).Error; err != nil {
			return nil, nil, err
		}
		set := map[string]bool{}
		var order []string
		for _, r := range rows {
			set[r.Name] = true
			order = append(order, `"`+r.Name+`"`)
		}
		return set, order, nil
	}
	have, _, err := read("main")
	if err != nil {
		return nil, err
	}
	_, want, err := read("rescue")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, c := range want {
		if have[strings.Trim(c, `"`)] {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no columns in common")
	}
	return out, nil
}
