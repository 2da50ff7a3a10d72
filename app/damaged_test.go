package app

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

func TestSetAsideMovesTheDiaryAndItsJournal(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, diaryFile)
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.WriteFile(path+suffix, []byte("x"+suffix), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	when := time.Date(2025, 3, 4, 5, 6, 7, 0, time.Local)
	got, err := setAside(path, when)
	if err != nil {
		t.Fatal(err)
	}
	if want := path + ".damaged-20250304-050607"; got != want {
		t.Errorf("set aside as %q, want %q", got, want)
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if b, err := os.ReadFile(got + suffix); err != nil || string(b) != "x"+suffix {
			t.Errorf("%s: %q, %v", got+suffix, b, err)
		}
		if _, err := os.Stat(path + suffix); !os.IsNotExist(err) {
			t.Errorf("%s is still there", path+suffix)
		}
	}
}

func TestSetAsideNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, diaryFile)
	when := time.Date(2025, 3, 4, 5, 6, 7, 0, time.Local)
	var names []string
	for i := 0; i < 2; i++ {
		if err := os.WriteFile(path, []byte{byte('a' + i)}, 0o600); err != nil {
			t.Fatal(err)
		}
		name, err := setAside(path, when)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	if names[0] == names[1] {
		t.Fatalf("both set aside as %q", names[0])
	}
	if b, _ := os.ReadFile(names[0]); string(b) != "a" {
		t.Errorf("first damaged file was overwritten: %q", b)
	}
}

func TestSetAsideWithoutFile(t *testing.T) {
	if _, err := setAside(filepath.Join(t.TempDir(), diaryFile), testNow); err == nil {
		t.Fatal("setAside of a missing file succeeded")
	}
}

func TestDamagedScreenButtons(t *testing.T) {
	test.NewTempApp(t)
	var quit, fresh int
	scr := newDamagedScreen("/x/crampdiary.db", errors.New("bad header"), func() { quit++ }, func() { fresh++ })
	test.Tap(scr.quit)
	test.Tap(scr.fresh)
	test.Tap(scr.fresh)
	if quit != 1 || fresh != 2 {
		t.Errorf("quit tapped %d, fresh tapped %d; want 1 and 2", quit, fresh)
	}
}
