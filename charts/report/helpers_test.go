package report

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

// testNow is a Monday morning; the default report period ends the night before.
var testNow = time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)

// pdfText runs pdftotext -layout on the PDF at path, so table rows stay on one line.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if requireTools {
			t.Fatal("pdftotext is missing: install poppler-utils")
		}
		t.Skip("pdftotext is not installed (poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// pdfPages counts pages in pdftotext's output, which ends each page with a form feed.
func pdfPages(text string) int { return bytes.Count([]byte(text), []byte("\f")) }

// writeBoth writes the report on from..to from db as PDF and PNG and returns the paths.
func writeBoth(t *testing.T, db Store, from, to model.Date) (pdfPath, pngPath string) {
	t.Helper()
	dir := t.TempDir()
	pdfPath, pngPath = filepath.Join(dir, "report.pdf"), filepath.Join(dir, "report.png")
	for _, p := range []string{pdfPath, pngPath} {
		if err := (Writer{}).WriteFile(context.Background(), db, from, to, p, testNow); err != nil {
			t.Fatalf("WriteFile %s: %v", filepath.Base(p), err)
		}
	}
	return pdfPath, pngPath
}

// decodePNG reads the PNG page at path and checks its size.
func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	if b := img.Bounds(); b.Dx() != PNGWidth || b.Dy() != PNGHeight {
		t.Fatalf("PNG is %dx%d, want %dx%d", b.Dx(), b.Dy(), PNGWidth, PNGHeight)
	}
	return img
}

// inkShare is the share of pixels in r that are clearly not white.
func inkShare(img image.Image, r image.Rectangle) float64 {
	ink, all := 0, 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if cr+cg+cb < 3*0xe000 {
				ink++
			}
			all++
		}
	}
	return float64(ink) / float64(all)
}

// storedDiary fills a new diary with 70 days of varied, seeded rows: checked
// and unchecked nights, cramps on unchecked nights, gaps, measures left out,
// and medication changes; it returns the store with the rows read back.
func storedDiary(t *testing.T, seed uint64) (*sqlstore.DB, []model.Day, []model.Cramp) {
	t.Helper()
	db := storetest.MustOpenDB(t, testNow)
	rng := rand.New(rand.NewPCG(seed, 1))
	var days []model.Day
	var cramps []model.Cramp
	start := model.MustDate("2024-12-30")
	for i := range 70 {
		d := start.AddDays(i)
		if rng.IntN(8) == 0 {
			continue // a gap: no row at all
		}
		day := model.Day{Date: d, NightChecked: rng.IntN(6) > 0}
		if rng.IntN(15) == 0 {
			day.MedicationChange = fmt.Sprintf("changed dose of med %d", i)
		}
		days = append(days, day)
		for range rng.IntN(4) * rng.IntN(2) {
			cramps = append(cramps, randomCramp(rng, d))
		}
	}
	if err := db.Import(context.Background(), days, cramps); err != nil {
		t.Fatalf("store test rows: %v", err)
	}
	gotDays, err := db.Days(context.Background(), model.FirstDate, model.LastDate)
	if err != nil {
		t.Fatal(err)
	}
	gotCramps, err := db.Cramps(context.Background(), model.FirstDate, model.LastDate)
	if err != nil {
		t.Fatal(err)
	}
	return db, gotDays, gotCramps
}

func randomCramp(rng *rand.Rand, night model.Date) model.Cramp {
	c := model.Cramp{Night: night, Muscle: model.Muscles[rng.IntN(4)], Side: model.Sides[rng.IntN(3)]}
	opt := func() *int { v := 0; return &v }
	if rng.IntN(5) > 0 {
		c.DurationS = opt()
		*c.DurationS = 10 + rng.IntN(400)
	}
	if rng.IntN(5) > 0 {
		c.Intensity = opt()
		*c.Intensity = rng.IntN(11)
	}
	if rng.IntN(3) > 0 {
		c.SleepLostMin = opt()
		*c.SleepLostMin = rng.IntN(60)
	}
	return c
}
