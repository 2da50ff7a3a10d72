package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model/remind"
)

func TestRemindersDialogKeepsWhatWasSaved(t *testing.T) {
	h := newHarness(t, evening)
	d := h.main.openReminders()
	if d.bedtime.Text != "22:30" || d.lead.Text != "30" || d.snooze.Text != "15" || !d.logOn.Checked || !d.stretchOn.Checked {
		t.Fatalf("defaults shown as %q %q %q %v %v", d.bedtime.Text, d.lead.Text, d.snooze.Text, d.logOn.Checked, d.stretchOn.Checked)
	}
	if d.days[0].Text != "Mon" || d.days[6].Text != "Sun" {
		t.Fatalf("days shown %q..%q, want Mon..Sun", d.days[0].Text, d.days[6].Text)
	}
	d.bedtime.SetText("")
	test.Type(d.bedtime, "23:15")
	d.lead.SetText("45")
	d.snooze.SetText("10")
	test.Tap(d.days[5]) // Saturday
	test.Tap(d.days[6]) // Sunday
	test.Tap(d.stretchOn)
	test.Tap(d.form.saveBtn)

	got, err := remind.LoadSettings(h.main.app.Preferences())
	if err != nil {
		t.Fatal(err)
	}
	want := remind.Settings{Bedtime: 23*60 + 15, LeadMin: 45, SnoozeMin: 10, LogOn: true,
		Days: [7]bool{time.Monday: true, time.Tuesday: true, time.Wednesday: true, time.Thursday: true, time.Friday: true}}
	if got != want {
		t.Fatalf("stored %+v\nwant   %+v", got, want)
	}
	d = h.main.openReminders()
	if d.bedtime.Text != "23:15" || d.lead.Text != "45" || d.snooze.Text != "10" || d.stretchOn.Checked || !d.logOn.Checked ||
		d.days[5].Checked || d.days[6].Checked || !d.days[0].Checked {
		t.Fatal("reopened reminders do not show what was saved")
	}
}

func TestRemindersBadInputKeepsTheDialog(t *testing.T) {
	h := newHarness(t, evening)
	cases := []struct{ field, text, msg string }{
		{"bedtime", "25:99", `Bedtime: "25:99" is not a time; use HH:MM on a 24-hour clock`},
		{"bedtime", "", "Bedtime: enter the time you usually go to bed"},
		{"lead", "300", "Remind me: enter a number of minutes from 0 to 240"},
		{"snooze", "0", "Snooze for: enter a number of minutes from 1 to 120"},
		{"snooze", "ten", `Snooze for: "ten" is not a whole number`},
	}
	for _, c := range cases {
		d := h.main.openReminders()
		map[string]func(string){"bedtime": d.bedtime.SetText, "lead": d.lead.SetText, "snooze": d.snooze.SetText}[c.field](c.text)
		test.Tap(d.form.saveBtn)
		if msg := h.overlayText(); !strings.Contains(msg, c.msg) {
			t.Errorf("%s %q: message %q, want %q", c.field, c.text, msg, c.msg)
		}
		if n := len(h.win.Canvas().Overlays().List()); n != 2 {
			t.Errorf("%s %q: %d overlays, want the reminders and the message", c.field, c.text, n)
		}
		for _, o := range h.win.Canvas().Overlays().List() {
			h.win.Canvas().Overlays().Remove(o)
		}
	}
	if s, _ := remind.LoadSettings(h.main.app.Preferences()); s != remind.Defaults() {
		t.Fatalf("bad input changed the settings to %+v", s)
	}
}

func TestStartAtLoginIsHiddenWithoutTheApp(t *testing.T) {
	h := newHarness(t, evening)
	d := h.main.openReminders()
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if o == d.autostart {
			t.Fatal("start at login offered although nothing can set it")
		}
	}
}

func TestStartAtLogin(t *testing.T) {
	h := newHarness(t, evening)
	var calls []bool
	var fail error
	h.main.OnAutostart = func(on bool) error {
		calls = append(calls, on)
		return fail
	}
	d := h.main.openReminders()
	if d.autostart.Checked {
		t.Fatal("start at login is on by default")
	}
	test.Tap(d.autostart)
	test.Tap(d.form.saveBtn)
	d = h.main.openReminders()
	if len(calls) != 1 || !calls[0] || !d.autostart.Checked {
		t.Fatalf("turning it on: calls %v, shown %v", calls, d.autostart.Checked)
	}
	test.Tap(d.form.saveBtn) // unchanged: the entry is left alone
	if len(calls) != 1 {
		t.Fatalf("saving without a change called the app again: %v", calls)
	}

	fail = errors.New("not supported on this system yet")
	d = h.main.openReminders()
	test.Tap(d.autostart)
	d.lead.SetText("10")
	test.Tap(d.form.saveBtn)
	want := "Start at login could not be changed: not supported on this system yet"
	if msg := h.overlayText(); !strings.Contains(msg, want) || d.autoNote.Text != want || !d.autoNote.Visible() {
		t.Fatalf("message %q, note %q", msg, d.autoNote.Text)
	}
	if !d.autostart.Checked || !h.main.app.Preferences().Bool(PrefAutostart) {
		t.Fatal("a failed change did not keep start at login as it was")
	}
	if s, _ := remind.LoadSettings(h.main.app.Preferences()); s.LeadMin != 30 {
		t.Fatal("other settings were saved although start at login failed")
	}
	test.Tap(d.form.saveBtn) // the check is back as it was: the rest saves
	if s, _ := remind.LoadSettings(h.main.app.Preferences()); s.LeadMin != 10 {
		t.Fatalf("second save: lead %d", s.LeadMin)
	}
}

func TestRemindersAreInTheDiaryMenu(t *testing.T) {
	h := newHarness(t, evening)
	for _, it := range h.win.MainMenu().Items[0].Items {
		if it.Label == "Reminders…" {
			it.Action()
			if !strings.Contains(h.overlayText(), "Reminders only come while crampdiary is running") {
				t.Fatalf("the menu item opened %q", h.overlayText())
			}
			return
		}
	}
	t.Fatal("no Reminders… item in the Diary menu")
}
