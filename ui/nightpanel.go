package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// nightPanel shows one night: whether it was checked, its cramps, and its
// sleep window. "No cramps" and cramp edits save at once; the sleep window is
// saved with the screen's Save.
type nightPanel struct {
	env      *env
	night    model.Date
	cramps   []model.Cramp
	checked  bool
	status   *widget.Label
	noCramps *widget.Button
	addCramp *widget.Button
	list     *fyne.Container
	start    *widget.Entry
	end      *widget.Entry
	quality  *widget.RadioGroup
	from     *widget.Label // "from Apple Health" beside the sleep window
	signs    *signChecks   // feed the red flags
	loaded   model.Day     // the stored night as last shown, to spot changes made elsewhere
}

func newNightPanel(e *env) *nightPanel {
	p := &nightPanel{env: e,
		status:  widget.NewLabel(""),
		list:    container.NewVBox(),
		start:   clockEntry(),
		end:     clockEntry(),
		quality: scaleGroup(),
		from:    newSourceLabel(),
	}
	p.status.TextStyle.Bold = true
	p.signs = newSignChecks()
	p.noCramps = widget.NewButtonWithIcon(lang.L("No cramps"), theme.ConfirmIcon(), p.onNoCramps)
	p.addCramp = widget.NewButtonWithIcon(lang.L("Add a cramp"), theme.ContentAddIcon(), p.onAddCramp)
	return p
}

func (p *nightPanel) content() fyne.CanvasObject {
	sleep := widget.NewForm(
		widget.NewFormItem(lang.L("Fell asleep"), container.NewBorder(nil, nil, nil, p.from, p.start)),
		widget.NewFormItem(lang.L("Woke up"), p.end),
		widget.NewFormItem(lang.L("Sleep quality"), p.quality),
	)
	actions := container.NewHBox(p.noCramps, p.addCramp)
	return container.NewVBox(container.NewBorder(nil, nil, p.status, actions), p.list, sleep, p.signs.content())
}

// set shows the night of day d with its cramps.
func (p *nightPanel) set(d model.Day, cramps []model.Cramp) {
	p.night, p.cramps, p.checked = d.Date, cramps, d.NightChecked || len(cramps) > 0
	p.showNight(d)
	p.refreshCramps()
}

// showNight puts the night's sleep window and signs in the form.
func (p *nightPanel) showNight(d model.Day) {
	p.fields().restore(nightValues(d))
	setCaption(p.from, d.SleepSource)
	p.loaded = d.Clone()
}

// fields names the night's editable widgets by the columns they edit; the
// cramps and "No cramps" are saved at once, so they are not among them.
func (p *nightPanel) fields() fieldSet {
	fs := newFieldSet()
	fs.entries = map[string]*widget.Entry{"sleep_start": p.start, "sleep_end": p.end}
	fs.radios = map[string]*widget.RadioGroup{"sleep_quality": p.quality}
	fs.checks = p.signs.checks()
	return fs
}

// nightValues is what the night's fields show for day d.
func nightValues(d model.Day) map[string]string {
	n := d.Signs()
	return map[string]string{
		"sleep_start": clockText(d.SleepStart), "sleep_end": clockText(d.SleepEnd), "sleep_quality": intText(d.SleepQuality),
		"flag_weakness": boolText(n.Weakness), "flag_numbness": boolText(n.Numbness),
		"flag_swelling": boolText(n.SwellingOneSide), "flag_colour": boolText(n.LegColourChange),
	}
}

func (p *nightPanel) refreshCramps() {
	switch {
	case len(p.cramps) > 0:
		p.status.SetText(count("{{.Count}} cramps logged", len(p.cramps)))
	case p.checked:
		p.status.SetText(lang.L("Checked: no cramps"))
	default:
		p.status.SetText(lang.L("Not checked yet"))
	}
	if p.checked && len(p.cramps) == 0 {
		p.noCramps.SetText(lang.L("Undo"))
	} else {
		p.noCramps.SetText(lang.L("No cramps"))
	}
	if len(p.cramps) > 0 {
		p.noCramps.Disable()
	} else {
		p.noCramps.Enable()
	}
	p.list.Objects = nil
	for _, c := range p.cramps {
		p.list.Add(p.crampRow(c))
	}
	p.list.Refresh()
}

func (p *nightPanel) crampRow(c model.Cramp) fyne.CanvasObject {
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { newCrampEditor(p.env, c).open() })
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { confirmDeleteCramp(p.env, c, nil) })
	return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), container.NewHBox(edit, del), widget.NewLabel(crampSummary(c)))
}

// readNightInto puts the night's signs and sleep into d, adding what cannot
// be read to problems.
func (p *nightPanel) readNightInto(d *model.Day, problems *formProblems) {
	p.signs.read().ApplyTo(d)
	p.readSleep(d, problems)
}

// readSleep puts the sleep window into d, checking that it is whole.
func (p *nightPanel) readSleep(d *model.Day, problems *formProblems) {
	var err error
	start, end := d.SleepStart, d.SleepEnd
	defer func() {
		keepSource(start, d.SleepStart, &d.SleepSource)
		keepSource(end, d.SleepEnd, &d.SleepSource)
	}()
	d.SleepQuality = readScale(p.quality)
	d.SleepStart, err = readClock(p.start, lang.L("Fell asleep"))
	problems.add("sleep_start", err)
	d.SleepEnd, err = readClock(p.end, lang.L("Woke up"))
	problems.add("sleep_end", err)
	if err == nil && (d.SleepStart == nil) != (d.SleepEnd == nil) {
		target := p.start
		if d.SleepEnd == nil {
			target = p.end
		}
		problems.add("sleep_start", badInput(target, lang.L("Sleep"), lang.L("enter both the time you fell asleep and the time you woke up, or neither")))
	}
}

// onNoCramps records at once that the night was checked and had no cramps
// (or undoes that), keeping everything else stored for the day.
func (p *nightPanel) onNoCramps() {
	day, err := p.env.store.Day(p.env.ctx(), p.night)
	if errors.Is(err, model.ErrNotFound) {
		day, err = model.Day{Date: p.night}, nil
	}
	if err != nil {
		p.env.showError(err)
		return
	}
	day.NightChecked = !p.checked
	if err := p.env.store.SaveDay(p.env.ctx(), &day); err != nil {
		p.env.showError(err)
		return
	}
	p.checked = day.NightChecked
	p.refreshCramps()
	p.env.changed(p.night)
}

// onAddCramp opens the full cramp form for this night, with the last muscle
// and side used as the starting point.
func (p *nightPanel) onAddCramp() {
	c := model.Cramp{Night: p.night, Muscle: model.Calf, Side: model.Left}
	if last, err := p.env.store.LastCramp(p.env.ctx()); err == nil {
		c.Muscle, c.Side = last.Muscle, last.Side
	}
	newCrampEditor(p.env, c).open()
}

func confirmDeleteCramp(e *env, c model.Cramp, after func()) {
	msg := lang.L("Delete this cramp from the night of {{.Date}}?\n{{.Cramp}}", map[string]any{"Date": longDate(c.Night), "Cramp": crampSummary(c)})
	dialog.ShowConfirm(lang.L("Delete cramp"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := e.store.DeleteCramp(e.ctx(), c.ID); err != nil {
			e.showError(err)
			return
		}
		e.changed(c.Night)
		if after != nil {
			after()
		}
	}, e.win)
}

// reload refreshes the night's cramps and check from the diary.
func (p *nightPanel) reload() error {
	if p.night == "" {
		return nil
	}
	day, err := dayOrEmpty(p.env, p.night)
	if err != nil {
		return err
	}
	cramps, err := p.env.store.Cramps(p.env.ctx(), p.night, p.night)
	if err != nil {
		return err
	}
	p.cramps, p.checked = cramps, day.NightChecked || len(cramps) > 0
	// A change saved elsewhere (the cramp form, History, a remembered
	// export) wins in the fields it changed; typing in the others stays.
	if nightChanged(day, p.loaded) {
		p.fields().follow(nightValues(p.loaded), nightValues(day), func() { p.showNight(day) })
	}
	p.refreshCramps()
	return nil
}
