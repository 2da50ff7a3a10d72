//go:build unix

package desktop

import "syscall"

// execSelf replaces this process with the program at exe; it returns only on
// failure.
func execSelf(exe string, args, env []string) error { return syscall.Exec(exe, args, env) }
