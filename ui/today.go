package ui

import (
	"errors"
	"fmt"
	"reflect"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// todayScreen is the evening routine: last night's cramps and sleep, then the
// day's context, saved together.
type todayScreen struct {
	env        *env
	date       model.Date
	night      *nightPanel
	form       *dayForm
	nightCard  *widget.Card
	dayCard    *widget.Card
	sameBtn    *widget.Button
	stretchBtn *widget.Button
	saveBtn    *widget.Button
	saved      *widget.Label
	lastNight  model.Day // stored row of last night, kept under the sleep fields
	flags      *flagBanner
	plan       *tonightCard
}

func newTodayScreen(e *env, startStretch func()) *todayScreen {
	t := &todayScreen{env: e, night: newNightPanel(e), form: newDayForm(), saved: widget.NewLabel(""), flags: newFlagBanner(e), plan: newTonightCard(e)}
	t.sameBtn = widget.NewButtonWithIcon(lang.L("Same as yesterday"), theme.ContentCopyIcon(), t.onSameAsYesterday)
	t.stretchBtn = widget.NewButtonWithIcon(lang.L("Bedtime stretch"), theme.MediaPlayIcon(), startStretch)
	t.saveBtn = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), t.onSave)
	t.saveBtn.Importance = widget.HighImportance
	t.nightCard = widget.NewCard("", "", t.night.content())
	t.dayCard = widget.NewCard("", "", t.form.content())
	return t
}

func (t *todayScreen) content() fyne.CanvasObject {
	bar := container.NewHBox(t.sameBtn, t.stretchBtn, layout.NewSpacer(), t.saved, t.saveBtn)
	body := container.NewVBox(t.flags.box, t.plan.box, t.nightCard, t.dayCard)
	return container.NewBorder(nil, container.NewPadded(bar), nil, nil, container.NewVScroll(body))
}

// load shows the diary's current day, replacing anything unsaved in the form.
func (t *todayScreen) load() error {
	t.date = t.env.today()
	yesterday := t.date.AddDays(-1)
	today, err := dayOrEmpty(t.env, t.date)
	if err != nil {
		return err
	}
	if t.lastNight, err = dayOrEmpty(t.env, yesterday); err != nil {
		return err
	}
	cramps, err := t.env.store.Cramps(t.env.ctx(), yesterday, yesterday)
	if err != nil {
		return err
	}
	t.night.set(t.lastNight, cramps)
	t.form.set(today)
	t.nightCard.SetTitle(lang.L("Last night"))
	t.nightCard.SetSubTitle(fmt.Sprintf(lang.L("The night of %s"), longDate(yesterday)))
	t.dayCard.SetTitle(lang.L("Today"))
	t.dayCard.SetSubTitle(longDate(t.date))
	if err := t.plan.load(); err != nil {
		return err
	}
	return t.flags.load()
}

// refresh follows changes made elsewhere (a cramp logged, a day edited)
// without losing what is being typed; a new day reloads everything.
func (t *todayScreen) refresh() error {
	if t.env.today() != t.date {
		return t.load()
	}
	if err := t.night.reload(); err != nil {
		return err
	}
	if err := t.followStoredDay(); err != nil {
		return err
	}
	if err := t.plan.load(); err != nil {
		return err
	}
	return t.flags.load()
}

func dayOrEmpty(e *env, d model.Date) (model.Day, error) {
	day, err := e.store.Day(e.ctx(), d)
	if errors.Is(err, model.ErrNotFound) {
		return model.Day{Date: d}, nil
	}
	return day, err
}

// onSameAsYesterday fills the form with yesterday's context and the sleep
// window of the night before, ready to adjust and save.
func (t *todayScreen) onSameAsYesterday() {
	prev, err := t.env.store.Day(t.env.ctx(), t.date.AddDays(-1))
	if errors.Is(err, model.ErrNotFound) {
		t.saved.SetText(lang.L("Nothing logged yesterday to copy"))
		return
	}
	if err != nil {
		t.env.showError(err)
		return
	}
	t.form.fill(model.CopyContext(prev, t.date))
	if before, err := t.env.store.Day(t.env.ctx(), t.date.AddDays(-2)); err == nil && before.SleepStart != nil {
		showClock(t.night.start, before.SleepStart)
		showClock(t.night.end, before.SleepEnd)
		showScale(t.night.quality, before.SleepQuality)
	}
	t.saved.SetText(lang.L("Copied from yesterday: check and save"))
}

// onSave writes last night's sleep and today's context in one transaction.
func (t *todayScreen) onSave() {
	if err := t.save(); err != nil {
		t.env.showError(err)
		return
	}
	t.saved.SetText(fmt.Sprintf(lang.L("Saved at %s"), model.ClockOf(t.env.now())))
	t.env.changed()
}

func (t *todayScreen) save() error {
	today, err := t.form.read()
	if err != nil {
		return err
	}
	last, err := dayOrEmpty(t.env, t.date.AddDays(-1))
	if err != nil {
		return err
	}
	stored := last.Clone()
	if err := t.night.readNight(&last); err != nil {
		return err
	}
	days := []*model.Day{&today}
	// Last night is written only when it is already in the diary or gets a
	// sleep window now: saving today must not invent an empty logged day.
	if !stored.UpdatedAt.IsZero() || nightChanged(stored, last) {
		days = append([]*model.Day{&last}, days...)
	}
	if err := t.env.store.SaveDays(t.env.ctx(), days...); err != nil {
		return err
	}
	t.form.base = today.Clone()
	t.lastNight = last
	return nil
}

// nightChanged reports whether the night's fields differ; pointers are
// compared by value, and an unset sign equals an unticked one.
func nightChanged(a, b model.Day) bool {
	night := func(d model.Day) string {
		yes := func(p *bool) bool { return p != nil && *p }
		return fmt.Sprint(d.SleepStart, d.SleepEnd, d.SleepQuality,
			yes(d.Weakness), yes(d.Numbness), yes(d.SwellingOneSide), yes(d.LegColourChange))
	}
	return night(a) != night(b)
}

// markStretched ticks "stretched before bed" after the coach recorded it,
// leaving the rest of the form as it is.
func (t *todayScreen) markStretched() {
	yes := true
	t.form.stretched.SetChecked(true)
	t.form.base.Stretched = &yes
}

// followStoredDay reloads the form when today's context was saved elsewhere
// (the History editor), so a later Save here cannot write stale values back.
func (t *todayScreen) followStoredDay() error {
	stored, err := dayOrEmpty(t.env, t.date)
	if err != nil {
		return err
	}
	if !sameContext(stored, t.form.base) {
		t.form.set(stored)
	}
	return nil
}

// sameContext compares what the day form edits, ignoring the night's fields
// and the save time.
func sameContext(a, b model.Day) bool {
	a, b = a.Clone(), b.Clone()
	for _, d := range []*model.Day{&a, &b} {
		d.UpdatedAt = time.Time{}
		d.SleepStart, d.SleepEnd, d.SleepQuality, d.NightChecked = nil, nil, nil, false
		model.NightSigns{}.ApplyTo(d)
	}
	return reflect.DeepEqual(a, b)
}
