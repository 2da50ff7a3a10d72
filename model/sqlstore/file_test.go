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
	_, err := Open(path, testOptions)
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
	_, err := Open(path, testOptions)
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
	if info, err := os.Stat(path); err != nil || info.Size() == 0 {
		t.Fatalf("the empty file did not become the diary: %v", err)
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	db := mustOpenAt(t, path)
	// A newer crampdiary may not use WAL: refusing must not convert it.
	db.gorm.Exec("PRAGMA journal_mode = DELETE")
	db.gorm.Exec("PRAGMA user_version = 99")
	db.Close()
	before, _ := os.ReadFile(path)
	_, err := Open(path, testOptions)
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

	again := mustOpenAt(t, path)
	steps := append(append([]string{}, migrations...), `ALTER TABLE days ADD COLUMN test_extra INTEGER`)
	if err := again.apply(ctx, len(migrations), steps); err != nil {
		t.Fatal(err)
	}
	if v, _ := again.schemaVersion(ctx); v != len(steps) {
		t.Fatalf("schema version %d, want %d", v, len(steps))
	}
	got, err := again.Day(ctx, "2026-11-20")
	if err != nil || *got.Steps != 9100 || got.MedicationChange != "started amlodipine" {
		t.Fatalf("data lost in migration: %+v %v", got, err)
	}
}

// A diary written before the symptom columns existed opens with every row and
// setting kept, its old days reading "not recorded", and takes symptoms from then on.
func TestSchema1DiaryUpgradesKeepingData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	writeSchema1Diary(t, path)

	db := mustOpenAt(t, path)
	if v, _ := db.schemaVersion(ctx); v != SchemaVersion() || v < 2 {
		t.Fatalf("schema version %d after upgrade, want %d", v, SchemaVersion())
	}
	got, err := db.Day(ctx, "2026-11-20")
	if err != nil || got.Steps == nil || *got.Steps != 9100 || got.MedicationChange != "started amlodipine" || !got.NightChecked {
		t.Fatalf("day lost in migration: %+v %v", got, err)
	}
	if got.Weakness != nil || got.Numbness != nil || got.SwellingOneSide != nil || got.LegColourChange != nil {
		t.Errorf("old day has symptoms it never recorded: %+v", got)
	}
	if d, c := mustCounts(t, db); d != 1 || c != 1 {
		t.Errorf("after upgrade: %d days, %d cramps; want 1, 1", d, c)
	}
	if v, _ := db.Setting(ctx, model.SettingName, ""); v != "A. Person" {
		t.Errorf("setting after upgrade = %q", v)
	}
	got.Numbness = ptr(true)
	mustSaveDay(t, db, got)
	if again, _ := db.Day(ctx, "2026-11-20"); again.Numbness == nil || !*again.Numbness || *again.Steps != 9100 {
		t.Errorf("symptom not saved after upgrade: %+v", again)
	}
}

// writeSchema1Diary creates a diary at schema 1 holding a day, a cramp and a
// setting. It writes raw SQL: today's model.Day has columns schema 1 lacks.
func writeSchema1Diary(t *testing.T, path string) {
	t.Helper()
	saved := migrations
	migrations = saved[:1]
	defer func() { migrations = saved }()
	db := mustOpenAt(t, path)
	for _, q := range []string{
		`INSERT INTO days(date, steps, medication_change, night_checked, notes) VALUES ('2026-11-20', 9100, 'started amlodipine', 1, '')`,
		`INSERT INTO cramps(night, time, muscle, side, duration_s) VALUES ('2026-11-20', '02:40', 'calf', 'left', 90)`,
		`INSERT INTO settings(key, value) VALUES ('report_name', 'A. Person')`,
	} {
		if err := db.gorm.Exec(q).Error; err != nil {
			t.Fatalf("fill schema 1 diary: %v", err)
		}
	}
	if v, _ := db.schemaVersion(ctx); v != 1 {
		t.Fatalf("test diary has schema %d, want 1", v)
	}
	db.Close()
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

func TestOpenWithoutAClockIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	if _, err := Open(path, Options{}); !errors.Is(err, errNoClock) {
		t.Fatalf("Open without a clock: %v", err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("Open without a clock created a file: %v", err)
	}
}

// A folder where the diary should be is reported, never taken as an empty
// diary and never removed (an empty folder named crampdiary.db was deleted once).
func TestFolderInPlaceOfDiaryIsKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path, testOptions)
	if !errors.Is(err, model.ErrRead) || !strings.Contains(err.Error(), "not a file") {
		t.Fatalf("Open of a folder: %v", err)
	}
	if info, err := os.Stat(path); err != nil || !info.IsDir() {
		t.Fatalf("the folder is gone: %v", err)
	}
}
