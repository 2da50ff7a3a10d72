//go:build unix

package desktop

import "syscall"

// execSelf replaces this process with the program at exe; it returns only on
// failure. Tests replace it.
var execSelf = syscall.Exec
