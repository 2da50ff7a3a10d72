package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// pressKey types one key as the desktop driver would: to the focused widget,
// or else to the canvas.
func pressKey(c fyne.Canvas, name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// tapChoice taps the i-th option of a radio group, as a mouse would, which
// also gives that option the focus.
func tapChoice(t *testing.T, g *widget.RadioGroup, i int) {
	t.Helper()
	n := 0
	for _, o := range test.LaidOutObjects(g) {
		if tp, ok := o.(fyne.Tappable); ok {
			if n == i {
				test.Tap(tp)
				return
			}
			n++
		}
	}
	t.Fatalf("no option %d", i)
}

func TestDurationsReadAsDurations(t *testing.T) {
	for secs, want := range map[int]string{45: "45 s", 60: "1 min", 107: "1 min 47 s", 3600: "60 min"} {
		got := formatDuration(ptr(secs))
		if got != want {
			t.Errorf("%d s shows as %q, want %q", secs, got, want)
		}
		if back, err := parseDuration(got); err != nil || *back != secs {
			t.Errorf("%q reads back as %v, %v", got, back, err)
		}
	}
	for text, want := range map[string]int{"1:47": 107, "1m47s": 107, "2 min 5": 125, "90s": 90} {
		if got, err := parseDuration(text); err != nil || *got != want {
			t.Errorf("%q reads as %v, %v", text, got, err)
		}
	}
	c := model.Cramp{Time: ptr(model.Clock(150)), Muscle: model.Calf, Side: model.Left, DurationS: ptr(107)}
	if got := crampSummary(c); got != "02:30 · Calf, left · 1 min 47 s" {
		t.Fatalf("summary %q", got)
	}
}

// Every problem of the cramp form at once, in the form's order, each under
// the label the form shows ("How long", "Awake for").
func TestCrampFormListsEveryProblemInOrder(t *testing.T) {
	h := newHarness(t, evening)
	ed := newCrampEditor(h.main.env, model.Cramp{Night: "2026-11-24", Muscle: model.Calf, Side: model.Left})
	ed.open()
	test.Type(ed.sleepLost, "lots")
	test.Type(ed.duration, "ages")
	test.Type(ed.time, "25:70")
	test.Tap(ed.form.saveBtn)
	want := "• Time: \"25:70\" is not a time; use HH:MM on a 24-hour clock\n" +
		"• How long: \"ages\" is not a length of time; try 90 s or 2 min\n" +
		"• Awake for: \"lots\" is not a whole number"
	if got := h.overlayText(); !strings.Contains(got, want) {
		t.Fatalf("error dialog says %q, want %q", got, want)
	}
	if len(h.cramps()) != 0 {
		t.Fatal("a form with problems was saved")
	}
	pressKey(h.win.Canvas(), fyne.KeyReturn) // Enter closes the message, not saves again
	if h.win.Canvas().Overlays().Top() == nil || len(h.cramps()) != 0 {
		t.Fatal("Enter on the message saved or closed the form")
	}
	if h.win.Canvas().Focused() != ed.time {
		t.Fatal("the first field to fix does not have the focus")
	}
	// A rule of the diary (a time later than now) is listed with the form's own.
	ed.time.SetText("23:30")
	ed.duration.SetText("0 s")
	ed.sleepLost.SetText("")
	_, err := ed.read()
	if got := userMessage(err); got != "• Time: 23:30 in the night of 2026-11-24 is later than now\n"+
		"• How long: enter between 1 second and 60 minutes; a cramp that lasts longer is worth showing a clinician" {
		t.Fatalf("message %q", got)
	}
}

// The message sits beside the icon, never under it.
func TestErrorTextDoesNotOverlapTheIcon(t *testing.T) {
	h := newHarness(t, evening)
	showProblems(h.win, strings.Repeat("A long sentence about what to fix in the form. ", 6), func() {})
	var icon, text fyne.CanvasObject
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		switch w := o.(type) {
		case *widget.Icon:
			icon = w
		case *widget.Label:
			if strings.HasPrefix(w.Text, "A long") {
				text = w
			}
		}
	}
	if icon == nil || text == nil {
		t.Fatal("no icon or message in the dialog")
	}
	d := fyne.CurrentApp().Driver()
	ip, tp := d.AbsolutePositionForObject(icon), d.AbsolutePositionForObject(text)
	if tp.X < ip.X+icon.Size().Width {
		t.Fatalf("message at x=%v starts under the icon (to x=%v)", tp.X, ip.X+icon.Size().Width)
	}
	if text.Size().Height < text.MinSize().Height {
		t.Fatalf("message cut: %v tall, needs %v", text.Size().Height, text.MinSize().Height)
	}
}

func TestCaptureEnterSavesAndEscapeCloses(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 25, 2, 40, 0, 0, time.UTC))
	c := h.win.Canvas()
	h.main.CaptureCramp()
	pressKey(c, fyne.KeyEscape)
	if c.Overlays().Top() != nil || len(h.cramps()) != 0 {
		t.Fatal("Escape did not close the capture without saving")
	}
	h.main.CaptureCramp()
	tapChoice(t, h.main.lastCap.muscle, 1) // Foot; a tapped choice must not swallow Enter
	pressKey(c, fyne.KeyReturn)
	if cs := h.cramps(); len(cs) != 1 || cs[0].Muscle != model.Foot {
		t.Fatalf("Enter saved %d cramps", len(cs))
	}
	if c.Overlays().Top() != nil {
		t.Fatal("the capture stayed open after Enter")
	}
	pressKey(c, fyne.KeyReturn) // the keys are the window's again
	if len(h.cramps()) != 1 {
		t.Fatal("Enter after the capture closed saved again")
	}
}

// More details > Save confirms like the quick save, Enter in a one-line
// field saves, and Enter in the notes is a new line.
func TestMoreDetailsSaveConfirmsAndEnter(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 25, 2, 40, 0, 0, time.UTC))
	h.main.CaptureCramp()
	test.Tap(h.main.lastCap.moreBtn)
	ed := newCrampEditor(h.main.env, h.main.lastCap.cramp())
	ed.open()
	test.Type(ed.notes, "woke me")
	ed.notes.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	test.Type(ed.notes, "twice")
	if len(h.cramps()) != 0 || ed.notes.Text != "woke me\ntwice" {
		t.Fatalf("Enter in the notes: %d cramps, notes %q", len(h.cramps()), ed.notes.Text)
	}
	h.win.Canvas().Focus(ed.duration)
	test.Type(ed.duration, "1 min 47 s")
	pressKey(h.win.Canvas(), fyne.KeyReturn)
	cs := h.cramps()
	if len(cs) != 1 || *cs[0].DurationS != 107 || cs[0].Notes != "woke me\ntwice" {
		t.Fatalf("saved %+v", cs)
	}
	if want := "Cramp at 02:40 saved in the night of Tuesday 24 November. Add details any time in History."; h.main.NoticeText() != want {
		t.Fatalf("notice %q", h.main.NoticeText())
	}
}

func TestTodayShowsTonightsCramps(t *testing.T) {
	h := newHarness(t, evening)
	today := h.main.today
	if today.tonightBox.Visible() {
		t.Fatal("tonight's cramps shown before any was logged")
	}
	// Last night's cramp is not tonight's.
	if err := h.store.SaveCramp(bg, &model.Cramp{Night: "2026-11-23", Muscle: model.Calf, Side: model.Both}); err != nil {
		t.Fatal(err)
	}
	h.main.onChanged()
	if today.tonightBox.Visible() {
		t.Fatal("last night's cramp shown as tonight's")
	}
	h.now = evening.Add(30 * time.Minute)
	h.main.CaptureCramp()
	h.main.lastCap.muscle.SetSelected("Foot")
	test.Tap(h.main.lastCap.saveBtn)
	if !today.tonightBox.Visible() || today.tonight.Text != "Tonight so far: 1 cramp\n21:30 · Foot, both" {
		t.Fatalf("tonight shows %q (visible %v)", today.tonight.Text, today.tonightBox.Visible())
	}
	// After midnight it is still the same night.
	h.now = time.Date(2026, 11, 25, 1, 0, 0, 0, time.UTC)
	h.main.onChanged()
	if !today.tonightBox.Visible() {
		t.Fatal("tonight's cramps gone at 01:00")
	}
}

// Today lists every problem of its two cards at once, last night's first,
// the form's own and the diary's rules together, under the form's labels.
func TestTodayListsEveryProblemInOrder(t *testing.T) {
	h := newHarness(t, evening)
	f := h.main.today.form
	test.Type(f.alcohol, "two")
	test.Type(f.steps, "200000")
	test.Type(h.main.today.night.start, "23:00")
	test.Tap(h.main.today.saveBtn)
	want := "• Sleep: enter both the time you fell asleep and the time you woke up, or neither\n" +
		"• Steps: 200000 is outside 0-100000\n" +
		"• Alcohol (drinks): \"two\" is not a whole number"
	if got := h.overlayText(); !strings.Contains(got, want) {
		t.Fatalf("error dialog says %q, want %q", got, want)
	}
	if d, _, _ := h.store.Counts(bg); d != 0 {
		t.Fatal("a form with problems was saved")
	}
}

// Escape typed in a field of the cramp form is Cancel, which asks first when
// something typed would be lost; with nothing typed it just closes.
func TestCrampFormEscapeInAField(t *testing.T) {
	h := newHarness(t, evening)
	c := h.win.Canvas()
	ed := newCrampEditor(h.main.env, model.Cramp{Night: "2026-11-23", Muscle: model.Calf, Side: model.Left})
	ed.open()
	c.Focus(ed.notes)
	pressKey(c, fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Fatal("Escape in an untouched form did not close it")
	}
	ed = newCrampEditor(h.main.env, model.Cramp{Night: "2026-11-23", Muscle: model.Calf, Side: model.Left})
	ed.open()
	c.Focus(ed.duration)
	test.Type(ed.duration, "2 min")
	pressKey(c, fyne.KeyEscape)
	if got := h.dialogButtons(); !slices.Contains(got, "Discard them") {
		t.Fatalf("Escape with typing did not ask first: %v", got)
	}
	if len(h.cramps()) != 0 {
		t.Fatal("Escape saved")
	}
}
