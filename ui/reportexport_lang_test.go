package ui

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model/demo"
)

// The report can be made in another language than the window's: chosen in
// the dialog, it has that language's headings and dates and no English ones.
func TestExportReportInAnotherLanguage(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (poppler-utils)")
	}
	h := newHarness(t, evening)
	if err := demo.Fill(bg, h.store, 60, "2026-11-24", 2); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	h.diaryMenuItem("Export report…")
	r := h.main.files.report
	if r.language.Selected != "Same as the window" {
		t.Fatalf("the report's language starts as %q", r.language.Selected)
	}
	r.setFolder(dir)
	r.language.SetSelected("Deutsch")
	saveReport(h, r)
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", filepath.Join(dir, r.name.Text), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, s := range []string{"Tagebuch nächtlicher Beinkrämpfe", "Nächte und Krämpfe", "27. Oktober 2026 bis 23. November 2026, 28 Nächte"} {
		if !strings.Contains(text, s) {
			t.Errorf("%q is not in the German report:\n%s", s, text)
		}
	}
	for _, s := range []string{"Night leg cramp diary", "Nights and cramps", "October", "November 2026 to"} {
		if strings.Contains(text, s) {
			t.Errorf("English %q is left in the German report", s)
		}
	}
}
