package model

import (
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Day is one diary day: the context of the day and evening, and the night that
// starts that evening (its sleep window and whether it was checked for cramps).
// Pointers mean "not recorded": a nil Steps is unknown, never zero steps.
type Day struct {
	Date Date

	// Lower-leg load.
	Steps       *int
	RunMin      *int
	RunHard     *bool // intervals, hills or downhill
	Strength    *bool // calf or foot strength work
	StandingH   *float64
	NewShoes    *bool
	HighHeels   *bool
	LongSitting *bool
	LateWorkout *bool // hard leg workout close to bedtime

	// The night that starts this evening.
	SleepStart   *Clock
	SleepEnd     *Clock
	SleepQuality *int
	Stress       *int

	// Evening exposures, matched to this night.
	AlcoholDrinks *int
	LateMeal      *bool
	Heat          *bool // hot day or heavy sweating
	FluidsGlasses *int
	CaffeineCups  *int
	SaltChange    *bool
	Supplements   string
	Stretched     *bool
	TightBedding  *bool // tight covers, toes pointed down

	// MedicationChange names a medication started, stopped or changed that day.
	MedicationChange string

	// Symptoms noticed that day or its night. They are red flags (see redflag.Find):
	// a clinician should hear about them, so they are never carried over to the
	// next day the way the everyday context is.
	Weakness        *bool
	Numbness        *bool
	SwellingOneSide *bool // one leg swollen, or the legs uneven
	LegColourChange *bool // a leg changed colour or temperature

	// Where steps, running minutes and the sleep window came from: the
	// tracker export format that filled them ("apple-health", see
	// model/tracker), or "" when the person typed them. Typing over a value
	// clears its source, so "what the person typed wins" can be kept.
	StepsSource  string
	RunMinSource string
	SleepSource  string

	// NightChecked records that the night was reviewed: no cramps is data too.
	NightChecked bool
	Notes        string

	UpdatedAt time.Time
}

// SleepHours is the length of the sleep window, or false when not recorded.
func (d Day) SleepHours() (float64, bool) {
	if d.SleepStart == nil || d.SleepEnd == nil {
		return 0, false
	}
	return SleepHours(*d.SleepStart, *d.SleepEnd), true
}

// CopyContext returns a new day on date with prev's day-to-day context (load,
// sleep habits, evening exposures), for "same as yesterday". One-off events
// (new shoes, medication change, notes), symptoms and the night check are not
// copied: each must be a fresh observation of the new day.
func CopyContext(prev Day, date Date) Day {
	d := prev.Clone()
	d.Date = date
	d.NewShoes = nil
	d.MedicationChange = ""
	d.Weakness, d.Numbness, d.SwellingOneSide, d.LegColourChange = nil, nil, nil, nil
	d.Notes = ""
	d.StepsSource, d.RunMinSource, d.SleepSource = "", "", "" // copied by the person, not measured that day
	d.NightChecked = false
	d.UpdatedAt = time.Time{}
	return d
}

// Clone returns a copy of d that shares no pointers with it, so editing one
// day's form can never change another day's values.
func (d Day) Clone() Day {
	c := d
	for _, p := range []**int{&c.Steps, &c.RunMin, &c.SleepQuality, &c.Stress, &c.AlcoholDrinks, &c.FluidsGlasses, &c.CaffeineCups} {
		*p = clonePtr(*p)
	}
	for _, p := range []**bool{&c.RunHard, &c.Strength, &c.NewShoes, &c.HighHeels, &c.LongSitting, &c.LateWorkout,
		&c.LateMeal, &c.Heat, &c.SaltChange, &c.Stretched, &c.TightBedding,
		&c.Weakness, &c.Numbness, &c.SwellingOneSide, &c.LegColourChange} {
		*p = clonePtr(*p)
	}
	c.StandingH = clonePtr(c.StandingH)
	c.SleepStart = clonePtr(c.SleepStart)
	c.SleepEnd = clonePtr(c.SleepEnd)
	return c
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// Validate checks every field against its range; today is the latest allowed date.
// The error is a *FieldError wrapping ErrInvalid, or FieldErrors when more
// than one field is wrong, listed in the order of the fields.
func (d Day) Validate(today Date) error {
	var errs []*FieldError
	add := func(e *FieldError) {
		if e != nil {
			errs = append(errs, e)
		}
	}
	if !d.Date.Valid() {
		add(fieldErr("date", X("date \"{{.Value}}\" is not YYYY-MM-DD", p{"Value": string(d.Date)})))
	} else if today.Before(d.Date) {
		add(fieldErr("date", X("date {{.Value}} is in the future", p{"Value": string(d.Date)})))
	}
	for _, r := range d.intRanges() {
		add(r.check())
	}
	if d.StandingH != nil && !(*d.StandingH >= 0 && *d.StandingH <= 24) { // NaN fails both
		add(fieldErr("standing_h", X("standing_h {{.Value}} is outside 0-24 hours", p{"Value": Significant{V: *d.StandingH, Digits: -1}})))
	}
	errs = append(errs, d.validateSources()...)
	add(d.validateSleep())
	return collect(errs)
}

// TrackerSources are the values a source field may hold besides "" (typed):
// the export formats of model/tracker, whose tests keep the two in step.
var TrackerSources = []string{"apple-health", "health-connect", "garmin-fit", "gadgetbridge", "fitbit", "csv"}

// validateSources refuses an unknown source, and a source for a value that
// is not there: it would say "from Apple Health" beside an empty field.
func (d Day) validateSources() []*FieldError {
	var errs []*FieldError
	for _, f := range []struct {
		field, source string
		has           bool
	}{
		{"steps_source", d.StepsSource, d.Steps != nil},
		{"run_min_source", d.RunMinSource, d.RunMin != nil},
		{"sleep_source", d.SleepSource, d.SleepStart != nil},
	} {
		switch {
		case f.source == "":
		case !slices.Contains(TrackerSources, f.source):
			errs = append(errs, fieldErr(f.field, X("{{.Field}} \"{{.Value}}\" is not one of {{.Allowed}}, or empty",
				p{"Field": f.field, "Value": f.source, "Allowed": strings.Join(TrackerSources, ", ")})))
		case !f.has:
			errs = append(errs, fieldErr(f.field, X("{{.Field}} \"{{.Value}}\" is given for a value that is empty", p{"Field": f.field, "Value": f.source})))
		}
	}
	return errs
}

func (d Day) validateSleep() *FieldError {
	if (d.SleepStart == nil) != (d.SleepEnd == nil) {
		return fieldErr("sleep_start", X("give both sleep_start and sleep_end, or neither", nil))
	}
	if h, ok := d.SleepHours(); ok && h > 16 {
		return fieldErr("sleep_end", XN("sleep from {{.From}} to {{.To}} is {{.Count}} hours; check the times",
			int(math.RoundToEven(h)), p{"From": d.SleepStart.String(), "To": d.SleepEnd.String()}))
	}
	return nil
}

type intRange struct {
	field    string
	v        *int
	min, max int
	unit     string
}

func (r intRange) check() *FieldError {
	if r.v == nil || (*r.v >= r.min && *r.v <= r.max) {
		return nil
	}
	v := p{"Field": r.field, "Value": strconv.Itoa(*r.v), "Min": strconv.Itoa(r.min), "Max": strconv.Itoa(r.max)}
	switch r.unit {
	case " minutes":
		return fieldErr(r.field, X("{{.Field}} {{.Value}} is outside {{.Min}}-{{.Max}} minutes", v))
	case " seconds":
		return fieldErr(r.field, X("{{.Field}} {{.Value}} is outside {{.Min}}-{{.Max}} seconds", v))
	}
	return fieldErr(r.field, X("{{.Field}} {{.Value}} is outside {{.Min}}-{{.Max}}", v))
}

func (d Day) intRanges() []intRange {
	return []intRange{
		{"steps", d.Steps, 0, 100000, ""},
		{"run_min", d.RunMin, 0, 600, " minutes"},
		{"sleep_quality", d.SleepQuality, 1, 5, ""},
		{"stress", d.Stress, 1, 5, ""},
		{"alcohol_drinks", d.AlcoholDrinks, 0, 40, ""},
		{"fluids_glasses", d.FluidsGlasses, 0, 40, ""},
		{"caffeine_cups", d.CaffeineCups, 0, 30, ""},
	}
}

// NightSigns are the warning signs noted for a day and its night; they feed
// the red flags.
type NightSigns struct {
	Weakness, Numbness, SwellingOneSide, LegColourChange *bool
}

// Signs returns the day's warning signs.
func (d Day) Signs() NightSigns {
	return NightSigns{Weakness: d.Weakness, Numbness: d.Numbness, SwellingOneSide: d.SwellingOneSide, LegColourChange: d.LegColourChange}
}

// ApplyTo puts the signs into d.
func (n NightSigns) ApplyTo(d *Day) {
	d.Weakness, d.Numbness, d.SwellingOneSide, d.LegColourChange = n.Weakness, n.Numbness, n.SwellingOneSide, n.LegColourChange
}

// OnlyImported reports whether d holds nothing but values read from a phone
// or watch: such a day was never logged by the person, so a reminder to log
// it is still due.
func (d Day) OnlyImported() bool {
	if d.StepsSource == "" && d.RunMinSource == "" && d.SleepSource == "" {
		return false // nothing imported: a row saved by the person, even empty
	}
	c := d.Clone()
	c.Date, c.UpdatedAt = "", time.Time{}
	if c.StepsSource != "" {
		c.Steps, c.StepsSource = nil, ""
	}
	if c.RunMinSource != "" {
		c.RunMin, c.RunMinSource = nil, ""
	}
	if c.SleepSource != "" {
		c.SleepStart, c.SleepEnd, c.SleepSource = nil, nil, ""
	}
	return reflect.DeepEqual(c, Day{})
}
