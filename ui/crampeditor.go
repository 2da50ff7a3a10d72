package ui

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// crampEditor is the full form for one cramp: every detail, optional but time,
// muscle and side.
type crampEditor struct {
	env       *env
	cramp     model.Cramp
	time      *formEntry
	muscle    *widget.RadioGroup
	side      *widget.RadioGroup
	intensity *widget.Select
	duration  *formEntry
	soreness  *widget.Select
	relief    *widget.SelectEntry
	sleepLost *formEntry
	notes     *formEntry
	signs     *signChecks // the night's warning signs, saved with the cramp
	form      *formDialog
	shown     string // the form as opened, to tell whether Cancel would lose typing
}

func newCrampEditor(e *env, c model.Cramp) *crampEditor {
	ed := &crampEditor{env: e, cramp: c,
		time:      newFormEntry(lang.L("HH:MM"), false),
		muscle:    widget.NewRadioGroup(muscleOptions(), nil),
		side:      widget.NewRadioGroup(sideOptions(), nil),
		intensity: widget.NewSelect(intensityOptions(), nil),
		duration:  newFormEntry(lang.L("e.g. 90 s, 2 min or 1 min 30 s"), false),
		soreness:  widget.NewSelect(sorenessOptions(), nil),
		relief: widget.NewSelectEntry([]string{lang.L("Pulling the toes up"), lang.L("Standing and walking"),
			lang.L("Massage"), lang.L("Warmth"), lang.L("Eased on its own")}),
		sleepLost: newFormEntry(lang.L("minutes"), false),
		notes:     newFormEntry("", true),
		signs:     newSignChecks(),
	}
	// Muscles stand one under another: four names side by side outgrow the
	// window in German and Russian ("Oberschenkelrückseite").
	ed.side.Horizontal = true
	ed.muscle.Required, ed.side.Required = true, true
	ed.intensity.PlaceHolder = lang.L("not noted")
	ed.soreness.PlaceHolder = lang.L("not noted")
	ed.show(c)
	if night, err := dayOrEmpty(e, c.Night); err == nil {
		ed.signs.show(night.Signs())
	}
	ed.shown = ed.state()
	return ed
}

// state is everything the form shows, to compare with how it was opened.
func (ed *crampEditor) state() string {
	return fmt.Sprint(ed.time.Text, ed.muscle.Selected, ed.side.Selected, ed.intensity.Selected, ed.duration.Text,
		ed.soreness.Selected, ed.relief.Text, ed.sleepLost.Text, ed.notes.Text, ed.signs.ticked())
}

func intensityOptions() []string {
	out := make([]string, 11)
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	out[0], out[10] = lang.L("0 (barely)"), lang.L("10 (worst ever)")
	return out
}

func (ed *crampEditor) show(c model.Cramp) {
	showClock(&ed.time.Entry, c.Time)
	ed.muscle.SetSelected(muscleName(c.Muscle))
	ed.side.SetSelected(sideName(c.Side))
	if c.Intensity != nil {
		ed.intensity.SetSelectedIndex(*c.Intensity)
	}
	ed.duration.SetText(formatDuration(c.DurationS))
	if c.Soreness != nil {
		ed.soreness.SetSelectedIndex(*c.Soreness)
	}
	ed.relief.SetText(c.Relief)
	showInt(&ed.sleepLost.Entry, c.SleepLostMin)
	ed.notes.SetText(c.Notes)
}

// crampFields are the cramp's fields in the order the form shows them.
var crampFields = []string{"time", "muscle", "side", "intensity", "duration_s", "soreness", "relief", "sleep_lost_min", "notes"}

// read returns the cramp the form shows, or every problem in it, in the
// form's order, each named by the field's label.
func (ed *crampEditor) read() (model.Cramp, error) {
	c := ed.cramp
	p := newFormProblems(crampFields...)
	var err error
	c.Time, err = readClock(&ed.time.Entry, lang.L("Time"))
	p.add("time", focusOn(ed.time, err))
	c.Muscle, c.Side = muscleByName(ed.muscle.Selected), sideByName(ed.side.Selected)
	c.Intensity = selectedIndex(ed.intensity)
	c.Soreness = selectedIndex(ed.soreness)
	c.DurationS, err = ed.readDuration()
	p.add("duration_s", err)
	c.SleepLostMin, err = readInt(&ed.sleepLost.Entry, lang.L("Awake for"))
	p.add("sleep_lost_min", focusOn(ed.sleepLost, err))
	c.Relief, c.Notes = ed.relief.Text, ed.notes.Text
	p.addRules(c.Validate(ed.env.now(), ed.env.cutover()))
	return c, p.err()
}

func (ed *crampEditor) readDuration() (*int, error) {
	label := lang.L("How long")
	v, err := parseDuration(ed.duration.Text)
	if err != nil {
		return nil, badInput(ed.duration, label, lang.L("\"{{.Text}}\" is not a length of time; try 90 s or 2 min", map[string]any{"Text": ed.duration.Text}))
	}
	if v != nil && (*v < 1 || *v > 3600) {
		return nil, badInput(ed.duration, label, lang.L("enter between 1 second and 60 minutes; a cramp that lasts longer is worth showing a clinician"))
	}
	return v, nil
}

func selectedIndex(s *widget.Select) *int {
	i := s.SelectedIndex()
	if i < 0 {
		return nil
	}
	return &i
}

func (ed *crampEditor) save() error {
	c, err := ed.read()
	if err != nil {
		return err
	}
	signs := ed.signs.read()
	if err := ed.env.store.SaveCrampWithSigns(ed.env.ctx(), &c, &signs); err != nil {
		return err
	}
	ed.cramp = c
	ed.env.changed(c.Night)
	ed.env.notify(crampSavedText(c))
	return nil
}

func (ed *crampEditor) content() fyne.CanvasObject {
	return container.NewVScroll(container.NewVBox(ed.fields(), ed.signs.content()))
}

func (ed *crampEditor) fields() fyne.CanvasObject {
	return widget.NewForm(
		widget.NewFormItem(lang.L("Time"), ed.time),
		widget.NewFormItem(lang.L("Muscle"), ed.muscle),
		widget.NewFormItem(lang.L("Side"), ed.side),
		widget.NewFormItem(lang.L("Intensity"), ed.intensity),
		widget.NewFormItem(lang.L("How long"), ed.duration),
		widget.NewFormItem(lang.L("Sore afterwards"), ed.soreness),
		widget.NewFormItem(lang.L("What released it"), ed.relief),
		widget.NewFormItem(lang.L("Awake for"), ed.sleepLost),
		widget.NewFormItem(lang.L("Notes"), ed.notes),
	)
}

// open shows the editor in a dialog; a saved or deleted cramp refreshes the screens.
func (ed *crampEditor) open() {
	title := lang.L("Cramp in the night of {{.Date}}", map[string]any{"Date": longDate(ed.cramp.Night)})
	var extra []fyne.CanvasObject
	if ed.cramp.ID != 0 {
		extra = append(extra, widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), ed.confirmDelete))
	}
	ed.form = newFormDialog(ed.env, title, ed.content(), ed.save, extra...)
	ed.form.unsaved = func() bool { return ed.state() != ed.shown }
	ed.form.enterSaves = true
	// Enter in a one-line field saves; in the notes it starts a new line.
	// Escape in any of them is Cancel, as with no field focused.
	for _, e := range []*widget.Entry{&ed.time.Entry, &ed.duration.Entry, &ed.sleepLost.Entry, &ed.relief.Entry} {
		e.OnSubmitted = func(string) { ed.form.saveBtn.OnTapped() }
	}
	for _, e := range []*formEntry{ed.time, ed.duration, ed.sleepLost, ed.notes} {
		e.onEscape = ed.form.onCancel
	}
	ed.form.show(fyne.NewSize(580, 640))
}

func (ed *crampEditor) confirmDelete() {
	confirmDeleteCramp(ed.env, ed.cramp, func() { ed.form.dlg.Hide() })
}
