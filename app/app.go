// Package app is the composition root: it makes the one clock of the diary,
// then hands the command line to app/cli, which runs a command or app/desktop.
package app

import (
	"os"

	"github.com/crampdiary/crampdiary/app/cli"
	"github.com/crampdiary/crampdiary/app/desktop"
	"github.com/crampdiary/crampdiary/app/internal/proc"
)

// Main runs crampdiary with the arguments after the program name and returns
// the process exit code: 0 ok, 1 error, 2 usage error.
func Main(args []string) int {
	now, err := diaryClock(os.Getenv)
	if err != nil {
		return proc.Fail(os.Stderr, err)
	}
	return run(args, proc.Env{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Now: now})
}

// run joins the two halves: the command line, and the window it opens when
// no command is given.
func run(args []string, e proc.Env) int { return cli.Main(args, e, desktop.Run) }
