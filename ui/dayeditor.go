package ui

import (
	"maps"

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
	keeper  *draftKeeper
	scroll  *container.Scroll
	onClose func()
	// restored is set when typing kept from an earlier visit was put back.
	restored bool
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
	ed.keeper = newDraftKeeper(e, model.DayDraftKey(d), ed.form.fields().merge(ed.night.fields()), ed.storedValues)
	ed.keeper.date = d
	ed.keeper.quietly(func() {
		ed.form.set(day)
		ed.night.set(day, cramps)
		ed.restored = ed.keeper.restore(d)
	})
	return ed, nil
}

// storedValues is what the editor shows for the stored day, with nothing typed.
func (ed *dayEditor) storedValues() map[string]string {
	v := dayValues(ed.form.base)
	maps.Copy(v, nightValues(ed.night.loaded))
	return v
}

func (ed *dayEditor) content() fyne.CanvasObject {
	// The night comes first: its cramps are what a person opens a day to see.
	nightCard := widget.NewCard(lang.L("That night"), lang.L("Cramps and sleep in the night that started this evening"), ed.night.content())
	dayCard := widget.NewCard(lang.L("The day"), "", ed.form.content())
	body := container.NewVBox(nightCard, dayCard)
	if ed.restored {
		note := wrappedLabel(lang.L("Put back the changes you made here earlier. They are not saved yet."))
		note.Importance = widget.WarningImportance
		body.Objects = append([]fyne.CanvasObject{note}, body.Objects...)
	}
	ed.scroll = newVScroll(body)
	return ed.scroll
}

func (ed *dayEditor) open() {
	del := widget.NewButtonWithIcon(lang.L("Delete day"), theme.DeleteIcon(), ed.confirmDelete)
	ed.dlg = newFormDialog(ed.env, shortDate(ed.date), ed.content(), ed.save, del)
	ed.dlg.unsaved = ed.keeper.dirty
	ed.dlg.dlg.SetOnClosed(func() {
		if ed.dlg.unsaved == nil {
			ed.keeper.discard() // the person chose to throw the changes away
		}
		if ed.onClose != nil {
			ed.onClose()
		}
	})
	size := ed.env.win.Canvas().Size()
	ed.dlg.show(fyne.NewSize(size.Width*0.92, size.Height*0.92))
}

// save writes the day and its night's sleep as one row.
func (ed *dayEditor) save() error {
	problems := newFormProblems(dayFormFields...)
	d := ed.form.readInto(problems)
	ed.night.readNightInto(&d, problems)
	d.Date, d.NightChecked = ed.date, ed.night.checked
	problems.addRules(d.Validate(model.DateOf(ed.env.now())))
	if err := problems.err(); err != nil {
		return err
	}
	if err := ed.env.store.SaveDay(ed.env.ctx(), &d); err != nil {
		return err
	}
	ed.form.base = d.Clone()
	ed.night.loaded = d.Clone()
	ed.keeper.flush() // clean now: forget the draft
	ed.env.changed(ed.date)
	return nil
}

func (ed *dayEditor) confirmDelete() {
	msg := counted("Delete everything logged for {{.Date}}, with {{.Count}} cramps of that night?", len(ed.night.cramps), map[string]any{"Date": longDate(ed.date)})
	dialog.ShowConfirm(lang.L("Delete day"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := ed.env.store.DeleteDay(ed.env.ctx(), ed.date); err != nil {
			ed.env.showError(err)
			return
		}
		ed.keeper.discard()
		ed.dlg.unsaved = nil
		ed.dlg.dlg.Hide()
		ed.env.changed(ed.date)
	}, ed.env.win)
}
