// Command startup-bare is the yardstick of .ci/bench-startup: a bare Fyne
// window with a tray menu and a few widgets, the least a window like
// crampdiary's can cost to come up.
package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := fyneapp.NewWithID("org.crampdiary.startup-bare")
	w := a.NewWindow("startup-bare")
	if d, ok := a.(desktop.App); ok {
		d.SetSystemTrayMenu(fyne.NewMenu("startup-bare", fyne.NewMenuItem("Show", w.Show)))
	}
	w.SetContent(container.NewVBox(
		widget.NewLabel("A bare Fyne window with a tray"),
		widget.NewEntry(),
		widget.NewButton("Quit", a.Quit)))
	w.Resize(fyne.NewSize(900, 680))
	w.ShowAndRun()
}
