package model

import "testing"

func TestOnlyImported(t *testing.T) {
	n := 9000
	yes := true
	tests := []struct {
		name string
		day  Day
		want bool
	}{
		{"steps from a watch", Day{Date: "2026-05-04", Steps: &n, StepsSource: "gadgetbridge"}, true},
		{"typed steps", Day{Date: "2026-05-04", Steps: &n}, false},
		{"imported steps and a typed tick", Day{Date: "2026-05-04", Steps: &n, StepsSource: "fitbit", Heat: &yes}, false},
		{"an empty row saved by the person", Day{Date: "2026-05-04"}, false},
		{"night checked", Day{Date: "2026-05-04", Steps: &n, StepsSource: "fitbit", NightChecked: true}, false},
	}
	for _, tt := range tests {
		if got := tt.day.OnlyImported(); got != tt.want {
			t.Errorf("%s: OnlyImported = %v", tt.name, got)
		}
	}
}

func TestValidateSources(t *testing.T) {
	n := 9000
	for _, tt := range []struct {
		day Day
		ok  bool
	}{
		{Day{Date: "2026-05-04", Steps: &n, StepsSource: "apple-health"}, true},
		{Day{Date: "2026-05-04", Steps: &n, StepsSource: "strava"}, false},
		{Day{Date: "2026-05-04", RunMinSource: "fitbit"}, false},
		{Day{Date: "2026-05-04", SleepSource: "garmin-fit"}, false},
	} {
		if err := tt.day.Validate("2026-12-31"); (err == nil) != tt.ok {
			t.Errorf("%+v: %v", tt.day, err)
		}
	}
}
