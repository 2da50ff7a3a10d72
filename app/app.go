// Package app wires crampdiary together: it reads the command line, finds the
// data folder, opens the diary, and either runs one command or the window.
package app

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/lang"
)

// AppID is the Fyne application ID; it also names the default data folder.
const AppID = "io.github.crampdiary"

// Files kept in the data folder.
const (
	diaryFile = "crampdiary.db"
	lockFile  = "crampdiary.lock"
	sockFile  = "crampdiary.sock"
)

// EnvDataDir overrides the default data folder when --data-dir is not given.
const EnvDataDir = "CRAMPDIARY_DATA"

// Exit codes shared by every command.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// env is what Main reads from the outside world, so tests can supply their own.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	now            func() time.Time // the diary's clock: every "today" comes from it
}

// Main runs crampdiary with the arguments after the program name and returns
// the process exit code: 0 ok, 1 error, 2 usage error.
func Main(args []string) int {
	now, err := diaryClock(os.Getenv)
	if err != nil {
		return fail(os.Stderr, err)
	}
	return run(args, env{stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, now: now})
}

func run(args []string, e env) int {
	inv, err := parseArgs(args)
	var uerr *usageError
	switch {
	case errors.Is(err, errHelp) && inv.command == "import-tracker":
		writeTrackerHelp(e.stdout)
		return exitOK
	case errors.Is(err, errHelp):
		writeHelp(e.stdout)
		return exitOK
	case errors.As(err, &uerr):
		fmt.Fprintf(e.stderr, "crampdiary: %s\n%s\n", uerr.msg, lang.L("Run \"crampdiary help\" to see the commands."))
		return exitUsage
	case err != nil:
		return fail(e.stderr, err)
	}
	dir, err := resolveDataDir(inv.dataDir, e.getenv)
	if err != nil {
		return fail(e.stderr, err)
	}
	if inv.command == "" {
		return runGUI(dir, inv.hidden, e)
	}
	return runCommand(inv, dir, e)
}

func diaryPath(dir string) string { return filepath.Join(dir, diaryFile) }
