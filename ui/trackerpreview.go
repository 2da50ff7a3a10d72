package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/tracker"
)

// maxPreviewRows bounds the list: a year of exports is a long scroll, and the
// counts above it already say everything.
const maxPreviewRows = 400

// trackerPreview lists what an import would change before anything is
// written: the days, the fields filled, and the typed values that differ.
type trackerPreview struct {
	ti      *trackerImport
	today   model.Date
	plan    tracker.Plan
	summary *widget.Label
	rows    *fyne.Container
	replace *widget.Check // "Also replace what I typed", off by default
	keep    *widget.Check // "Keep reading this file or folder"
	dlg     *formDialog
}

func newTrackerPreview(ti *trackerImport, today model.Date) *trackerPreview {
	p := &trackerPreview{ti: ti, today: today, summary: widget.NewLabel(""), rows: container.NewVBox()}
	p.summary.Wrapping = fyne.TextWrapWord
	p.replace = widget.NewCheck(lang.L("Also replace what I typed"), func(bool) { p.update() })
	p.keep = widget.NewCheck(lang.L("Keep reading this file or folder"), nil)
	keepHint := widget.NewLabel(lang.L("crampdiary then reads new data from it when it starts and before the evening reminder. It fills empty fields and never replaces what you typed."))
	keepHint.Wrapping = fyne.TextWrapWord
	keepHint.Importance = widget.LowImportance
	body := container.NewBorder(p.summary, container.NewVBox(p.replace, p.keep, keepHint), nil, nil, container.NewVScroll(p.rows))
	title := lang.L("Import from {{.Source}}", map[string]any{"Source": SourceName(string(ti.format))})
	p.dlg = newFormDialog(ti.env, title, body, p.onImport)
	p.dlg.saveBtn.SetText(lang.L("Import"))
	p.update()
	return p
}

func (p *trackerPreview) show() {
	size := p.ti.env.win.Canvas().Size()
	p.dlg.show(fyne.NewSize(size.Width*0.9, size.Height*0.9))
}

// update plans again for the replace choice and shows the result.
func (p *trackerPreview) update() {
	p.plan = p.ti.plan(p.replace.Checked, p.today)
	c := p.plan.Counts()
	p.summary.SetText(previewSummary(p.plan, c))
	p.rows.Objects = nil
	// What the person typed comes first: it is what they must decide on.
	shown := 0
	for _, typed := range []bool{true, false} {
		for _, fc := range p.plan.Changes {
			if fc.Change == tracker.Same || fc.Change == tracker.Skipped || (fc.Change == tracker.Differs) != typed {
				continue
			}
			if shown++; shown == maxPreviewRows {
				p.rows.Add(widget.NewLabel(lang.L("…and more, not listed here.")))
			}
			if shown < maxPreviewRows {
				p.rows.Add(previewRow(fc, p.plan.Format))
			}
		}
	}
	p.rows.Refresh()
	if c.Days == 0 {
		p.dlg.saveBtn.Disable()
	} else {
		p.dlg.saveBtn.Enable()
	}
}

func (p *trackerPreview) onImport() error {
	return p.ti.apply(p.plan, p.keep.Checked)
}

// previewSummary says in a sentence or two what the import does.
func previewSummary(plan tracker.Plan, c tracker.Count) string {
	if len(plan.Changes) == 0 {
		return lang.L("This export holds no steps, runs or sleep crampdiary can use.")
	}
	s := count("{{.Count}} days change", c.Days) + ": " + count("{{.Count}} empty fields are filled", c.Filled)
	if c.Updated > 0 {
		s += ", " + count("{{.Count}} values from an earlier import are updated", c.Updated)
	}
	if c.Replaced > 0 {
		s += ", " + count("{{.Count}} values you typed are replaced", c.Replaced)
	}
	s += "."
	if c.Same > 0 {
		s += " " + count("{{.Count}} values are already in the diary.", c.Same)
	}
	if kept := c.Differ - c.Replaced; kept > 0 {
		s += " " + count("{{.Count}} values you typed differ and are kept.", kept)
	}
	if c.Skip > 0 {
		s += " " + count("{{.Count}} values are left out (in the future or out of range).", c.Skip)
	}
	return s
}

// previewRow is one field of one day: "Mon 4 May 2026   Steps   9,000 (was empty)".
func previewRow(fc tracker.FieldChange, f tracker.Format) fyne.CanvasObject {
	var what string
	switch {
	case fc.Change == tracker.Fill:
		what = lang.L("{{.New}} (was empty)", map[string]any{"New": showValue(fc.Field, fc.New)})
	case fc.Change == tracker.Update:
		what = lang.L("{{.New}} (was {{.Old}})", map[string]any{"New": showValue(fc.Field, fc.New), "Old": showValue(fc.Field, fc.Old)})
	case fc.Applied:
		what = lang.L("{{.New}} replaces {{.Old}} you typed", map[string]any{"New": showValue(fc.Field, fc.New), "Old": showValue(fc.Field, fc.Old)})
	default:
		what = lang.L("you typed {{.Old}}; {{.Source}} says {{.New}} (kept)", map[string]any{"Old": showValue(fc.Field, fc.Old), "New": showValue(fc.Field, fc.New), "Source": SourceName(string(f))})
	}
	label := widget.NewLabel(fmt.Sprintf("%s    %s    %s", shortDate(fc.Date), previewField(fc.Field), what))
	if fc.Change == tracker.Differs && !fc.Applied {
		label.Importance = widget.WarningImportance
	}
	return label
}

func previewField(f tracker.Field) string {
	switch f {
	case tracker.FieldSteps:
		return lang.L("Steps")
	case tracker.FieldRunMin:
		return lang.L("Running minutes")
	}
	return lang.L("Sleep")
}

// showValue groups step digits; the sleep window reads "23:40–06:50".
func showValue(f tracker.Field, v string) string {
	if f == tracker.FieldSteps {
		var n int
		if _, err := fmt.Sscan(v, &n); err == nil {
			return groupDigits(n)
		}
	}
	return v
}
