package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// settingsDialog edits the settings kept in the diary file itself, so the
// window and the command line read the same values.
type settingsDialog struct {
	env     *env
	cutover *widget.Select
	name    *widget.Entry
	backups *backupSettings
	sources *sourceSettings // the remembered phone and watch exports
	look    *lookSettings   // text size and colours, kept in the app's preferences
	prefs   fyne.Preferences
	restart func() // starts the program again in a newly chosen language; nil: no offer
	form    *formDialog
}

func newSettingsDialog(e *env, b Backups, a fyne.App) (*settingsDialog, error) {
	d := &settingsDialog{env: e, cutover: widget.NewSelect(cutoverOptions(), nil), name: widget.NewEntry(), look: newLookSettings(a), prefs: a.Preferences()}
	bs, err := newBackupSettings(e, b)
	if err != nil {
		return nil, err
	}
	d.backups = bs
	if d.sources, err = newSourceSettings(e); err != nil {
		return nil, err
	}
	d.name.SetPlaceHolder(lang.L("optional: printed on the doctor report"))
	name, err := e.store.Setting(e.ctx(), model.SettingName, "")
	if err != nil {
		return nil, err
	}
	d.name.SetText(name)
	d.cutover.SetSelected(e.cutover().String())
	return d, nil
}

// cutoverOptions are the whole hours ValidateCutover accepts.
func cutoverOptions() []string {
	var out []string
	for h := 6; h <= 18; h++ {
		out = append(out, fmt.Sprintf("%02d:00", h))
	}
	return out
}

func (d *settingsDialog) content() fyne.CanvasObject {
	help := widget.NewLabel(lang.L("A cramp before this time of day belongs to the night before: with 12:00, a cramp at 02:40 on Tuesday is part of Monday night. Entries already made keep their night."))
	help.Wrapping = fyne.TextWrapWord
	help.Importance = widget.LowImportance
	form := widget.NewForm(
		widget.NewFormItem(lang.L("A night ends at"), d.cutover),
		widget.NewFormItem(lang.L("Your name"), d.name),
	)
	// The look comes first: who needs bigger text finds it without scrolling.
	return newVScroll(container.NewVBox(widget.NewForm(d.look.items()...), widget.NewSeparator(),
		form, help, widget.NewSeparator(), widget.NewForm(d.backups.items()...),
		widget.NewSeparator(), widget.NewForm(d.sources.items()...),
		widget.NewSeparator(), languageForm(d.env.win, d.prefs, d.restart)))
}

func (d *settingsDialog) save() error {
	if err := d.backups.save(); err != nil {
		return err
	}
	if err := d.sources.save(); err != nil {
		return err
	}
	if err := d.env.store.SetSetting(d.env.ctx(), model.SettingCutover, d.cutover.Selected); err != nil {
		return err
	}
	if err := d.env.store.SetSetting(d.env.ctx(), model.SettingName, d.name.Text); err != nil {
		return err
	}
	d.look.save() // last: a refused folder above leaves Settings open, the look not kept yet
	d.env.changed()
	return nil
}

func (d *settingsDialog) open() {
	d.form = newFormDialog(d.env, lang.L("Settings"), d.content(), d.save)
	d.form.dlg.SetOnClosed(d.look.onClosed)
	// Most of the window, so that large text still fits without scrolling far.
	win := d.env.win.Canvas().Size()
	d.form.show(fyne.NewSize(min(win.Width*0.9, 800), win.Height*0.9))
}
