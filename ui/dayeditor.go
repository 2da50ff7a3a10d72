package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// dayEditor opens any day from History: its context, its night and cramps,
// and deleting the whole day.
type dayEditor struct {
	env     *env
	date    model.Date
	form    *dayForm
	night   *nightPanel
	dlg     *formDialog
	onClose func()
}

func newDayEditor(e *env, d model.Date) (*dayEditor, error) {
	ed := &dayEditor{env: e, date: d, form: newDayForm(), night: newNightPanel(e)}
	day, err := dayOrEmpty(e, d)
	if err != nil {
		return nil, err
	}
	cramps, err := e.store.Cramps(e.ctx(), d, d)
	if err != nil {
		return nil, err
	}
	ed.form.set(day)
	ed.night.set(day, cramps)
	return ed, nil
}

func (ed *dayEditor) content() fyne.CanvasObject {
	// The night comes first: its cramps are what a person opens a day to see.
	nightCard := widget.NewCard(lang.L("That night"), lang.L("Cramps and sleep in the night that started this evening"), ed.night.content())
	dayCard := widget.NewCard(lang.L("The day"), "", ed.form.content())
	return container.NewVScroll(container.NewVBox(nightCard, dayCard))
}

func (ed *dayEditor) open() {
	del := widget.NewButtonWithIcon(lang.L("Delete day"), theme.DeleteIcon(), ed.confirmDelete)
	ed.dlg = newFormDialog(ed.env, shortDate(ed.date), ed.content(), ed.save, del)
	ed.dlg.dlg.SetOnClosed(func() {
		if ed.onClose != nil {
			ed.onClose()
		}
	})
	size := ed.env.win.Canvas().Size()
	ed.dlg.show(fyne.NewSize(size.Width*0.92, size.Height*0.92))
}

// save writes the day and its night's sleep as one row.
func (ed *dayEditor) save() error {
	d, err := ed.form.read()
	if err != nil {
		return err
	}
	if err := ed.night.readNight(&d); err != nil {
		return err
	}
	d.Date, d.NightChecked = ed.date, ed.night.checked
	if err := ed.env.store.SaveDay(ed.env.ctx(), &d); err != nil {
		return err
	}
	ed.form.base = d.Clone()
	ed.env.changed()
	return nil
}

func (ed *dayEditor) confirmDelete() {
	msg := fmt.Sprintf(lang.L("Delete everything logged for %s, with %s of that night?"), longDate(ed.date), count("{{.Count}} cramps", len(ed.night.cramps)))
	dialog.ShowConfirm(lang.L("Delete day"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := ed.env.store.DeleteDay(ed.env.ctx(), ed.date); err != nil {
			ed.env.showError(err)
			return
		}
		ed.dlg.dlg.Hide()
		ed.env.changed()
	}, ed.env.win)
}
