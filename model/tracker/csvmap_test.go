package tracker

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeFile(tb testing.TB, name, body string) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

var testMapping = CSVMapping{Date: "Day", Steps: "Steps", RunMin: "Run (min)", SleepStart: "Bed", SleepEnd: "Up"}

func TestCSVReadsMappedColumns(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	path := writeFile(t, "log.csv", "\ufeffday;steps;run (min);bed;up;note\n"+
		"2024-03-30;8123;31,5;23:40;06:50;clocks go forward tonight\n"+
		"2024-03-31;;;00:30;07:00;\n"+
		"2024-04-01;4000;;;;\n")
	var c Collect
	if err := ReadCSV(context.Background(), path, Options{Location: berlin, Mapping: &testMapping}, &c); err != nil {
		t.Fatal(err)
	}
	if days := stepsByDay(&c); days["2024-03-30"] != 8123 || days["2024-04-01"] != 4000 || len(days) != 2 {
		t.Fatalf("steps by day = %v", days)
	}
	if len(c.RunRecords) != 1 || c.RunRecords[0].Duration != 31*time.Minute+30*time.Second {
		t.Fatalf("runs = %v", c.RunRecords)
	}
	var got []string
	for _, s := range c.SleepRecords {
		got = append(got, clock(s.Start)+" to "+clock(s.End))
	}
	want := []string{
		"2024-03-30 23:40 +01:00 to 2024-03-31 06:50 +02:00", // across the DST change
		"2024-04-01 00:30 +02:00 to 2024-04-01 07:00 +02:00", // after midnight: the night of the 31st
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sleep = %q, want %q", got, want)
	}
}

func TestCSVTimestamps(t *testing.T) {
	m := CSVMapping{Date: "when", Steps: "steps", SleepStart: "from", SleepEnd: "to", Layout: "2006-01-02 15:04"}
	path := writeFile(t, "t.csv", "when,steps,from,to\n2024-05-01 12:00,300,2024-05-01 22:10,2024-05-02 06:00\n")
	var c Collect
	if err := ReadCSV(context.Background(), path, Options{Mapping: &m}, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.StepRecords) != 1 || clock(c.StepRecords[0].Start) != "2024-05-01 12:00 +00:00" {
		t.Fatalf("steps = %v", c.StepRecords)
	}
	if len(c.SleepRecords) != 1 || clock(c.SleepRecords[0].End) != "2024-05-02 06:00 +00:00" {
		t.Fatalf("sleep = %v", c.SleepRecords)
	}
}

func TestCSVRefusesBadRows(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"no header", "", "no CSV header"},
		{"missing column", "Day,Walk\n2024-01-01,5\n", `no column "Steps"`},
		{"bad date", "Day,Steps\n2024-01-01,5\n01/02/2024,6\n", "line 3: date"},
		{"bad steps", "Day,Steps\n2024-01-01,many\n", "line 2: steps"},
		{"half a sleep", "Day,Bed,Up\n2024-01-01,23:00,\n", "line 2: sleep needs both"},
		{"bad clock", "Day,Bed,Up\n2024-01-01,late,07:00\n", "line 2: sleep start"},
	}
	m := CSVMapping{Date: "Day", Steps: "Steps", SleepStart: "Bed", SleepEnd: "Up"}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "missing column" {
				m := m
				m.SleepStart, m.SleepEnd = "", ""
				path := writeFile(t, "bad.csv", tc.body)
				mustInvalid(t, ReadCSV(context.Background(), path, Options{Mapping: &m}, &Collect{}), "bad.csv", tc.want)
				return
			}
			mm := m
			if !strings.Contains(tc.body, "Steps") {
				mm.Steps = ""
			}
			if !strings.Contains(tc.body, "Bed") {
				mm.SleepStart, mm.SleepEnd = "", ""
			}
			path := writeFile(t, "bad.csv", tc.body)
			mustInvalid(t, ReadCSV(context.Background(), path, Options{Mapping: &mm}, &Collect{}), "bad.csv", tc.want)
		})
	}
	mustInvalid(t, ReadCSV(context.Background(), writeFile(t, "x.csv", "a,b\n"), Options{}, &Collect{}), "which column holds the date")
}

func FuzzCSV(f *testing.F) {
	f.Add("Day,Steps,Run (min),Bed,Up\n2024-03-30,8123,31.5,23:40,06:50\n")
	f.Add("day;steps\n2024-01-01;1,0\n")
	f.Add("Day,Bed,Up\n2024-01-01,12:00,11:59\n")
	f.Fuzz(func(t *testing.T, body string) {
		var c Collect
		err := readCSV(context.Background(), strings.NewReader(body), "f.csv", testMapping, time.UTC, &c)
		if err != nil {
			mustInvalid(t, err, "f.csv")
			return
		}
		for _, s := range c.SleepRecords {
			if !s.End.After(s.Start) || s.End.Sub(s.Start) > 24*time.Hour {
				t.Fatalf("sleep %v", s)
			}
		}
		for _, s := range c.StepRecords {
			if s.Count < 0 || s.End.Before(s.Start) {
				t.Fatal(fmt.Sprint("steps ", s))
			}
		}
	})
}
