package backup

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore"
)

// The child half of the kill test: saves a day and takes a forced snapshot,
// over and over, until it is killed; "backup N" is printed after each.
func TestMain(m *testing.M) {
	if path := os.Getenv("CRAMPDIARY_TEST_BACKUPER"); path != "" {
		os.Exit(backUpForever(path))
	}
	os.Exit(m.Run())
}

func backUpForever(path string) int {
	c := &clock{now: testNow}
	db, err := sqlstore.Open(path, sqlstore.Options{Now: c.Now})
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	bdir := filepath.Join(filepath.Dir(path), Folder)
	second := filepath.Join(filepath.Dir(path), "second")
	for i := 0; ; i++ {
		c.now = testNow.AddDate(0, 0, i%40) // forty days over and over: rotation runs too
		day := model.Day{Date: model.DiaryToday(c.now), Notes: strings.Repeat("n", 2000)}
		if err := db.SaveDay(ctx, &day); err != nil {
			fmt.Println("error", err)
			return 1
		}
		if _, err := Make(ctx, db, bdir, second, c.now, true); err != nil {
			fmt.Println("error", err)
			return 1
		}
		fmt.Println("backup", i+1)
	}
}

// SIGKILL at random moments while backing up: every file under a
// snapshot's name is whole and passes integrity_check, and the diary opens.
func TestKillDuringBackupsLeavesOnlyGoodSnapshots(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "crampdiary.db")
	os.Mkdir(filepath.Join(dir, "second"), 0o700)
	rng := rand.New(rand.NewPCG(9, 30))
	const kills = 15
	checked, inside := 0, 0
	for round := 0; round < kills; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "CRAMPDIARY_TEST_BACKUPER="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		for n := 1 + rng.IntN(3); n > 0 && lines.Scan(); n-- {
			if !strings.HasPrefix(lines.Text(), "backup ") {
				t.Fatalf("round %d: child said %q", round, lines.Text())
			}
		}
		// A random moment inside the next snapshot, which takes a few ms.
		time.Sleep(time.Duration(rng.IntN(8000)) * time.Microsecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		checked += checkAllSnapshots(t, round, filepath.Join(dir, Folder), filepath.Join(dir, "second"))
		// A temporary file left shows a kill inside a snapshot; the next
		// backup clears it, so they never pile up.
		tmps, _ := filepath.Glob(filepath.Join(dir, "*", ".crampdiary-*.tmp"))
		if len(tmps) > 0 {
			inside++
		}
		if len(tmps) > 2 {
			t.Fatalf("round %d: temporary files pile up: %v", round, tmps)
		}
		c := &clock{now: testNow}
		db := mustOpen(t, path, c)
		if err := db.IntegrityCheck(ctx); err != nil {
			t.Fatalf("round %d: the diary: %v", round, err)
		}
		db.Close()
	}
	t.Logf("%d kills, %d snapshot files checked after them, %d kills landed inside a snapshot", kills, checked, inside)
}

func checkAllSnapshots(t *testing.T, round int, dirs ...string) int {
	t.Helper()
	n := 0
	for _, dir := range dirs {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if _, ok := parseName(e.Name()); !ok {
				continue
			}
			n++
			if _, err := sqlstore.CheckSnapshot(ctx, filepath.Join(dir, e.Name())); err != nil {
				t.Fatalf("round %d: %s is under a snapshot's name but fails: %v", round, e.Name(), err)
			}
		}
	}
	return n
}
