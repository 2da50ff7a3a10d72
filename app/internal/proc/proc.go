// Package proc is what one run of crampdiary, a command or the window, gets from
// its process: outputs, environment, clock, quit signals, exit codes, the failure line.
//
// It sits under app/internal because app/cli and app/desktop both run as
// such a process, and neither may import the other.
package proc

import (
	"io"
	"os"
	"syscall"
	"time"
)

// Env is what a run reads from the outside world, so tests can supply their own.
type Env struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Now            func() time.Time // the diary's clock: every "today" comes from it
}

// Exit codes shared by every command.
const (
	ExitOK    = 0
	ExitError = 1
	ExitUsage = 2
)

// QuitSignals are the requests to stop that close crampdiary cleanly: Ctrl+C,
// SIGTERM (a shutdown, kill), and SIGHUP (the terminal or session went away),
// which would otherwise end the process with the diary still open.
var QuitSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}
