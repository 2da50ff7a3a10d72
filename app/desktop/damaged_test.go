package desktop

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/model/backup"
)

func TestSetAsideMovesTheDiaryAndItsJournal(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, datadir.DiaryFile)
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
	path := filepath.Join(dir, datadir.DiaryFile)
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
	if _, err := setAside(filepath.Join(t.TempDir(), datadir.DiaryFile), testNow); err == nil {
		t.Fatal("setAside of a missing file succeeded")
	}
}

func TestDamagedScreenButtons(t *testing.T) {
	test.NewTempApp(t)
	tapped := map[string]int{}
	do := damagedActions{
		restore: func() { tapped["restore"]++ },
		salvage: func() { tapped["salvage"]++ },
		quit:    func() { tapped["quit"]++ },
		fresh:   func() { tapped["fresh"]++ },
	}
	scr := newDamagedScreen("/x/crampdiary.db", errors.New("bad header"), &backup.Info{Date: "2025-03-03", Days: 4, Cramps: 2}, do)
	for _, b := range []*widget.Button{scr.restore, scr.salvage, scr.quit, scr.fresh, scr.fresh} {
		test.Tap(b)
	}
	if want := map[string]int{"restore": 1, "salvage": 1, "quit": 1, "fresh": 2}; !reflect.DeepEqual(tapped, want) {
		t.Errorf("tapped %v, want %v", tapped, want)
	}
	if got := buttonOrder(t, scr.content); !reflect.DeepEqual(got, []string{"Restore the newest good backup", "Save what can still be read", "Quit", "Start a new diary"}) {
		t.Errorf("choices in the order %q", got)
	}
	if scr.restore.Importance != widget.HighImportance || scr.fresh.Importance == widget.HighImportance {
		t.Error("restoring must be the highlighted choice, and starting afresh never")
	}
}

func TestDamagedScreenWithoutBackup(t *testing.T) {
	test.NewTempApp(t)
	scr := newDamagedScreen("/x/crampdiary.db", errors.New("bad header"), nil, damagedActions{})
	if scr.restore != nil {
		t.Fatal("a restore choice with no backup to restore")
	}
	if got := buttonOrder(t, scr.content); !reflect.DeepEqual(got, []string{"Save what can still be read", "Quit", "Start a new diary"}) {
		t.Errorf("choices in the order %q", got)
	}
	for _, b := range []*widget.Button{scr.salvage, scr.quit, scr.fresh} {
		if b.Importance == widget.HighImportance {
			t.Errorf("%q is highlighted", b.Text)
		}
	}
}

// buttonOrder lists the buttons' texts from top to bottom.
func buttonOrder(t *testing.T, o fyne.CanvasObject) []string {
	w := test.NewTempWindow(t, o)
	var out []string
	for _, obj := range test.LaidOutObjects(w.Content()) {
		if b, ok := obj.(*widget.Button); ok {
			out = append(out, b.Text)
		}
	}
	return out
}
