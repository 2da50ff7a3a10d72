package cli

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore"
)

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, dir, "demo", "--days", "60"); code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	out := t.TempDir()
	pdfPath := filepath.Join(out, "cramps.pdf")
	code, stdout, errOut := runCLI(t, dir, "report", "--out", pdfPath)
	lastNight := model.DiaryToday(testNow).AddDays(-1)
	want := string(lastNight.AddDays(-27)) + " to " + string(lastNight)
	if code != exitOK || !strings.Contains(stdout, want) {
		t.Fatalf("report with defaults: exit %d, out %q (want the period %s), err %q", code, stdout, want, errOut)
	}
	if b, err := os.ReadFile(pdfPath); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("the report is not a PDF: %v", err)
	}

	pngPath := filepath.Join(out, "cramps.PNG")
	code, _, errOut = runCLI(t, dir, "report", "--from", string(lastNight.AddDays(-6)), "--to", string(lastNight), "--out", pngPath)
	if code != exitOK {
		t.Fatalf("report as PNG: exit %d: %s", code, errOut)
	}
	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 1240 || cfg.Height != 1754 {
		t.Errorf("the PNG is %dx%d (%v), want 1240x1754", cfg.Width, cfg.Height, err)
	}
}

func TestReportRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, dir, "demo", "--days", "3")
	out := filepath.Join(t.TempDir(), "r.pdf")
	tomorrow := string(model.DateOf(testNow).AddDays(1))
	tests := []struct {
		name string
		args []string
		code int
		says string
	}{
		{"no file", []string{"report"}, exitUsage, "needs a file"},
		{"wrong extension", []string{"report", "--out", "r.docx"}, exitUsage, ".pdf or .png"},
		{"not a date", []string{"report", "--from", "2025-02-30", "--out", out}, exitUsage, "not a date"},
		{"reversed", []string{"report", "--from", "2025-03-09", "--to", "2025-03-01", "--out", out}, exitUsage, "after it ends"},
		{"too long", []string{"report", "--from", "2001-01-01", "--to", "2025-03-01", "--out", out}, exitUsage, "at most 3660 nights"},
		{"extra argument", []string{"report", "--out", out, "now"}, exitUsage, "unexpected argument"},
		{"ends tomorrow", []string{"report", "--to", tomorrow, "--out", out}, exitError, "after today"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, dir, tt.args...)
			if code != tt.code || !strings.HasPrefix(errOut, "crampdiary: ") || !strings.Contains(errOut, tt.says) {
				t.Errorf("%q: exit %d, err %q; want exit %d saying %q", tt.args, code, errOut, tt.code, tt.says)
			}
		})
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused report left a file: %v", err)
	}
}

func TestReportNeedsADiaryAndIsInTheHelp(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := runCLI(t, dir, "report", "--out", filepath.Join(t.TempDir(), "r.pdf"))
	if code != exitError || !strings.Contains(errOut, "no diary") {
		t.Errorf("report without a diary: exit %d, err %q", code, errOut)
	}
	if _, out, _ := runCLI(t, dir, "help"); !strings.Contains(out, "report --out FILE") {
		t.Errorf("the help does not show the report command:\n%s", out)
	}
}

func TestFlagsCommand(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := runCLI(t, dir, "flags")
	if code != exitError || !strings.Contains(errOut, "no diary") {
		t.Fatalf("flags without a diary: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, dir, "demo", "--days", "20"); code != exitOK {
		t.Fatalf("demo: %s", errOut)
	}
	code, out, errOut := runCLI(t, dir, "flags")
	if code != exitOK || (out != "No red flags in the diary.\n" && !strings.Contains(out, "talk to a clinician")) {
		t.Fatalf("flags: exit %d, out %q, err %q", code, out, errOut)
	}
	// A long cramp last night must show.
	s, err := sqlstore.Open(datadir.DiaryPath(dir), sqlstore.Options{Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	long := 900
	night := model.DiaryToday(testNow).AddDays(-1)
	if err := s.SaveCramp(context.Background(), &model.Cramp{Night: night, Muscle: model.Calf, Side: model.Left, DurationS: &long}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, out, _ = runCLI(t, dir, "flags")
	if code != exitOK || !strings.Contains(out, "A cramp lasting over 10 minutes (since ") {
		t.Fatalf("flags after a 15-minute cramp: exit %d, %q", code, out)
	}
}
