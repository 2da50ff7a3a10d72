package sqlstore

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// fullDiskSaves is how many saves the child makes before its disk "fills".
const fullDiskSaves = 120

// saveThenCloseOnFullDisk is the child of TestDiskFullAtCloseIsSound: it saves,
// then lets no file grow past the diary's current size (RLIMIT_FSIZE stands
// for a full disk) and closes, so the closing checkpoint fails half-way.
func saveThenCloseOnFullDisk(path string) int {
	db, err := Open(path, Options{Now: func() time.Time { return testNow }})
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	start := model.Date("2000-01-01")
	for i := 0; i < fullDiskSaves; i++ {
		if err := saveOne(db, start.AddDays(i)); err != nil {
			fmt.Println("error", err)
			return 1
		}
		fmt.Println("saved", i+1)
	}
	info, err := os.Stat(path)
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	signal.Ignore(syscall.SIGXFSZ) // a write past the limit fails with EFBIG instead
	limit := uint64(info.Size())
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
		fmt.Println("error", err)
		return 1
	}
	fmt.Println("closed", db.Close())
	return 0
}

// The disk fills while the diary closes: the checkpoint writes part of the
// main file and stops, the log keeps everything. SQLite reads the diary as
// whole, and so must crampdiary.
func TestDiskFullAtCloseIsSound(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CRAMPDIARY_TEST_FULLDISK="+path)
	out, err := cmd.Output()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("saved %d\n", fullDiskSaves)) {
		t.Fatalf("child: %v\n%s", err, out)
	}
	t.Logf("child: %s", out[strings.LastIndex(string(out), "closed"):])
	if f := readFacts(copyAlone(t, path), testOptions.Now); f.sound {
		t.Fatal("test set-up: the main file alone is sound, so the checkpoint did not stop half-way")
	}
	if _, err := checkExisting(path, testOptions.Now); err != nil {
		t.Fatalf("check of a diary SQLite reads as sound: %v", err)
	}
	db := mustOpenAt(t, path)
	if d, c := mustCounts(t, db); d != fullDiskSaves || c != fullDiskSaves {
		t.Fatalf("%d saves reported; the diary has %d days, %d cramps", fullDiskSaves, d, c)
	}
}
