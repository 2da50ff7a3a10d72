package tracker

import (
	"bytes"
	"errors"
	"math"
	"strconv"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// The attributes of the Health export the reader keeps. Both the fast
// scanner and the encoding/xml reference fill an hkElem by these ids and
// hand it to the same hkConv, so they cannot disagree on what a record means.
const (
	hkType = iota
	hkValue
	hkStart
	hkEnd
	hkSourceName
	hkDevice
	hkActivity
	hkDuration
	hkDurationUnit
	hkDistance
	hkDistanceUnit
	hkSum
	hkUnit
	hkNumAttrs
)

// hkAttrID is the id of a kept attribute name, or -1.
func hkAttrID(name []byte) int {
	switch string(name) {
	case "type":
		return hkType
	case "value":
		return hkValue
	case "startDate":
		return hkStart
	case "endDate":
		return hkEnd
	case "sourceName":
		return hkSourceName
	case "device":
		return hkDevice
	case "workoutActivityType":
		return hkActivity
	case "duration":
		return hkDuration
	case "durationUnit":
		return hkDurationUnit
	case "totalDistance":
		return hkDistance
	case "totalDistanceUnit":
		return hkDistanceUnit
	case "sum":
		return hkSum
	case "unit":
		return hkUnit
	}
	return -1
}

// hkElem holds the decoded kept attributes of one element; the first
// occurrence of a name counts. Slices are only valid during one call.
type hkElem struct {
	val [hkNumAttrs][]byte
	has [hkNumAttrs]bool
}

func (e *hkElem) reset() { *e = hkElem{} }

func (e *hkElem) set(id int, v []byte) {
	if id >= 0 && !e.has[id] {
		e.val[id], e.has[id] = v, true
	}
}

// Record and element types the reader keeps; everything else is skipped.
var (
	hkStepType     = []byte("HKQuantityTypeIdentifierStepCount")
	hkSleepType    = []byte("HKCategoryTypeIdentifierSleepAnalysis")
	hkRunningType  = []byte("HKWorkoutActivityTypeRunning")
	hkDistanceType = []byte("HKQuantityTypeIdentifierDistanceWalkingRunning")
)

func hkKeptRecord(typ []byte) bool {
	return bytes.Equal(typ, hkStepType) || bytes.Equal(typ, hkSleepType)
}

// hkSleepStages maps both the pre-iOS 16 values (InBed, Asleep, Awake) and
// the staged ones (Core, Deep, REM, Unspecified) to a SleepStage.
var hkSleepStages = map[string]SleepStage{
	"HKCategoryValueSleepAnalysisInBed":             InBed,
	"HKCategoryValueSleepAnalysisAsleep":            Asleep,
	"HKCategoryValueSleepAnalysisAsleepUnspecified": Asleep,
	"HKCategoryValueSleepAnalysisAsleepCore":        Asleep,
	"HKCategoryValueSleepAnalysisAsleepDeep":        Asleep,
	"HKCategoryValueSleepAnalysisAsleepREM":         Asleep,
	"HKCategoryValueSleepAnalysisAwake":             Awake,
}

// hkRecordError is a record whose content cannot be read; the reader adds
// the file and line.
type hkRecordError struct{ what model.Message }

func (e *hkRecordError) Error() string { return e.what.String() }

// badRecord is a record whose value v is not what what says; what has a
// {{.Value}} for it, quoted as it stands in the file.
func badRecord(what model.Message, v []byte) error {
	what.Params = x{"Value": strconv.Quote(string(v))}
	return &hkRecordError{what: what}
}

// hkConv turns kept elements into records for the sink. It caches time
// zones and sources, so a record costs no allocation beyond the sink's.
type hkConv struct {
	sink     Sink
	zones    map[int]*time.Location
	sources  map[string]Source
	key      []byte
	workouts []hkWorkout // open Workout elements, innermost last
}

// hkWorkout is an open Workout element; only running ones are kept.
type hkWorkout struct {
	running bool
	run     Run
	statM   float64 // distance from a WorkoutStatistics child, metres
}

func newHKConv(sink Sink) *hkConv {
	return &hkConv{sink: sink, zones: map[int]*time.Location{}, sources: map[string]Source{}}
}

// record passes on a Record element whose type hkKeptRecord accepted.
func (c *hkConv) record(e *hkElem) error {
	start, end, err := c.span(e)
	if err != nil {
		return err
	}
	src := c.source(e)
	if bytes.Equal(e.val[hkType], hkStepType) {
		v, err := strconv.ParseFloat(string(e.val[hkValue]), 64)
		if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			return badRecord(model.X(hkBadSteps, nil), e.val[hkValue])
		}
		c.sink.Steps(Steps{Start: start, End: end, Count: int(math.Round(v)), Source: src})
		return nil
	}
	stage, ok := hkSleepStages[string(e.val[hkValue])]
	if !ok {
		return nil // a sleep value newer than this reader: not an error
	}
	c.sink.Sleep(Sleep{Start: start, End: end, Stage: stage, Source: src})
	return nil
}

// workoutStart opens a Workout element; an empty one is closed at once.
func (c *hkConv) workoutStart(e *hkElem, empty bool) error {
	w := hkWorkout{running: bytes.Equal(e.val[hkActivity], hkRunningType)}
	if w.running {
		start, end, err := c.span(e)
		if err != nil {
			return err
		}
		w.run = Run{Start: start, End: end, Duration: end.Sub(start), Source: c.source(e)}
		if e.has[hkDuration] {
			d, err := strconv.ParseFloat(string(e.val[hkDuration]), 64)
			if err != nil || d < 0 || d > 1e6 {
				return badRecord(model.X(hkBadRun, nil), e.val[hkDuration])
			}
			if unit, ok := hkTimeUnits[string(e.val[hkDurationUnit])]; ok {
				w.run.Duration = time.Duration(d * float64(unit))
			}
		}
		w.run.DistanceM = hkMetres(e.val[hkDistance], e.val[hkDistanceUnit])
	}
	c.workouts = append(c.workouts, w)
	if empty {
		c.workoutEnd()
	}
	return nil
}

// workoutStats reads the distance of the innermost open running workout
// from a WorkoutStatistics child, as exports since iOS 16 give it.
func (c *hkConv) workoutStats(e *hkElem) {
	if len(c.workouts) == 0 || !bytes.Equal(e.val[hkType], hkDistanceType) {
		return
	}
	w := &c.workouts[len(c.workouts)-1]
	if w.running && w.statM == 0 {
		w.statM = hkMetres(e.val[hkSum], e.val[hkUnit])
	}
}

// wantStats reports whether a WorkoutStatistics element here is worth reading.
func (c *hkConv) wantStats() bool {
	return len(c.workouts) > 0 && c.workouts[len(c.workouts)-1].running
}

// workoutEnd closes the innermost open Workout and passes on a run.
func (c *hkConv) workoutEnd() {
	if len(c.workouts) == 0 {
		return
	}
	w := c.workouts[len(c.workouts)-1]
	c.workouts = c.workouts[:len(c.workouts)-1]
	if !w.running {
		return
	}
	if w.run.DistanceM == 0 {
		w.run.DistanceM = w.statM
	}
	c.sink.Run(w.run)
}

var hkTimeUnits = map[string]time.Duration{
	"": time.Minute, "min": time.Minute, "s": time.Second, "sec": time.Second,
	"h": time.Hour, "hr": time.Hour, "ms": time.Millisecond,
}

var hkLengthUnits = map[string]float64{
	"m": 1, "km": 1000, "mi": 1609.344, "ft": 0.3048, "yd": 0.9144, "cm": 0.01,
}

// hkMetres reads a distance; 0 when it is missing or its unit unknown.
func hkMetres(v, unit []byte) float64 {
	f, err := strconv.ParseFloat(string(v), 64)
	m, ok := hkLengthUnits[string(unit)]
	if err != nil || !ok || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0
	}
	return f * m
}

func (c *hkConv) span(e *hkElem) (start, end time.Time, err error) {
	if start, err = c.date(e.val[hkStart], "start"); err != nil {
		return
	}
	if end, err = c.date(e.val[hkEnd], "end"); err != nil {
		return
	}
	if end.Before(start) {
		err = &hkRecordError{what: model.X("ends before it starts", nil)}
	}
	return
}

// source is the device a record came from. The Health app calls it by
// sourceName ("Anna's Apple Watch"); a watch is the worn device.
func (c *hkConv) source(e *hkElem) Source {
	name, dev := e.val[hkSourceName], e.val[hkDevice]
	worn := bytes.Contains(dev, []byte("Watch")) || bytes.Contains(name, []byte("Watch"))
	c.key = append(append(c.key[:0], name...), 0)
	if worn {
		c.key[len(c.key)-1] = 1
	}
	if s, ok := c.sources[string(c.key)]; ok {
		return s
	}
	s := Source{Format: AppleHealth, Device: string(name), Worn: worn}
	c.sources[string(c.key)] = s
	return s
}

var errHKDate = errors.New("not a date")

// date reads "2024-03-10 07:12:00 -0500", keeping the offset: the wall clock
// is the person's local time then. Hand-made because time.Parse would look
// the offset up in the computer's zone and allocate a zone per record.
func (c *hkConv) date(b []byte, which string) (time.Time, error) {
	t, err := c.parseDate(b)
	if err != nil {
		if which == "start" {
			return t, badRecord(model.X(hkBadStart, nil), b)
		}
		return t, badRecord(model.X(hkBadEnd, nil), b)
	}
	return t, nil
}

func (c *hkConv) parseDate(b []byte) (time.Time, error) {
	if len(b) != 25 || b[4] != '-' || b[7] != '-' || b[10] != ' ' || b[13] != ':' || b[16] != ':' ||
		b[19] != ' ' || (b[20] != '+' && b[20] != '-') {
		return time.Time{}, errHKDate
	}
	n := func(i, j int) int {
		v := 0
		for _, d := range b[i:j] {
			if d < '0' || d > '9' {
				return -1
			}
			v = v*10 + int(d-'0')
		}
		return v
	}
	y, mo, d, h, mi, s, oh, om := n(0, 4), n(5, 7), n(8, 10), n(11, 13), n(14, 16), n(17, 19), n(21, 23), n(23, 25)
	if y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 ||
		oh < 0 || oh > 23 || om < 0 || om > 59 || d > hkDaysIn(y, mo) {
		return time.Time{}, errHKDate
	}
	off := (oh*60 + om) * 60
	if b[20] == '-' {
		off = -off
	}
	loc, ok := c.zones[off]
	if !ok {
		loc = time.FixedZone("", off)
		c.zones[off] = loc
	}
	return time.Date(y, time.Month(mo), d, h, mi, s, 0, loc), nil
}

func hkDaysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// The bad records' sentences, each with the {{.Value}} badRecord fills.
const (
	hkBadSteps = "has a step count that is not a number: {{.Value}}"
	hkBadRun   = "has a running duration that is not a number: {{.Value}}"
	hkBadStart = "has a start date that is not a date: {{.Value}}"
	hkBadEnd   = "has an end date that is not a date: {{.Value}}"
)
