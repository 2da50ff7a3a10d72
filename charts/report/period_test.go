package report

import (
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

func TestPeriod(t *testing.T) {
	evening := time.Date(2026, 3, 10, 21, 0, 0, 0, time.UTC)
	small := time.Date(2026, 3, 11, 2, 30, 0, 0, time.UTC) // before 04:00: still the 10th
	tests := []struct {
		name             string
		from, to         model.Date
		now              time.Time
		wantFrom, wantTo model.Date
	}{
		{"four weeks to last night", "", "", evening, "2026-02-10", "2026-03-09"},
		{"before 04:00 last night is the one before", "", "", small, "2026-02-10", "2026-03-09"},
		{"an end asked for", "", "2026-01-31", evening, "2026-01-04", "2026-01-31"},
		{"both asked for", "2025-12-01", "2025-12-02", evening, "2025-12-01", "2025-12-02"},
	}
	for _, tt := range tests {
		from, to := Period(tt.from, tt.to, tt.now)
		if from != tt.wantFrom || to != tt.wantTo {
			t.Errorf("%s: %s..%s, want %s..%s", tt.name, from, to, tt.wantFrom, tt.wantTo)
		}
	}
}
