package tracker

import (
	"archive/zip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// hcSchema follows the tables of a real Health Connect export, trimmed to the
// columns crampdiary reads plus a few it does not.
const hcSchema = `CREATE TABLE application_info_table (row_id INTEGER PRIMARY KEY, package_name TEXT, app_name TEXT, app_icon BLOB);
CREATE TABLE device_info_table (row_id INTEGER PRIMARY KEY, manufacturer TEXT, model TEXT, device_type INTEGER);
CREATE TABLE steps_record_table (row_id INTEGER PRIMARY KEY, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT,
  device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB,
  start_time INTEGER, start_zone_offset INTEGER, end_time INTEGER, end_zone_offset INTEGER, local_date INTEGER, count INTEGER);
CREATE TABLE sleep_session_record_table (row_id INTEGER PRIMARY KEY, device_info_id INTEGER, app_info_id INTEGER,
  start_time INTEGER, start_zone_offset INTEGER, end_time INTEGER, end_zone_offset INTEGER, title TEXT, notes TEXT);
CREATE TABLE sleep_stages_table (row_id INTEGER PRIMARY KEY, parent_key INTEGER, stage_start_time INTEGER, stage_end_time INTEGER, stage_type INTEGER);
CREATE TABLE exercise_session_record_table (row_id INTEGER PRIMARY KEY, device_info_id INTEGER, app_info_id INTEGER,
  start_time INTEGER, start_zone_offset INTEGER, end_time INTEGER, end_zone_offset INTEGER, exercise_type INTEGER, title TEXT);
CREATE TABLE distance_record_table (row_id INTEGER PRIMARY KEY, app_info_id INTEGER, start_time INTEGER, start_zone_offset INTEGER,
  end_time INTEGER, end_zone_offset INTEGER, distance REAL);
INSERT INTO application_info_table VALUES (1, 'com.google.android.apps.fitness', 'Fit', NULL), (2, 'com.example.band', '', NULL);
INSERT INTO device_info_table VALUES (1, 'Google', 'Pixel 8', 2), (2, 'Example', 'Band 3', 6);`

func ms(tb testing.TB, s string) int64 {
	tb.Helper()
	t, err := time.Parse("2006-01-02 15:04 -07:00", s)
	if err != nil {
		tb.Fatal(err)
	}
	return t.UnixMilli()
}

func hcExport(tb testing.TB) string {
	tb.Helper()
	cest := 2 * 3600
	db := mustDB(tb, hcEntry, hcSchema,
		fmt.Sprintf(`INSERT INTO steps_record_table (device_info_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, count)
		VALUES (1, 1, %d, %d, %d, %d, 1200), (2, 2, %d, %d, %d, %d, 800)`,
			ms(tb, "2024-06-01 23:50 +02:00"), cest, ms(tb, "2024-06-02 00:10 +02:00"), cest,
			ms(tb, "2024-06-02 08:00 +02:00"), cest, ms(tb, "2024-06-02 08:30 +02:00"), cest),
		fmt.Sprintf(`INSERT INTO sleep_session_record_table (row_id, device_info_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset)
		VALUES (7, 2, 2, %d, %d, %d, %d), (8, 1, 1, %d, NULL, %d, NULL)`,
			ms(tb, "2024-06-02 23:40 +02:00"), cest, ms(tb, "2024-06-03 06:50 +02:00"), cest,
			ms(tb, "2024-06-04 14:00 +00:00"), ms(tb, "2024-06-04 14:30 +00:00")),
		fmt.Sprintf(`INSERT INTO sleep_stages_table (parent_key, stage_start_time, stage_end_time, stage_type)
		VALUES (7, %d, %d, 4), (7, %d, %d, 1), (7, %d, %d, 0)`,
			ms(tb, "2024-06-02 23:40 +02:00"), ms(tb, "2024-06-03 03:00 +02:00"),
			ms(tb, "2024-06-03 03:00 +02:00"), ms(tb, "2024-06-03 03:20 +02:00"),
			ms(tb, "2024-06-03 03:20 +02:00"), ms(tb, "2024-06-03 06:50 +02:00")),
		fmt.Sprintf(`INSERT INTO exercise_session_record_table (app_info_id, device_info_id, start_time, start_zone_offset, end_time, end_zone_offset, exercise_type)
		VALUES (2, 2, %d, %d, %d, %d, 33), (2, 2, %d, %d, %d, %d, 57)`,
			ms(tb, "2024-06-02 07:00 +02:00"), cest, ms(tb, "2024-06-02 07:40 +02:00"), cest,
			ms(tb, "2024-06-02 18:00 +02:00"), cest, ms(tb, "2024-06-02 19:00 +02:00"), cest),
		fmt.Sprintf(`INSERT INTO distance_record_table (app_info_id, start_time, end_time, distance) VALUES (2, %d, %d, 3000.5), (2, %d, %d, 4000), (1, %d, %d, 99)`,
			ms(tb, "2024-06-02 07:00 +02:00"), ms(tb, "2024-06-02 07:20 +02:00"),
			ms(tb, "2024-06-02 07:20 +02:00"), ms(tb, "2024-06-02 07:40 +02:00"),
			ms(tb, "2024-06-02 07:00 +02:00"), ms(tb, "2024-06-02 07:40 +02:00")),
	)
	return zipFiles(tb, "Health Connect.zip", map[string]string{hcEntry: db})
}

// zipFiles zips the files at the paths given by entry name.
func zipFiles(tb testing.TB, name string, entries map[string]string) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for entry, src := range entries {
		b, err := os.ReadFile(src)
		if err != nil {
			b = []byte(src) // literal content
		}
		w, err := zw.Create(entry)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write(b); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

func TestHealthConnect(t *testing.T) {
	path := hcExport(t)
	before, _ := os.ReadFile(path)
	var c Collect
	if err := ReadHealthConnect(context.Background(), path, Options{Location: time.UTC}, &c); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("reading changed the export")
	}
	if len(c.StepRecords) != 2 {
		t.Fatalf("steps = %v", c.StepRecords)
	}
	s := c.StepRecords[0]
	if clock(s.Start) != "2024-06-01 23:50 +02:00" || s.Count != 1200 || s.Source.Device != "Fit" || s.Source.Worn {
		t.Fatalf("phone steps = %+v at %s", s, clock(s.Start))
	}
	if b := c.StepRecords[1].Source; b.Device != "com.example.band" || !b.Worn || b.Format != HealthConnect {
		t.Fatalf("band source = %+v", b)
	}
	var sleep []string
	for _, s := range c.SleepRecords {
		sleep = append(sleep, fmt.Sprintf("%s %s %d", clock(s.Start), clock(s.End), s.Stage))
	}
	want := []string{
		"2024-06-02 23:40 +02:00 2024-06-03 06:50 +02:00 1", // the session, in bed
		"2024-06-02 23:40 +02:00 2024-06-03 03:00 +02:00 0", // light
		"2024-06-03 03:00 +02:00 2024-06-03 03:20 +02:00 2", // awake; the unknown stage after it is left out
		"2024-06-04 14:00 +00:00 2024-06-04 14:30 +00:00 0", // no offset, no stages: asleep in the person's zone
	}
	if fmt.Sprint(sleep) != fmt.Sprint(want) {
		t.Fatalf("sleep =\n%q\nwant\n%q", sleep, want)
	}
	if len(c.RunRecords) != 1 {
		t.Fatalf("runs = %v (type 57 is yoga in the platform's numbering)", c.RunRecords)
	}
	r := c.RunRecords[0]
	if r.Duration != 40*time.Minute || r.DistanceM != 7000.5 || clock(r.Start) != "2024-06-02 07:00 +02:00" {
		t.Fatalf("run = %+v", r)
	}
}

func TestHealthConnectRefuses(t *testing.T) {
	full, err := os.ReadFile(hcExport(t))
	if err != nil {
		t.Fatal(err)
	}
	cut := writeFile(t, "cut.zip", string(full[:len(full)/2]))
	mustInvalid(t, ReadHealthConnect(context.Background(), cut, Options{}, &Collect{}), "cut.zip", "zip is cut short")

	other := zipFiles(t, "photos.zip", map[string]string{"a.jpg": "not a photo"})
	mustInvalid(t, ReadHealthConnect(context.Background(), other, Options{}, &Collect{}), "photos.zip", "not a Health Connect export")

	notDB := zipFiles(t, "hc.zip", map[string]string{hcEntry: "hello"})
	mustInvalid(t, ReadHealthConnect(context.Background(), notDB, Options{}, &Collect{}), "hc.zip", "not a database")

	gb := mustDB(t, "gb.db", gbSchema)
	mustInvalid(t, ReadHealthConnect(context.Background(), gb, Options{}, &Collect{}), "gb.db", "not a Health Connect export")
}

// TestHealthConnectTempRemoved checks the copy taken out of the zip is gone.
func TestHealthConnectTempRemoved(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	if err := ReadHealthConnect(context.Background(), hcExport(t), Options{}, &Collect{}); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Fatalf("left behind: %v", left)
	}
}
