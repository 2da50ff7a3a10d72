package ui

import (
	"bytes"
	"errors"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/demo"
)

// diaryMenuItem runs the Diary menu item labelled label, as a click would.
func (h *harness) diaryMenuItem(label string) {
	h.t.Helper()
	for _, it := range h.win.MainMenu().Items[0].Items {
		if it.Label == label {
			it.Action()
			return
		}
	}
	h.t.Fatalf("the Diary menu has no %q", label)
}

func TestDiaryMenuOffersTheFiles(t *testing.T) {
	h := newHarness(t, evening)
	for _, label := range []string{"Export CSV…", "Import CSV…"} {
		h.diaryMenuItem(label)
		top := h.win.Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("%s opened nothing", label)
		}
		top.Hide() // the folder chooser: the tests below go on from its answer
	}
	h.diaryMenuItem("Export report…")
	if h.main.files.report == nil || h.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Export report… opened no dialog")
	}
}

// TestExportReportFromTheMenu: the report of the last four weeks as a PDF and
// a PNG, with a file that is not crampdiary's replaced only when the person says so.
func TestExportReportFromTheMenu(t *testing.T) {
	h := newHarness(t, evening)
	if err := demo.Fill(bg, h.store, 60, "2026-11-24", 2); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	h.diaryMenuItem("Export report…")
	r := h.main.files.report
	r.setFolder(dir)
	if want := "crampdiary-report-2026-10-27-to-2026-11-23.pdf"; r.name.Text != want {
		t.Fatalf("suggested name %q, want %q", r.name.Text, want)
	}
	saveReport(h, r)
	pdf, err := os.ReadFile(filepath.Join(dir, r.name.Text))
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Contains(pdf, []byte("%%EOF")) {
		t.Fatalf("report.pdf: %v, starts %q", err, pdf[:min(len(pdf), 8)])
	}
	if !strings.Contains(h.main.NoticeText(), "Report saved as "+filepath.Join(dir, r.name.Text)) {
		t.Fatalf("notice %q", h.main.NoticeText())
	}
	if got := h.main.app.Preferences().String(PrefExportFolder); got != dir {
		t.Errorf("the folder remembered is %q, want %q", got, dir)
	}

	h.diaryMenuItem("Export report…")
	r = h.main.files.report
	r.format.SetSelected("PNG picture")
	r.from.entry.SetText("2026-11-01")
	if !strings.HasSuffix(r.name.Text, "2026-11-01-to-2026-11-23.png") {
		t.Fatalf("name after choosing PNG and a start: %q", r.name.Text)
	}
	saveReport(h, r)
	f, err := os.Open(filepath.Join(dir, r.name.Text))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if cfg, err := png.DecodeConfig(f); err != nil || cfg.Width != 1240 || cfg.Height != 1754 {
		t.Fatalf("png page %dx%d, %v", cfg.Width, cfg.Height, err)
	}
}

// saveReport taps Save and waits for the report to be written.
func saveReport(h *harness, r *reportExport) {
	h.t.Helper()
	r.saveBtn.OnTapped()
	h.main.env.jobs.settle()
	if h.win.Canvas().Overlays().Top() != nil {
		h.t.Fatalf("the report dialog is still open: %q", h.overlayText())
	}
}

func TestExportReportAsksBeforeReplacing(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-11-20", NightChecked: true})
	dir := t.TempDir()
	mine := filepath.Join(dir, "notes.pdf")
	if err := os.WriteFile(mine, []byte("my own notes"), 0o600); err != nil {
		t.Fatal(err)
	}
	h.diaryMenuItem("Export report…")
	r := h.main.files.report
	r.setFolder(dir)
	r.name.SetText("notes.pdf")
	r.saveBtn.OnTapped()
	if r.confirm == nil || !strings.Contains(h.overlayText(), "There is already a file named notes.pdf") {
		t.Fatalf("no question before replacing notes.pdf: %q", h.overlayText())
	}
	h.tapDialogButton("No")
	h.main.env.jobs.settle()
	if b, _ := os.ReadFile(mine); string(b) != "my own notes" {
		t.Fatalf("notes.pdf changed without a yes: %q", b)
	}
	r.saveBtn.OnTapped()
	h.tapDialogButton("Replace")
	h.main.env.jobs.settle()
	if b, _ := os.ReadFile(mine); !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("notes.pdf after Replace starts %q", b[:min(len(b), 12)])
	}
}

// A name or a period the report cannot use keeps the dialog open, says what
// to fix, and writes nothing.
func TestExportReportRefusesWithASentence(t *testing.T) {
	h := newHarness(t, evening)
	dir := t.TempDir()
	h.diaryMenuItem("Export report…")
	r := h.main.files.report
	r.setFolder(dir)
	for _, tt := range []struct{ from, name, want string }{
		{"2026-11-01", "report.txt", "must end in .pdf or .png"},
		{"1/11/2026", "report.pdf", "From: use a date like 2026-01-31"},
		{"2026-11-01", "", "File name: give the report a name"},
	} {
		r.from.entry.SetText(tt.from)
		r.name.SetText(tt.name)
		r.saveBtn.OnTapped()
		h.main.env.jobs.settle()
		if !strings.Contains(h.overlayText(), tt.want) {
			t.Errorf("%s, %q: says %q, want %q", tt.from, tt.name, h.overlayText(), tt.want)
		}
		h.tapDialogButton("OK")
		if r.from.entry.Text != tt.from || r.name.Text != tt.name || h.win.Canvas().Overlays().Top() == nil {
			t.Errorf("%s, %q: the dialog lost what was typed or closed", tt.from, tt.name)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("refused reports left %d files", len(entries))
	}
}

func TestExportCSVFromTheMenu(t *testing.T) {
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-11-20", NightChecked: true, Steps: ptr(4321)})
	dir := t.TempDir()
	h.main.files.exportCSV(dir)
	h.main.env.jobs.settle()
	for _, name := range []string{"days.csv", "cramps.csv", "experiments.csv", "experiment_nights.csv"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "days.csv")); !bytes.Contains(b, []byte("2026-11-20,4321")) {
		t.Fatalf("days.csv:\n%s", b)
	}
	if !strings.Contains(h.main.NoticeText(), "Exported the diary to "+dir) {
		t.Fatalf("notice %q", h.main.NoticeText())
	}

	// A days.csv that is already there is replaced only after a yes.
	other := t.TempDir()
	theirs := filepath.Join(other, "days.csv")
	if err := os.WriteFile(theirs, []byte("a spreadsheet of mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	h.main.files.exportCSV(other)
	if !strings.Contains(h.overlayText(), "already has days.csv") {
		t.Fatalf("no question before replacing days.csv: %q", h.overlayText())
	}
	h.tapDialogButton("No")
	h.main.env.jobs.settle()
	if b, _ := os.ReadFile(theirs); string(b) != "a spreadsheet of mine" {
		t.Fatalf("days.csv replaced without a yes: %q", b)
	}
	h.main.files.exportCSV(other)
	h.tapDialogButton("Replace")
	h.main.env.jobs.settle()
	if b, _ := os.ReadFile(theirs); !bytes.HasPrefix(b, []byte("date,")) {
		t.Fatalf("days.csv after Replace: %q", b)
	}
}

func TestImportCSVAllOrNothing(t *testing.T) {
	h := newHarness(t, evening)
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("days.csv", "date,steps,night_checked\n2026-11-10,5000,1\n2026-11-11,12k,1\n")
	write("cramps.csv", "night,muscle,side\n2026-11-10,calf,up\n")
	h.main.files.importCSV(dir)
	h.tapDialogButton("Import")
	h.main.env.jobs.settle()
	p := h.main.files.problems
	if p == nil {
		t.Fatalf("no list of problems: %q", h.overlayText())
	}
	for _, want := range []string{"days.csv line 3", "12k", "cramps.csv line 2", "up"} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("problems %q do not name %q", p.Text, want)
		}
	}
	if !strings.Contains(h.overlayText(), "Nothing was imported") {
		t.Errorf("the dialog says %q", h.overlayText())
	}
	if d, err := h.store.Day(bg, "2026-11-10"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("a refused import wrote the 10th: %+v, %v", d, err)
	}
	h.tapDialogButton("Close")

	write("days.csv", "date,steps,night_checked\n2026-11-10,5000,1\n2026-11-11,12000,1\n")
	write("cramps.csv", "night,muscle,side\n2026-11-10,calf,left\n")
	h.main.files.importCSV(dir)
	h.tapDialogButton("Import")
	h.main.env.jobs.settle()
	if d := h.day("2026-11-11"); d.Steps == nil || *d.Steps != 12000 {
		t.Fatalf("the 11th after the import: %+v", d)
	}
	if n := len(h.cramps()); n != 1 {
		t.Fatalf("%d cramps after the import, want 1", n)
	}
	if !strings.Contains(h.main.NoticeText(), "Imported "+dir) {
		t.Fatalf("notice %q", h.main.NoticeText())
	}
}
