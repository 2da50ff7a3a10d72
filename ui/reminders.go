package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model/remind"
)

// PrefAutostart is the preference that starts crampdiary when the person
// logs in; the reminders' own keys are remind's.
const PrefAutostart = "app.autostart"

// fyne.Preferences is where the reminder settings are kept.
var _ remind.Prefs = fyne.Preferences(nil)

// OpenReminders shows the bedtime reminder settings.
func (m *Main) OpenReminders() { m.openReminders() }

func (m *Main) openReminders() *remindersDialog {
	d := newRemindersDialog(m.env, m.app.Preferences(), m.OnAutostart)
	d.open()
	return d
}

// remindersDialog edits the reminder settings. Days are shown Monday first,
// as ISO 8601 weeks run, and stored Sunday first as remind.Settings expects.
type remindersDialog struct {
	env       *env
	prefs     fyne.Preferences
	autoFn    func(on bool) error // nil: start at login is not offered
	bedtime   *widget.Entry
	lead      *widget.Entry
	snooze    *widget.Entry
	days      [7]*widget.Check // Monday first
	logOn     *widget.Check
	stretchOn *widget.Check
	autostart *widget.Check
	autoNote  *widget.Label // why start at login could not be changed
	form      *formDialog
}

func newRemindersDialog(e *env, p fyne.Preferences, autoFn func(bool) error) *remindersDialog {
	d := &remindersDialog{env: e, prefs: p, autoFn: autoFn,
		bedtime: clockEntry(), lead: numberEntry(""), snooze: numberEntry(""),
		logOn:     widget.NewCheck(lang.L("Remind me to fill in the day"), nil),
		stretchOn: widget.NewCheck(lang.L("Remind me to stretch"), nil),
		autostart: widget.NewCheck(lang.L("Start crampdiary when I log in"), nil),
		autoNote:  widget.NewLabel(""),
	}
	for i, name := range weekdayShortNames() {
		d.days[i] = widget.NewCheck(name, nil)
	}
	d.autoNote.Wrapping = fyne.TextWrapWord
	d.autoNote.Importance = widget.WarningImportance
	d.autoNote.Hide()
	s, err := remind.LoadSettings(p)
	if err != nil {
		fyne.LogError("ui: reminder settings replaced by the defaults", err)
	}
	d.show(s)
	d.autostart.SetChecked(p.BoolWithFallback(PrefAutostart, false))
	return d
}

// weekdayShortNames are Monday to Sunday.
func weekdayShortNames() []string {
	return []string{lang.L("Mon"), lang.L("Tue"), lang.L("Wed"), lang.L("Thu"), lang.L("Fri"), lang.L("Sat"), lang.L("Sun")}
}

// shownToStored maps a Monday-first position to a Sunday-first one.
func shownToStored(i int) int { return (i + 1) % 7 }

func (d *remindersDialog) show(s remind.Settings) {
	d.bedtime.SetText(s.Bedtime.String())
	d.lead.SetText(strconv.Itoa(s.LeadMin))
	d.snooze.SetText(strconv.Itoa(s.SnoozeMin))
	for i, c := range d.days {
		c.SetChecked(s.Days[shownToStored(i)])
	}
	d.logOn.SetChecked(s.LogOn)
	d.stretchOn.SetChecked(s.StretchOn)
}

func (d *remindersDialog) content() fyne.CanvasObject {
	days := container.NewGridWithColumns(7)
	for _, c := range d.days {
		days.Add(c)
	}
	minutes := func(e *widget.Entry, after string) fyne.CanvasObject {
		return container.NewBorder(nil, nil, nil, widget.NewLabel(after), e)
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Bedtime"), d.bedtime),
		widget.NewFormItem(lang.L("Remind me"), minutes(d.lead, lang.L("minutes before bedtime"))),
		widget.NewFormItem(lang.L("On these days"), days),
		widget.NewFormItem(lang.L("Snooze for"), minutes(d.snooze, lang.L("minutes"))),
	)
	help := widget.NewLabel(lang.L("Reminders only come while crampdiary is running, and only for what today still needs."))
	help.Wrapping = fyne.TextWrapWord
	help.Importance = widget.LowImportance
	box := container.NewVBox(form, d.logOn, d.stretchOn)
	if d.autoFn != nil {
		box.Add(widget.NewSeparator())
		box.Add(d.autostart)
		box.Add(d.autoNote)
	}
	box.Add(help)
	return box
}

// read turns the form into settings, naming the field to fix when it cannot.
func (d *remindersDialog) read() (remind.Settings, error) {
	s := remind.Defaults()
	bed, err := readClock(d.bedtime, lang.L("Bedtime"))
	if err != nil {
		return s, err
	}
	if bed == nil {
		return s, badInput(d.bedtime, lang.L("Bedtime"), lang.L("enter the time you usually go to bed, like 22:30"))
	}
	s.Bedtime = *bed
	if s.LeadMin, err = readMinutes(d.lead, lang.L("Remind me"), 0, remind.MaxLeadMin); err != nil {
		return s, err
	}
	if s.SnoozeMin, err = readMinutes(d.snooze, lang.L("Snooze for"), 1, remind.MaxSnoozeMin); err != nil {
		return s, err
	}
	for i, c := range d.days {
		s.Days[shownToStored(i)] = c.Checked
	}
	s.LogOn, s.StretchOn = d.logOn.Checked, d.stretchOn.Checked
	if err := s.Validate(); err != nil {
		// The fields were checked one by one above; this only guards the rules
		// in remind changing without the form.
		return s, &inputError{msg: err.Error()}
	}
	return s, nil
}

// readMinutes reads a whole number of minutes from lo to hi.
func readMinutes(e *widget.Entry, label string, lo, hi int) (int, error) {
	v, err := readInt(e, label)
	if err != nil {
		return 0, err
	}
	if v == nil || *v < lo || *v > hi {
		return 0, badInput(e, label, lang.L("enter a number of minutes from {{.Low}} to {{.High}}", map[string]any{"Low": lo, "High": hi}))
	}
	return *v, nil
}

func (d *remindersDialog) save() error {
	s, err := d.read()
	if err != nil {
		return err
	}
	if err := d.saveAutostart(); err != nil {
		return err
	}
	return remind.SaveSettings(d.prefs, s)
}

// saveAutostart applies a changed "start at login" first, so a failure there
// leaves every setting as it was. The check is put back and the reason shown
// beside it, so a second Save keeps the rest.
func (d *remindersDialog) saveAutostart() error {
	on := d.autostart.Checked
	if d.autoFn == nil || on == d.prefs.BoolWithFallback(PrefAutostart, false) {
		return nil
	}
	if err := d.autoFn(on); err != nil {
		msg := lang.L("Start at login could not be changed: {{.Reason}}", map[string]any{"Reason": err.Error()})
		d.autostart.SetChecked(!on)
		d.autoNote.SetText(msg)
		d.autoNote.Show()
		return &inputError{target: d.autostart, msg: msg}
	}
	d.autoNote.Hide()
	d.prefs.SetBool(PrefAutostart, on)
	return nil
}

func (d *remindersDialog) open() {
	d.form = newFormDialog(d.env, lang.L("Reminders"), d.content(), d.save)
	d.form.show(fyne.NewSize(600, 480))
}
