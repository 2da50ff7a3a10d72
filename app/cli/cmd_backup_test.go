package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
)

func TestBackupListRestoreFromTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, dir, "demo", "--days", "30")
	_, counts, _ := runCLI(t, dir, "check")
	counts = counts[strings.Index(counts, "days:"):]
	code, out, errOut := runCLI(t, dir, "backup")
	snap := filepath.Join(dir, "backups", "crampdiary-2027-06-15.db")
	if code != exitOK || !strings.Contains(out, snap) || !strings.HasSuffix(out, counts) {
		t.Fatalf("backup: exit %d, out %q, err %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, dir, "backups")
	if code != exitOK || !strings.Contains(out, "2027-06-15  31 days") {
		t.Fatalf("backups: exit %d, out %q", code, out)
	}
	// A second diary's worth of changes, then back to the snapshot.
	os.Remove(datadir.DiaryPath(dir))
	runCLI(t, dir, "demo", "--days", "3")
	code, out, errOut = runCLI(t, dir, "restore", "--latest")
	if code != exitOK || !strings.HasSuffix(out, counts) || !strings.Contains(out, ".before-restore-20270615-140000") {
		t.Fatalf("restore --latest: exit %d, out %q, err %q", code, out, errOut)
	}
	if _, out, _ := runCLI(t, dir, "check"); !strings.HasSuffix(out, counts) {
		t.Fatalf("check after restore: %q", out)
	}
}

func TestRestoreRefusesADamagedBackupAndLeavesTheDiary(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, dir, "demo", "--days", "10")
	runCLI(t, dir, "backup")
	snap := filepath.Join(dir, "backups", "crampdiary-2027-06-15.db")
	b, _ := os.ReadFile(snap)
	for i := 200; i < len(b) && i < 9000; i++ {
		b[i] ^= 0x5a
	}
	os.WriteFile(snap, b, 0o600)
	before, _ := os.ReadFile(datadir.DiaryPath(dir))

	code, _, errOut := runCLI(t, dir, "restore", snap)
	if code != exitError || !strings.Contains(errOut, "damaged") {
		t.Fatalf("restore of a garbled backup: exit %d, err %q", code, errOut)
	}
	if after, _ := os.ReadFile(datadir.DiaryPath(dir)); !bytes.Equal(before, after) {
		t.Error("the diary changed")
	}
	if m, _ := filepath.Glob(datadir.DiaryPath(dir) + ".before-restore-*"); len(m) != 0 {
		t.Errorf("a refused restore set the diary aside: %v", m)
	}
	code, out, _ := runCLI(t, dir, "backups")
	if code != exitError || !strings.Contains(out, "DAMAGED") {
		t.Errorf("backups with a garbled one: exit %d, out %q", code, out)
	}
	if code, _, _ := runCLI(t, dir, "restore", "--latest"); code != exitError {
		t.Errorf("restore --latest with no good backup: exit %d", code)
	}
}

func TestRestoreRefusedWhileTheWindowIsOpen(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, dir, "demo", "--days", "5")
	runCLI(t, dir, "backup")
	lk, err := datadir.TryLock(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lk.Release()
	before, _ := os.ReadFile(datadir.DiaryPath(dir))
	code, _, errOut := runCLI(t, dir, "restore", "--latest")
	if code != exitError || !strings.Contains(errOut, "window is open") {
		t.Fatalf("restore under the lock: exit %d, err %q", code, errOut)
	}
	if after, _ := os.ReadFile(datadir.DiaryPath(dir)); !bytes.Equal(before, after) {
		t.Error("the diary changed")
	}
}

func TestRestoreUsage(t *testing.T) {
	for _, args := range [][]string{{"restore"}, {"restore", "a", "b"}, {"restore", "a", "--latest"}, {"backups", "x"}} {
		if code, _, _ := runCLI(t, t.TempDir(), args...); code != exitUsage {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}
