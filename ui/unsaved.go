package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// endedBanner tells the person that Today still shows an evening that has
// ended because what they typed for it is not saved, and offers the new day.
type endedBanner struct {
	box  *fyne.Container
	text *widget.Label
	goTo *widget.Button
}

func newEndedBanner(goToday func()) *endedBanner {
	b := &endedBanner{text: wrappedLabel("")}
	b.goTo = widget.NewButtonWithIcon(lang.L("Go to today"), theme.NavigateNextIcon(), goToday)
	b.box = container.NewVBox(widget.NewCard("", "", container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), b.goTo, b.text)))
	b.box.Hide()
	return b
}

// update shows the banner while the form is on shown rather than today.
func (b *endedBanner) update(shown, today model.Date) {
	if shown == today {
		b.box.Hide()
		return
	}
	b.text.SetText(lang.L("This is {{.Date}}, which has ended. What you typed for it is not saved yet: Save keeps it on that day.", map[string]any{"Date": longDate(shown)}))
	b.box.Show()
}

// askUnsaved asks what to do with typing that is not saved: keep it (the
// highlighted, safe choice), stay, or throw it away, offered last.
func askUnsaved(win fyne.Window, msg, keepLabel, discardLabel string, keep, discard func()) {
	var d *dialog.CustomDialog
	keepBtn := widget.NewButton(keepLabel, func() { d.Hide(); keep() })
	keepBtn.Importance = widget.HighImportance
	stay := widget.NewButton(lang.L("Go back to it"), func() { d.Hide() })
	drop := widget.NewButton(discardLabel, func() { d.Hide(); discard() })
	drop.Importance = widget.LowImportance
	body := container.NewVBox(wrappedLabel(msg), container.NewHBox(layout.NewSpacer(), keepBtn, stay, drop))
	d = dialog.NewCustomWithoutButtons(lang.L("Not saved yet"), body, win)
	d.Show()
}
