package charts

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/demo"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

// testNow is the fixed clock of every test diary.
var testNow = time.Date(2026, 3, 15, 20, 0, 0, 0, time.UTC)

// demoDiary fills a fresh diary with days of demo history up to testNow and
// returns its days and cramps.
func demoDiary(tb testing.TB, days int) ([]model.Day, []model.Cramp) {
	tb.Helper()
	ctx := context.Background()
	db := storetest.MustOpenDB(tb, testNow)
	today := model.DateOf(testNow)
	if err := demo.Fill(ctx, db, days, today, 1); err != nil {
		tb.Fatalf("demo fill: %v", err)
	}
	ds, err := db.Days(ctx, model.FirstDate, today)
	if err != nil {
		tb.Fatalf("load days: %v", err)
	}
	cs, err := db.Cramps(ctx, model.FirstDate, today)
	if err != nil {
		tb.Fatalf("load cramps: %v", err)
	}
	return ds, cs
}

// demoNights is the last span nights of a demo diary of days days.
func demoNights(tb testing.TB, days, span int) Nights {
	tb.Helper()
	ds, cs := demoDiary(tb, days)
	to := model.DateOf(testNow).AddDays(-1)
	return NightsFrom(ds, cs, to.AddDays(1-span), to)
}

// roundTrip encodes img as PNG and decodes it back, as a saved chart would be.
func roundTrip(tb testing.TB, img image.Image) image.Image {
	tb.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatalf("encode png: %v", err)
	}
	out, err := png.Decode(&buf)
	if err != nil {
		tb.Fatalf("decode png: %v", err)
	}
	return out
}

// savePNG writes img to $CHARTS_PNG_DIR/name when that is set, so a person can
// look at the charts: CHARTS_PNG_DIR=/tmp/charts go test ./charts/.
func savePNG(tb testing.TB, name string, img image.Image) {
	tb.Helper()
	dir := os.Getenv("CHARTS_PNG_DIR")
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
}
