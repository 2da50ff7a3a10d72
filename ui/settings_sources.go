package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model/tracker"
)

// sourceSettings is the part of Settings that lists the phone and watch
// exports crampdiary keeps reading, each with a way to forget it.
type sourceSettings struct {
	env  *env
	list []tracker.Remembered
	box  *fyne.Container
}

func newSourceSettings(e *env) (*sourceSettings, error) {
	list, err := tracker.LoadSources(e.ctx(), e.store)
	if err != nil {
		return nil, err
	}
	s := &sourceSettings{env: e, list: list, box: container.NewVBox()}
	s.show()
	return s, nil
}

func (s *sourceSettings) show() {
	s.box.Objects = nil
	if len(s.list) == 0 {
		none := widget.NewLabel(lang.L("None. Tick \"Keep reading this file or folder\" when importing from a phone or watch."))
		none.Wrapping = fyne.TextWrapWord
		none.Importance = widget.LowImportance
		s.box.Add(none)
	}
	for i, r := range s.list {
		label := widget.NewLabel(SourceName(string(r.Format)) + ": " + r.Path)
		label.Wrapping = fyne.TextWrapBreak
		forget := widget.NewButtonWithIcon(lang.L("Forget"), theme.DeleteIcon(), func() { s.onForget(i) })
		s.box.Add(container.NewBorder(nil, nil, nil, forget, label))
	}
	s.box.Refresh()
}

func (s *sourceSettings) onForget(i int) {
	s.list = append(s.list[:i:i], s.list[i+1:]...)
	s.show()
}

func (s *sourceSettings) items() []*widget.FormItem {
	return []*widget.FormItem{widget.NewFormItem(lang.L("Keep reading"), s.box)}
}

// save keeps the list as shown; forgetting takes effect only on Save.
func (s *sourceSettings) save() error {
	return tracker.SetSources(s.env.ctx(), s.env.store, s.list)
}
