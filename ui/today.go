package ui

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"strings"
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
	keeper     *draftKeeper  // keeps unsaved typing as a draft
	ended      *endedBanner  // shown while the form is on an evening that has ended
	tonight    *widget.Label // the cramps already logged in the night to come
	tonightBox *fyne.Container
	scroll     *container.Scroll
}

func newTodayScreen(e *env, startStretch func()) *todayScreen {
	t := &todayScreen{env: e, night: newNightPanel(e), form: newDayForm(), saved: widget.NewLabel(""), flags: newFlagBanner(e), plan: newTonightCard(e)}
	t.sameBtn = widget.NewButtonWithIcon(lang.L("Same as yesterday"), theme.ContentCopyIcon(), t.onSameAsYesterday)
	t.stretchBtn = widget.NewButtonWithIcon(lang.L("Bedtime stretch"), theme.MediaPlayIcon(), startStretch)
	t.saveBtn = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), func() { t.onSave() })
	t.saveBtn.Importance = widget.HighImportance
	t.nightCard = widget.NewCard("", "", newQuietBox(t.night.content()))
	t.dayCard = widget.NewCard("", "", newQuietBox(t.form.content()))
	t.keeper = newDraftKeeper(e, model.DraftToday, t.form.fields().merge(t.night.fields()), t.storedValues)
	t.ended = newEndedBanner(t.onGoToday)
	t.tonight = wrappedLabel("")
	t.tonightBox = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, t.tonight)
	t.tonightBox.Hide()
	return t
}

// storedValues is what the form would show with nothing typed.
func (t *todayScreen) storedValues() map[string]string {
	v := dayValues(t.form.base)
	maps.Copy(v, nightValues(t.night.loaded))
	return v
}

func (t *todayScreen) content() fyne.CanvasObject {
	bar := container.NewHBox(t.sameBtn, t.stretchBtn, layout.NewSpacer(), t.saved, t.saveBtn)
	body := container.NewVBox(t.ended.box, t.flags.box, t.plan.box, t.tonightBox, t.nightCard, t.dayCard)
	t.scroll = newVScroll(body)
	// Below the window's first view at its opening size: left out of the
	// first frame, which then comes sooner, but keeping its room (startup.go).
	t.form.lower.Hide()
	return container.NewBorder(nil, container.NewPadded(bar), nil, nil, t.scroll)
}

// showBelowTheFold shows the part of the form the first frame left out.
func (t *todayScreen) showBelowTheFold() {
	t.form.lower.Show()
}

// load shows the diary's current day, or the evening whose unsaved typing was
// kept when crampdiary last closed: typing always goes back to its own day.
func (t *todayScreen) load() error {
	d := t.env.today()
	if kept, ok := t.keeper.keptDate(); ok {
		d = kept
	}
	return t.show(d)
}

// show puts day d in the form, with the typing kept for it if there is any.
func (t *todayScreen) show(d model.Date) error {
	if d != t.date {
		t.saved.SetText("")
	}
	var err error
	restored := false
	t.keeper.date = d
	t.keeper.quietly(func() {
		if err = t.showStored(d); err == nil {
			restored = t.keeper.restore(d)
		}
	})
	if err != nil {
		return err
	}
	if restored {
		t.saved.SetText(lang.L("Put back what you typed earlier. It is not saved yet."))
	}
	t.updateEnded()
	if err := t.showTonight(); err != nil {
		return err
	}
	if err := t.plan.load(); err != nil {
		return err
	}
	return t.flags.load()
}

// showStored shows what the diary holds for day d and the night before it.
func (t *todayScreen) showStored(d model.Date) error {
	yesterday := d.AddDays(-1)
	today, err := dayOrEmpty(t.env, d)
	if err != nil {
		return err
	}
	last, err := dayOrEmpty(t.env, yesterday)
	if err != nil {
		return err
	}
	cramps, err := t.env.store.Cramps(t.env.ctx(), yesterday, yesterday)
	if err != nil {
		return err
	}
	t.date, t.lastNight = d, last
	t.night.set(last, cramps)
	t.form.set(today)
	t.nightCard.SetTitle(lang.L("Last night"))
	t.nightCard.SetSubTitle(lang.L("The night of {{.Date}}", map[string]any{"Date": longDate(yesterday)}))
	t.dayCard.SetSubTitle(longDate(d))
	return nil
}

// updateEnded says so when the form is on an evening that has ended, and no
// longer calls that evening "Today".
func (t *todayScreen) updateEnded() {
	today := t.env.today()
	t.ended.update(t.date, today)
	if t.date == today {
		t.dayCard.SetTitle(lang.L("Today"))
	} else {
		t.dayCard.SetTitle(lang.L("That day"))
	}
}

// refresh follows changes made elsewhere (a cramp logged, a day edited)
// without losing what is being typed. When the diary's day has moved on, a
// clean form follows it; one holding typing stays on its evening and says so.
func (t *todayScreen) refresh() error {
	if today := t.env.today(); today != t.date && !t.keeper.dirty() {
		return t.show(today)
	}
	var err error
	t.keeper.quietly(func() {
		if err = t.night.reload(); err == nil {
			err = t.followStoredDay()
		}
	})
	if err != nil {
		return err
	}
	t.updateEnded()
	if err := t.showTonight(); err != nil {
		return err
	}
	if err := t.plan.load(); err != nil {
		return err
	}
	return t.flags.load()
}

// showTonight lists the cramps logged since this evening's cut-over, in the
// night to come (placed by the night rule), so a cramp logged at 22:00 is
// seen on Today at once; with none, the line is hidden.
func (t *todayScreen) showTonight() error {
	night := model.NightOf(t.env.now(), t.env.cutover())
	cramps, err := t.env.store.Cramps(t.env.ctx(), night, night)
	if err != nil || len(cramps) == 0 {
		t.tonightBox.Hide()
		return err
	}
	lines := make([]string, len(cramps))
	for i, c := range cramps {
		lines[i] = crampSummary(c)
	}
	t.tonight.SetText(count("Tonight so far: {{.Count}} cramps", len(cramps)) + "\n" + strings.Join(lines, "\n"))
	t.tonightBox.Show()
	return nil
}

// onGoToday leaves an evening that has ended for the diary's today, asking
// first when what was typed for it is not saved.
func (t *todayScreen) onGoToday() {
	if !t.keeper.dirty() {
		t.showOrTell(t.env.today())
		return
	}
	askUnsaved(t.env.win, lang.L("What you typed for {{.Date}} is not saved yet.", map[string]any{"Date": longDate(t.date)}),
		lang.L("Save it, then go to today"), lang.L("Discard it and go to today"),
		func() {
			if t.onSave() {
				t.showOrTell(t.env.today())
			}
		},
		func() {
			t.keeper.discard()
			t.showOrTell(t.env.today())
		})
}

func (t *todayScreen) showOrTell(d model.Date) {
	if err := t.show(d); err != nil {
		t.env.showError(err)
	}
}

func dayOrEmpty(e *env, d model.Date) (model.Day, error) {
	day, err := e.store.Day(e.ctx(), d)
	if errors.Is(err, model.ErrNotFound) {
		return model.Day{Date: d}, nil
	}
	return day, err
}

// onSameAsYesterday fills the empty fields with yesterday's context and the
// sleep window of the night before, ready to adjust and save. A field the
// person already filled today is never replaced.
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
	src := dayValues(model.CopyContext(prev, t.date))
	if before, err := t.env.store.Day(t.env.ctx(), t.date.AddDays(-2)); err == nil {
		t.copySleep(src, before)
	}
	filled := 0
	t.keeper.quietly(func() { filled = t.keeper.fields.fillEmpty(src) })
	if filled == 0 {
		t.saved.SetText(lang.L("Nothing copied: the fields yesterday had are already filled"))
		return
	}
	t.saved.SetText(lang.L("Copied from yesterday into the empty fields: check and save"))
}

// copySleep adds the sleep quality of before to src, and its sleep window only
// when both times are empty now: half of one window and half of another is
// no window at all.
func (t *todayScreen) copySleep(src map[string]string, before model.Day) {
	night := nightValues(before)
	src["sleep_quality"] = night["sleep_quality"]
	if t.night.start.Text == "" && t.night.end.Text == "" {
		src["sleep_start"], src["sleep_end"] = night["sleep_start"], night["sleep_end"]
	}
}

// onSave writes last night's sleep and today's context in one transaction,
// to the day the form shows, and reports whether it did.
func (t *todayScreen) onSave() bool {
	if err := t.save(); err != nil {
		t.env.showError(err)
		return false
	}
	saved, at := t.date, model.ClockOf(t.env.now())
	t.keeper.flush() // the form is clean now: forget the draft
	t.env.changed(saved.AddDays(-1), saved)
	if saved == t.env.today() {
		t.saved.SetText(lang.L("Saved at {{.Time}}", map[string]any{"Time": at.String()}))
	} else {
		t.saved.SetText(lang.L("Saved to {{.Date}} at {{.Time}}", map[string]any{"Date": longDate(saved), "Time": at.String()}))
	}
	return true
}

func (t *todayScreen) save() error {
	last, err := dayOrEmpty(t.env, t.date.AddDays(-1))
	if err != nil {
		return err
	}
	stored := last.Clone()
	// Every problem at once, last night's first as the screen shows them.
	problems := newFormProblems(dayFormFields...)
	t.night.readNightInto(&last, problems)
	today := t.form.readInto(problems)
	problems.addRules(last.Validate(model.DateOf(t.env.now())))
	problems.addRules(today.Validate(model.DateOf(t.env.now())))
	if err := problems.err(); err != nil {
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
	t.night.loaded = last.Clone()
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
	if t.date != t.env.today() {
		return // the stretch is tonight's; the form is on an evening that has ended
	}
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
	if sameContext(stored, t.form.base) {
		return nil
	}
	// The fields changed elsewhere (a History edit, steps read from a
	// remembered export) follow the diary; typing in the others is kept.
	t.form.fields().follow(dayValues(t.form.base), dayValues(stored), func() { t.form.set(stored) })
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
