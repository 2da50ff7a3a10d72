package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// PrefStretchSeconds is the Fyne preference holding each stretch's length.
const PrefStretchSeconds = "stretch.seconds"

// defaultStretchSeconds follows the usual advice of about half a minute a side.
const defaultStretchSeconds = 30

type stretchStep struct{ title, how string }

func stretchSteps() []stretchStep {
	return []stretchStep{
		{lang.L("Left calf against the wall"), lang.L("Face a wall with your hands on it at shoulder height. Step your left foot back, heel down and knee straight, and lean in until the left calf feels a gentle pull. Hold still and breathe slowly; no bouncing.")},
		{lang.L("Right calf against the wall"), lang.L("Now step your right foot back, heel down and knee straight, and lean in until the right calf feels a gentle pull. Keep breathing slowly.")},
		{lang.L("Back of the left thigh"), lang.L("Sit on the edge of the bed with your left leg out straight, heel on the floor, toes up. Keep your back long and lean forward from the hips until you feel a gentle pull behind the thigh.")},
		{lang.L("Back of the right thigh"), lang.L("Switch legs: right leg out straight, heel down, toes up. Lean forward from the hips, back long, to a gentle pull.")},
		{lang.L("Toes towards your shins"), lang.L("Sitting or lying with your legs straight, pull the toes of both feet up towards your shins and hold. This is also the first thing to do when a calf cramp starts.")},
	}
}

// coach guides the bedtime stretch routine. It reads time only through tick,
// which the window calls a few times a second and tests call with a fake clock.
type coach struct {
	env      *env
	steps    []stretchStep
	stepLen  time.Duration
	step     int
	elapsed  time.Duration // within the current step
	last     time.Time
	paused   bool
	finished bool
	onDone   func()        // after today's stretch is recorded
	closed   chan struct{} // closed with the coach's window, to stop its ticker

	title, how, countdown *widget.Label
	progress              *widget.ProgressBar
	left                  *widget.Label // the time the whole routine still takes
	pauseBtn, skipBtn     *widget.Button
	stopBtn               *widget.Button
	dlg                   *dialog.CustomDialog
}

func newCoach(e *env, stepSeconds int) *coach {
	if stepSeconds < 5 || stepSeconds > 300 {
		stepSeconds = defaultStretchSeconds
	}
	c := &coach{env: e, steps: stretchSteps(), stepLen: time.Duration(stepSeconds) * time.Second,
		title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		how:   widget.NewLabel(""), countdown: widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		progress: widget.NewProgressBar(), left: widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{}),
		closed: make(chan struct{}),
	}
	c.how.Wrapping = fyne.TextWrapWord
	c.countdown.SizeName = theme.SizeNameHeadingText
	c.pauseBtn = widget.NewButtonWithIcon(lang.L("Pause"), theme.MediaPauseIcon(), c.onPause)
	c.skipBtn = widget.NewButtonWithIcon(lang.L("Skip"), theme.MediaSkipNextIcon(), c.onSkip)
	c.progress.Max = float64(len(c.steps))
	// The bar carries no text: a wide coloured bar with words on it reads as
	// a button. The time left is a plain line under it.
	c.progress.TextFormatter = func() string { return "" }
	return c
}

// content keeps the controls at the bottom, the instructions taking the
// room above, so Pause and Skip stay in place however long a step's text is.
func (c *coach) content() fyne.CanvasObject {
	buttons := container.NewHBox(layout.NewSpacer(), c.pauseBtn, c.skipBtn)
	controls := container.NewVBox(c.countdown, container.New(thinBar{}, c.progress), c.left, buttons)
	return container.NewBorder(c.title, controls, nil, nil, container.NewVScroll(c.how))
}

// totalLeft is the time the whole routine still takes.
func (c *coach) totalLeft() string {
	left := time.Duration(len(c.steps)-c.step)*c.stepLen - c.elapsed
	secs := int((left + time.Second - 1) / time.Second)
	return lang.L("{{.Time}} left in all", map[string]any{"Time": fmt.Sprintf("%d:%02d", secs/60, secs%60)})
}

// start shows the routine from its first step, with now as its first tick.
func (c *coach) start(now time.Time) {
	c.last = now
	c.stopBtn = widget.NewButton(lang.L("Stop"), func() { c.dlg.Hide() })
	c.dlg = dialog.NewCustomWithoutButtons(lang.L("Bedtime stretch"), container.NewBorder(nil, c.stopBtn, nil, nil, c.content()), c.env.win)
	c.dlg.Resize(fyne.NewSize(560, 500)) // the longest step's text fits without scrolling
	c.show()
	c.dlg.Show()
	release := takeKeys(c.env.win.Canvas(), nil, c.dlg.Hide) // Escape stops it, as Stop does
	c.dlg.SetOnClosed(func() {
		release()
		close(c.closed)
	})
}

// tick moves the routine on to now; a paused routine keeps its place.
func (c *coach) tick(now time.Time) {
	if c.finished {
		return
	}
	if !c.paused {
		c.elapsed += now.Sub(c.last)
	}
	c.last = now
	for !c.finished && c.elapsed >= c.stepLen {
		c.elapsed -= c.stepLen
		c.advance()
	}
	c.show()
}

func (c *coach) advance() {
	c.step++
	if c.step >= len(c.steps) {
		c.finish()
	}
}

func (c *coach) onPause() {
	c.paused = !c.paused
	if c.paused {
		c.pauseBtn.SetText(lang.L("Resume"))
		c.pauseBtn.SetIcon(theme.MediaPlayIcon())
	} else {
		c.pauseBtn.SetText(lang.L("Pause"))
		c.pauseBtn.SetIcon(theme.MediaPauseIcon())
	}
}

func (c *coach) onSkip() {
	if c.finished {
		return
	}
	c.elapsed = 0
	c.advance()
	c.show()
}

// show puts the current step, the seconds left and the progress on screen.
func (c *coach) show() {
	if c.finished {
		c.title.SetText(lang.L("Done for tonight"))
		c.how.SetText(lang.L("Well done. Let your feet rest in a neutral position in bed, blankets loose over the toes. Sleep well."))
		// A finished routine says so in words, and its one button closes it:
		// a full bar labelled "All done" looked like a button to press.
		c.countdown.SetText(lang.L("All done"))
		c.progress.Hide()
		c.left.Hide()
		c.pauseBtn.Hide()
		c.skipBtn.Hide()
		if c.stopBtn != nil {
			c.stopBtn.SetText(lang.L("Close"))
			c.stopBtn.SetIcon(theme.ConfirmIcon())
			c.stopBtn.Importance = widget.HighImportance
			c.stopBtn.Refresh()
		}
		return
	}
	s := c.steps[c.step]
	c.title.SetText(lang.L("Step {{.Step}} of {{.Of}}: {{.Title}}", map[string]any{"Step": c.step + 1, "Of": len(c.steps), "Title": s.title}))
	c.how.SetText(s.how)
	left := c.stepLen - c.elapsed
	secs := int((left + time.Second - 1) / time.Second)
	c.countdown.SetText(fmt.Sprintf("%d:%02d", secs/60, secs%60))
	c.progress.SetValue(float64(c.step) + float64(c.elapsed)/float64(c.stepLen))
	c.left.SetText(c.totalLeft())
}

// finish records today's stretch: the routine was done, whatever was skipped.
func (c *coach) finish() {
	c.finished = true
	day, err := dayOrEmpty(c.env, c.env.today())
	if err != nil {
		c.env.showError(err)
		return
	}
	yes := true
	day.Stretched = &yes
	if err := c.env.store.SaveDay(c.env.ctx(), &day); err != nil {
		c.env.showError(err)
		return
	}
	// Today's form learns of the stretch before the change is announced, so it
	// does not mistake its own record for an edit made elsewhere.
	if c.onDone != nil {
		c.onDone()
	}
	c.env.changed(day.Date)
}

// thinBar lays a progress bar out as a thin line, which no one takes for a
// button the way a full-height bar was.
type thinBar struct{}

func (thinBar) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(objs[0].MinSize().Width, 2*theme.Padding())
}

func (thinBar) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(size.Width, 2*theme.Padding()))
	}
}
