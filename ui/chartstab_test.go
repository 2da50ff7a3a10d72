package ui

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/demo"
)

// openCharts selects the Charts tab and waits for every chart to be drawn.
func openCharts(h *harness) *chartsTab {
	h.t.Helper()
	h.shortcut("3")
	c := h.main.charts
	c.env.jobs.settle()
	return c
}

func TestChartsOnAnEmptyDiarySayWhatToLog(t *testing.T) {
	h := newHarness(t, evening)
	c := openCharts(h)
	if c.rangeSel.Selected != "4 weeks" || c.from != "2026-10-27" || c.to != "2026-11-23" {
		t.Fatalf("default range %q %s..%s", c.rangeSel.Selected, c.from, c.to)
	}
	for name, v := range c.views {
		if v.img.Image != nil || !v.msg.Visible() || !strings.Contains(v.msg.Text, "Log") {
			t.Errorf("%s on an empty diary: image %v, message %q", name, v.img.Image != nil, v.msg.Text)
		}
		// A wrapping label squeezed to no width prints one letter per line.
		if v.msg.Size().Width < v.Size().Width/2 {
			t.Errorf("%s message is %v wide in a %v chart", name, v.msg.Size().Width, v.Size().Width)
		}
	}
}

func TestChartsDrawAtTheirSizeAndFollowEdits(t *testing.T) {
	h := newHarness(t, evening)
	if err := demo.Fill(bg, h.store, 120, "2026-11-24", 1); err != nil {
		t.Fatal(err)
	}
	c := openCharts(h)
	for name, v := range c.views {
		if v.img.Image == nil {
			t.Fatalf("%s not drawn: %q", name, v.msg.Text)
		}
		b := v.img.Image.Bounds()
		if b.Dx() != int(v.Size().Width) || b.Dy() != int(v.Size().Height) {
			t.Errorf("%s drawn at %v for a %v view", name, b.Size(), v.Size())
		}
	}
	before := c.views["timeline"].img.Image
	if err := h.store.SaveCramp(bg, &model.Cramp{Night: "2026-11-23", Muscle: model.Thigh, Side: model.Both}); err != nil {
		t.Fatal(err)
	}
	h.main.onChanged()
	c.env.jobs.settle()
	if c.views["timeline"].img.Image == before {
		t.Fatal("the timeline was not redrawn after an edit")
	}
}

func TestChartsRangeChoices(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2025-02-01", NightChecked: true})
	c := openCharts(h)
	c.rangeSel.SetSelected("All")
	c.env.jobs.settle()
	if c.from != "2025-02-01" || c.to != "2026-11-23" {
		t.Fatalf("All is %s..%s", c.from, c.to)
	}
	c.rangeSel.SetSelected("2 weeks")
	if c.from != "2026-11-10" {
		t.Fatalf("2 weeks starts %s", c.from)
	}
	if _, _, err := parseDateRange(entryWith("2026-11-10"), entryWith("2026-11-01")); err == nil || !strings.Contains(userMessage(err), "must not be after") {
		t.Fatalf("reversed custom range: %v", err)
	}
	if _, _, err := parseDateRange(entryWith("10/11/2026"), entryWith("2026-11-01")); err == nil || !strings.Contains(userMessage(err), "From: use a date like") {
		t.Fatalf("bad custom date: %v", err)
	}
	c.env.jobs.settle()
}

// The Charts tab's Export report… offers the range on show.
func TestChartsExportOffersTheRangeShown(t *testing.T) {
	h := newHarness(t, evening)
	c := openCharts(h)
	c.rangeSel.SetSelected("2 weeks")
	test.Tap(c.exportBtn)
	r := h.main.files.report
	if r == nil || r.from.entry.Text != "2026-11-10" || r.to.entry.Text != "2026-11-23" {
		t.Fatalf("the report dialog offers %v", r)
	}
	if r.name.Text != "crampdiary-report-2026-11-10-to-2026-11-23.pdf" {
		t.Fatalf("suggested name %q", r.name.Text)
	}
	c.env.jobs.settle()
}

func TestExportReportAsPDFAndPNG(t *testing.T) {
	h := newHarness(t, evening)
	if err := demo.Fill(bg, h.store, 60, "2026-11-24", 2); err != nil {
		t.Fatal(err)
	}
	c := openCharts(h)
	dir := t.TempDir()
	results := map[string]error{}
	for _, name := range []string{"report.pdf", "report.png", "report.txt"} {
		name := name
		h.main.files.writeReport(c.from, c.to, filepath.Join(dir, name), "", func(err error) { results[name] = err })
	}
	c.env.jobs.settle()
	pdf, err := os.ReadFile(filepath.Join(dir, "report.pdf"))
	if results["report.pdf"] != nil || err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("pdf: %v %v", results["report.pdf"], err)
	}
	f, err := os.Open(filepath.Join(dir, "report.png"))
	if results["report.png"] != nil || err != nil {
		t.Fatalf("png: %v %v", results["report.png"], err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 1240 || cfg.Height != 1754 {
		t.Fatalf("png page %dx%d, %v", cfg.Width, cfg.Height, err)
	}
	if err := results["report.txt"]; err == nil || !strings.Contains(userMessage(err), ".pdf or .png") {
		t.Fatalf("txt export: %v", err)
	}
}

// TestCustomRangeKeepsTypingAndPicksFromACalendar: a bad date leaves the
// dialog open with what was typed and a sentence on what to fix; a day picked
// from the calendar fills the field as a date the diary reads.
func TestCustomRangeKeepsTypingAndPicksFromACalendar(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-10-01", NightChecked: true})
	c := openCharts(h)
	c.rangeSel.SetSelected("Custom…")
	if c.rangeDlg == nil {
		t.Fatal("Custom… opened no dialog")
	}
	c.fromPick.entry.SetText("")
	test.Type(c.fromPick.entry, "27/10/2026")
	test.Tap(c.rangeDlg.saveBtn)
	if msg := h.overlayText(); !strings.Contains(msg, "From: use a date like 2026-01-31, or pick one from the calendar") {
		t.Fatalf("bad From date says %q", msg)
	}
	h.tapDialogButton("OK")
	if c.fromPick.entry.Text != "27/10/2026" || h.win.Canvas().Overlays().Top() == nil {
		t.Fatalf("after a bad date the field holds %q and the dialog open is %v", c.fromPick.entry.Text, h.win.Canvas().Overlays().Top() != nil)
	}
	if c.from != "2026-10-27" {
		t.Fatalf("a bad date changed the range to %s", c.from)
	}
	// The calendar opens on the month of last night when the field does not read.
	test.Tap(c.fromPick.button)
	tapCalendarDay(t, c.fromPick, "November 2026", "3")
	if c.fromPick.entry.Text != "2026-11-03" || c.fromPick.popUp != nil {
		t.Fatalf("picked day wrote %q, calendar open %v", c.fromPick.entry.Text, c.fromPick.popUp != nil)
	}
	// It opens on the typed date's month: go back from October 2026.
	c.toPick.entry.SetText("2026-10-15")
	test.Tap(c.toPick.button)
	tapCalendarDay(t, c.toPick, "October 2026", "20")
	test.Tap(c.rangeDlg.saveBtn)
	if msg := h.overlayText(); !strings.Contains(msg, "must not be after") {
		t.Fatalf("reversed range says %q", msg)
	}
	h.tapDialogButton("OK")
	c.fromPick.entry.SetText("2026-10-02")
	test.Tap(c.rangeDlg.saveBtn)
	c.env.jobs.settle()
	if c.from != "2026-10-02" || c.to != "2026-10-20" {
		t.Fatalf("range %s..%s, want 2026-10-02..2026-10-20", c.from, c.to)
	}
	if h.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the dialog stayed open after a good range")
	}
}

// tapCalendarDay checks the open calendar shows month ("November 2026") and
// taps day in it.
func tapCalendarDay(t *testing.T, p *datePicker, month, day string) {
	t.Helper()
	if p.popUp == nil {
		t.Fatal("the calendar did not open")
	}
	shown := p.calendar.monthSel.Selected + " " + p.calendar.yearSel.Selected
	var tap *widget.Button
	for _, o := range test.LaidOutObjects(p.popUp) {
		if b, ok := o.(*widget.Button); ok && b.Text == day {
			tap = b
		}
	}
	if shown != month || tap == nil {
		t.Fatalf("calendar: month %q shown (want %q), day %q found %v", shown, month, day, tap != nil)
	}
	test.Tap(tap)
}

func entryWith(text string) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(text)
	return e
}
