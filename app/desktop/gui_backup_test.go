package desktop

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/backup"
	"github.com/crampdiary/crampdiary/model/sqlstore"

	"fyne.io/fyne/v2/test"
)

// openTestDiary opens the window on a new diary in g's data folder with n
// days of one cramp each.
func openTestDiary(t *testing.T, g *gui, n int) *sqlstore.DB {
	t.Helper()
	s, err := sqlstore.Open(datadir.DiaryPath(g.dir), sqlstore.Options{Now: g.clock})
	if err != nil {
		t.Fatal(err)
	}
	fillDiary(t, s, n)
	g.start(s)
	return s
}

func fillDiary(t *testing.T, s model.Store, n int) {
	t.Helper()
	for i := 1; i <= n; i++ {
		d := model.DiaryToday(testNow).AddDays(-i)
		day := model.Day{Date: d}
		c := model.Cramp{Night: d, Muscle: model.Calf, Side: model.Left}
		if err := s.SaveDay(context.Background(), &day); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveCramp(context.Background(), &c); err != nil {
			t.Fatal(err)
		}
	}
}

func counts(t *testing.T, s model.Store) [2]int {
	t.Helper()
	d, c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return [2]int{d, c}
}

func TestFirstSaveOfTheDayMakesTheBackup(t *testing.T) {
	g, _ := newTestGUI(t)
	openTestDiary(t, g, 3)
	snap := filepath.Join(datadir.BackupFolder(g.dir), backup.Name(model.DiaryToday(testNow)))
	if exists(snap) {
		t.Fatal("a backup before any save")
	}
	g.main.Save() // Today's form, as Ctrl+S
	if _, err := sqlstore.CheckSnapshot(context.Background(), snap); err != nil {
		t.Fatalf("no good backup after the first save: %v", err)
	}
}

func TestQuitMakesTheDaysBackup(t *testing.T) {
	g, _ := newTestGUI(t)
	openTestDiary(t, g, 2)
	if err := g.closeStore(); err != nil {
		t.Fatal(err)
	}
	list, err := backup.List(context.Background(), datadir.BackupFolder(g.dir))
	if err != nil || len(list) != 1 || list[0].Err != nil || list[0].Days != 2 {
		t.Fatalf("backups after quit: %+v, %v", list, err)
	}
}

func TestWindowRestoreSwapsTheDiaryAndReopens(t *testing.T) {
	g, _ := newTestGUI(t)
	openTestDiary(t, g, 5)
	info, err := g.BackUpNow()
	if err != nil {
		t.Fatal(err)
	}
	fillDiary(t, g.store, 9)
	oldMain, oldSched := g.main, g.remind.sched

	kept, err := g.Restore(info.Path)
	if err != nil {
		t.Fatal(err)
	}
	if g.main == oldMain || g.store == nil {
		t.Fatal("the window was not rebuilt on the restored diary")
	}
	if g.remind.sched != oldSched {
		t.Error("the reminders started afresh and would repeat what was already announced")
	}
	if got := counts(t, g.store); got != [2]int{5, 5} {
		t.Errorf("restored diary holds %v, want the backup's 5 days and 5 cramps", got)
	}
	old, err := sqlstore.CheckSnapshot(context.Background(), kept)
	if err != nil || old.Days != 9 {
		t.Errorf("the replaced diary kept as %s: %+v, %v", kept, old, err)
	}
}

func TestWindowRefusesADamagedBackup(t *testing.T) {
	g, _ := newTestGUI(t)
	openTestDiary(t, g, 4)
	bad := filepath.Join(datadir.BackupFolder(g.dir), backup.Name("2027-06-01"))
	os.MkdirAll(datadir.BackupFolder(g.dir), 0o700)
	os.WriteFile(bad, []byte("SQLite format 3\x00garbage"), 0o600)
	main := g.main
	if _, err := g.Restore(bad); err == nil {
		t.Fatal("a damaged backup was restored")
	}
	if g.main != main || counts(t, g.store) != [2]int{4, 4} {
		t.Error("the window changed after a refused restore")
	}
}

func TestDamagedScreenRestoresTheNewestGoodBackup(t *testing.T) {
	g, _ := newTestGUI(t)
	openTestDiary(t, g, 6)
	if _, err := g.BackUpNow(); err != nil {
		t.Fatal(err)
	}
	g.closeMain()
	g.closeDiary(false)
	junk := []byte("this diary was overwritten by something")
	path := datadir.DiaryPath(g.dir)
	os.WriteFile(path, junk, 0o600)

	g.showDamaged(path, model.ErrDamaged)
	if g.damaged.restore == nil {
		t.Fatal("no restore choice although there is a good backup")
	}
	test.Tap(g.damaged.restore)
	if g.store == nil || counts(t, g.store) != [2]int{6, 6} {
		t.Fatal("the backup was not restored and opened")
	}
	// Its -wal and -shm, if the closed diary left any, are kept beside it.
	kept, _ := filepath.Glob(path + ".before-restore-*[0-9]")
	if len(kept) != 1 {
		t.Fatalf("damaged file kept as %v", kept)
	}
	if b, _ := os.ReadFile(kept[0]); !bytes.Equal(b, junk) {
		t.Error("the damaged file was not kept as it was")
	}
}

func TestSaveWhatCanStillBeRead(t *testing.T) {
	g, _ := newTestGUI(t)
	openTestDiary(t, g, 3)
	g.closeMain()
	g.closeDiary(false)
	path := datadir.DiaryPath(g.dir)
	before, _ := os.ReadFile(path)
	g.showDamaged(path, model.ErrDamaged)
	test.Tap(g.damaged.salvage)
	rescued, _ := filepath.Glob(filepath.Join(g.dir, "crampdiary-rescue-*", "days.csv"))
	if len(rescued) != 1 {
		t.Fatalf("rescued files: %v", rescued)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("saving what can be read changed the diary file")
	}
}

func TestSaveWhatCanStillBeReadOfJunk(t *testing.T) {
	g, _ := newTestGUI(t)
	path := datadir.DiaryPath(g.dir)
	os.WriteFile(path, []byte("no SQLite here"), 0o600)
	g.showDamaged(path, model.ErrDamaged)
	test.Tap(g.damaged.salvage)
	if m, _ := filepath.Glob(filepath.Join(g.dir, "crampdiary-rescue-*")); len(m) != 0 {
		t.Errorf("an empty rescue was left: %v", m)
	}
	if b, _ := os.ReadFile(path); string(b) != "no SQLite here" {
		t.Error("the damaged file changed")
	}
}
