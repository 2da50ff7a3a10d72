// Package tracker reads what a person's phone or watch recorded (steps, sleep,
// runs) from the export files those devices give them, offline, and turns it
// into diary values: steps and running minutes per calendar day, and the main
// sleep window per night. It never imports Fyne.
package tracker

import (
	"time"
)

// Every time below is the instant with the zone offset the device recorded,
// so its wall clock (Format, model.DateOf) is the person's local time then;
// a record must never be converted to the computer's zone.

// Steps is a count of steps taken between Start and End.
type Steps struct {
	Start, End time.Time
	Count      int
	Source     Source
}

// SleepStage is what a sleep record says the person was doing.
type SleepStage int

// Sleep stages. Devices differ in detail; InBed and Awake are not sleep.
const (
	Asleep SleepStage = iota // asleep, any stage (core, deep, REM, unspecified)
	InBed                    // in bed, not necessarily asleep
	Awake                    // awake during a sleep session
)

// Sleep is one sleep record: a whole session, or one stage of it.
type Sleep struct {
	Start, End time.Time
	Stage      SleepStage
	Source     Source
}

// Run is one running workout.
type Run struct {
	Start, End time.Time
	Duration   time.Duration // moving time where the device gives it, else End-Start
	DistanceM  float64       // 0 when not given
	Source     Source
}

// Source names where a record came from, so overlapping sources can be told
// apart and the diary can say "from Apple Health".
type Source struct {
	Format Format // which export format
	Device string // the device or app inside the export ("Apple Watch", "iPhone"); "" if unknown
	Worn   bool   // a wearable: preferred where sources overlap, as the Health app does
}

// Format is a kind of export file.
type Format string

// The formats crampdiary reads.
const (
	AppleHealth   Format = "apple-health"
	HealthConnect Format = "health-connect"
	Garmin        Format = "garmin-fit"
	Gadgetbridge  Format = "gadgetbridge"
	Fitbit        Format = "fitbit"
	CSV           Format = "csv"
)

// Sink receives records as a parser reads them, so a file of gigabytes is
// never held in memory. A parser calls it from one goroutine.
type Sink interface {
	Steps(Steps)
	Sleep(Sleep)
	Run(Run)
}

// Collect is a Sink that keeps every record, for tests and small files.
type Collect struct {
	StepRecords  []Steps
	SleepRecords []Sleep
	RunRecords   []Run
}

// Steps keeps s.
func (c *Collect) Steps(s Steps) { c.StepRecords = append(c.StepRecords, s) }

// Sleep keeps s.
func (c *Collect) Sleep(s Sleep) { c.SleepRecords = append(c.SleepRecords, s) }

// Run keeps r.
func (c *Collect) Run(r Run) { c.RunRecords = append(c.RunRecords, r) }
