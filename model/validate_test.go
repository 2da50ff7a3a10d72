package model

import (
	"errors"
	"math"
	"reflect"
	"testing"
	"time"
)

func ptr[T any](v T) *T { return &v }

func TestDayValidate(t *testing.T) {
	today := MustDate("2026-11-24")
	base := Day{Date: "2026-11-20"}
	tests := []struct {
		name  string
		edit  func(*Day)
		field string // "" means valid
		msg   string
	}{
		{"empty day is valid", func(d *Day) {}, "", ""},
		{"today is allowed", func(d *Day) { d.Date = today }, "", ""},
		{"future date", func(d *Day) { d.Date = "2026-11-25" }, "date", "date 2026-11-25 is in the future"},
		{"bad date", func(d *Day) { d.Date = "2026-13-01" }, "date", `date "2026-13-01" is not YYYY-MM-DD`},
		{"steps top", func(d *Day) { d.Steps = ptr(100000) }, "", ""},
		{"steps over", func(d *Day) { d.Steps = ptr(100001) }, "steps", "steps 100001 is outside 0-100000"},
		{"steps negative", func(d *Day) { d.Steps = ptr(-1) }, "steps", "steps -1 is outside 0-100000"},
		{"zero steps is a value", func(d *Day) { d.Steps = ptr(0) }, "", ""},
		{"quality 7", func(d *Day) { d.SleepQuality = ptr(7) }, "sleep_quality", "sleep_quality 7 is outside 1-5"},
		{"quality 0", func(d *Day) { d.SleepQuality = ptr(0) }, "sleep_quality", "sleep_quality 0 is outside 1-5"},
		{"stress 6", func(d *Day) { d.Stress = ptr(6) }, "stress", "stress 6 is outside 1-5"},
		{"standing 25 h", func(d *Day) { d.StandingH = ptr(25.0) }, "standing_h", "standing_h 25 is outside 0-24 hours"},
		{"standing NaN", func(d *Day) { d.StandingH = ptr(math.NaN()) }, "standing_h", "standing_h NaN is outside 0-24 hours"},
		{"standing Inf", func(d *Day) { d.StandingH = ptr(math.Inf(1)) }, "standing_h", "standing_h +Inf is outside 0-24 hours"},
		{"half a sleep window", func(d *Day) { d.SleepStart = ptr(Clock(23 * 60)) }, "sleep_start", "give both sleep_start and sleep_end, or neither"},
		{"overnight window", func(d *Day) { d.SleepStart, d.SleepEnd = ptr(Clock(23*60)), ptr(Clock(7*60)) }, "", ""},
		{"20 hour window", func(d *Day) { d.SleepStart, d.SleepEnd = ptr(Clock(8*60)), ptr(Clock(4*60)) }, "sleep_end", "sleep from 08:00 to 04:00 is 20 hours; check the times"},
		{"alcohol 41", func(d *Day) { d.AlcoholDrinks = ptr(41) }, "alcohol_drinks", "alcohol_drinks 41 is outside 0-40"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := base
			tt.edit(&d)
			checkFieldErr(t, d.Validate(today), tt.field, tt.msg)
		})
	}
}

func TestCrampValidate(t *testing.T) {
	now := time.Date(2026, 11, 24, 21, 0, 0, 0, time.UTC) // evening of the 24th
	base := Cramp{Night: "2026-11-23", Muscle: Calf, Side: Left}
	tests := []struct {
		name  string
		edit  func(*Cramp)
		field string
		msg   string
	}{
		{"minimal cramp", func(c *Cramp) {}, "", ""},
		{"small hours of last night", func(c *Cramp) { c.Time = ptr(Clock(2*60 + 40)) }, "", ""},
		{"tonight, already past", func(c *Cramp) { c.Night, c.Time = "2026-11-24", ptr(Clock(20*60+30)) }, "", ""},
		{"tonight, not yet", func(c *Cramp) { c.Night, c.Time = "2026-11-24", ptr(Clock(22*60)) }, "time", "time 22:00 in the night of 2026-11-24 is later than now"},
		{"tonight's small hours", func(c *Cramp) { c.Night, c.Time = "2026-11-24", ptr(Clock(3*60)) }, "time", "time 03:00 in the night of 2026-11-24 is later than now"},
		{"future night", func(c *Cramp) { c.Night = "2026-11-25" }, "night", "night 2026-11-25 has not started yet"},
		{"unknown muscle", func(c *Cramp) { c.Muscle = "toe" }, "muscle", `muscle "toe" is not one of calf, foot, hamstring, thigh, other`},
		{"unknown side", func(c *Cramp) { c.Side = "up" }, "side", `side "up" is not one of left, right, both`},
		{"intensity 11", func(c *Cramp) { c.Intensity = ptr(11) }, "intensity", "intensity 11 is outside 0-10"},
		{"intensity 0", func(c *Cramp) { c.Intensity = ptr(0) }, "", ""},
		{"duration 0 s", func(c *Cramp) { c.DurationS = ptr(0) }, "duration_s", "duration_s 0 is outside 1-3600 seconds"},
		{"duration 60 min", func(c *Cramp) { c.DurationS = ptr(3600) }, "", ""},
		{"duration 61 min", func(c *Cramp) { c.DurationS = ptr(3660) }, "duration_s", "duration_s 3660 is outside 1-3600 seconds"},
		{"soreness 4", func(c *Cramp) { c.Soreness = ptr(4) }, "soreness", "soreness 4 is outside 0-3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			tt.edit(&c)
			checkFieldErr(t, c.Validate(now, DefaultCutover), tt.field, tt.msg)
		})
	}
}

func checkFieldErr(t *testing.T, err error, field, msg string) {
	t.Helper()
	if field == "" {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return
	}
	var fe *FieldError
	if !errors.As(err, &fe) || !errors.Is(err, ErrInvalid) {
		t.Fatalf("got %v, want a FieldError on %s", err, field)
	}
	if fe.Field != field || fe.Msg != msg {
		t.Fatalf("got %s: %q, want %s: %q", fe.Field, fe.Msg, field, msg)
	}
}

func TestCopyContextLeavesOneOffsBehind(t *testing.T) {
	prev := Day{Date: "2026-11-23", Steps: ptr(8000), NewShoes: ptr(true), MedicationChange: "statin", Notes: "x", NightChecked: true, Stretched: ptr(true),
		Weakness: ptr(true), Numbness: ptr(true), SwellingOneSide: ptr(true), LegColourChange: ptr(false)}
	d := CopyContext(prev, "2026-11-24")
	if d.Date != "2026-11-24" || *d.Steps != 8000 || *d.Stretched != true {
		t.Fatalf("context not copied: %+v", d)
	}
	if d.NewShoes != nil || d.MedicationChange != "" || d.Notes != "" || d.NightChecked {
		t.Fatalf("one-off fields copied: %+v", d)
	}
	if d.Weakness != nil || d.Numbness != nil || d.SwellingOneSide != nil || d.LegColourChange != nil {
		t.Fatalf("symptoms copied to the next day: %+v", d)
	}
	*d.Steps = 1
	if *prev.Steps != 8000 {
		t.Fatal("copy shares pointers with the previous day")
	}
}

// Every pointer field must be deep-copied, or editing one day's form would
// change another day, including fields added later.
func TestCloneSharesNoPointers(t *testing.T) {
	var d Day
	v := reflect.ValueOf(&d).Elem()
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Pointer {
			f.Set(reflect.New(f.Type().Elem()))
		}
	}
	c := reflect.ValueOf(d.Clone())
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Pointer && f.Pointer() == c.Field(i).Pointer() {
			t.Errorf("Clone shares the %s pointer", v.Type().Field(i).Name)
		}
	}
}

// A form lists every problem at once: Validate reports each wrong field, in
// the order of the fields, and still reads as ErrInvalid with the first field.
func TestValidateReportsEveryProblemInOrder(t *testing.T) {
	d := Day{Date: "2026-11-20", Steps: ptr(-5), Stress: ptr(9), SleepStart: ptr(Clock(60))}
	err := d.Validate(MustDate("2026-11-24"))
	var all FieldErrors
	if !errors.As(err, &all) || !errors.Is(err, ErrInvalid) {
		t.Fatalf("got %v, want FieldErrors", err)
	}
	var fields []string
	for _, fe := range all {
		fields = append(fields, fe.Field)
	}
	if !reflect.DeepEqual(fields, []string{"steps", "stress", "sleep_start"}) {
		t.Fatalf("fields %v", fields)
	}
	checkFieldErr(t, err, "steps", "steps -5 is outside 0-100000")

	c := Cramp{Night: "2026-11-23", Muscle: "knee", Side: "up", Intensity: ptr(11), DurationS: ptr(0)}
	err = c.Validate(time.Date(2026, 11, 24, 21, 0, 0, 0, time.UTC), DefaultCutover)
	if !errors.As(err, &all) || len(all) != 4 || all[0].Field != "muscle" || all[3].Field != "intensity" {
		t.Fatalf("cramp problems %v", err)
	}
	if err.Error() != `muscle "knee" is not one of calf, foot, hamstring, thigh, other; side "up" is not one of left, right, both; duration_s 0 is outside 1-3600 seconds; intensity 11 is outside 0-10` {
		t.Fatalf("message %q", err.Error())
	}
}
