//go:build !fakeclock

package app

import "testing"

// Without -tags fakeclock the variable is not even read.
func TestRealClockIgnoresEnvNow(t *testing.T) {
	now, err := diaryClock(func(k string) string {
		t.Errorf("the real clock read %s", k)
		return "2027-03-28T01:30:00"
	})
	if err != nil || now == nil {
		t.Fatalf("diaryClock: %v", err)
	}
}
