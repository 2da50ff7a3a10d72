package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// duringCrampText is what to do while a cramp is happening; it leads the
// capture window, since that is opened mid-cramp.
func duringCrampText() string {
	return lang.L("Right now: pull your toes up towards your shin, or stand and put your weight on that heel and walk a few steps. Rub or warm the muscle. Go gently: no sudden jerks.")
}

// sleepPositionText is the card shown with the bedtime routine.
func sleepPositionText() string {
	return lang.L("Let your feet rest at about a right angle in bed instead of pointing down. On your back, a pillow under the knees helps; on your side, one under or between the ankles. Keep the covers loose over your feet so they do not press the toes down.")
}

func wrappedLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// showSleepPosition shows the sleep-position card.
func showSleepPosition(w fyne.Window) {
	d := dialog.NewCustom(lang.L("Feet in a neutral position"), lang.L("Close"), wrappedLabel(sleepPositionText()), w)
	d.Resize(fyne.NewSize(480, 260))
	d.Show()
}
