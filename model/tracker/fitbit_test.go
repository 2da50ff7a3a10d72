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

const fitbitStepsJSON = `[{"dateTime":"03/30/24 22:59:00","value":"12"},{"dateTime":"03/30/24 23:00:00","value":"30"},
{"dateTime":"03/31/24 05:00:00","value":"0"},{"dateTime":"03/31/24 05:01:00","value":"8"}]`

const fitbitSleepJSON = `[{"logId":1,"dateOfSleep":"2024-03-31","startTime":"2024-03-30T23:41:30.000","endTime":"2024-03-31T06:50:00.000",
"duration":22710000,"type":"stages","mainSleep":true,"levels":{"summary":{},"data":[
{"dateTime":"2024-03-30T23:41:30.000","level":"light","seconds":3600},
{"dateTime":"2024-03-31T00:41:30.000","level":"wake","seconds":600},
{"dateTime":"2024-03-31T00:51:30.000","level":"deep","seconds":1800}],"shortData":[]}},
{"logId":2,"startTime":"2024-03-31T14:00:00.000","endTime":"2024-03-31T14:40:00.000","type":"classic","levels":{"data":[]}}]`

const fitbitExerciseJSON = `[{"logId":5,"activityName":"Run","activityTypeId":90009,"startTime":"03/31/24 07:10:05",
"duration":2100000,"activeDuration":1800000,"distance":5.2,"distanceUnit":"Kilometer"},
{"logId":6,"activityName":"Walk","startTime":"03/31/24 12:00:00","duration":600000,"activeDuration":600000}]`

func fitbitFolder(tb testing.TB) string {
	root := tb.TempDir()
	dir := filepath.Join(root, "Takeout", "Fitbit", "Global Export Data")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		tb.Fatal(err)
	}
	for name, body := range map[string]string{
		"steps-2024-03-30.json": fitbitStepsJSON, "sleep-2024-03-30.json": fitbitSleepJSON,
		"exercise-0.json": fitbitExerciseJSON, "heart_rate-2024-03-30.json": "[]",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			tb.Fatal(err)
		}
	}
	return root
}

func checkFitbit(t *testing.T, c *Collect) {
	t.Helper()
	var steps []string
	for _, s := range c.StepRecords {
		steps = append(steps, fmt.Sprintf("%s %d", clock(s.Start), s.Count))
	}
	// Minute steps are UTC; 23:00 UTC on the 30th is midnight in Berlin, a day later.
	want := "[2024-03-30 23:59 +01:00 12 2024-03-31 00:00 +01:00 30 2024-03-31 07:01 +02:00 8]"
	if fmt.Sprint(steps) != want {
		t.Fatalf("steps = %v\nwant %v", steps, want)
	}
	var sleep []string
	for _, s := range c.SleepRecords {
		sleep = append(sleep, fmt.Sprintf("%s %s %d", clock(s.Start), clock(s.End), s.Stage))
	}
	wantSleep := []string{
		"2024-03-30 23:41 +01:00 2024-03-31 06:50 +02:00 1",
		"2024-03-30 23:41 +01:00 2024-03-31 00:41 +01:00 0",
		"2024-03-31 00:41 +01:00 2024-03-31 00:51 +01:00 2",
		"2024-03-31 00:51 +01:00 2024-03-31 01:21 +01:00 0",
		"2024-03-31 14:00 +02:00 2024-03-31 14:40 +02:00 0",
	}
	if fmt.Sprint(sleep) != fmt.Sprint(wantSleep) {
		t.Fatalf("sleep =\n%q\nwant\n%q", sleep, wantSleep)
	}
	if len(c.RunRecords) != 1 {
		t.Fatalf("runs = %v", c.RunRecords)
	}
	r := c.RunRecords[0]
	if clock(r.Start) != "2024-03-31 07:10 +02:00" || r.Duration != 30*time.Minute || r.End.Sub(r.Start) != 35*time.Minute || r.DistanceM != 5200 {
		t.Fatalf("run = %+v", r)
	}
}

func TestFitbitFolderAndZip(t *testing.T) {
	opts := Options{Location: mustZone(t, "Europe/Berlin")}
	root := fitbitFolder(t)
	var c Collect
	if err := ReadFitbit(context.Background(), root, opts, &c); err != nil {
		t.Fatal(err)
	}
	checkFitbit(t, &c)

	dir := filepath.Join(root, "Takeout", "Fitbit", "Global Export Data")
	z := zipFiles(t, "takeout-20241201.zip", map[string]string{
		"Takeout/Fitbit/Global Export Data/steps-2024-03-30.json":      filepath.Join(dir, "steps-2024-03-30.json"),
		"Takeout/Fitbit/Global Export Data/sleep-2024-03-30.json":      filepath.Join(dir, "sleep-2024-03-30.json"),
		"Takeout/Fitbit/Global Export Data/exercise-0.json":            filepath.Join(dir, "exercise-0.json"),
		"Takeout/Fitbit/Global Export Data/heart_rate-2024-03-30.json": "[]",
	})
	c = Collect{}
	if err := ReadFitbit(context.Background(), z, opts, &c); err != nil {
		t.Fatal(err)
	}
	// Zip entries come in the order written, which a map does not fix; compare sorted.
	checkFitbit(t, sortedCollect(&c))
}

// sortedCollect orders each kind of record by start, then stage.
func sortedCollect(c *Collect) *Collect {
	sortBy(c.StepRecords, func(a, b Steps) bool { return a.Start.Before(b.Start) })
	sortBy(c.SleepRecords, func(a, b Sleep) bool {
		if a.Start.Equal(b.Start) {
			return a.Stage > b.Stage
		}
		return a.Start.Before(b.Start)
	})
	return c
}

func sortBy[T any](s []T, less func(a, b T) bool) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestFitbitRefuses(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"steps-2024-01-01.json", `{"dateTime":"x"}`, "not a list"},
		{"steps-2024-01-02.json", `[{"dateTime":"2024-01-01 10:00","value":"3"}]`, "record 1: dateTime"},
		{"steps-2024-01-03.json", `[{"dateTime":"01/01/24 10:00:00","value":"3"},{"dateTime":"01/01/24 10:01:00","value":"lots"}]`, "record 2: steps"},
		{"sleep-2024-01-01.json", `[{"startTime":"2024-01-01T23:00:00.000","endTime":"2024-01-01T22:00:00.000"}]`, "record 1: startTime and endTime"},
		{"exercise-1.json", `[{"activityName":"Run","startTime":"01/01/24 10:00:00"}]`, "record 1: the run has no duration"},
		{"exercise-2.json", `[{"activityName":"Run"`, "not a Fitbit export file"},
		{"notes.json", `[]`, "not a Fitbit export file"},
	}
	for _, tc := range cases {
		path := writeFile(t, tc.name, tc.body)
		mustInvalid(t, ReadFitbit(context.Background(), path, Options{}, &Collect{}), tc.name, tc.want)
	}
	mustInvalid(t, ReadFitbit(context.Background(), t.TempDir(), Options{}, &Collect{}), "no steps, sleep or exercise files")
	cut := writeFile(t, "takeout.zip", "PK\x03\x04 and then nothing")
	mustInvalid(t, ReadFitbit(context.Background(), cut, Options{}, &Collect{}), "takeout.zip", "cut short")
}

func FuzzFitbitJSON(f *testing.F) {
	for _, s := range []string{fitbitStepsJSON, fitbitSleepJSON, fitbitExerciseJSON} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		for _, kind := range []string{"steps", "sleep", "exercise"} {
			var c Collect
			err := fitbitReader{loc: time.UTC, sink: &c}.parse(strings.NewReader(body), kind)
			if err != nil {
				mustInvalid(t, fitbitErr("f.json", err), "f.json")
				continue
			}
			for _, s := range c.SleepRecords {
				if !s.End.After(s.Start) {
					t.Fatalf("sleep %+v", s)
				}
			}
			for _, r := range c.RunRecords {
				if r.Duration <= 0 || r.End.Before(r.Start) {
					t.Fatalf("run %+v", r)
				}
			}
		}
	})
}
