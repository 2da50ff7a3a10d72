package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/tracker"
)

var juneEvening = time.Date(2027, 6, 12, 19, 0, 0, 0, time.UTC)

// healthExport writes a small Apple Health export.xml: steps on the 10th and
// 11th, and the night of the 10th.
func healthExport(t *testing.T) string {
	t.Helper()
	const src = `sourceName="Apple Watch" device="&lt;&lt;HKDevice: 0x1&gt;, name:Apple Watch, model:Watch&gt;"`
	rec := func(typ, start, end, extra string) string {
		return fmt.Sprintf(" <Record type=%q %s startDate=%q endDate=%q %s/>\n", typ, src, start, end, extra)
	}
	body := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_US\">\n" +
		rec("HKQuantityTypeIdentifierStepCount", "2027-06-10 08:00:00 +0200", "2027-06-10 09:00:00 +0200", `unit="count" value="5000"`) +
		rec("HKQuantityTypeIdentifierStepCount", "2027-06-11 08:00:00 +0200", "2027-06-11 09:00:00 +0200", `unit="count" value="8000"`) +
		rec("HKCategoryTypeIdentifierSleepAnalysis", "2027-06-10 23:30:00 +0200", "2027-06-11 06:45:00 +0200", `value="HKCategoryValueSleepAnalysisAsleepCore"`) +
		"</HealthData>\n"
	path := filepath.Join(t.TempDir(), "export.xml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func previewText(p *trackerPreview) string {
	var b strings.Builder
	b.WriteString(p.summary.Text + "\n")
	for _, o := range p.rows.Objects {
		b.WriteString(o.(*widget.Label).Text + "\n")
	}
	return b.String()
}

func TestTrackerImportPreviewThenImport(t *testing.T) {
	h := newHarness(t, juneEvening)
	h.saveDay(model.Day{Date: "2027-06-11", Steps: ptr(1234), NightChecked: true})
	ti := h.main.importTracker(healthExport(t))
	<-ti.done
	p := ti.preview
	if p == nil {
		t.Fatal("no preview after reading")
	}
	text := previewText(p)
	for _, want := range []string{"1 day changes", "2 empty fields are filled", "1 value you typed differs and is kept",
		"Thu 10 Jun 2027    Steps    5,000 (was empty)", "Thu 10 Jun 2027    Sleep    23:30-06:45 (was empty)",
		"Fri 11 Jun 2027    Steps    you typed 1,234; Apple Health says 8,000 (kept)"} {
		if !strings.Contains(text, want) {
			t.Errorf("preview does not say %q:\n%s", want, text)
		}
	}
	if _, err := h.store.Day(bg, "2027-06-10"); err == nil {
		t.Fatal("the preview wrote to the diary")
	}

	p.replace.SetChecked(true)
	if text := previewText(p); !strings.Contains(text, "8,000 replaces 1,234 you typed") {
		t.Errorf("with replace ticked:\n%s", text)
	}
	p.replace.SetChecked(false)
	p.keep.SetChecked(true)
	test.Tap(p.dlg.saveBtn)

	tenth, eleventh := h.day("2027-06-10"), h.day("2027-06-11")
	if *tenth.Steps != 5000 || tenth.StepsSource != "apple-health" || tenth.SleepSource != "apple-health" || tenth.NightChecked {
		t.Errorf("the 10th: %+v", tenth)
	}
	if *eleventh.Steps != 1234 || eleventh.StepsSource != "" {
		t.Errorf("typed steps on the 11th not kept: %+v", eleventh)
	}
	if got := h.main.notice.Text; got != "Steps for 1 day came from Apple Health." {
		t.Errorf("notice %q", got)
	}
	// Today is the 12th: last night (the 11th) and today carry no captions,
	// the History editor of the 10th does.
	ed, err := newDayEditor(h.main.env, "2027-06-10")
	if err != nil {
		t.Fatal(err)
	}
	if ed.form.stepsFrom.Text != "from Apple Health" || ed.night.from.Text != "from Apple Health" {
		t.Errorf("captions %q, %q", ed.form.stepsFrom.Text, ed.night.from.Text)
	}
	if list, _ := tracker.LoadSources(bg, h.store); len(list) != 1 || list[0].Format != tracker.AppleHealth {
		t.Errorf("remembered %+v", list)
	}
}

func TestTrackerImportBadFileShowsTheReason(t *testing.T) {
	h := newHarness(t, juneEvening)
	path := filepath.Join(t.TempDir(), "export.xml")
	_ = os.WriteFile(path, []byte("<?xml version=\"1.0\"?>\n<HealthData locale=\"en_US\">\n <Record type=\"HKQuantityTypeIdentifierStepCount\" startDate=\"2027-06"), 0o600)
	ti := h.main.importTracker(path)
	<-ti.done
	if ti.preview != nil {
		t.Fatal("a preview for a truncated file")
	}
	if got := h.overlayText(); !strings.Contains(got, "is cut short") {
		t.Errorf("error dialog says %q", got)
	}
	if n, _, _ := h.store.Counts(bg); n != 0 {
		t.Errorf("%d days written", n)
	}
}

// A CSV file from another app: the columns are asked once, guessed from the
// header, and remembered with the source when it is kept.
func TestTrackerImportCSVAsksForTheColumns(t *testing.T) {
	h := newHarness(t, juneEvening)
	path := filepath.Join(t.TempDir(), "sleep.csv")
	if err := os.WriteFile(path, []byte("Day;Walked;Bedtime;Wake time\n2027-06-09;7000;23:10;06:50\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ti := h.main.importTracker(path)
	c := ti.columns
	if c == nil {
		t.Fatal("no column choice for a CSV file")
	}
	if c.date.Selected != "Day" || c.start.Selected != "Bedtime" || c.end.Selected != "Wake time" || c.steps.Selected != "(not in this file)" {
		t.Errorf("guessed %q %q %q %q", c.date.Selected, c.start.Selected, c.end.Selected, c.steps.Selected)
	}
	c.steps.SetSelected("Walked")
	h.tapDialogButton("Read the file")
	<-ti.done
	if ti.preview == nil {
		t.Fatal("no preview")
	}
	ti.preview.keep.SetChecked(true)
	test.Tap(ti.preview.dlg.saveBtn)
	d := h.day("2027-06-09")
	if *d.Steps != 7000 || d.StepsSource != "csv" || d.SleepStart.String() != "23:10" || d.SleepSource != "csv" {
		t.Errorf("the 9th: %+v", d)
	}
	if m := rememberedMapping(h.main.env, path); m == nil || m.Steps != "Walked" || m.Date != "Day" {
		t.Errorf("remembered mapping %+v", m)
	}
	again := h.main.importTracker(path)
	if again.columns != nil {
		t.Error("the columns were asked again for a remembered file")
	}
	<-again.done
	if again.preview == nil || again.preview.plan.Counts().Same != 2 || len(again.preview.plan.Days) != 0 {
		t.Errorf("a second import changes something: %+v", again.preview.plan)
	}
}

// Reading an Apple Health export, the dialog shows a bar that fills up; an
// export that cannot tell how far it is keeps the moving bar and the count.
func TestTrackerImportShowsHowFarItHasRead(t *testing.T) {
	h := newHarness(t, juneEvening)
	ti := h.main.importTracker(healthExport(t))
	<-ti.done
	ti.showRead() // what the next tick would show
	if !ti.bar.Visible() || ti.bar.Value != 1 || ti.moving.Visible() || ti.status.Text != "3 records read" {
		t.Errorf("after reading: bar shown %v at %v, moving bar shown %v, %q", ti.bar.Visible(), ti.bar.Value, ti.moving.Visible(), ti.status.Text)
	}

	other := &trackerImport{env: h.main.env, count: &tracker.Counting{}, status: widget.NewLabel(""),
		moving: widget.NewProgressBarInfinite(), bar: widget.NewProgressBar()}
	other.bar.Hide()
	other.showRead()
	if other.bar.Visible() || !other.moving.Visible() || other.status.Text != "0 records read" {
		t.Errorf("no length known: bar shown %v, moving bar shown %v, %q", other.bar.Visible(), other.moving.Visible(), other.status.Text)
	}
	other.moving.Stop()
}
