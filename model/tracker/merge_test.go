package tracker

import (
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func iptr(v int) *int { return &v }

func cptr(s string) *model.Clock {
	c, err := model.ParseClock(s)
	if err != nil {
		panic(err)
	}
	return &c
}

func TestPlanMerge(t *testing.T) {
	health := Source{Format: AppleHealth}
	vals := DayValues{Date: "2026-05-04", Steps: iptr(9000), RunMin: iptr(30),
		SleepStart: cptr("23:40"), SleepEnd: cptr("06:50"), StepsFrom: health, RunFrom: health, SleepFrom: health}
	typed := model.Day{Date: "2026-05-04", Steps: iptr(5000), RunMin: iptr(30), SleepStart: cptr("22:00"), SleepEnd: cptr("06:00"), NightChecked: true}
	tests := []struct {
		name    string
		stored  []model.Day
		opt     MergeOptions
		want    map[Field]Change
		applied map[Field]bool
		days    int
	}{
		{"empty diary: every field filled", nil, MergeOptions{},
			map[Field]Change{FieldSteps: Fill, FieldRunMin: Fill, FieldSleep: Fill},
			map[Field]bool{FieldSteps: true, FieldRunMin: true, FieldSleep: true}, 1},
		{"typed wins", []model.Day{typed}, MergeOptions{},
			map[Field]Change{FieldSteps: Differs, FieldRunMin: Same, FieldSleep: Differs},
			map[Field]bool{}, 0},
		{"replace overwrites typed", []model.Day{typed}, MergeOptions{Replace: true},
			map[Field]Change{FieldSteps: Differs, FieldRunMin: Same, FieldSleep: Differs},
			map[Field]bool{FieldSteps: true, FieldSleep: true}, 1},
		{"a newer export of the same kind updates", []model.Day{{Date: "2026-05-04", Steps: iptr(4000), StepsSource: string(AppleHealth)}}, MergeOptions{},
			map[Field]Change{FieldSteps: Update, FieldRunMin: Fill, FieldSleep: Fill},
			map[Field]bool{FieldSteps: true, FieldRunMin: true, FieldSleep: true}, 1},
		{"another kind of export is kept", []model.Day{{Date: "2026-05-04", Steps: iptr(4000), StepsSource: string(Gadgetbridge)}}, MergeOptions{},
			map[Field]Change{FieldSteps: Differs, FieldRunMin: Fill, FieldSleep: Fill},
			map[Field]bool{FieldRunMin: true, FieldSleep: true}, 1},
		{"fill only: an earlier export's value stays", []model.Day{{Date: "2026-05-04", Steps: iptr(4000), StepsSource: string(AppleHealth)}}, MergeOptions{FillOnly: true, RefreshFrom: "2026-05-05"},
			map[Field]Change{FieldSteps: Update, FieldRunMin: Fill, FieldSleep: Fill},
			map[Field]bool{FieldRunMin: true, FieldSleep: true}, 1},
		{"fill only: a day still being counted is refreshed", []model.Day{{Date: "2026-05-04", Steps: iptr(4000), StepsSource: string(AppleHealth)}}, MergeOptions{FillOnly: true, RefreshFrom: "2026-05-04"},
			map[Field]Change{FieldSteps: Update, FieldRunMin: Fill, FieldSleep: Fill},
			map[Field]bool{FieldSteps: true, FieldRunMin: true, FieldSleep: true}, 1},
		{"fill only never replaces typed", []model.Day{typed}, MergeOptions{FillOnly: true, Replace: true, RefreshFrom: "2026-05-01"},
			map[Field]Change{FieldSteps: Differs, FieldRunMin: Same, FieldSleep: Differs},
			map[Field]bool{}, 0},
		{"a future day is skipped", nil, MergeOptions{Today: "2026-05-03"},
			map[Field]Change{FieldSteps: Skipped, FieldRunMin: Skipped, FieldSleep: Skipped},
			map[Field]bool{}, 0},
		{"outside from..to is left out", nil, MergeOptions{From: "2026-05-05"},
			map[Field]Change{}, map[Field]bool{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := PlanMerge(AppleHealth, tt.stored, []DayValues{vals}, tt.opt)
			if len(p.Changes) != len(tt.want) {
				t.Fatalf("changes = %+v, want %d", p.Changes, len(tt.want))
			}
			for _, fc := range p.Changes {
				if fc.Change != tt.want[fc.Field] || fc.Applied != tt.applied[fc.Field] {
					t.Errorf("%s: change %d applied %v, want %d %v", fc.Field, fc.Change, fc.Applied, tt.want[fc.Field], tt.applied[fc.Field])
				}
			}
			if len(p.Days) != tt.days {
				t.Fatalf("days = %d, want %d", len(p.Days), tt.days)
			}
			for _, d := range p.Days {
				if err := d.Validate("2026-12-31"); err != nil {
					t.Errorf("planned day does not validate: %v", err)
				}
			}
		})
	}
}

func TestPlanMergeKeepsTheRestOfTheDayAndMarksSources(t *testing.T) {
	stored := []model.Day{{Date: "2026-05-04", Steps: iptr(5000), AlcoholDrinks: iptr(2), NightChecked: true, Notes: "hot"}}
	p := PlanMerge(Gadgetbridge, stored, []DayValues{{Date: "2026-05-04", Steps: iptr(9000), RunMin: iptr(12)}}, MergeOptions{})
	if len(p.Days) != 1 {
		t.Fatalf("days = %d", len(p.Days))
	}
	d := p.Days[0]
	if *d.Steps != 5000 || d.StepsSource != "" || *d.RunMin != 12 || d.RunMinSource != string(Gadgetbridge) {
		t.Errorf("steps %d from %q, run %d from %q", *d.Steps, d.StepsSource, *d.RunMin, d.RunMinSource)
	}
	if *d.AlcoholDrinks != 2 || !d.NightChecked || d.Notes != "hot" {
		t.Errorf("the rest of the day changed: %+v", d)
	}
	if *stored[0].Steps != 5000 || stored[0].RunMin != nil {
		t.Error("the plan changed the stored day it was given")
	}
}

// A day the diary does not hold becomes a row whose night is not checked, so
// charts and insights keep counting it as a night not logged.
func TestPlanMergeNewRowIsNotALoggedNight(t *testing.T) {
	p := PlanMerge(Fitbit, nil, []DayValues{{Date: "2026-05-04", Steps: iptr(100)}}, MergeOptions{})
	if len(p.Days) != 1 || p.Days[0].NightChecked {
		t.Fatalf("days = %+v", p.Days)
	}
}

func TestPlanMergeTwiceChangesNothing(t *testing.T) {
	vals := []DayValues{
		{Date: "2026-05-03", Steps: iptr(7000), SleepStart: cptr("23:00"), SleepEnd: cptr("07:00")},
		{Date: "2026-05-04", RunMin: iptr(45)},
	}
	first := PlanMerge(HealthConnect, nil, vals, MergeOptions{})
	var stored []model.Day
	for _, d := range first.Days {
		stored = append(stored, *d)
	}
	for _, replace := range []bool{false, true} {
		again := PlanMerge(HealthConnect, stored, vals, MergeOptions{Replace: replace})
		if len(again.Days) != 0 {
			t.Errorf("replace=%v: second import changes %d days", replace, len(again.Days))
		}
		if c := again.Counts(); c.Same != 3 {
			t.Errorf("replace=%v: counts %+v, want 3 the same", replace, c)
		}
	}
}

func TestPlanMergeSkipsValuesOutOfRange(t *testing.T) {
	vals := []DayValues{{Date: "2026-05-04", Steps: iptr(250000), RunMin: iptr(700), SleepStart: cptr("20:00"), SleepEnd: cptr("14:00")}}
	p := PlanMerge(CSV, nil, vals, MergeOptions{})
	if len(p.Days) != 0 || p.Counts().Skip != 3 {
		t.Errorf("plan = %+v", p)
	}
}

// Sleep read from records lands on the row of the evening it started, across
// midnight and across a daylight-saving change, in the record's own zone.
func TestPlanMergeSleepOnItsNight(t *testing.T) {
	tests := []struct {
		name, from, to, night, window string
	}{
		{"across midnight", "2026-05-04 23:40 +0200", "2026-05-05 06:50 +0200", "2026-05-04", "23:40-06:50"},
		{"spring forward", "2026-03-28 23:30 +0100", "2026-03-29 07:00 +0200", "2026-03-28", "23:30-07:00"},
		{"fall back", "2026-10-24 23:30 +0200", "2026-10-25 07:00 +0100", "2026-10-24", "23:30-07:00"},
		{"after midnight", "2026-05-05 00:30 +0200", "2026-05-05 07:30 +0200", "2026-05-04", "00:30-07:30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Collect{SleepRecords: []Sleep{{Start: at(t, tt.from), End: at(t, tt.to), Stage: Asleep, Source: Source{Format: Garmin}}}}
			vals := Summarise(c, model.DefaultCutover)
			stored := []model.Day{{Date: model.Date(tt.night).AddDays(1), Steps: iptr(3)}}
			p := PlanMerge(Garmin, stored, vals, MergeOptions{})
			if len(p.Days) != 1 || p.Days[0].Date != model.Date(tt.night) {
				t.Fatalf("days = %+v, want the row of %s", p.Days, tt.night)
			}
			if got := p.Changes[0].New; got != tt.window || p.Days[0].SleepSource != string(Garmin) {
				t.Errorf("window %s from %q, want %s", got, p.Days[0].SleepSource, tt.window)
			}
		})
	}
}

// The diary accepts exactly the formats this package writes as sources.
func TestTrackerSourcesMatchFormats(t *testing.T) {
	formats := []Format{AppleHealth, HealthConnect, Garmin, Gadgetbridge, Fitbit, CSV}
	if len(formats) != len(model.TrackerSources) {
		t.Fatalf("model.TrackerSources %v, formats %v", model.TrackerSources, formats)
	}
	for i, f := range formats {
		if model.TrackerSources[i] != string(f) {
			t.Errorf("model.TrackerSources[%d] = %q, want %q", i, model.TrackerSources[i], f)
		}
	}
}
