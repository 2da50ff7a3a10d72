package tracker

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	_ "github.com/glebarez/go-sqlite" // registers "sqlite"

	"github.com/crampdiary/crampdiary/model"
)

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// openReadOnly opens the SQLite file at path so that nothing can be written to
// it: read-only, and immutable so no journal or WAL file appears beside it.
func openReadOnly(path string) (*sql.DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if err := checkSQLite(path); err != nil {
		return nil, err
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: "mode=ro&immutable=1"}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// checkSQLite refuses a file that is not an SQLite database, before the driver
// sees it.
func checkSQLite(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	if _, err := f.Read(head); err != nil || string(head) != sqliteMagic {
		return invalid(path, model.X("not an SQLite database", nil))
	}
	return nil
}

// tables lists the table names of db, in lower case.
func tables(ctx context.Context, db *sql.DB) (map[string]bool, error) {
	return names(ctx, db, `SELECT name FROM sqlite_master WHERE type = 'table'`)
}

// columns lists the column names of table, in lower case.
func columns(ctx context.Context, db *sql.DB, table string) (map[string]bool, error) {
	return names(ctx, db, `SELECT name FROM pragma_table_info(?)`, table)
}

// names runs query, which selects one text column, and returns its values in
// lower case as a set.
func names(ctx context.Context, db *sql.DB, query string, args ...any) (map[string]bool, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out[strings.ToLower(n)] = true
	}
	return out, rows.Err()
}

// pick returns the first of names that cols has, or fallback.
func pick(cols map[string]bool, fallback string, names ...string) string {
	for _, n := range names {
		if cols[strings.ToLower(n)] {
			return n
		}
	}
	return fallback
}
