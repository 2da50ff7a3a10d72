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
	stepsFrom, runFrom               *widget.Label     // "from Apple Health"
	base                             model.Day         // fields the form does not show
	lower                            fyne.CanvasObject // the ticks and the last group, set by content
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
		stepsFrom:   newSourceLabel(),
		runFrom:     newSourceLabel(),
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
		widget.NewFormItem(lang.L("Steps"), container.NewBorder(nil, nil, nil, f.stepsFrom, f.steps)),
		widget.NewFormItem(lang.L("Running (min)"), container.NewBorder(nil, nil, nil, f.runFrom, f.runMin)),
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
	f.lower = container.NewVBox(checks, more)
	return container.NewVBox(
		container.NewGridWithColumns(2, groupBox(lang.L("Legs and load"), load), groupBox(lang.L("Evening"), evening)),
		container.New(keepRoom{}, f.lower))
}

func groupBox(title string, body fyne.CanvasObject) fyne.CanvasObject {
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(heading, body)
}

// set shows the stored day d in the form.
func (f *dayForm) set(d model.Day) {
	f.base = d.Clone()
	f.fill(d)
	setCaption(f.stepsFrom, d.StepsSource)
	setCaption(f.runFrom, d.RunMinSource)
}

// fill shows d's values without changing which stored day the form edits.
func (f *dayForm) fill(d model.Day) { f.fields().restore(dayValues(d)) }

// fields names the form's widgets by the columns they edit.
func (f *dayForm) fields() fieldSet {
	fs := newFieldSet()
	fs.entries = map[string]*widget.Entry{
		"steps": f.steps, "run_min": f.runMin, "standing_h": f.standingH,
		"alcohol_drinks": f.alcohol, "fluids_glasses": f.fluids, "caffeine_cups": f.caffeine,
		"supplements": f.supplements, "medication_change": f.medication, "notes": f.notes,
	}
	fs.radios = map[string]*widget.RadioGroup{"stress": f.stress}
	fs.checks = f.checks()
	return fs
}

// dayValues is what the form shows for day d, by field name.
func dayValues(d model.Day) map[string]string {
	v := map[string]string{
		"steps": intText(d.Steps), "run_min": intText(d.RunMin), "standing_h": floatText(d.StandingH),
		"alcohol_drinks": intText(d.AlcoholDrinks), "fluids_glasses": intText(d.FluidsGlasses),
		"caffeine_cups": intText(d.CaffeineCups), "stress": intText(d.Stress),
		"supplements": d.Supplements, "medication_change": d.MedicationChange, "notes": d.Notes,
	}
	for name, b := range checkValues(&d) {
		v[name] = boolText(*b)
	}
	return v
}

// checks names each check box by the field it edits.
func (f *dayForm) checks() map[string]*widget.Check {
	return map[string]*widget.Check{
		"run_hard": f.runHard, "strength": f.strength, "new_shoes": f.newShoes,
		"high_heels": f.highHeels, "long_sitting": f.longSitting, "late_workout": f.lateWork,
		"late_meal": f.lateMeal, "heat": f.heat, "salt_change": f.salt,
		"stretched": f.stretched, "tight_bedding": f.tightBedding,
	}
}

// checkValues names each yes/no field of d that the form's boxes edit.
func checkValues(d *model.Day) map[string]**bool {
	return map[string]**bool{
		"run_hard": &d.RunHard, "strength": &d.Strength, "new_shoes": &d.NewShoes,
		"high_heels": &d.HighHeels, "long_sitting": &d.LongSitting, "late_workout": &d.LateWorkout,
		"late_meal": &d.LateMeal, "heat": &d.Heat, "salt_change": &d.SaltChange,
		"stretched": &d.Stretched, "tight_bedding": &d.TightBedding,
	}
}

// dayFormFields are the fields of a day as Today and the day editor show
// them, the night first, so problems are listed in that order.
var dayFormFields = []string{"sleep_start", "sleep_end", "sleep_quality",
	"steps", "run_min", "standing_h", "alcohol_drinks", "fluids_glasses", "caffeine_cups", "stress"}

// readInto returns the day the form shows, on top of the fields it does not
// show (the night's sleep and check), adding each field it cannot read to p,
// under the words of its label.
func (f *dayForm) readInto(p *formProblems) model.Day {
	d := f.base.Clone()
	var err error
	ints := []struct {
		e     *widget.Entry
		field string
		label string
		dst   **int
	}{
		{f.steps, "steps", lang.L("Steps"), &d.Steps}, {f.runMin, "run_min", lang.L("Running (min)"), &d.RunMin},
		{f.alcohol, "alcohol_drinks", lang.L("Alcohol (drinks)"), &d.AlcoholDrinks},
		{f.fluids, "fluids_glasses", lang.L("Water (glasses)"), &d.FluidsGlasses},
		{f.caffeine, "caffeine_cups", lang.L("Coffee or tea (cups)"), &d.CaffeineCups},
	}
	for _, in := range ints {
		*in.dst, err = readInt(in.e, in.label)
		p.add(in.field, err)
	}
	d.StandingH, err = readFloat(f.standingH, lang.L("On your feet (h)"))
	p.add("standing_h", err)
	keepSource(f.base.Steps, d.Steps, &d.StepsSource)
	keepSource(f.base.RunMin, d.RunMin, &d.RunMinSource)
	d.Stress = readScale(f.stress)
	boxes := f.checks()
	for name, v := range checkValues(&d) {
		*v = readBool(boxes[name])
	}
	d.Supplements = f.supplements.Text
	d.MedicationChange = f.medication.Text
	d.Notes = f.notes.Text
	return d
}
