package backup

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	_ "github.com/glebarez/sqlite"

	"github.com/crampdiary/crampdiary/model"
)

func TestRestoreBringsBackExactlyTheSnapshot(t *testing.T) {
	c := &clock{now: testNow}
	db, dir := newDiary(t, c)
	fill(t, db, c, 10)
	wantDays, _ := db.Days(ctx, model.FirstDate, model.LastDate)
	wantCramps, _ := db.Cramps(ctx, model.FirstDate, model.LastDate)
	snap, err := Make(ctx, db, filepath.Join(dir, Folder), "", c.now, false)
	if err != nil {
		t.Fatal(err)
	}
	// Changes after the snapshot: one day gone, one added, a cramp more.
	if err := db.DeleteDay(ctx, wantDays[0].Date); err != nil {
		t.Fatal(err)
	}
	fill(t, db, c, 1)
	extra := model.Cramp{Night: model.DiaryToday(c.now).AddDays(-3), Muscle: model.Foot, Side: model.Right}
	if err := db.SaveCramp(ctx, &extra); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	db.Close()

	c.now = testNow.Add(3600e9)
	_, aside, err := Restore(ctx, snap.Path, path, c.now)
	if err != nil {
		t.Fatal(err)
	}
	if want := path + ".before-restore-20261124-220000"; aside != want {
		t.Errorf("current diary kept as %s, want %s", aside, want)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if exists(path + suffix) {
			t.Errorf("%s was left beside the restored diary", path+suffix)
		}
	}
	back := mustOpen(t, path, c)
	gotDays, _ := back.Days(ctx, model.FirstDate, model.LastDate)
	gotCramps, _ := back.Cramps(ctx, model.FirstDate, model.LastDate)
	if !reflect.DeepEqual(gotDays, wantDays) || !reflect.DeepEqual(gotCramps, wantCramps) {
		t.Fatalf("restored %d days, %d cramps; want exactly the snapshot's %d and %d", len(gotDays), len(gotCramps), len(wantDays), len(wantCramps))
	}
	old := mustOpen(t, aside, c)
	if days, cramps, _ := old.Counts(ctx); days != 9 || cramps != 11 {
		t.Errorf("the kept diary has %d days, %d cramps; want the changed 9 and 11", days, cramps)
	}
}

// A diary closed by a crash keeps its last saves in -wal: they move with it
// to the kept copy, which opens with all of them.
func TestRestoreMovesTheJournalWithTheKeptDiary(t *testing.T) {
	c := &clock{now: testNow}
	db, dir := newDiary(t, c)
	snap, err := Make(ctx, db, filepath.Join(dir, Folder), "", c.now, false)
	if err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	for _, suffix := range []string{"-wal", "-shm"} {
		os.WriteFile(path+suffix, []byte("journal"+suffix), 0o600)
	}
	db.Close() // folds and removes the real journal; the fake ones stand in for a crash's
	for _, suffix := range []string{"-wal", "-shm"} {
		os.WriteFile(path+suffix, []byte("journal"+suffix), 0o600)
	}
	_, aside, err := Restore(ctx, snap.Path, path, c.now)
	if err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if b, err := os.ReadFile(aside + suffix); err != nil || string(b) != "journal"+suffix {
			t.Errorf("%s: %q, %v", aside+suffix, b, err)
		}
		if exists(path + suffix) {
			t.Errorf("%s left beside the restored diary", path+suffix)
		}
	}
}

func TestRestoreRefusesADamagedBackup(t *testing.T) {
	c := &clock{now: testNow}
	db, dir := newDiary(t, c)
	fill(t, db, c, 20)
	bdir := filepath.Join(dir, Folder)
	snap, err := Make(ctx, db, bdir, "", c.now, false)
	if err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	db.Close()
	bad := filepath.Join(bdir, Name("2026-11-25"))
	garble(t, snap.Path, bad)
	foreign := filepath.Join(t.TempDir(), "other.db")
	os.WriteFile(foreign, []byte("SQLite format 3\x00 but not really"), 0o600)
	before := snapshotFolder(t, dir)

	for _, src := range []string{bad, foreign, filepath.Join(bdir, "missing.db")} {
		if _, _, err := Restore(ctx, src, path, c.now); err == nil {
			t.Errorf("restore of %s succeeded", src)
		} else if src == bad && !errors.Is(err, model.ErrDamaged) {
			t.Errorf("restore of a garbled backup: %v, want ErrDamaged", err)
		}
	}
	if after := snapshotFolder(t, dir); !reflect.DeepEqual(before, after) {
		t.Errorf("the data folder changed:\nbefore %v\nafter  %v", keys(before), keys(after))
	}
}

// snapshotFolder reads every file under dir.
func snapshotFolder(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			out[p] = bytes.Clone(b)
		}
		return nil
	})
	return out
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Another program's SQLite file is sound, but it is not a diary: refused.
func TestRestoreRefusesAnotherProgramsDatabase(t *testing.T) {
	c := &clock{now: testNow}
	db, _ := newDiary(t, c)
	path := db.Path()
	db.Close()
	other := filepath.Join(t.TempDir(), Name("2026-11-20"))
	sqlDB, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sqlDB.Exec("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT); PRAGMA user_version = 3"); err != nil {
		t.Fatal(err)
	}
	sqlDB.Close()
	before, _ := os.ReadFile(path)
	if _, _, err := Restore(ctx, other, path, c.now); !errors.Is(err, model.ErrDamaged) || !strings.Contains(err.Error(), "not a crampdiary diary") {
		t.Fatalf("restore of another program's database: %v", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the diary changed")
	}
}
