package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func startTestCoach(t *testing.T, stepSeconds int) (*harness, *coach) {
	t.Helper()
	h := newHarness(t, evening)
	h.main.tickEvery = 0 // the test is the clock
	h.main.app.Preferences().SetInt(PrefStretchSeconds, stepSeconds)
	h.main.StartStretch()
	return h, h.main.coach
}

func TestCoachStepsAdvanceWithTheClock(t *testing.T) {
	_, c := startTestCoach(t, 30)
	if !strings.HasPrefix(c.title.Text, "Step 1 of 5: Left calf") || c.countdown.Text != "0:30" {
		t.Fatalf("start: %q %q", c.title.Text, c.countdown.Text)
	}
	c.tick(evening.Add(10 * time.Second))
	if c.left.Text != "2:20 left in all" || c.progress.TextFormatter() != "" {
		t.Fatalf("total left %q, on the bar %q", c.left.Text, c.progress.TextFormatter())
	}
	if c.countdown.Text != "0:20" || c.progress.Value < 0.3 || c.progress.Value > 0.34 {
		t.Fatalf("after 10 s: %q, progress %v", c.countdown.Text, c.progress.Value)
	}
	c.tick(evening.Add(31 * time.Second))
	if !strings.HasPrefix(c.title.Text, "Step 2 of 5: Right calf") || c.countdown.Text != "0:29" {
		t.Fatalf("after 31 s: %q %q", c.title.Text, c.countdown.Text)
	}
}

func TestCoachPauseHoldsAndSkipMovesOn(t *testing.T) {
	_, c := startTestCoach(t, 30)
	c.tick(evening.Add(5 * time.Second))
	test.Tap(c.pauseBtn)
	c.tick(evening.Add(5 * time.Minute))
	if c.step != 0 || c.countdown.Text != "0:25" || c.pauseBtn.Text != "Resume" {
		t.Fatalf("paused: step %d, %q, %q", c.step, c.countdown.Text, c.pauseBtn.Text)
	}
	test.Tap(c.pauseBtn)
	c.tick(evening.Add(5*time.Minute + 10*time.Second))
	if c.countdown.Text != "0:15" {
		t.Fatalf("resumed: %q", c.countdown.Text)
	}
	test.Tap(c.skipBtn)
	if c.step != 1 || c.countdown.Text != "0:30" {
		t.Fatalf("skipped: step %d, %q", c.step, c.countdown.Text)
	}
}

func TestCoachFinishingRecordsTodaysStretch(t *testing.T) {
	h, c := startTestCoach(t, 20)
	test.Type(h.main.today.form.steps, "7000") // unsaved typing must survive
	c.tick(evening.Add(5 * 20 * time.Second))
	if !c.finished || c.title.Text != "Done for tonight" || c.stopBtn.Text != "Close" {
		t.Fatalf("not finished: %q", c.title.Text)
	}
	// The end is said in words and closed with a button, not shown as a
	// full bar that looks like one.
	if c.progress.Visible() || c.countdown.Text != "All done" || c.stopBtn.Importance != widget.HighImportance {
		t.Fatalf("finished: bar shown %v, %q", c.progress.Visible(), c.countdown.Text)
	}
	day := h.day("2026-11-24")
	if day.Stretched == nil || !*day.Stretched {
		t.Fatal("finishing the routine did not record today's stretch")
	}
	if !h.main.today.form.stretched.Checked || h.main.today.form.steps.Text != "7000" {
		t.Fatal("Today's form lost its state or its stretched tick")
	}
	c.tick(evening.Add(time.Hour)) // ticks after the end change nothing
	if !c.finished {
		t.Fatal("coach restarted")
	}
}

// Pause and Skip stay where they are from step to step, whatever the
// length of each step's text.
func TestCoachButtonsStayInPlace(t *testing.T) {
	h, c := startTestCoach(t, 30)
	d := fyne.CurrentApp().Driver()
	relayout := func() { // as the desktop driver does each frame for a changed minimum size
		if top := h.win.Canvas().Overlays().Top(); top != nil {
			top.Refresh()
			for _, o := range test.LaidOutObjects(top) {
				if box, ok := o.(*fyne.Container); ok {
					box.Refresh()
				}
			}
		}
	}
	relayout()
	if bar, btn := c.progress.Size().Height, c.skipBtn.Size().Height; bar <= 0 || bar > btn/3 {
		t.Fatalf("the bar is %v tall beside a %v button: it reads as one", bar, btn)
	}
	pause, skip := d.AbsolutePositionForObject(c.pauseBtn), d.AbsolutePositionForObject(c.skipBtn)
	heights := map[float32]bool{}
	for step := 1; step < len(c.steps); step++ {
		heights[c.how.MinSize().Height] = true
		test.Tap(c.skipBtn)
		relayout()
		if p, s := d.AbsolutePositionForObject(c.pauseBtn), d.AbsolutePositionForObject(c.skipBtn); p != pause || s != skip {
			t.Fatalf("step %d: Pause moved %v -> %v, Skip %v -> %v", step+1, pause, p, skip, s)
		}
	}
	if len(heights) < 2 {
		t.Fatal("every step's text is as tall: the test shows nothing")
	}
}

func TestCoachStopEarlyRecordsNothing(t *testing.T) {
	h, c := startTestCoach(t, 30)
	c.tick(evening.Add(40 * time.Second))
	pressKey(h.win.Canvas(), fyne.KeyEscape) // as Stop
	if h.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape did not stop the stretch")
	}
	if n, _, _ := h.store.Counts(bg); n != 0 {
		t.Fatal("stopping early recorded the stretch")
	}
}

func TestCaptureShowsWhatToDoDuringACramp(t *testing.T) {
	h := newHarness(t, evening)
	h.main.CaptureCramp()
	if !strings.Contains(h.overlayText(), "pull your toes up towards your shin") {
		t.Fatalf("capture window: %q", h.overlayText())
	}
}
