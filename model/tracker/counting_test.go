package tracker

import (
	"context"
	"strings"
	"testing"
)

// A progress bar can show how far an Apple Health export, zipped or not, or
// a CSV file has been read: all of it once read; the part read midway.
func TestCountingKnowsTheShareOfAStreamRead(t *testing.T) {
	var recs []string
	for i := 0; i < 20000; i++ { // 4 MB: read in several buffers
		recs = append(recs, hkStepRec(hkWatch, "2027-01-01 10:00:00 +0000", "2027-01-01 10:01:00 +0000", 5))
	}
	xml := hkExport(recs...)
	paths := map[string]string{
		"export.xml": writeFile(t, "export.xml", xml),
		"export.zip": writeZip(t, map[string]string{"apple_health_export/export.xml": xml}),
	}
	for name, p := range paths {
		c := &Counting{Sink: &midway{}}
		c.Sink.(*midway).c = c
		if err := ReadAppleHealthFile(context.Background(), p, c); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if share, known := c.Share(); !known || share != 1 {
			t.Errorf("%s read: share %v, known %v; want all of it", name, share, known)
		}
		if m := c.Sink.(*midway); m.least <= 0 || m.least >= 1 {
			t.Errorf("%s: midway the share was %v, not between nothing and all", name, m.least)
		}
	}
	csv := "date,steps\n" + strings.Repeat("2027-01-01,100\n", 50)
	c := &Counting{Sink: &Collect{}}
	opts := Options{Mapping: &CSVMapping{Date: "date", Steps: "steps"}}
	if err := ReadCSV(context.Background(), writeFile(t, "steps.csv", csv), opts, c); err != nil {
		t.Fatal(err)
	}
	if share, known := c.Share(); !known || share != 1 {
		t.Errorf("CSV read: share %v, known %v", share, known)
	}
}

// midway collects records and notes the share read at the 1,000th.
type midway struct {
	Collect
	c     *Counting
	least float64
}

func (m *midway) Steps(r Steps) {
	m.Collect.Steps(r)
	if m.c.Records() == 1000 {
		m.least, _ = m.c.Share()
	}
}

// A database read by queries has no share to tell, and says so.
func TestCountingWithoutAStreamDoesNotGuess(t *testing.T) {
	path := mustDB(t, "Gadgetbridge", gbSchema, `INSERT INTO DEVICE VALUES (1, 'Mi Band 4', 'Huami', 'AA', 1, '', 'my band')`,
		`INSERT INTO MI_BAND_ACTIVITY_SAMPLE VALUES (1700000000, 1, 1, 20, 10, 1, 60)`)
	c := &Counting{Sink: &Collect{}}
	if err := ReadGadgetbridge(context.Background(), path, Options{}, c); err != nil {
		t.Fatal(err)
	}
	if share, known := c.Share(); known || share != 0 || c.Records() == 0 {
		t.Errorf("Gadgetbridge read: share %v, known %v, %d records", share, known, c.Records())
	}
}
