package ui

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/backup"
)

// backupSettings is the backups part of Settings: when the last backup was
// made, and the optional second folder that gets a copy of each.
type backupSettings struct {
	env    *env
	last   *widget.Label
	second *widget.Entry
	choose *widget.Button
}

func newBackupSettings(e *env, b Backups) (*backupSettings, error) {
	s := &backupSettings{env: e, last: widget.NewLabel(""), second: widget.NewEntry()}
	s.second.SetPlaceHolder(lang.L("optional: a folder your sync tool copies"))
	folder, err := e.store.Setting(e.ctx(), backup.SettingSecondFolder, "")
	if err != nil {
		return nil, err
	}
	s.second.SetText(folder)
	s.choose = widget.NewButton(lang.L("Choose…"), s.onChoose)
	s.last.SetText(lastBackupText(b))
	s.last.Wrapping = fyne.TextWrapWord
	return s, nil
}

// lastBackupText says when the newest backup was made, by the diary's clock.
func lastBackupText(b Backups) string {
	if b == nil {
		return ""
	}
	list, err := b.List()
	if err != nil {
		return lang.L("The backups could not be read.")
	}
	for _, info := range list {
		if info.Err == nil {
			return lang.L("{{.When}} ({{.Counts}})", map[string]any{
				"When": longDate(model.Date(info.Made.Format("2006-01-02"))) + " " + info.Made.Format("15:04"), "Counts": backupCounts(info)})
		}
	}
	return lang.L("None yet: one is made at the first save of each day and at quit.")
}

func (s *backupSettings) onChoose() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err == nil && u != nil {
			s.second.SetText(u.Path())
		}
	}, s.env.win)
	if dir := s.second.Text; dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
}

func (s *backupSettings) items() []*widget.FormItem {
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Second backup folder"), container.NewBorder(nil, nil, nil, s.choose, s.second)),
	}
	if s.last.Text != "" {
		items = append([]*widget.FormItem{widget.NewFormItem(lang.L("Last backup"), s.last)}, items...)
	}
	return items
}

// save keeps the second folder, which must be an existing folder given in
// full: a folder on a drive that is not plugged in is not created.
func (s *backupSettings) save() error {
	dir := s.second.Text
	if dir != "" {
		st, err := os.Stat(dir)
		if !filepath.IsAbs(dir) || err != nil || !st.IsDir() {
			return &inputError{target: s.second, msg: lang.L("Second backup folder: choose a folder that exists, or leave it empty.")}
		}
	}
	return s.env.store.SetSetting(s.env.ctx(), backup.SettingSecondFolder, dir)
}
