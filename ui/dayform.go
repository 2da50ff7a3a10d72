package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// dayForm edits the context of one day: lower-leg load, evening exposures,
// stress, medication and notes. The night's sleep is in nightPanel.
type dayForm struct {
	steps, runMin, standingH         *widget.Entry
	alcohol, fluids, caffeine        *widget.Entry
	supplements, medication, notes   *widget.Entry
	stress                           *widget.RadioGroup
	runHard, strength, newShoes      *widget.Check
	highHeels, longSitting, lateWork *widget.Check
	lateMeal, heat, salt, stretched  *widget.Check
	tightBedding                     *widget.Check
	base                             model.Day // fields the form does not show
}

func newDayForm() *dayForm {
	f := &dayForm{
		steps:       numberEntry(lang.L("e.g. 8000")),
		runMin:      numberEntry(lang.L("minutes")),
		standingH:   widget.NewEntry(),
		alcohol:     numberEntry(lang.L("drinks")),
		fluids:      numberEntry(lang.L("glasses")),
		caffeine:    numberEntry(lang.L("cups")),
		supplements: widget.NewEntry(),
		medication:  widget.NewEntry(),
		notes:       widget.NewMultiLineEntry(),
		stress:      scaleGroup(),
	}
	f.standingH.SetPlaceHolder(lang.L("hours"))
	f.supplements.SetPlaceHolder(lang.L("e.g. magnesium"))
	f.medication.SetPlaceHolder(lang.L("medication started, stopped or changed today"))
	f.notes.SetPlaceHolder(lang.L("anything else worth remembering"))
	f.notes.SetMinRowsVisible(2)
	f.notes.Wrapping = fyne.TextWrapWord
	check := func(label string) *widget.Check { return widget.NewCheck(lang.L(label), nil) }
	f.runHard = check("Intervals, hills or downhill")
	f.strength = check("Calf or foot strength work")
	f.newShoes = check("New shoes")
	f.highHeels = check("High heels")
	f.longSitting = check("Long sitting")
	f.lateWork = check("Hard leg workout in the evening")
	f.lateMeal = check("Late meal")
	f.heat = check("Hot day or heavy sweating")
	f.salt = check("Salt or diet change")
	f.stretched = check("Stretched before bed")
	f.tightBedding = check("Tight bedding, toes pointed down")
	return f
}

// content lays the form out in three groups a person reads top to bottom.
func (f *dayForm) content() fyne.CanvasObject {
	load := widget.NewForm(
		widget.NewFormItem(lang.L("Steps"), f.steps),
		widget.NewFormItem(lang.L("Running (min)"), f.runMin),
		widget.NewFormItem(lang.L("On your feet (h)"), f.standingH),
	)
	evening := widget.NewForm(
		widget.NewFormItem(lang.L("Alcohol (drinks)"), f.alcohol),
		widget.NewFormItem(lang.L("Water (glasses)"), f.fluids),
		widget.NewFormItem(lang.L("Coffee or tea (cups)"), f.caffeine),
	)
	more := widget.NewForm(
		widget.NewFormItem(lang.L("Stress"), f.stress),
		widget.NewFormItem(lang.L("Supplements"), f.supplements),
		widget.NewFormItem(lang.L("Medication"), f.medication),
		widget.NewFormItem(lang.L("Notes"), f.notes),
	)
	checks := container.NewGridWithColumns(2,
		f.runHard, f.strength, f.newShoes, f.highHeels, f.longSitting, f.lateWork,
		f.lateMeal, f.heat, f.salt, f.stretched, f.tightBedding)
	return container.NewVBox(
		container.NewGridWithColumns(2, groupBox(lang.L("Legs and load"), load), groupBox(lang.L("Evening"), evening)),
		checks, more)
}

func groupBox(title string, body fyne.CanvasObject) fyne.CanvasObject {
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(heading, body)
}

// set shows the stored day d in the form.
func (f *dayForm) set(d model.Day) {
	f.base = d.Clone()
	f.fill(d)
}

// fill shows d's values without changing which stored day the form edits,
// as "same as yesterday" does.
func (f *dayForm) fill(d model.Day) {
	showInt(f.steps, d.Steps)
	showInt(f.runMin, d.RunMin)
	showFloat(f.standingH, d.StandingH)
	showInt(f.alcohol, d.AlcoholDrinks)
	showInt(f.fluids, d.FluidsGlasses)
	showInt(f.caffeine, d.CaffeineCups)
	showScale(f.stress, d.Stress)
	for c, v := range f.checkFields(&d) {
		showBool(c, *v)
	}
	f.supplements.SetText(d.Supplements)
	f.medication.SetText(d.MedicationChange)
	f.notes.SetText(d.Notes)
}

// checkFields pairs each check box with its field in d.
func (f *dayForm) checkFields(d *model.Day) map[*widget.Check]**bool {
	return map[*widget.Check]**bool{
		f.runHard: &d.RunHard, f.strength: &d.Strength, f.newShoes: &d.NewShoes,
		f.highHeels: &d.HighHeels, f.longSitting: &d.LongSitting, f.lateWork: &d.LateWorkout,
		f.lateMeal: &d.LateMeal, f.heat: &d.Heat, f.salt: &d.SaltChange,
		f.stretched: &d.Stretched, f.tightBedding: &d.TightBedding,
	}
}

// read returns the day the form shows, on top of the fields it does not show
// (the night's sleep and check). A parse error names the field to fix.
func (f *dayForm) read() (model.Day, error) {
	d := f.base.Clone()
	var err error
	ints := []struct {
		e     *widget.Entry
		label string
		dst   **int
	}{
		{f.steps, lang.L("Steps"), &d.Steps}, {f.runMin, lang.L("Running minutes"), &d.RunMin},
		{f.alcohol, lang.L("Alcohol"), &d.AlcoholDrinks}, {f.fluids, lang.L("Water"), &d.FluidsGlasses},
		{f.caffeine, lang.L("Coffee or tea"), &d.CaffeineCups},
	}
	for _, in := range ints {
		if *in.dst, err = readInt(in.e, in.label); err != nil {
			return d, err
		}
	}
	if d.StandingH, err = readFloat(f.standingH, lang.L("Hours on your feet")); err != nil {
		return d, err
	}
	d.Stress = readScale(f.stress)
	for c, v := range f.checkFields(&d) {
		*v = readBool(c)
	}
	d.Supplements = f.supplements.Text
	d.MedicationChange = f.medication.Text
	d.Notes = f.notes.Text
	return d, nil
}

// focusFor maps a model field to the widget that edits it, to focus after a
// validation error.
func (f *dayForm) focusFor(field string) fyne.Focusable {
	return map[string]fyne.Focusable{
		"steps": f.steps, "run_min": f.runMin, "standing_h": f.standingH,
		"alcohol_drinks": f.alcohol, "fluids_glasses": f.fluids, "caffeine_cups": f.caffeine,
	}[field]
}
