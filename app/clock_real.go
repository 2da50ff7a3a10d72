//go:build !fakeclock

package app

import "time"

// diaryClock is the clock of every command and the window: the computer's.
// Only a build with -tags fakeclock reads EnvNow.
func diaryClock(func(string) string) (func() time.Time, error) {
	return time.Now, nil
}
