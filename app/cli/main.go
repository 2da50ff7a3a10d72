// Package cli is crampdiary's command line: it reads the arguments and runs
// one command on the diary, in the terminal's words, or hands over to the window.
package cli

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/app/internal/proc"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/ui"
)

// Window runs the window on the diary in the data folder dir; hidden starts
// it in the tray, as at login. app passes desktop.Run, which cli never imports.
type Window func(dir string, hidden bool, e proc.Env) int

// Main runs the command line args (after the program name) and returns the
// exit code: 0 ok, 1 error, 2 usage error. With no command it opens window.
func Main(args []string, e proc.Env, window Window) int {
	// The terminal speaks the system's language; without its files every
	// message stays English, which is no reason to refuse a command.
	_ = ui.UseLanguage("")
	inv, err := parseArgs(args)
	var uerr *usageError
	switch {
	case errors.Is(err, errHelp) && inv.command == "import-tracker":
		writeTrackerHelp(e.Stdout)
		return proc.ExitOK
	case errors.Is(err, errHelp):
		writeHelp(e.Stdout)
		return proc.ExitOK
	case errors.As(err, &uerr):
		fmt.Fprintf(e.Stderr, "crampdiary: %s\n%s\n", uerr.msg, lang.L("Run \"crampdiary help\" to see the commands."))
		return proc.ExitUsage
	case err != nil:
		return proc.Fail(e.Stderr, err)
	}
	dir, err := datadir.Resolve(inv.dataDir, e.Getenv)
	if err != nil {
		return proc.Fail(e.Stderr, err)
	}
	if inv.command == "" {
		return window(dir, inv.hidden, e)
	}
	return runCommand(inv, dir, e)
}

// words writes the model's messages in the terminal's language.
func words() model.Words {
	w, _ := ui.WordsFor("") // the language is in place once Main began
	return w
}

// saidError is err with its sentence in the person's language; errors.Is and
// errors.As still see err.
type saidError struct {
	err  error
	text string
}

func (e saidError) Error() string { return e.text }
func (e saidError) Unwrap() error { return e.err }
