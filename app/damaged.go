package app

import (
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// damagedScreen is shown instead of the diary when the diary file is damaged:
// the person decides whether to quit (and restore a backup) or start afresh.
type damagedScreen struct {
	content fyne.CanvasObject
	quit    *widget.Button
	fresh   *widget.Button
}

func newDamagedScreen(path string, cause error, onQuit, onFresh func()) *damagedScreen {
	title := widget.NewLabelWithStyle(lang.L("The diary file cannot be opened"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	msg := widget.NewLabel(lang.L("The file {{.Path}} is damaged, or it is not a crampdiary diary. It has not been changed.\n\nYou can quit now and put back a copy from your backup. Or you can start a new, empty diary: the damaged file then stays beside it under a new name, so nothing is deleted.", map[string]any{"Path": path}))
	msg.Wrapping = fyne.TextWrapWord
	detail := widget.NewLabel(lang.L("Details: {{.Err}}", map[string]any{"Err": cause.Error()}))
	detail.Wrapping = fyne.TextWrapWord
	detail.Importance = widget.LowImportance

	s := &damagedScreen{
		quit:  widget.NewButton(lang.L("Quit"), onQuit),
		fresh: widget.NewButton(lang.L("Start a new diary"), onFresh),
	}
	s.fresh.Importance = widget.HighImportance
	buttons := container.NewHBox(layout.NewSpacer(), s.quit, s.fresh)
	s.content = container.NewPadded(container.NewVBox(title, msg, detail, buttons))
	return s
}

// newOpenFailedScreen explains a diary that cannot be opened for a reason other
// than damage (a newer crampdiary's file, no permission), with only Quit.
func newOpenFailedScreen(path string, cause error, onQuit func()) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L("The diary file cannot be opened"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	msg := widget.NewLabel(lang.L("crampdiary could not open {{.Path}}. The file has not been changed.", map[string]any{"Path": path}))
	msg.Wrapping = fyne.TextWrapWord
	detail := widget.NewLabel(cause.Error())
	detail.Wrapping = fyne.TextWrapWord
	quit := widget.NewButton(lang.L("Quit"), onQuit)
	quit.Importance = widget.HighImportance
	return container.NewPadded(container.NewVBox(title, msg, detail, container.NewHBox(layout.NewSpacer(), quit)))
}

// setAside renames a damaged diary, and its -wal and -shm companions, to
// <path>.damaged-YYYYMMDD-HHMMSS so a new diary can take its place. It never
// overwrites: a name already taken gets a counter. It returns the new name.
func setAside(path string, now time.Time) (string, error) {
	base := path + ".damaged-" + now.Format("20060102-150405")
	dest := base
	for n := 2; exists(dest) || exists(dest+"-wal"); n++ {
		dest = fmt.Sprintf("%s-%d", base, n)
	}
	// The main file goes first: if that fails, nothing has moved at all.
	if err := os.Rename(path, dest); err != nil {
		return "", fmt.Errorf("app: set damaged diary %s aside: %w", path, err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		err := os.Rename(path+suffix, dest+suffix)
		if err != nil && !os.IsNotExist(err) {
			return dest, fmt.Errorf("app: set %s aside: %w", path+suffix, err)
		}
	}
	return dest, nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
