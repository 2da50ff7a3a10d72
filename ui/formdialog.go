package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// formDialog is a dialog whose Save keeps it open until the input is valid,
// so a typo never costs the person what they already typed.
type formDialog struct {
	dlg       *dialog.CustomDialog
	saveBtn   *widget.Button
	cancelBtn *widget.Button
	extra     []fyne.CanvasObject
	// unsaved, when set, reports whether Cancel would throw typing away;
	// Cancel then asks first.
	unsaved func() bool
	win     fyne.Window
}

func newFormDialog(e *env, title string, body fyne.CanvasObject, save func() error, extra ...fyne.CanvasObject) *formDialog {
	f := &formDialog{extra: extra, win: e.win}
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), f.onCancel)
	f.cancelBtn = cancel
	f.saveBtn = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), func() {
		if err := save(); err != nil {
			e.showError(err)
			return
		}
		f.dlg.Hide()
	})
	f.saveBtn.Importance = widget.HighImportance
	buttons := append(append([]fyne.CanvasObject{}, extra...), layout.NewSpacer(), cancel, f.saveBtn)
	f.dlg = dialog.NewCustomWithoutButtons(title, container.NewBorder(nil, container.NewHBox(buttons...), nil, nil, body), e.win)
	return f
}

func (f *formDialog) show(size fyne.Size) {
	f.dlg.Resize(size)
	f.dlg.Show()
}

// onCancel closes the dialog, asking first when typing would be lost.
func (f *formDialog) onCancel() {
	if f.unsaved == nil || !f.unsaved() {
		f.dlg.Hide()
		return
	}
	askUnsaved(f.win, lang.L("You have changes here that are not saved yet."),
		lang.L("Save them"), lang.L("Discard them"),
		func() { f.saveBtn.OnTapped() },
		func() {
			f.unsaved = nil
			f.dlg.Hide()
		})
}
