package sqlstore

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// crashWithLog runs a saver child until it has reported n saves, kills it, and
// checks that it left a -wal with committed frames.
func crashWithLog(t *testing.T, path string, n int) int {
	t.Helper()
	cmd, lines := startSaver(t, path)
	reported := readSaved(t, lines, n)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if info, err := os.Stat(path + "-wal"); err != nil || info.Size() == 0 {
		t.Fatalf("the killed child left no log: %v", err)
	}
	return reported
}

// Case 1 of issue 9: after a crash left -wal and -shm, the person copies only
// crampdiary.db back from an older backup. The log must be set aside, not
// applied, and the backup's content is what opens. (Applied, the log would
// mix pages of two different files.)
func TestStaleLogBesideARestoredCopyIsSetAside(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	db := mustOpenAt(t, path)
	for _, d := range []model.Date{"2026-11-01", "2026-11-02", "2026-11-03"} {
		mustSaveDay(t, db, fullDay(d))
	}
	db.Close()
	backup, _ := os.ReadFile(path)
	// Weeks of entries after the backup: the main file the log is written on
	// differs from the backup on pages the log does not hold.
	db = mustOpenAt(t, path)
	for i := 0; i < 200; i++ {
		mustSaveDay(t, db, fullDay(model.Date("2025-01-01").AddDays(i)))
	}
	db.Close()

	crashWithLog(t, path, 60)
	staleLog, _ := os.ReadFile(path + "-wal")
	os.WriteFile(path, backup, 0o600)
	t.Logf("without the check SQLite would read: %s", appliedAsSQLiteWould(t, path))

	db = mustOpenAt(t, path)
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	if d, c := mustCounts(t, db); d != 3 || c != 0 {
		t.Fatalf("restored copy opens with %d days, %d cramps; want the backup's 3 and 0", d, c)
	}
	aside := path + "-wal.stale-20261124-210000"
	if got, err := os.ReadFile(aside); err != nil || string(got) != string(staleLog) {
		t.Fatalf("the stale log was not kept as %s: %v", filepath.Base(aside), err)
	}
	if !exists(path + "-shm.stale-20261124-210000") {
		t.Error("the stale -shm was not set aside with it")
	}
}

// The same crash, with the same main file put back: the log belongs to it and
// every reported save is there.
func TestLogBesideItsOwnMainFileIsApplied(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	reported := crashWithLog(t, path, 40)
	db := mustOpenAt(t, path)
	if d, c := mustCounts(t, db); d < reported || c < reported {
		t.Fatalf("child reported %d saves, diary has %d days, %d cramps", reported, d, c)
	}
	if matches, _ := filepath.Glob(path + "*.stale-*"); len(matches) > 0 {
		t.Fatalf("a log that belongs was set aside: %v", matches)
	}
}

// Case 2 of issue 9: a checkpoint interrupted half-way leaves a main file that
// is not sound on its own, while the log holds every page it was writing.
// SQLite reads the pair as whole, so crampdiary must too.
func TestInterruptedCheckpointIsSound(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	reported := crashWithLog(t, path, 80)
	halfCheckpoint(t, path)
	if f := readFacts(copyAlone(t, path), testOptions.Now); f.sound {
		t.Fatal("test set-up: the main file alone is still sound, so this proves nothing")
	}

	if _, err := checkExisting(path, testOptions.Now); err != nil {
		t.Fatalf("check of a diary SQLite reads as sound: %v", err)
	}
	db := mustOpenAt(t, path)
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	if d, c := mustCounts(t, db); d < reported || c < reported {
		t.Fatalf("child reported %d saves, diary has %d days, %d cramps", reported, d, c)
	}
}

// halfCheckpoint does to the main file what a checkpoint stopped half-way
// does: the first half of the pages the log holds are written from the log,
// the rest are torn (garbage), and the log stays as it is.
func halfCheckpoint(t *testing.T, path string) {
	t.Helper()
	log, _ := os.ReadFile(path + "-wal")
	main, _ := os.ReadFile(path)
	size := int(binary.BigEndian.Uint32(log[8:]))
	latest := map[int][]byte{}
	for off := walHeaderSize; off+walFrameHead+size <= len(log); off += walFrameHead + size {
		latest[int(binary.BigEndian.Uint32(log[off:]))] = log[off+walFrameHead : off+walFrameHead+size]
	}
	var pages []int
	for p := range latest {
		pages = append(pages, p)
	}
	sort.Ints(pages)
	for i, p := range pages {
		for len(main) < p*size {
			main = append(main, make([]byte, size)...)
		}
		page := main[(p-1)*size : p*size]
		if i < len(pages)/2 {
			copy(page, latest[p])
		} else if p > 1 {
			for j := range page {
				page[j] = 0xA5
			}
		}
	}
	if err := os.WriteFile(path, main, 0o600); err != nil {
		t.Fatal(err)
	}
}

// appliedAsSQLiteWould opens a copy of the diary with its log, as SQLite would
// open the diary itself, and says what it finds.
func appliedAsSQLiteWould(t *testing.T, path string) string {
	t.Helper()
	db, err := openGorm(copyWithLog(t, path), testOptions.Now, modeCopy)
	if err != nil {
		return err.Error()
	}
	defer closeGorm(db)
	var check []string
	var days int
	err = firstErr(db.Raw("PRAGMA quick_check").Scan(&check).Error, db.Raw("SELECT count(*) FROM days").Scan(&days).Error)
	return fmt.Sprintf("quick_check %q, %d days, %v", check, days, err)
}

// copyWithLog copies the main file and its log (if any) into a folder of their own.
func copyWithLog(t *testing.T, path string) string {
	t.Helper()
	copied := filepath.Join(t.TempDir(), "c.db")
	for _, side := range []string{"", "-wal"} {
		if data, err := os.ReadFile(path + side); err == nil {
			os.WriteFile(copied+side, data, 0o600)
		}
	}
	return copied
}

// copyAlone copies the main file without its log into a folder of its own.
func copyAlone(t *testing.T, path string) string {
	t.Helper()
	data, _ := os.ReadFile(path)
	alone := filepath.Join(t.TempDir(), "alone.db")
	os.WriteFile(alone, data, 0o600)
	return alone
}

// SQLite deletes a -wal it finds beside an empty main file; crampdiary keeps
// it under a stale name instead.
func TestLogBesideAnEmptyFileIsKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	crashWithLog(t, path, 5)
	log, _ := os.ReadFile(path + "-wal")
	os.WriteFile(path, nil, 0o600)
	db := mustOpenAt(t, path)
	if d, _ := mustCounts(t, db); d != 0 {
		t.Fatalf("the empty file opened with %d days", d)
	}
	if got, err := os.ReadFile(path + "-wal.stale-20261124-210000"); err != nil || string(got) != string(log) {
		t.Fatalf("the log was not kept: %v", err)
	}
}

// A log with no record of its main file (written by another SQLite program,
// or by crampdiary before the record existed) is still set aside when it
// makes a sound main file unreadable.
func TestStaleLogWithoutRecordIsSetAsideWhenItWouldDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	db := mustOpenAt(t, path)
	for _, d := range []model.Date{"2026-11-01", "2026-11-02", "2026-11-03"} {
		mustSaveDay(t, db, fullDay(d))
	}
	db.Close()
	backup, _ := os.ReadFile(path)
	db = mustOpenAt(t, path)
	for i := 0; i < 200; i++ {
		mustSaveDay(t, db, fullDay(model.Date("2025-01-01").AddDays(i)))
	}
	db.Close()

	// Another program writes a log and is still running (no checkpoint).
	other, err := openGorm(path, testOptions.Now, modeCopy)
	if err != nil {
		t.Fatal(err)
	}
	defer closeGorm(other)
	other.Exec("PRAGMA wal_autocheckpoint = 0")
	for i := 0; i < 60; i++ {
		d := model.Date("2000-01-01").AddDays(i)
		if err := other.Exec("INSERT INTO days (date, notes) VALUES (?, 'written elsewhere')", d).Error; err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	restored := filepath.Join(dir, "crampdiary.db")
	log, _ := os.ReadFile(path + "-wal")
	os.WriteFile(restored+"-wal", log, 0o600)
	os.WriteFile(restored, backup, 0o600)
	t.Logf("without the check SQLite would read: %.80s", appliedAsSQLiteWould(t, restored))

	again := mustOpenAt(t, restored)
	if err := again.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	if d, _ := mustCounts(t, again); d != 3 {
		t.Fatalf("restored copy opens with %d days, want the backup's 3", d)
	}
	if !exists(restored + "-wal.stale-20261124-210000") {
		t.Fatal("the log was not set aside")
	}
}

// A copy restored by hand while a crampdiary still has the diary open: the
// log does not match, but it is in use, so it is left where it is.
func TestLogInUseIsNeverSetAside(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	db := mustOpenAt(t, path)
	mustSaveDay(t, db, fullDay("2026-11-01"))
	db.Close()
	backup, _ := os.ReadFile(path)
	db = mustOpenAt(t, path)
	for i := 0; i < 200; i++ {
		mustSaveDay(t, db, fullDay(model.Date("2025-01-01").AddDays(i)))
	}
	db.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CRAMPDIARY_TEST_HOLD="+path)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	readSaved(t, bufio.NewScanner(out), 1)
	os.WriteFile(path, backup, 0o600)

	err := checkFile(path, testOptions.Now)
	if !errors.Is(err, model.ErrRead) || !strings.Contains(err.Error(), "another program has them open") {
		t.Fatalf("check of a mismatched log in use: %v", err)
	}
	assertNothingSetAside(t, path, 0)
}
