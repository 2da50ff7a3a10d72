package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// capture logs a cramp in two interactions: open it, press Save. The time
// presets and the last muscle and side used are already chosen.
type capture struct {
	env     *env
	opened  time.Time
	when    *widget.RadioGroup
	muscle  *widget.RadioGroup
	side    *widget.RadioGroup
	saveBtn *widget.Button
	moreBtn *widget.Button
	dlg     *dialog.CustomDialog
}

var capturePresets = []time.Duration{0, 15 * time.Minute, 30 * time.Minute, time.Hour}

func newCapture(e *env) *capture {
	c := &capture{env: e, opened: e.now()}
	c.when = widget.NewRadioGroup(c.presetLabels(), nil)
	c.when.Required = true
	c.when.SetSelected(c.when.Options[0])
	c.muscle = widget.NewRadioGroup(muscleOptions(), nil)
	c.side = widget.NewRadioGroup(sideOptions(), nil)
	for _, g := range []*widget.RadioGroup{c.when, c.muscle, c.side} {
		g.Required = true
	}
	c.side.Horizontal = true
	last, err := e.store.LastCramp(e.ctx())
	if err != nil {
		last = model.Cramp{Muscle: model.Calf, Side: model.Left}
	}
	c.muscle.SetSelected(muscleName(last.Muscle))
	c.side.SetSelected(sideName(last.Side))
	c.saveBtn = widget.NewButtonWithIcon(lang.L("Save cramp"), theme.DocumentSaveIcon(), c.onSave)
	c.saveBtn.Importance = widget.HighImportance
	c.moreBtn = widget.NewButtonWithIcon(lang.L("More details…"), theme.MoreHorizontalIcon(), c.onMore)
	return c
}

// presetLabels say the clock time each preset means, e.g. "15 min ago (02:26)".
func (c *capture) presetLabels() []string {
	names := []string{lang.L("Now"), lang.L("15 min ago"), lang.L("30 min ago"), lang.L("1 hour ago")}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = fmt.Sprintf("%s (%s)", n, model.ClockOf(c.opened.Add(-capturePresets[i])))
	}
	return out
}

// cramp is the cramp the dialog shows, placed in its night by the night rule.
func (c *capture) cramp() model.Cramp {
	at := c.opened
	for i, o := range c.when.Options {
		if o == c.when.Selected {
			at = c.opened.Add(-capturePresets[i])
		}
	}
	clock := model.ClockOf(at)
	return model.Cramp{Night: model.NightOf(at, c.env.cutover()), Time: &clock,
		Muscle: muscleByName(c.muscle.Selected), Side: sideByName(c.side.Selected)}
}

func (c *capture) show() {
	cancel := widget.NewButton(lang.L("Cancel"), func() { c.dlg.Hide() })
	// When and Muscle are lists side by side: in a row each, their choices
	// outgrow the window in German and Russian, or at 150% text in English.
	form := container.NewVBox(
		container.NewHBox(widget.NewForm(widget.NewFormItem(lang.L("When"), c.when)),
			widget.NewForm(widget.NewFormItem(lang.L("Muscle"), c.muscle))),
		widget.NewForm(widget.NewFormItem(lang.L("Side"), c.side)),
	)
	buttons := container.NewHBox(c.moreBtn, layout.NewSpacer(), cancel, c.saveBtn)
	// Read mid-cramp: it must be legible at a glance, not greyed out.
	during := wrappedLabel(duringCrampText())
	during.TextStyle.Italic = true
	c.dlg = dialog.NewCustomWithoutButtons(lang.L("Log a cramp"), container.NewVBox(during, form, buttons), c.env.win)
	c.dlg.Show()
	canvas := c.env.win.Canvas()
	canvas.Focus(nil)
	// Enter saves and Escape closes while no choice holds the focus; a tapped
	// choice gives it back at once, since a radio button swallows both keys.
	release := takeKeys(canvas, c.onSave, c.dlg.Hide)
	c.dlg.SetOnClosed(release)
	for _, g := range []*widget.RadioGroup{c.when, c.muscle, c.side} {
		g.OnChanged = func(string) { canvas.Unfocus() }
	}
}

func (c *capture) onSave() {
	cr := c.cramp()
	if err := c.env.store.SaveCramp(c.env.ctx(), &cr); err != nil {
		c.env.showError(err)
		return
	}
	c.dlg.Hide()
	c.env.changed(cr.Night)
	c.env.notify(crampSavedText(cr))
}

// crampSavedText confirms a saved cramp the same way from the quick capture
// and from the full form.
func crampSavedText(cr model.Cramp) string {
	if cr.Time == nil {
		return lang.L("Cramp saved in the night of {{.Date}}.", map[string]any{"Date": longDate(cr.Night)})
	}
	return lang.L("Cramp at {{.Time}} saved in the night of {{.Date}}. Add details any time in History.",
		map[string]any{"Time": cr.Time.String(), "Date": longDate(cr.Night)})
}

// onMore moves what was chosen into the full cramp form.
func (c *capture) onMore() {
	c.dlg.Hide()
	newCrampEditor(c.env, c.cramp()).open()
}
