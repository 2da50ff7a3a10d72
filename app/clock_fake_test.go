//go:build fakeclock

package app

import (
	"strings"
	"testing"
	"time"
)

func TestFakeClockStartsAtEnvNow(t *testing.T) {
	getenv := func(k string) string {
		if k == EnvNow {
			return "2027-03-28T03:59:50"
		}
		return ""
	}
	now, err := diaryClock(getenv)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2027, 3, 28, 3, 59, 50, 0, time.Local)
	if d := now().Sub(start); d < 0 || d > time.Minute {
		t.Errorf("the fake clock reads %s, want just after %s", now(), start)
	}
}

func TestFakeClockRefusesABadEnvNow(t *testing.T) {
	_, err := diaryClock(func(string) string { return "tomorrow" })
	if err == nil || !strings.Contains(err.Error(), EnvNow) {
		t.Fatalf("diaryClock with %s=tomorrow: %v", EnvNow, err)
	}
}

func TestFakeClockUnsetIsTheRealClock(t *testing.T) {
	now, err := diaryClock(func(string) string { return "" })
	if err != nil || now == nil {
		t.Fatalf("diaryClock without %s: %v", EnvNow, err)
	}
}
