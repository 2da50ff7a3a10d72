package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// SourceName is the plain name of where a value came from, for "from Apple
// Health": the source stored with a day's value (a tracker format) or the
// format of an export being read. The command line uses it too.
func SourceName(source string) string {
	switch source {
	case "apple-health":
		return lang.L("Apple Health")
	case "health-connect":
		return lang.L("Health Connect")
	case "garmin-fit":
		return lang.L("a Garmin watch")
	case "gadgetbridge":
		return lang.L("Gadgetbridge")
	case "fitbit":
		return lang.L("Fitbit")
	case "csv":
		return lang.L("a CSV file")
	}
	return source
}

// sourceCaption is the small text beside a field filled from a phone or
// watch; "" for a value the person typed.
func sourceCaption(source string) string {
	if source == "" {
		return ""
	}
	return lang.L("from {{.Source}}", map[string]any{"Source": SourceName(source)})
}

func newSourceLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.LowImportance
	l.TextStyle = fyne.TextStyle{Italic: true}
	l.Hide()
	return l
}

// setCaption shows the caption of source, and takes no room when typed.
func setCaption(l *widget.Label, source string) {
	l.SetText(sourceCaption(source))
	if l.Text == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// keepSource clears source when the person changed the value from what was
// stored: a value typed over an imported one is the person's own.
func keepSource[T comparable](before, after *T, source *string) {
	if (before == nil) != (after == nil) || (before != nil && *before != *after) {
		*source = ""
	}
}
