//go:build fakeclock

package app

import (
	"fmt"
	"time"
)

// diaryClock starts the clock at EnvNow, read as local time, when it is set;
// it then runs forward normally. Unset, it is the computer's clock.
func diaryClock(getenv func(string) string) (func() time.Time, error) {
	s := getenv(EnvNow)
	if s == "" {
		return time.Now, nil
	}
	start, err := parseFakeNow(s, time.Local)
	if err != nil {
		return nil, fmt.Errorf("app: fake clock: %w", err)
	}
	return runningFrom(start, time.Now()), nil
}
