package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
)

// lateEvening is 23:58 on Tuesday 24 November 2026, two minutes before midnight.
var lateEvening = time.Date(2026, 11, 24, 23, 58, 0, 0, time.UTC)

// Typing at 23:58, past midnight and past 04:00, then Save: the entry is on
// the evening it was typed for, and only then does Today move on.
func TestTypingBeforeMidnightIsSavedToItsEvening(t *testing.T) {
	h := newHarness(t, lateEvening)
	today := h.main.today
	test.Type(today.form.steps, "8000")
	test.Type(today.night.start, "23:15")
	test.Type(today.night.end, "06:40")

	h.now = lateEvening.Add(32 * time.Minute) // 00:30: still the same evening
	h.main.followDay()
	if today.date != "2026-11-24" || today.ended.box.Visible() {
		t.Fatalf("at 00:30 Today is on %s (banner shown: %v)", today.date, today.ended.box.Visible())
	}
	h.now = lateEvening.Add(4*time.Hour + 12*time.Minute) // 04:10 on the 25th: a new diary day
	h.main.followDay()
	if today.date != "2026-11-24" || today.form.steps.Text != "8000" {
		t.Fatalf("unsaved typing moved or was lost at 04:10: on %s, steps %q", today.date, today.form.steps.Text)
	}
	if !today.ended.box.Visible() || !strings.Contains(today.ended.text.Text, "Tuesday 24 November") || today.dayCard.Title != "That day" {
		t.Fatalf("no word that the evening has ended: %q", today.ended.text.Text)
	}

	h.shortcut("S")
	if got := h.day("2026-11-24"); got.Steps == nil || *got.Steps != 8000 {
		t.Fatalf("the 24th holds %+v", got)
	}
	if got := h.day("2026-11-23"); got.SleepStart.String() != "23:15" {
		t.Fatalf("the night of the 23rd holds %+v", got)
	}
	if _, err := h.store.Day(bg, "2026-11-25"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("the save also wrote the 25th: %v", err)
	}
	if today.date != "2026-11-25" || today.ended.box.Visible() || today.form.steps.Text != "" {
		t.Fatalf("after saving the ended evening Today is on %s, steps %q", today.date, today.form.steps.Text)
	}
	if !strings.Contains(today.saved.Text, "Saved to Tuesday 24 November") {
		t.Fatalf("save feedback %q", today.saved.Text)
	}
}

// A window with nothing typed, left open overnight, shows the new day by itself.
func TestCleanTodayFollowsTheNewDay(t *testing.T) {
	h := newHarness(t, evening)
	h.now = evening.Add(7*time.Hour + 1*time.Minute) // 04:01 on the 25th
	h.main.followDay()
	if got := h.main.today; got.date != "2026-11-25" || got.dayCard.Subtitle != "Wednesday 25 November" || got.ended.box.Visible() {
		t.Fatalf("Today after 04:00: date %s, heading %q, banner %v", got.date, got.dayCard.Subtitle, got.ended.box.Visible())
	}
	if first := h.main.history.rows[0].date; first != "2026-11-25" {
		t.Fatalf("History starts at %s", first)
	}
}

// Closing with unsaved typing and opening again puts the typing back, and a
// draft is never counted as a logged day.
func TestUnsavedTypingSurvivesReopening(t *testing.T) {
	h := newHarness(t, evening)
	test.Type(h.main.today.form.steps, "12k") // not valid yet: kept as typed
	test.Tap(h.main.today.form.heat)
	h.main.today.night.quality.SetSelected("2")
	h.reopen()
	today := h.main.today
	if today.form.steps.Text != "12k" || !today.form.heat.Checked || today.night.quality.Selected != "2" {
		t.Fatalf("after reopening: steps %q, heat %v, quality %q", today.form.steps.Text, today.form.heat.Checked, today.night.quality.Selected)
	}
	if !strings.Contains(today.saved.Text, "not saved yet") {
		t.Fatalf("no word that the typing was put back: %q", today.saved.Text)
	}
	if days, _, _ := h.store.Counts(bg); days != 0 {
		t.Fatalf("a draft was counted as %d logged days", days)
	}
	today.form.steps.SetText("12000")
	test.Tap(today.saveBtn)
	if _, err := h.store.Draft(bg, model.DraftToday); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("the draft outlived the save: %v", err)
	}
	h.reopen()
	if h.main.today.saved.Text != "" || h.main.today.form.steps.Text != "12000" {
		t.Fatalf("after a save and a reopen: %q, steps %q", h.main.today.saved.Text, h.main.today.form.steps.Text)
	}
}

// Typing kept from an evening that has ended reopens on that evening; going to
// today asks, and the destructive choice is offered last.
func TestDraftOfAnEndedEveningReopensOnItsDay(t *testing.T) {
	for _, choice := range []string{"Save it, then go to today", "Discard it and go to today", "Go back to it"} {
		t.Run(choice, func(t *testing.T) {
			h := newHarness(t, evening)
			test.Type(h.main.today.form.alcohol, "2")
			h.now = evening.Add(23 * time.Hour) // 20:00 the next evening
			h.reopen()
			today := h.main.today
			if today.date != "2026-11-24" || today.form.alcohol.Text != "2" || !today.ended.box.Visible() {
				t.Fatalf("reopened on %s with alcohol %q, banner %v", today.date, today.form.alcohol.Text, today.ended.box.Visible())
			}
			test.Tap(today.ended.goTo)
			if labels := h.dialogButtons(); strings.Join(labels, "|") != "Save it, then go to today|Go back to it|Discard it and go to today" {
				t.Fatalf("the choices, in order: %q", labels)
			}
			h.tapDialogButton(choice)
			stored, err := h.store.Day(bg, "2026-11-24")
			switch choice {
			case "Save it, then go to today":
				if err != nil || *stored.AlcoholDrinks != 2 || today.date != "2026-11-25" {
					t.Fatalf("saved %+v (%v); Today on %s", stored, err, today.date)
				}
			case "Discard it and go to today":
				if !errors.Is(err, model.ErrNotFound) || today.date != "2026-11-25" || today.form.alcohol.Text != "" {
					t.Fatalf("after discarding: %v; Today on %s", err, today.date)
				}
			default:
				if today.date != "2026-11-24" || today.form.alcohol.Text != "2" {
					t.Fatalf("going back lost the typing: on %s, %q", today.date, today.form.alcohol.Text)
				}
			}
		})
	}
}

func TestSameAsYesterdayNeverReplacesWhatWasTyped(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-11-22", SleepStart: ptr(model.Clock(23 * 60)), SleepEnd: ptr(model.Clock(7 * 60)), SleepQuality: ptr(4)})
	h.saveDay(model.Day{Date: "2026-11-23", Steps: ptr(7000), Stress: ptr(2), Heat: ptr(true)})
	h.reopen()
	today := h.main.today
	test.Type(today.form.steps, "9100")
	test.Type(today.night.start, "22:50")
	test.Tap(today.sameBtn)
	if today.form.steps.Text != "9100" || today.form.stress.Selected != "2" || !today.form.heat.Checked {
		t.Fatalf("steps %q, stress %q, heat %v", today.form.steps.Text, today.form.stress.Selected, today.form.heat.Checked)
	}
	if today.night.start.Text != "22:50" || today.night.end.Text != "" || today.night.quality.Selected != "4" {
		t.Fatalf("a half-typed sleep window was completed from another night: %q-%q", today.night.start.Text, today.night.end.Text)
	}
	if !strings.Contains(today.saved.Text, "empty fields") {
		t.Fatalf("feedback %q", today.saved.Text)
	}
}

func TestCancelInTheDayEditorAsksBeforeLosingChanges(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-11-20", Steps: ptr(5000)})
	h.main.openDay("2026-11-20")
	ed := h.main.editor
	test.Tap(ed.dlg.cancelBtn) // nothing changed: closes at once
	if h.main.editor != nil {
		t.Fatal("Cancel without changes did not close the editor")
	}
	h.main.openDay("2026-11-20")
	ed = h.main.editor
	ed.form.steps.SetText("6500")
	test.Tap(ed.dlg.cancelBtn)
	h.tapDialogButton("Go back to it")
	if h.main.editor == nil || ed.form.steps.Text != "6500" {
		t.Fatal("going back to the editor lost the typing")
	}
	h.reopen() // as after quitting with the editor open
	if !strings.Contains(h.main.notice.Text, "Friday 20 November") {
		t.Fatalf("no word of the unsaved day: %q", h.main.notice.Text)
	}
	h.main.openDay("2026-11-20")
	ed = h.main.editor
	if ed.form.steps.Text != "6500" || !ed.restored {
		t.Fatalf("the day's typing was not put back: %q", ed.form.steps.Text)
	}
	test.Tap(ed.dlg.cancelBtn)
	h.tapDialogButton("Discard them")
	if h.main.editor != nil || *h.day("2026-11-20").Steps != 5000 {
		t.Fatal("discarding closed nothing or changed the diary")
	}
	if _, err := h.store.Draft(bg, model.DayDraftKey("2026-11-20")); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("the discarded draft is still kept: %v", err)
	}
}

func TestErrorsSayWhatHappened(t *testing.T) {
	past := fmt.Errorf("sqlstore: create experiment %q: %w", "Stretch", fmt.Errorf("%w: the start 2026-11-01 is in the past; start on 2026-11-23 or later", model.ErrInvalid))
	read := fmt.Errorf("sqlstore: load day 2026-11-24: %w: %w", model.ErrRead, errors.New("disk I/O error"))
	write := fmt.Errorf("sqlstore: save days: %w: %w", model.ErrWrite, errors.New("database or disk is full"))
	cases := []struct {
		err       error
		want, not string
	}{
		{past, "The start 2026-11-01 is in the past; start on 2026-11-23 or later", "could not be written"},
		{read, "could not be read", "disk I/O"},
		{write, "could not be written", "database or disk"},
	}
	for _, c := range cases {
		got := userMessage(c.err)
		if !strings.Contains(got, c.want) || strings.Contains(got, c.not) || strings.Contains(got, "sqlstore") {
			t.Errorf("userMessage(%v) = %q", c.err, got)
		}
	}
}

func TestCancelInTheCrampEditorAsksBeforeLosingChanges(t *testing.T) {
	h := newHarness(t, evening)
	fresh := model.Cramp{Night: "2026-11-23", Muscle: model.Calf, Side: model.Left}
	ed := newCrampEditor(h.main.env, fresh)
	ed.open()
	test.Tap(ed.form.cancelBtn) // nothing typed: closes at once
	if h.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Cancel on an untouched cramp form did not close it")
	}
	ed = newCrampEditor(h.main.env, fresh)
	ed.open()
	test.Type(ed.notes, "woke me twice")
	test.Tap(ed.form.cancelBtn)
	if labels := h.dialogButtons(); len(labels) != 3 || labels[2] != "Discard them" {
		t.Fatalf("Cancel with typing offered %q", labels)
	}
	h.tapDialogButton("Save them")
	if cs := h.cramps(); len(cs) != 1 || cs[0].Notes != "woke me twice" {
		t.Fatalf("cramps after Save them: %+v", cs)
	}
}
