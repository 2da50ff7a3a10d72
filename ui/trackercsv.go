package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model/tracker"
)

// csvColumns asks once which column of a CSV file holds the date, steps,
// running minutes and sleep times; the answer is kept with the source when
// the person keeps reading it.
type csvColumns struct {
	date, steps, run, start, end *widget.Select
}

// askCSVColumns shows the column choice for the CSV file at path; ok gets
// the mapping, cancel runs when the person gives up.
func askCSVColumns(e *env, path string, ok func(tracker.CSVMapping), cancel func()) *csvColumns {
	header, err := tracker.CSVHeader(path)
	if err != nil {
		cancel()
		e.showError(err)
		return nil
	}
	none := lang.L("(not in this file)")
	options := append([]string{none}, header...)
	pick := func(words ...string) *widget.Select {
		s := widget.NewSelect(options, nil)
		s.SetSelected(none)
		for _, h := range header {
			if containsAny(strings.ToLower(h), words) {
				s.SetSelected(h)
				break
			}
		}
		return s
	}
	c := &csvColumns{
		date: pick("date", "day"), steps: pick("step"), run: pick("run"),
		start: pick("bed", "sleep start", "asleep", "start"), end: pick("wake", "woke", "sleep end", "end"),
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Date"), c.date),
		widget.NewFormItem(lang.L("Steps"), c.steps),
		widget.NewFormItem(lang.L("Running minutes"), c.run),
		widget.NewFormItem(lang.L("Fell asleep"), c.start),
		widget.NewFormItem(lang.L("Woke up"), c.end),
	)
	d := dialog.NewForm(lang.L("Which column holds what?"), lang.L("Read the file"), lang.L("Cancel"), form.Items, func(yes bool) {
		if !yes {
			cancel()
			return
		}
		ok(c.mapping(none))
	}, e.win)
	d.Resize(fyne.NewSize(520, 380))
	d.Show()
	return c
}

// mapping is the choice as a tracker.CSVMapping; "not in this file" is "".
func (c *csvColumns) mapping(none string) tracker.CSVMapping {
	get := func(s *widget.Select) string {
		if s.Selected == none {
			return ""
		}
		return s.Selected
	}
	return tracker.CSVMapping{Date: get(c.date), Steps: get(c.steps), RunMin: get(c.run), SleepStart: get(c.start), SleepEnd: get(c.end)}
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
