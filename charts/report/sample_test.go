package report

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/demo"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

// TestWriteSamples writes example reports into $REPORT_SAMPLES to look at and
// for the README; without the variable it does nothing.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("REPORT_SAMPLES")
	if dir == "" {
		t.Skip("set REPORT_SAMPLES=DIR to write example reports")
	}
	ctx := context.Background()
	db := storetest.MustOpenDB(t, testNow)
	if err := demo.Fill(ctx, db, 400, model.DateOf(testNow), 1); err != nil {
		t.Fatal(err)
	}
	if err := db.SetSetting(ctx, model.SettingName, "Alex Example"); err != nil {
		t.Fatal(err)
	}
	to := model.DateOf(testNow).AddDays(-1)
	for name, from := range map[string]model.Date{"4-weeks": to.AddDays(-27), "1-year": to.AddDays(-364)} {
		for _, ext := range []string{".pdf", ".png"} {
			if err := (Writer{}).WriteFile(ctx, db, from, to, filepath.Join(dir, "report-"+name+ext), testNow); err != nil {
				t.Fatal(err)
			}
		}
	}
	p, err := (Writer{}).Build(crowded(t))
	if err != nil {
		t.Fatal(err)
	}
	writePage(t, p, filepath.Join(dir, "report-crowded.pdf"))
	empty := storetest.MustOpenDB(t, testNow)
	if err := (Writer{}).WriteFile(ctx, empty, to.AddDays(-27), to, filepath.Join(dir, "report-empty.pdf"), testNow); err != nil {
		t.Fatal(err)
	}
}
