package ui

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	if _, _, err := c.parseRange("2026-11-10", "2026-11-01"); err == nil || !strings.Contains(userMessage(err), "must not be after") {
		t.Fatalf("reversed custom range: %v", err)
	}
	if _, _, err := c.parseRange("10/11/2026", "2026-11-01"); err == nil || !strings.Contains(userMessage(err), "From: use a date like") {
		t.Fatalf("bad custom date: %v", err)
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
		c.exportTo(filepath.Join(dir, name), func(err error) { results[name] = err })
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
