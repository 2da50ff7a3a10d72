package tracker

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

var fitbitSource = Source{Format: Fitbit, Device: "Fitbit", Worn: true}

type fitbitSteps struct {
	DateTime string          `json:"dateTime"`
	Value    json.RawMessage `json:"value"` // a string in the export: "12"
}

type fitbitSleep struct {
	StartTime string `json:"startTime"`
	EndTime   string `json:"endTime"`
	Levels    struct {
		Data []struct {
			DateTime string `json:"dateTime"`
			Level    string `json:"level"`
			Seconds  int    `json:"seconds"`
		} `json:"data"`
	} `json:"levels"`
}

type fitbitExercise struct {
	ActivityName   string  `json:"activityName"`
	StartTime      string  `json:"startTime"`
	Duration       int64   `json:"duration"`       // ms, pauses included
	ActiveDuration int64   `json:"activeDuration"` // ms
	Distance       float64 `json:"distance"`
	DistanceUnit   string  `json:"distanceUnit"`
}

// steps handles one minute; it returns what is wrong with it, or "".
func (f fitbitReader) steps(e fitbitSteps) string {
	t, err := time.ParseInLocation(fitbitMinuteLayout, e.DateTime, time.UTC)
	if err != nil {
		return "dateTime " + strconv.Quote(e.DateTime) + " is not MM/DD/YY hh:mm:ss"
	}
	v := strings.Trim(string(e.Value), `"`)
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > 10000 {
		return "steps " + strconv.Quote(v) + " is not a number of steps in a minute"
	}
	if n > 0 {
		t = t.In(f.loc)
		f.sink.Steps(Steps{Start: t, End: t.Add(time.Minute), Count: n, Source: fitbitSource})
	}
	return ""
}

// sleep handles one sleep log: with levels, an in-bed record plus its
// stages; without, one asleep record.
func (f fitbitReader) sleep(e fitbitSleep) string {
	start, err1 := time.ParseInLocation(fitbitSleepLayout, e.StartTime, f.loc)
	end, err2 := time.ParseInLocation(fitbitSleepLayout, e.EndTime, f.loc)
	if err1 != nil || err2 != nil || !end.After(start) {
		return "startTime and endTime are not a sleep (" + e.StartTime + " to " + e.EndTime + ")"
	}
	if len(e.Levels.Data) == 0 {
		f.sink.Sleep(Sleep{Start: start, End: end, Stage: Asleep, Source: fitbitSource})
		return ""
	}
	f.sink.Sleep(Sleep{Start: start, End: end, Stage: InBed, Source: fitbitSource})
	for _, d := range e.Levels.Data {
		t, err := time.ParseInLocation(fitbitSleepLayout, d.DateTime, f.loc)
		if err != nil || d.Seconds <= 0 {
			return "sleep level at " + strconv.Quote(d.DateTime) + " has no time or length"
		}
		stage := Asleep
		switch d.Level {
		case "wake", "awake", "restless":
			stage = Awake
		case "deep", "light", "rem", "asleep":
		default:
			continue
		}
		f.sink.Sleep(Sleep{Start: t, End: t.Add(time.Duration(d.Seconds) * time.Second), Stage: stage, Source: fitbitSource})
	}
	return ""
}

// exercise handles one logged activity; only runs are kept.
func (f fitbitReader) exercise(e fitbitExercise) string {
	name := strings.ToLower(e.ActivityName)
	if !strings.Contains(name, "run") && !strings.Contains(name, "treadmill") {
		return ""
	}
	start, err := time.ParseInLocation(fitbitMinuteLayout, e.StartTime, f.loc)
	if err != nil {
		return "startTime " + strconv.Quote(e.StartTime) + " is not MM/DD/YY hh:mm:ss"
	}
	active := e.ActiveDuration
	if active <= 0 {
		active = e.Duration
	}
	total := max(e.Duration, active)
	if active <= 0 || total > 48*3600*1000 {
		return "the run has no duration"
	}
	r := Run{Start: start, End: start.Add(time.Duration(total) * time.Millisecond),
		Duration: time.Duration(active) * time.Millisecond, Source: fitbitSource}
	switch strings.ToLower(e.DistanceUnit) {
	case "kilometer", "km", "":
		r.DistanceM = e.Distance * 1000
	case "mile", "mi":
		r.DistanceM = e.Distance * 1609.344
	}
	f.sink.Run(r)
	return ""
}
