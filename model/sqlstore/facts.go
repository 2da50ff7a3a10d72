package sqlstore

import (
	"database/sql"
	"strings"
	"time"

	"gorm.io/gorm"
)

// facts is what a check learned about one view of the diary (the main file
// alone, or the main file with its -wal) by opening a private copy with SQLite.
type facts struct {
	sound   bool   // opens and passes quick_check
	problem string // why not, in SQLite's words
	appID   int64
	version int
	tables  map[string]bool
	base    *walBase
}

// readFacts opens the copy at path (SQLite applies a -wal beside it there)
// and reads what the checks need.
func readFacts(path string, now func() time.Time) facts {
	db, err := openGorm(path, now, modeCopy)
	if err != nil {
		return facts{problem: err.Error()}
	}
	defer closeGorm(db)
	var results []string
	if err := db.Raw("PRAGMA quick_check").Scan(&results).Error; err != nil {
		return facts{problem: err.Error()}
	}
	if len(results) != 1 || results[0] != "ok" {
		return facts{problem: "it failed its integrity check: " + strings.Join(results, "; ")}
	}
	f := facts{sound: true, tables: map[string]bool{}}
	var names []string
	err = firstErr(
		db.Raw("PRAGMA application_id").Scan(&f.appID).Error,
		db.Raw("PRAGMA user_version").Scan(&f.version).Error,
		db.Raw("SELECT name FROM sqlite_master WHERE type = 'table'").Scan(&names).Error,
	)
	if err != nil {
		return facts{problem: err.Error()}
	}
	for _, n := range names {
		f.tables[n] = true
	}
	if f.tables[walBaseTable] {
		f.base = readWALBase(db)
	}
	return f
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// readWALBase reads crampdiary's record of the main file its log was started
// on; nil when there is none or it was never completed.
func readWALBase(db *gorm.DB) *walBase {
	var salt1, salt2 sql.NullInt64
	var b walBase
	row := db.Raw("SELECT salt1, salt2, page_size, crcs FROM " + walBaseTable + " WHERE id = 1").Row()
	if err := row.Scan(&salt1, &salt2, &b.pageSize, &b.crcs); err != nil || !salt1.Valid || !salt2.Valid {
		return nil
	}
	b.salt1, b.salt2 = uint32(salt1.Int64), uint32(salt2.Int64)
	return &b
}
