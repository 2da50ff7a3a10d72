package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model/backup"
)

// fakeBackups stands in for the app.
type fakeBackups struct {
	list     []backup.Info
	made     int
	restored []string
}

func (f *fakeBackups) BackUpNow() (backup.Info, error) {
	f.made++
	return backup.Info{Path: "/d/backups/crampdiary-2026-11-25.db", Days: 3, Cramps: 1}, nil
}
func (f *fakeBackups) List() ([]backup.Info, error) { return f.list, nil }
func (f *fakeBackups) Restore(path string) (string, error) {
	f.restored = append(f.restored, path)
	return path + ".kept", nil
}

var testBackups = []backup.Info{
	{Path: "/d/backups/crampdiary-2026-11-25.db", Date: "2026-11-25", Made: time.Date(2026, 11, 25, 21, 5, 0, 0, time.Local), Err: errors.New("damaged")},
	{Path: "/d/backups/crampdiary-2026-11-24.db", Date: "2026-11-24", Made: time.Date(2026, 11, 24, 22, 30, 0, 0, time.Local), Days: 40, Cramps: 12},
	{Path: "/d/backups/crampdiary-2026-11-01.db", Date: "2026-11-01", Days: 20, Cramps: 7},
}

func TestRestorePickerOffersOnlyGoodBackups(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC))
	fb := &fakeBackups{list: testBackups}
	h.main.Backups = fb
	h.main.OpenRestore()
	p := h.main.restore
	if len(p.choice.Options) != 2 || !strings.Contains(p.choice.Options[0], "40 days, 12 cramps") {
		t.Fatalf("choices %q, want the two good backups, newest first", p.choice.Options)
	}
	if !p.restore.Disabled() {
		t.Error("restore can be tapped before a backup is chosen")
	}
	p.choice.SetSelected(p.choice.Options[1])
	if p.restore.Disabled() {
		t.Fatal("restore stays disabled with a backup chosen")
	}
	var chosen string
	p2 := newRestorePicker(testBackups, func(path string) { chosen = path })
	p2.choice.SetSelected(p2.choice.Options[1])
	test.Tap(p2.restore)
	if chosen != "/d/backups/crampdiary-2026-11-01.db" {
		t.Errorf("tapping restore chose %q", chosen)
	}
}

func TestSettingsShowTheLastBackupAndKeepTheSecondFolder(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC))
	h.main.Backups = &fakeBackups{list: testBackups}
	h.main.OpenSettings()
	s := h.main.settings
	if got := s.backups.last.Text; !strings.Contains(got, "22:30") || !strings.Contains(got, "40 days") {
		t.Errorf("last backup shown as %q, want the newest good one", got)
	}
	s.backups.second.SetText("/no/such/folder")
	test.Tap(s.form.saveBtn)
	if v, _ := h.store.Setting(bg, backup.SettingSecondFolder, ""); v != "" {
		t.Fatalf("a missing folder was kept: %q", v)
	}
	dir := t.TempDir()
	s.backups.second.SetText(dir)
	test.Tap(s.form.saveBtn)
	if v, _ := h.store.Setting(bg, backup.SettingSecondFolder, ""); v != dir {
		t.Fatalf("second folder kept as %q, want %q", v, dir)
	}
}

func TestBackUpNowAndTheSaveHook(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC))
	fb := &fakeBackups{}
	h.main.Backups = fb
	saves := 0
	h.main.OnSaved = func() { saves++ }
	h.main.onBackUpNow()
	if fb.made != 1 {
		t.Errorf("Back up now made %d backups", fb.made)
	}
	h.main.Save()
	if saves != 1 {
		t.Errorf("the save hook ran %d times for one save", saves)
	}
	h.main.followDay() // a new day is not a save
	if saves != 1 {
		t.Errorf("the save hook ran on a change of day")
	}
}

func TestDiaryMenuOffersBackupsOnlyWhenTheAppDoes(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC))
	labels := func() string {
		var out []string
		for _, it := range h.win.MainMenu().Items[0].Items {
			out = append(out, it.Label)
		}
		return strings.Join(out, "|")
	}
	if strings.Contains(labels(), "Back up now") {
		t.Fatalf("backup items without an app to do them: %s", labels())
	}
	h.main.Backups = &fakeBackups{}
	h.main.AddShortcuts()
	if got := labels(); !strings.Contains(got, "|Back up now|Restore from backup…|") {
		t.Errorf("Diary menu: %s", got)
	}
}
