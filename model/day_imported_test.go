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
