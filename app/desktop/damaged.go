package desktop

import (
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model/backup"
)

// damagedScreen is shown instead of the diary when the diary file is damaged.
// The choices go from the one that protects the most data to the one that
// protects the least: restore the newest good backup (highlighted), save what
// can still be read, quit, and last, never highlighted, start a new diary.
type damagedScreen struct {
	content fyne.CanvasObject
	restore *widget.Button // nil when there is no good backup
	salvage *widget.Button
	quit    *widget.Button
	fresh   *widget.Button
}

// damagedActions are what the damaged screen's buttons do.
type damagedActions struct {
	restore, salvage, quit, fresh func()
}

func newDamagedScreen(path string, cause error, latest *backup.Info, do damagedActions) *damagedScreen {
	title := widget.NewLabelWithStyle(lang.L("The diary file cannot be opened"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	msg := widget.NewLabel(lang.L("The file {{.Path}} is damaged, or it is not a crampdiary diary. It has not been changed, and none of the choices below deletes it.", map[string]any{"Path": path}))
	msg.Wrapping = fyne.TextWrapWord
	detail := widget.NewLabel(lang.L("Details: {{.Err}}", map[string]any{"Err": cause.Error()}))
	detail.Wrapping = fyne.TextWrapWord
	detail.Importance = widget.LowImportance

	s := &damagedScreen{
		salvage: widget.NewButton(lang.L("Save what can still be read"), do.salvage),
		quit:    widget.NewButton(lang.L("Quit"), do.quit),
		fresh:   widget.NewButton(lang.L("Start a new diary"), do.fresh),
	}
	choices := container.NewVBox()
	if latest != nil {
		s.restore = widget.NewButton(lang.L("Restore the newest good backup"), do.restore)
		s.restore.Importance = widget.HighImportance
		choices.Add(s.restore)
		choices.Add(hint(lang.L("The backup of {{.Date}} ({{.Days}} days, {{.Cramps}} cramps) takes the diary's place; the damaged file is kept beside it.",
			map[string]any{"Date": string(latest.Date), "Days": latest.Days, "Cramps": latest.Cramps})))
	}
	choices.Add(s.salvage)
	choices.Add(hint(lang.L("Writes the entries that can still be read as CSV files into a new folder beside the diary.")))
	choices.Add(s.quit)
	choices.Add(hint(lang.L("To put back a copy yourself, or run \"crampdiary restore FILE\".")))
	choices.Add(s.fresh)
	choices.Add(hint(lang.L("An empty diary; the damaged file stays beside it under a new name.")))
	s.content = container.NewPadded(container.NewVBox(title, msg, detail, widget.NewSeparator(), choices))
	return s
}

// hint is the small line under a choice that says what it does.
func hint(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.LowImportance
	return l
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
