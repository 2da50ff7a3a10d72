package sqlstore

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// The child half of the crash tests: saves days and cramps until killed,
// printing "saved N" only after each commit returned. With
// CRAMPDIARY_TEST_REOPEN=K it closes and reopens the diary every K saves, so
// that kills also land in the checkpoints of closing and opening.
func TestMain(m *testing.M) {
	if path := os.Getenv("CRAMPDIARY_TEST_SAVER"); path != "" {
		reopen, _ := strconv.Atoi(os.Getenv("CRAMPDIARY_TEST_REOPEN"))
		os.Exit(saveForever(path, reopen))
	}
	if path := os.Getenv("CRAMPDIARY_TEST_HOLD"); path != "" {
		os.Exit(saveAndHold(path))
	}
	if path := os.Getenv("CRAMPDIARY_TEST_FULLDISK"); path != "" {
		os.Exit(saveThenCloseOnFullDisk(path))
	}
	os.Exit(m.Run())
}

func saveForever(path string, reopen int) int {
	opts := Options{Now: func() time.Time { return testNow }}
	db, err := Open(path, opts)
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	start := model.Date("2000-01-01")
	for i := 0; ; i++ {
		if err := saveOne(db, start.AddDays(i)); err != nil {
			fmt.Println("error", err)
			return 1
		}
		fmt.Println("saved", i+1)
		if reopen > 0 && (i+1)%reopen == 0 {
			db.Close()
			if db, err = Open(path, opts); err != nil {
				fmt.Println("error", err)
				return 1
			}
		}
	}
}

// saveAndHold saves once and keeps the diary open until killed, as an open
// window does.
func saveAndHold(path string) int {
	db, err := Open(path, Options{Now: func() time.Time { return testNow }})
	if err == nil {
		err = saveOne(db, "2000-01-01")
	}
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	fmt.Println("saved 1")
	select {}
}

func saveOne(db *DB, date model.Date) error {
	day := fullDay(date)
	if err := db.SaveDay(context.Background(), &day); err != nil {
		return err
	}
	c := model.Cramp{Night: day.Date, Muscle: model.Calf, Side: model.Left}
	return db.SaveCramp(context.Background(), &c)
}

// startSaver runs a child process saving into path and returns it with its output.
func startSaver(t *testing.T, path string, env ...string) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), "CRAMPDIARY_TEST_SAVER="+path), env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd, bufio.NewScanner(out)
}

// readSaved reads the child's reports until it has said "saved" n times.
func readSaved(t *testing.T, lines *bufio.Scanner, n int) int {
	t.Helper()
	last := 0
	for last < n && lines.Scan() {
		f := strings.Fields(lines.Text())
		if len(f) != 2 || f[0] != "saved" {
			t.Fatalf("child said %q", lines.Text())
		}
		last, _ = strconv.Atoi(f[1])
	}
	return last
}

func TestKillDuringSavesLosesNothingReported(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	for round := 0; round < 3; round++ {
		before := 0
		if round > 0 {
			db := mustOpenAt(t, path)
			before, _ = mustCounts(t, db)
			db.Close()
		}
		cmd, lines := startSaver(t, path)
		reported := readSaved(t, lines, 40+round*25)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()

		db := mustOpenAt(t, path)
		if err := db.IntegrityCheck(ctx); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		days, cramps := mustCounts(t, db)
		// Each child starts from 2000-01-01 again, upserting what is there.
		if days < max(before, reported) || cramps < reported {
			t.Fatalf("round %d: child reported %d saves, file has %d days, %d cramps", round, reported, days, cramps)
		}
		db.Close()
	}
}

// A second process writing the same diary at the same time must queue, not fail or damage it.
func TestTwoWritersDoNotDamageTheDiary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	mustOpenAt(t, path).Close()
	cmd, lines := startSaver(t, path)
	db := mustOpenAt(t, path)
	for i := 0; i < 30; i++ {
		mustSaveCramp(t, db, model.Cramp{Night: "2026-11-01", Muscle: model.Foot, Side: model.Right})
	}
	reported := readSaved(t, lines, 30)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	if _, cramps := mustCounts(t, db); cramps < 30+reported {
		t.Fatalf("%d cramps, want at least %d", cramps, 30+reported)
	}
}
