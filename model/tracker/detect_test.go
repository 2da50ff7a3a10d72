package tracker

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/muktihari/fit/profile/typedef"
)

func TestDetect(t *testing.T) {
	garminDir := t.TempDir()
	fitPath := writeFIT(t, garminDir, "2024-06-01.fit", typedef.FileActivity)
	hcZip := hcExport(t)
	fitbitRoot := fitbitFolder(t)
	cases := []struct {
		name string
		path string
		want Format
	}{
		{"FIT file", fitPath, Garmin},
		{"folder of FIT files", garminDir, Garmin},
		{"Health Connect zip", hcZip, HealthConnect},
		{"Health Connect database", mustDB(t, hcEntry, hcSchema), HealthConnect},
		{"Gadgetbridge database", mustDB(t, "Gadgetbridge", gbSchema), Gadgetbridge},
		{"Xiaomi-only Gadgetbridge database", mustDB(t, "gb.db", gbXiaomi), Gadgetbridge},
		{"Fitbit folder", fitbitRoot, Fitbit},
		{"Fitbit zip", zipFiles(t, "takeout.zip", map[string]string{"Takeout/Fitbit/Global Export Data/steps-2024-01-01.json": "[]"}), Fitbit},
		{"Fitbit file", writeFile(t, "sleep-2024-01-01.json", "[]"), Fitbit},
		{"Apple Health zip", zipFiles(t, "export.zip", map[string]string{"apple_health_export/export.xml": "<HealthData/>"}), AppleHealth},
		{"Apple Health XML", writeFile(t, "export.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n]>\n<HealthData locale=\"en\">"), AppleHealth},
		{"CSV", writeFile(t, "diary.csv", "date;steps\n2024-01-01;100\n"), CSV},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Detect(tc.path)
			if err != nil || got != tc.want {
				t.Fatalf("Detect = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestDetectRefuses(t *testing.T) {
	full, _ := os.ReadFile(hcExport(t))
	cases := []struct{ name, path, want string }{
		{"other database", mustDB(t, "diary.db", `CREATE TABLE day (d TEXT)`), "neither a Health Connect nor a Gadgetbridge"},
		{"cut zip", writeFile(t, "hc.zip", string(full[:len(full)/3])), "zip is cut short"},
		{"other zip", zipFiles(t, "photos.zip", map[string]string{"a.jpg": "x"}), "holds no Apple Health"},
		{"binary", writeFile(t, "x.bin", "\x00\x01\x02\x03"), "not an export crampdiary knows"},
		{"empty folder", t.TempDir(), "no Garmin FIT files"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Detect(tc.path)
			mustInvalid(t, err, filepath.Base(tc.path), tc.want)
		})
	}
}

func TestReadDispatches(t *testing.T) {
	path := mustDB(t, "Gadgetbridge", gbSchema, `INSERT INTO MI_BAND_ACTIVITY_SAMPLE VALUES (1717200000, 1, 1, 0, 25, 1, 0)`)
	var c Collect
	f, err := Read(context.Background(), path, Options{}, &c)
	if err != nil || f != Gadgetbridge || sumSteps(&c) != 25 {
		t.Fatalf("Read = %q, %v, %d steps", f, err, sumSteps(&c))
	}
	csv := writeFile(t, "d.csv", "date,steps\n2024-01-01,100\n")
	if _, err := Read(context.Background(), csv, Options{}, &c); err == nil {
		t.Fatal("a CSV file without a mapping was read")
	}
	m := CSVMapping{Date: "date", Steps: "steps"}
	if f, err := Read(context.Background(), csv, Options{Mapping: &m, Location: time.UTC}, &c); err != nil || f != CSV {
		t.Fatalf("Read CSV = %q, %v", f, err)
	}
}

func TestReadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	path := mustDB(t, "Gadgetbridge", gbSchema, `INSERT INTO MI_BAND_ACTIVITY_SAMPLE VALUES (1717200000, 1, 1, 0, 25, 1, 0)`)
	if _, err := Read(ctx, path, Options{}, &Collect{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled read gave %v, want context.Canceled", err)
	}
}

func FuzzDetect(f *testing.F) {
	f.Add([]byte("date,steps\n2024-01-01,5\n"))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte(sqliteMagic + "\x10\x00"))
	f.Add([]byte("\x0e\x10\x00\x00\x00\x00\x00\x00.FIT"))
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(t.TempDir(), "x")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Detect(path); err != nil {
			mustInvalid(t, err, path)
		}
	})
}
