package ui

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/backup"
)

// Backups is what the window asks of the app about backups: the app owns the
// diary file, so it is the one that can close it, swap it and open it again.
type Backups interface {
	// BackUpNow writes today's backup at once, replacing one made earlier today.
	BackUpNow() (backup.Info, error)
	// List returns the backups, newest first, each checked.
	List() ([]backup.Info, error)
	// Restore puts the backup at path in place of the diary and reopens the
	// window on it; the diary it replaces is kept beside it, named in kept.
	Restore(path string) (kept string, err error)
}

// onBackUpNow makes a backup and says where it went.
func (m *Main) onBackUpNow() {
	info, err := m.Backups.BackUpNow()
	if err != nil {
		showBackupError(m.env.win, err)
		return
	}
	dialog.ShowInformation(lang.L("Backed up"), lang.L("The diary was backed up to {{.Path}} ({{.Counts}}).",
		map[string]any{"Path": info.Path, "Counts": backupCounts(info)}), m.env.win)
}

// restorePicker lists the backups to choose one to put back.
type restorePicker struct {
	choice  *widget.RadioGroup
	paths   map[string]string // choice label -> file
	restore *widget.Button
	dlg     dialog.Dialog
}

// OpenRestore shows the backups; choosing one and confirming restores it.
func (m *Main) OpenRestore() {
	list, err := m.Backups.List()
	if err != nil {
		showBackupError(m.env.win, err)
		return
	}
	p := newRestorePicker(list, func(path string) { m.confirmRestore(path) })
	p.dlg = dialog.NewCustom(lang.L("Restore from backup"), lang.L("Close"), p.content(list), m.env.win)
	p.dlg.Resize(fyne.NewSize(560, 420))
	m.restore = p
	p.dlg.Show()
}

func newRestorePicker(list []backup.Info, onRestore func(path string)) *restorePicker {
	p := &restorePicker{paths: map[string]string{}}
	var labels []string
	for _, b := range list {
		if b.Err != nil {
			continue
		}
		label := fmt.Sprintf("%s  %s", longDate(b.Date), backupCounts(b))
		labels = append(labels, label)
		p.paths[label] = b.Path
	}
	p.choice = widget.NewRadioGroup(labels, nil)
	p.restore = widget.NewButton(lang.L("Restore this backup…"), func() {
		if path, ok := p.paths[p.choice.Selected]; ok {
			onRestore(path)
		}
	})
	p.choice.OnChanged = func(string) { p.updateButton() }
	p.updateButton()
	return p
}

func (p *restorePicker) updateButton() {
	if p.choice.Selected == "" {
		p.restore.Disable()
	} else {
		p.restore.Enable()
	}
}

func (p *restorePicker) content(list []backup.Info) fyne.CanvasObject {
	intro := widget.NewLabel(lang.L("Choose the backup to put back. The diary as it is now is kept beside it under a new name, so nothing is lost."))
	intro.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(intro)
	if len(p.paths) == 0 {
		box.Add(widget.NewLabel(lang.L("There is no good backup yet. Diary > Back up now makes one.")))
	} else {
		box.Add(p.choice)
		box.Add(container.NewHBox(p.restore))
	}
	for _, b := range list {
		if b.Err != nil {
			bad := widget.NewLabel(lang.L("{{.Date}}: damaged, cannot be restored", map[string]any{"Date": longDate(b.Date)}))
			bad.Importance = widget.LowImportance
			box.Add(bad)
		}
	}
	return container.NewVScroll(box)
}

// confirmRestore asks before the swap; the app reopens the window on the
// restored diary, so this Main is finished once it returns.
func (m *Main) confirmRestore(path string) {
	dialog.ShowConfirm(lang.L("Restore this backup?"),
		lang.L("The diary will be replaced by the backup {{.Path}}. The diary as it is now is kept beside it under a new name.", map[string]any{"Path": path}),
		func(ok bool) {
			if !ok {
				return
			}
			if m.restore != nil {
				m.restore.dlg.Hide()
			}
			m.FlushDrafts()
			if _, err := m.Backups.Restore(path); err != nil {
				showBackupError(m.env.win, err)
			}
		}, m.env.win)
}

func backupCounts(b backup.Info) string {
	return lang.L("{{.Days}} days, {{.Cramps}} cramps", map[string]any{"Days": b.Days, "Cramps": b.Cramps})
}

// showBackupError says what went wrong with a backup in words to act on.
func showBackupError(w fyne.Window, err error) {
	fyne.LogError("ui: backup", err)
	msg := lang.L("The backup could not be written. Check that the disk is not full and the backup folders exist, then try again.")
	switch {
	case errors.Is(err, model.ErrDamaged):
		msg = lang.L("That backup is damaged or is not a crampdiary diary, so it was not restored. Your diary was not changed.")
	case errors.Is(err, model.ErrRead), errors.Is(err, model.ErrNotFound):
		msg = lang.L("The backups could not be read. Nothing was changed.")
	}
	dialog.ShowError(errors.New(msg), w)
}
