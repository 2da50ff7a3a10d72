package ui

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/charts/report"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// Store is the diary the window shows: days, cramps, settings and drafts,
// and the experiments kept beside them.
type Store interface {
	model.Store
	experiment.Store
}

// env is what every screen needs: the diary, the window, the clock, and a way
// to tell the other screens that the diary changed.
//
// changed takes the diary days a write touched (a day's date, a cramp's
// night), so History reads those again instead of every day; with none, every
// screen reloads in full.
type env struct {
	store   Store
	win     fyne.Window
	now     func() time.Time
	changed func(days ...model.Date)
	notify  func(msg string) // a short message that needs no answer
	// draftDelay is how long typing rests before it is kept as a draft; tests
	// set 0 to keep it at every change.
	draftDelay time.Duration
	closed     bool // the diary is closing: nothing more is written

	jobs uiJobs // slow work off the UI thread, see chartview.go
}

func (e *env) ctx() context.Context { return context.Background() }

// today is the diary day being lived now (see model.DiaryToday).
func (e *env) today() model.Date { return model.DiaryToday(e.now()) }

func (e *env) cutover() model.Clock {
	c, err := e.store.Cutover(e.ctx())
	if err != nil {
		return model.DefaultCutover
	}
	return c
}

// showError tells the person what went wrong in words they can act on, and
// puts the cursor in the field to fix when there is one, once the message is
// closed (the form under it cannot take the focus before). The technical
// chain goes to the log, never into the dialog.
func (e *env) showError(err error) {
	var in *inputError
	then := func() {}
	if errors.As(err, &in) && in.target != nil {
		then = func() { e.win.Canvas().Focus(in.target) }
	}
	if !errors.Is(err, model.ErrInvalid) {
		fyne.LogError("ui", err)
	}
	showProblems(e.win, userMessage(err), then)
}

func userMessage(err error) string {
	var all formErrors
	var fes model.FieldErrors
	var in *inputError
	var fe *model.FieldError
	var re *report.InputError
	var said model.Sayer
	switch {
	case errors.As(err, &all):
		return all.Error()
	case errors.As(err, &fes):
		return formErrors(fes.Unwrap()).Error()
	case errors.As(err, &in):
		return in.msg
	case errors.As(err, &re):
		return re.Msg
	case errors.As(err, &fe):
		return fieldMessage(fe)
	case errors.Is(err, model.ErrInvalid) && errors.As(err, &said):
		return capitalised(said.Say(words()))
	case errors.Is(err, model.ErrInvalid):
		return invalidMessage(err)
	case errors.Is(err, model.ErrNotFound):
		return lang.L("That entry is no longer in the diary. It may have been deleted in another window.")
	case errors.Is(err, model.ErrRead):
		return lang.L("The diary file could not be read just now. Nothing was changed. Try again; if it keeps happening, close crampdiary and run \"crampdiary check\".")
	default:
		return lang.L("The diary file could not be written. Nothing was changed. Check that the disk is not full, then try again.")
	}
}

// invalidMessage is the sentence of a rule broken, without the chain of
// what was being done: "the start 2026-11-01 is ..." becomes "The start ...".
func invalidMessage(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, model.ErrInvalid.Error()+": "); i >= 0 {
		msg = msg[i+len(model.ErrInvalid.Error())+2:]
	}
	if msg == "" {
		return lang.L("Something entered is not valid. Check the form and try again.")
	}
	return strings.ToUpper(msg[:1]) + msg[1:]
}

// fieldMessage says what is wrong with a field under the form's own label for it.
func fieldMessage(fe *model.FieldError) string {
	return fieldLabel(fe.Field) + ": " + strings.TrimPrefix(fe.Say(words()), fe.Field+" ")
}

func fieldLabel(field string) string {
	labels := map[string]string{
		"date": lang.L("Date"), "steps": lang.L("Steps"), "run_min": lang.L("Running (min)"), "standing_h": lang.L("On your feet (h)"),
		"sleep_start": lang.L("Fell asleep"), "sleep_end": lang.L("Woke up"), "sleep_quality": lang.L("Sleep quality"), "stress": lang.L("Stress"),
		"alcohol_drinks": lang.L("Alcohol (drinks)"), "fluids_glasses": lang.L("Water (glasses)"), "caffeine_cups": lang.L("Coffee or tea (cups)"),
		"night": lang.L("Night"), "time": lang.L("Time"), "muscle": lang.L("Muscle"), "side": lang.L("Side"), "duration_s": lang.L("How long"),
		"intensity": lang.L("Intensity"), "soreness": lang.L("Sore afterwards"), "sleep_lost_min": lang.L("Awake for"),
		"nights": lang.L("Nights"), "pairs": lang.L("Pairs of phases"), "phase_days": lang.L("Days per phase"),
		"washout_days": lang.L("Washout days"), "baseline_days": lang.L("Baseline days first"), "start": lang.L("First night"),
		"outcome": lang.L("Measure"), "design": lang.L("Design"), "order": lang.L("Order"),
	}
	if l, ok := labels[field]; ok {
		return l
	}
	return field
}

// longDate is how a date is shown in headings, e.g. "Monday 23 November",
// "понедельник, 23 ноября".
func longDate(d model.Date) string {
	return uiLocale().LongDateWeekday(d.Time())
}

// shortDate is a compact form for lists, e.g. "Mon 23 Nov 2026".
func shortDate(d model.Date) string {
	return uiLocale().ShortDateWeekday(d.Time())
}

// capitalised starts a sentence with a capital letter.
func capitalised(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
