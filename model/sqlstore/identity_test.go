package sqlstore

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestNewDiaryNamesItselfInTheHeader(t *testing.T) {
	db := MustOpenDB(t)
	db.Close()
	data, err := os.ReadFile(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	if got := binary.BigEndian.Uint32(data[68:]); got != AppID || string(data[68:72]) != "CRMP" {
		t.Fatalf("application id 0x%08X, want 0x%08X (CRMP)", got, AppID)
	}
}

// A diary from before the application id is recognised by its tables and
// given the id on its next migration.
func TestOldDiaryGetsTheID(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	writeSchema1Diary(t, path)
	db := mustOpenAt(t, path)
	var id int64
	db.gorm.Raw("PRAGMA application_id").Scan(&id)
	if id != AppID {
		t.Fatalf("application id after migration 0x%08X", id)
	}
	if d, c := mustCounts(t, db); d != 1 || c != 1 {
		t.Fatalf("after migration: %d days, %d cramps", d, c)
	}
}

// writeForeign makes another program's SQLite file, in rollback-journal mode
// as most programs leave them, so that switching it to WAL would show.
func writeForeign(t *testing.T, path string, appID int, table string) []byte {
	t.Helper()
	db, err := openGorm(path, testOptions.Now, modeCopy)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"PRAGMA application_id = " + strconv.Itoa(appID),
		"CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name TEXT)",
		"INSERT INTO " + table + " (name) VALUES ('someone else''s data')",
	} {
		if err := db.Exec(q).Error; err != nil {
			t.Fatal(err)
		}
	}
	closeGorm(db)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestForeignSQLiteFileIsNeverWritten(t *testing.T) {
	for _, tc := range []struct {
		name  string
		appID int
		table string
	}{
		{"another application id", 0x12345678, "contacts"},
		{"no id and foreign tables", 0, "contacts"},
		{"another id and diary-like tables", 0x12345678, "days"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "crampdiary.db")
			before := writeForeign(t, path, tc.appID, tc.table)
			_, err := Open(path, testOptions)
			if !errors.Is(err, model.ErrForeign) || !strings.Contains(err.Error(), "this is not a crampdiary diary; it was left untouched") {
				t.Fatalf("Open of a foreign file: %v", err)
			}
			assertFileIs(t, path, before)
		})
	}
}
