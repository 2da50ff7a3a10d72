package sqlstore

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestNewDiaryIsPrivate(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveDay(t, db, model.Day{Date: "2026-11-20"})
	for _, p := range []string{db.Path(), db.Path() + "-wal"} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if perm := info.Mode().Perm(); perm != 0o600 {
			t.Errorf("%s has mode %o, want 600", filepath.Base(p), perm)
		}
	}
}

func TestDataSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	db := mustOpenAt(t, path)
	mustSaveDay(t, db, fullDay("2026-11-20"))
	mustSaveCramp(t, db, model.Cramp{Night: "2026-11-20", Muscle: model.Calf, Side: model.Left})
	db.Close()
	again := mustOpenAt(t, path)
	if d, c := mustCounts(t, again); d != 1 || c != 1 {
		t.Fatalf("after reopen: %d days, %d cramps", d, c)
	}
}

func TestNotADiaryIsRefusedAndKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	content := []byte("date,steps\n2026-11-01,5000\n")
	os.WriteFile(path, content, 0o600)
	_, err := Open(path, Options{})
	if !errors.Is(err, model.ErrDamaged) || !strings.Contains(err.Error(), path) {
		t.Fatalf("Open of a CSV file: %v", err)
	}
	assertFileIs(t, path, content)
}

func TestDamagedDiaryIsRefusedAndKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	db := mustOpenAt(t, path)
	for i := 0; i < 400; i++ {
		d := fullDay(model.Date("2025-01-01").AddDays(i))
		mustSaveDay(t, db, d)
	}
	db.Close()
	data, _ := os.ReadFile(path)
	// Scribble over the middle pages but keep the header, as a bad disk would.
	for i := 4096 * 3; i < len(data)-4096 && i < 4096*8; i++ {
		data[i] = 0xA5
	}
	os.WriteFile(path, data, 0o600)
	_, err := Open(path, Options{})
	if !errors.Is(err, model.ErrDamaged) {
		t.Fatalf("Open of a damaged diary: %v", err)
	}
	assertFileIs(t, path, data)
}

func TestEmptyFileBecomesNewDiary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	os.WriteFile(path, nil, 0o600)
	db := mustOpenAt(t, path)
	mustSaveDay(t, db, model.Day{Date: "2026-11-20"})
}

func TestNewerSchemaIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	db := mustOpenAt(t, path)
	// A newer crampdiary may not use WAL: refusing must not convert it.
	db.gorm.Exec("PRAGMA journal_mode = DELETE")
	db.gorm.Exec("PRAGMA user_version = 99")
	db.Close()
	before, _ := os.ReadFile(path)
	_, err := Open(path, Options{})
	if err == nil || !strings.Contains(err.Error(), "newer than this crampdiary") {
		t.Fatalf("Open of a newer diary: %v", err)
	}
	assertFileIs(t, path, before)
}

func TestMigrationKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	db := mustOpenAt(t, path)
	mustSaveDay(t, db, fullDay("2026-11-20"))
	db.Close()

	saved := migrations
	t.Cleanup(func() { migrations = saved })
	migrations = append(append([]string{}, saved...), `ALTER TABLE days ADD COLUMN test_extra INTEGER`)
	again := mustOpenAt(t, path)
	if v, _ := again.schemaVersion(ctx); v != len(migrations) {
		t.Fatalf("schema version %d, want %d", v, len(migrations))
	}
	got, err := again.Day(ctx, "2026-11-20")
	if err != nil || *got.Steps != 9100 || got.MedicationChange != "started amlodipine" {
		t.Fatalf("data lost in migration: %+v %v", got, err)
	}
}

func TestIntegrityCheck(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveDay(t, db, model.Day{Date: "2026-11-20"})
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
}

func assertFileIs(t *testing.T, path string, want []byte) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s was modified", path)
	}
	for _, side := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + side); err == nil {
			t.Fatalf("opening a refused diary created %s", path+side)
		}
	}
}
