package tracker

import (
	"context"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

var (
	watch = Source{Format: AppleHealth, Device: "Watch", Worn: true}
	phone = Source{Format: AppleHealth, Device: "iPhone"}
)

// at reads "2027-03-10 07:12 +0100" as the instant with that offset.
func at(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse("2006-01-02 15:04 -0700", s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func dayOf(t *testing.T, days []DayValues, d string) DayValues {
	t.Helper()
	for _, v := range days {
		if v.Date == model.Date(d) {
			return v
		}
	}
	t.Fatalf("no values for %s in %+v", d, days)
	return DayValues{}
}

func intOr(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func clockOr(p *model.Clock) any {
	if p == nil {
		return nil
	}
	return p.String()
}

func TestStepsCountOverlappingSourcesOnce(t *testing.T) {
	steps := func(src Source, from, to string, n int) Steps {
		return Steps{Start: at(t, from), End: at(t, to), Count: n, Source: src}
	}
	c := &Collect{StepRecords: []Steps{
		// A walk both recorded: the watch counts, the phone's copy is dropped.
		steps(watch, "2027-03-10 07:00 +0100", "2027-03-10 07:05 +0100", 500),
		steps(watch, "2027-03-10 07:05 +0100", "2027-03-10 07:10 +0100", 500),
		steps(phone, "2027-03-10 07:00 +0100", "2027-03-10 07:10 +0100", 960),
		// The watch was off: the phone fills the gap.
		steps(phone, "2027-03-10 12:00 +0100", "2027-03-10 12:10 +0100", 700),
		// Across midnight: split by the minutes on each side.
		steps(watch, "2027-03-10 23:50 +0100", "2027-03-11 00:10 +0100", 400),
	}}
	days := Summarise(c, model.DefaultCutover)
	d10, d11 := dayOf(t, days, "2027-03-10"), dayOf(t, days, "2027-03-11")
	if intOr(d10.Steps) != 1000+700+200 || intOr(d11.Steps) != 200 {
		t.Errorf("steps %v and %v, want 1900 and 200", intOr(d10.Steps), intOr(d11.Steps))
	}
	if d10.StepsFrom != watch || d11.StepsFrom != watch {
		t.Errorf("steps from %+v, %+v", d10.StepsFrom, d11.StepsFrom)
	}
	if d10.RunMin != nil || d10.SleepStart != nil {
		t.Errorf("no runs or sleep were given: %+v", d10)
	}
}

func TestSleepGoesToTheNightItStarts(t *testing.T) {
	type rec struct {
		from, to string
		stage    SleepStage
		src      Source
	}
	cases := []struct {
		name       string
		recs       []rec
		night      string
		start, end string
	}{
		{"across midnight", []rec{{"2027-03-04 23:40 +0100", "2027-03-05 06:50 +0100", Asleep, watch}}, "2027-03-04", "23:40", "06:50"},
		{"starting after midnight", []rec{{"2027-03-05 00:30 +0100", "2027-03-05 07:00 +0100", Asleep, phone}}, "2027-03-04", "00:30", "07:00"},
		{"Berlin, clocks forward", []rec{
			{"2027-03-27 23:10 +0100", "2027-03-28 01:50 +0100", Asleep, watch},
			{"2027-03-28 01:55 +0100", "2027-03-28 03:20 +0200", Asleep, watch},
			{"2027-03-28 03:20 +0200", "2027-03-28 07:05 +0200", Asleep, watch},
		}, "2027-03-27", "23:10", "07:05"},
		{"New York, clocks back", []rec{
			{"2027-11-06 23:30 -0400", "2027-11-07 01:40 -0400", Asleep, watch},
			{"2027-11-07 01:10 -0500", "2027-11-07 06:45 -0500", Asleep, watch},
		}, "2027-11-06", "23:30", "06:45"},
		{"stages with awake gaps are one session", []rec{
			{"2027-03-04 23:00 +0100", "2027-03-05 02:00 +0100", Asleep, watch},
			{"2027-03-05 02:00 +0100", "2027-03-05 02:40 +0100", Awake, watch},
			{"2027-03-05 02:40 +0100", "2027-03-05 06:30 +0100", Asleep, watch},
		}, "2027-03-04", "23:00", "06:30"},
		{"a long wake splits, the longest session counts", []rec{
			{"2027-03-04 23:00 +0100", "2027-03-05 01:00 +0100", Asleep, watch},
			{"2027-03-05 03:00 +0100", "2027-03-05 07:30 +0100", Asleep, watch},
		}, "2027-03-04", "03:00", "07:30"},
		{"an afternoon nap is not the night", []rec{
			{"2027-03-05 14:00 +0100", "2027-03-05 15:30 +0100", Asleep, watch},
			{"2027-03-05 23:20 +0100", "2027-03-06 06:40 +0100", Asleep, watch},
		}, "2027-03-05", "23:20", "06:40"},
		{"in bed only without asleep data", []rec{
			{"2027-03-04 22:30 +0100", "2027-03-05 07:00 +0100", InBed, phone},
			{"2027-03-04 23:05 +0100", "2027-03-05 06:35 +0100", Asleep, phone},
		}, "2027-03-04", "23:05", "06:35"},
		{"in bed when that is all", []rec{{"2027-03-04 22:30 +0100", "2027-03-05 07:00 +0100", InBed, phone}}, "2027-03-04", "22:30", "07:00"},
		{"the watch before the phone", []rec{
			{"2027-03-04 22:00 +0100", "2027-03-05 08:00 +0100", Asleep, phone},
			{"2027-03-04 23:15 +0100", "2027-03-05 06:55 +0100", Asleep, watch},
		}, "2027-03-04", "23:15", "06:55"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var c Collect
			for _, r := range tc.recs {
				c.Sleep(Sleep{Start: at(t, r.from), End: at(t, r.to), Stage: r.stage, Source: r.src})
			}
			days := Summarise(&c, model.DefaultCutover)
			if len(days) != 1 {
				t.Fatalf("want one night, got %+v", days)
			}
			d := dayOf(t, days, tc.night)
			if clockOr(d.SleepStart) != tc.start || clockOr(d.SleepEnd) != tc.end {
				t.Errorf("sleep %v-%v, want %s-%s", clockOr(d.SleepStart), clockOr(d.SleepEnd), tc.start, tc.end)
			}
		})
	}
}

func TestNapAloneIsNoNightAndCutoverIsHonoured(t *testing.T) {
	var c Collect
	c.Sleep(Sleep{Start: at(t, "2027-03-05 14:00 +0100"), End: at(t, "2027-03-05 15:00 +0100"), Stage: Asleep, Source: watch})
	if days := Summarise(&c, model.DefaultCutover); len(days) != 0 {
		t.Errorf("a nap made a night: %+v", days)
	}
	// After a night shift, sleep from 09:00 belongs to the night before
	// with the default cut-over, to the day itself with a 08:00 cut-over.
	c = Collect{}
	c.Sleep(Sleep{Start: at(t, "2027-03-05 09:00 +0100"), End: at(t, "2027-03-05 16:00 +0100"), Stage: Asleep, Source: watch})
	if d := Summarise(&c, model.DefaultCutover); len(d) != 1 || d[0].Date != "2027-03-04" {
		t.Errorf("default cut-over: %+v", d)
	}
	if d := Summarise(&c, 8*60); len(d) != 1 || d[0].Date != "2027-03-05" {
		t.Errorf("08:00 cut-over: %+v", d)
	}
}

func TestRunsInMinutesPerDay(t *testing.T) {
	c := &Collect{RunRecords: []Run{
		{Start: at(t, "2027-05-03 07:00 +0200"), Duration: 20*time.Minute + 24*time.Second, Source: watch},
		{Start: at(t, "2027-05-03 18:00 +0200"), Duration: 10*time.Minute + 24*time.Second, Source: watch},
		{Start: at(t, "2027-05-04 23:50 +0200"), Duration: 30 * time.Minute, Source: phone},
	}}
	days := Summarise(c, model.DefaultCutover)
	if d := dayOf(t, days, "2027-05-03"); intOr(d.RunMin) != 31 || d.RunFrom != watch {
		t.Errorf("3 May: %v min from %+v", intOr(d.RunMin), d.RunFrom)
	}
	if d := dayOf(t, days, "2027-05-04"); intOr(d.RunMin) != 30 {
		t.Errorf("a run belongs to the day it starts: %v", intOr(d.RunMin))
	}
}

// From the file to the diary values: a zip with phone and watch steps, a
// night and runs of both kinds, streamed into a Summariser.
func TestAppleHealthExportToDays(t *testing.T) {
	xml := hkExport(
		hkStepRec(hkWatch, "2027-11-06 09:00:00 -0400", "2027-11-06 09:10:00 -0400", 1000),
		hkStepRec(hkPhone, "2027-11-06 09:00:00 -0400", "2027-11-06 09:20:00 -0400", 1900),
		hkSleepRec(hkPhone, "2027-11-06 22:50:00 -0400", "2027-11-07 07:00:00 -0500", "InBed"),
		hkSleepRec(hkWatch, "2027-11-06 23:10:00 -0400", "2027-11-07 01:30:00 -0400", "AsleepCore"),
		hkSleepRec(hkWatch, "2027-11-07 01:30:00 -0400", "2027-11-07 01:05:00 -0500", "Awake"),
		hkSleepRec(hkWatch, "2027-11-07 01:05:00 -0500", "2027-11-07 06:40:00 -0500", "AsleepDeep"),
		` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="1805" durationUnit="s" `+hkWatch+` startDate="2027-11-06 17:00:00 -0400" endDate="2027-11-06 17:31:00 -0400">
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2027-11-06 17:00:00 -0400" endDate="2027-11-06 17:31:00 -0400" sum="5.1" unit="km"/>
 </Workout>
`)
	path := writeZip(t, map[string]string{"apple_health_export/export.xml": xml})
	s := NewSummariser(model.DefaultCutover)
	if err := ReadAppleHealthFile(context.Background(), path, s); err != nil {
		t.Fatal(err)
	}
	d := dayOf(t, s.Days(), "2027-11-06")
	// 1000 from the watch for 09:00-09:10, half the phone's 1900 for 09:10-09:20.
	if intOr(d.Steps) != 1950 || intOr(d.RunMin) != 30 || clockOr(d.SleepStart) != "23:10" || clockOr(d.SleepEnd) != "06:40" {
		t.Errorf("got steps %v, run %v min, sleep %v-%v", intOr(d.Steps), intOr(d.RunMin), clockOr(d.SleepStart), clockOr(d.SleepEnd))
	}
	if d.StepsFrom.Device != hkWatchName || d.SleepFrom.Device != hkWatchName {
		t.Errorf("sources %+v %+v", d.StepsFrom, d.SleepFrom)
	}
}

func TestStepsOfADayWrittenAsOneInstant(t *testing.T) {
	c := &Collect{StepRecords: []Steps{
		{Start: at(t, "2027-03-10 23:59 +0100"), End: at(t, "2027-03-10 23:59 +0100"), Count: 14321, Source: phone},
		{Start: at(t, "2027-03-10 23:59 +0100"), End: at(t, "2027-03-10 23:59 +0100"), Count: 7, Source: phone},
	}}
	if d := dayOf(t, Summarise(c, model.DefaultCutover), "2027-03-10"); intOr(d.Steps) != 14328 {
		t.Errorf("steps %v, want 14328", intOr(d.Steps))
	}
}
