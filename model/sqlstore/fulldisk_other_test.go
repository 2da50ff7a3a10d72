//go:build !linux

package sqlstore

// saveThenCloseOnFullDisk needs RLIMIT_FSIZE, which only the Linux test has.
func saveThenCloseOnFullDisk(string) int { return 1 }
