package model

import (
	"strconv"
	"time"
)

// Muscle is where a cramp struck.
type Muscle string

// The muscles a cramp can be logged in, most common first.
const (
	Calf      Muscle = "calf"
	Foot      Muscle = "foot"
	Hamstring Muscle = "hamstring"
	Thigh     Muscle = "thigh"
	OtherArea Muscle = "other"
)

// Muscles lists every Muscle in display order.
var Muscles = []Muscle{Calf, Foot, Hamstring, Thigh, OtherArea}

// Side is the leg a cramp struck.
type Side string

// The sides of the body.
const (
	Left  Side = "left"
	Right Side = "right"
	Both  Side = "both"
)

// Sides lists every Side in display order.
var Sides = []Side{Left, Right, Both}

// Soreness levels after a cramp, 0-3.
const (
	SorenessNone = iota
	SorenessMild
	SorenessModerate
	SorenessSevere
)

// Cramp is one cramp in one night. Optional measures are nil when not recorded.
type Cramp struct {
	ID     uint
	Night  Date
	Time   *Clock // wall-clock time; its date follows the night rule
	Muscle Muscle
	Side   Side

	DurationS    *int
	Intensity    *int   // 0-10
	Soreness     *int   // 0-3, see SorenessNone..
	Relief       string // what released it
	SleepLostMin *int
	Notes        string

	CreatedAt time.Time
}

// Validate checks the cramp's fields; now and cutover place its time in its
// night and reject a time that has not happened yet. Every field that is
// wrong is reported, in the order of the fields (see FieldErrors).
func (c Cramp) Validate(now time.Time, cutover Clock) error {
	var errs []*FieldError
	add := func(e *FieldError) {
		if e != nil {
			errs = append(errs, e)
		}
	}
	switch {
	case !c.Night.Valid():
		add(fieldErr("night", X("night \"{{.Value}}\" is not YYYY-MM-DD", p{"Value": string(c.Night)})))
	case NightOf(now, cutover).Before(c.Night):
		add(fieldErr("night", X("night {{.Value}} has not started yet", p{"Value": string(c.Night)})))
	default:
		add(c.validateTime(now, cutover)) // the time is placed in a valid night only
	}
	if !knownMuscle(c.Muscle) {
		add(fieldErr("muscle", X("muscle \"{{.Value}}\" is not one of calf, foot, hamstring, thigh, other", p{"Value": string(c.Muscle)})))
	}
	if c.Side != Left && c.Side != Right && c.Side != Both {
		add(fieldErr("side", X("side \"{{.Value}}\" is not one of left, right, both", p{"Value": string(c.Side)})))
	}
	for _, r := range c.intRanges() {
		add(r.check())
	}
	return collect(errs)
}

// validateTime rejects a clock time that, placed in its night, lies after now.
func (c Cramp) validateTime(now time.Time, cutover Clock) *FieldError {
	if c.Time == nil {
		return nil
	}
	if *c.Time < 0 || *c.Time >= 24*60 {
		return fieldErr("time", X("time {{.Value}} is not a time of day", p{"Value": strconv.Itoa(int(*c.Time))}))
	}
	day := WallDate(c.Night, *c.Time, cutover)
	today := DateOf(now)
	if today.Before(day) || (day == today && ClockOf(now) < *c.Time) {
		return fieldErr("time", X("time {{.Value}} in the night of {{.Night}} is later than now", p{"Value": c.Time.String(), "Night": string(c.Night)}))
	}
	return nil
}

func (c Cramp) intRanges() []intRange {
	return []intRange{
		{"duration_s", c.DurationS, 1, 3600, " seconds"},
		{"intensity", c.Intensity, 0, 10, ""},
		{"soreness", c.Soreness, 0, 3, ""},
		{"sleep_lost_min", c.SleepLostMin, 0, 720, " minutes"},
	}
}

func knownMuscle(m Muscle) bool {
	for _, k := range Muscles {
		if k == m {
			return true
		}
	}
	return false
}
