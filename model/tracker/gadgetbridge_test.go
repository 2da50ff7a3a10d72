package tracker

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

const gbSchema = `CREATE TABLE DEVICE (_id INTEGER PRIMARY KEY, NAME TEXT, MANUFACTURER TEXT, IDENTIFIER TEXT, TYPE INTEGER, MODEL TEXT, ALIAS TEXT);
CREATE TABLE MI_BAND_ACTIVITY_SAMPLE (TIMESTAMP INTEGER NOT NULL, DEVICE_ID INTEGER NOT NULL, USER_ID INTEGER NOT NULL,
  RAW_INTENSITY INTEGER NOT NULL, STEPS INTEGER NOT NULL, RAW_KIND INTEGER NOT NULL, HEART_RATE INTEGER NOT NULL,
  PRIMARY KEY (TIMESTAMP, DEVICE_ID)) WITHOUT ROWID;`

const gbXiaomi = `CREATE TABLE XIAOMI_SLEEP_TIME_SAMPLE (TIMESTAMP INTEGER NOT NULL, DEVICE_ID INTEGER NOT NULL, USER_ID INTEGER NOT NULL,
  WAKEUP_TIME INTEGER, IS_AWAKE INTEGER, TOTAL_DURATION INTEGER, PRIMARY KEY (TIMESTAMP, DEVICE_ID)) WITHOUT ROWID;
CREATE TABLE XIAOMI_SLEEP_STAGE_SAMPLE (TIMESTAMP INTEGER NOT NULL, DEVICE_ID INTEGER NOT NULL, USER_ID INTEGER NOT NULL,
  STAGE INTEGER, PRIMARY KEY (TIMESTAMP, DEVICE_ID)) WITHOUT ROWID;`

func TestGadgetbridgeHuami(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	// 2024-03-30 23:50 local (CET) to 2024-03-31 06:10 local (CEST): the night the clocks go forward.
	sleepFrom := time.Date(2024, 3, 30, 23, 50, 0, 0, berlin).Unix()
	sleepTo := time.Date(2024, 3, 31, 6, 10, 0, 0, berlin).Unix()
	stmts := []string{gbSchema, `INSERT INTO DEVICE VALUES (1, 'Mi Band 4', 'Huami', 'AA', 1, '', 'my band')`}
	for ts := sleepFrom - 600; ts < sleepTo+600; ts += 60 {
		kind := 1
		switch {
		case ts > sleepFrom && ts < sleepTo && ts%600 == 0:
			kind = 0 // "no change": continues the sleep around it
		case ts >= sleepFrom && ts < sleepTo:
			kind = 9 + 2*int((ts/60)%2) // light and deep minutes
		}
		steps := 0
		if kind == 1 {
			steps = 10
		}
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO MI_BAND_ACTIVITY_SAMPLE VALUES (%d, 1, 1, 20, %d, %d, 60)`, ts, steps, kind))
	}
	path := mustDB(t, "Gadgetbridge", stmts...)
	var c Collect
	if err := ReadGadgetbridge(context.Background(), path, Options{Location: berlin}, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.SleepRecords) != 1 {
		t.Fatalf("sleep = %v, want one run", c.SleepRecords)
	}
	s := c.SleepRecords[0]
	if clock(s.Start) != "2024-03-30 23:50 +01:00" || clock(s.End) != "2024-03-31 06:10 +02:00" || s.Stage != Asleep {
		t.Fatalf("sleep %s to %s, want 23:50 CET to 06:10 CEST", clock(s.Start), clock(s.End))
	}
	if s.Source.Device != "my band" || !s.Source.Worn || s.Source.Format != Gadgetbridge {
		t.Fatalf("source = %+v", s.Source)
	}
	if got := sumSteps(&c); got != 200 {
		t.Fatalf("steps = %d, want 200 (10 a minute, 20 awake minutes)", got)
	}
	days := stepsByDay(&c)
	if days["2024-03-30"] != 100 || days["2024-03-31"] != 100 {
		t.Fatalf("steps by day = %v", days)
	}
}

// TestGadgetbridgeTwoBands checks interleaved minutes of two bands give each
// its own sleep.
func TestGadgetbridgeTwoBands(t *testing.T) {
	stmts := []string{gbSchema, `INSERT INTO DEVICE VALUES (1, 'Band A', '', '', 1, '', ''), (2, 'Band B', '', '', 1, '', '')`}
	for i := int64(0); i < 60; i++ {
		ts := 1717200000 + i*60
		kindA, kindB := 9, 1
		if i >= 30 {
			kindA, kindB = 1, 11
		}
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO MI_BAND_ACTIVITY_SAMPLE VALUES (%d, 1, 1, 0, 0, %d, 0), (%d, 2, 1, 0, 0, %d, 0)`, ts, kindA, ts, kindB))
	}
	var c Collect
	if err := ReadGadgetbridge(context.Background(), mustDB(t, "gb.db", stmts...), Options{}, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.SleepRecords) != 2 {
		t.Fatalf("sleep = %v", c.SleepRecords)
	}
	for _, s := range c.SleepRecords {
		if s.End.Sub(s.Start) != 30*time.Minute {
			t.Fatalf("%s slept %v, want 30m", s.Source.Device, s.End.Sub(s.Start))
		}
	}
}

func TestGadgetbridgeXiaomiSleep(t *testing.T) {
	ms := func(s string) int64 {
		tm, err := time.Parse("2006-01-02 15:04", s)
		if err != nil {
			t.Fatal(err)
		}
		return tm.UnixMilli()
	}
	path := mustDB(t, "gb.db", gbXiaomi,
		`CREATE TABLE DEVICE (_id INTEGER PRIMARY KEY, NAME TEXT)`, `INSERT INTO DEVICE VALUES (2, 'Xiaomi Smart Band 8')`,
		fmt.Sprintf(`INSERT INTO XIAOMI_SLEEP_TIME_SAMPLE VALUES (%d, 2, 1, %d, 0, 400)`, ms("2024-06-01 22:30"), ms("2024-06-02 05:10")),
		fmt.Sprintf(`INSERT INTO XIAOMI_SLEEP_STAGE_SAMPLE VALUES (%d, 2, 1, 3), (%d, 2, 1, 5), (%d, 2, 1, 2)`,
			ms("2024-06-01 22:30"), ms("2024-06-02 01:00"), ms("2024-06-02 01:10")),
		// A nap without stages.
		fmt.Sprintf(`INSERT INTO XIAOMI_SLEEP_TIME_SAMPLE VALUES (%d, 2, 1, %d, 0, 30)`, ms("2024-06-02 13:00"), ms("2024-06-02 13:30")),
	)
	var c Collect
	if err := ReadGadgetbridge(context.Background(), path, Options{}, &c); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"2024-06-01 22:30 +00:00 2024-06-02 05:10 +00:00 1",
		"2024-06-01 22:30 +00:00 2024-06-02 01:00 +00:00 0",
		"2024-06-02 01:00 +00:00 2024-06-02 01:10 +00:00 2",
		"2024-06-02 01:10 +00:00 2024-06-02 05:10 +00:00 0",
		"2024-06-02 13:00 +00:00 2024-06-02 13:30 +00:00 0",
	}
	if len(c.SleepRecords) != len(want) {
		t.Fatalf("got %d sleep records, want %d: %v", len(c.SleepRecords), len(want), c.SleepRecords)
	}
	for i, s := range c.SleepRecords {
		if got := fmt.Sprintf("%s %s %d", clock(s.Start), clock(s.End), s.Stage); got != want[i] {
			t.Errorf("sleep %d = %s, want %s", i, got, want[i])
		}
	}
}

func TestGadgetbridgeRefusesOthers(t *testing.T) {
	other := mustDB(t, "other.db", `CREATE TABLE notes (x TEXT)`)
	mustInvalid(t, ReadGadgetbridge(context.Background(), other, Options{}, &Collect{}), "other.db", "not a Gadgetbridge export")
	text := t.TempDir() + "/notes.txt"
	if err := os.WriteFile(text, []byte("hello"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustInvalid(t, ReadGadgetbridge(context.Background(), text, Options{}, &Collect{}), "notes.txt", "not an SQLite database")
}

// TestGadgetbridgeLeavesFileAlone checks the export is not changed by reading.
func TestGadgetbridgeLeavesFileAlone(t *testing.T) {
	// Spaces, # and ? must not be taken for parts of the SQLite URI.
	made := mustDB(t, "gb.db", gbSchema, `INSERT INTO MI_BAND_ACTIVITY_SAMPLE VALUES (1700000000, 1, 1, 0, 5, 1, 0)`)
	path := filepath.Join(filepath.Dir(made), "Gadgetbridge #2 ?.db")
	if err := os.Rename(made, path); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	infoBefore, _ := os.Stat(path)
	var c Collect
	if err := ReadGadgetbridge(context.Background(), path, Options{}, &c); err != nil || sumSteps(&c) != 5 {
		t.Fatalf("read %d steps, %v", sumSteps(&c), err)
	}
	after, _ := os.ReadFile(path)
	infoAfter, _ := os.Stat(path)
	if string(before) != string(after) || !infoBefore.ModTime().Equal(infoAfter.ModTime()) {
		t.Fatal("reading changed the export")
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Fatal("reading left a WAL file beside the export")
	}
}

// gbYear writes a year of minute samples (525,600 rows) from one band.
func gbYear(tb testing.TB) string {
	path := mustDB(tb, "year.db", gbSchema)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	tx, err := db.Begin()
	if err != nil {
		tb.Fatal(err)
	}
	ins, err := tx.Prepare(`INSERT INTO MI_BAND_ACTIVITY_SAMPLE VALUES (?, 1, 1, ?, ?, ?, 60)`)
	if err != nil {
		tb.Fatal(err)
	}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	for i := int64(0); i < 525600; i++ {
		minute := i % 1440
		kind, steps := 1, int64(0)
		switch {
		case minute < 7*60: // asleep 00:00-07:00
			kind = 9 + 2*int(i/90%2)
		case minute%7 == 0:
			steps = 40 + minute%50
		}
		if _, err := ins.Exec(start+i*60, 30, steps, kind); err != nil {
			tb.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
	return path
}

type countSink struct{ steps, sleep, runs int }

func (c *countSink) Steps(Steps) { c.steps++ }
func (c *countSink) Sleep(Sleep) { c.sleep++ }
func (c *countSink) Run(Run)     { c.runs++ }

func BenchmarkGadgetbridgeYear(b *testing.B) {
	path := gbYear(b)
	b.ResetTimer()
	for b.Loop() {
		var c countSink
		if err := ReadGadgetbridge(context.Background(), path, Options{}, &c); err != nil {
			b.Fatal(err)
		}
		if c.sleep != 365 {
			b.Fatalf("sleep runs = %d, want 365", c.sleep)
		}
	}
}
