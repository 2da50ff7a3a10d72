package proc

import (
	"errors"
	"fmt"
	"io"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
)

// The terminal's words for failures, in one place as ui/env.go's
// userMessage is for the window; the commands and the window's own lines on
// stderr both use them. A sentence already made for the person passes as it
// is; a failure to read or write the diary says what to do and keeps the
// technical chain after it, since that tells one disk error from another and
// is what a bug report needs.

// Fail prints err the way every crampdiary error is printed and returns exit code 1.
func Fail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "crampdiary: %s\n", Message(err))
	return ExitError
}

// Message words err for the command line by its kind.
func Message(err error) string {
	switch {
	case errors.Is(err, model.ErrNotEmpty): // only the demo needs an empty diary
		return lang.L("demo only fills an empty diary, and this one already has entries; use --data-dir with a new folder to try the demo")
	case errors.Is(err, model.ErrRead):
		return lang.L("the diary file could not be read just now, and nothing was changed; try again, and if it keeps happening run \"crampdiary check\" ({{.Err}})", map[string]any{"Err": err.Error()})
	case errors.Is(err, model.ErrWrite):
		return lang.L("the diary file could not be written, and nothing was changed; check that the disk is not full, then try again ({{.Err}})", map[string]any{"Err": err.Error()})
	}
	return err.Error()
}

// OpenError explains a failed open; a damaged file gets instructions because
// the person has to decide what happens to it.
func OpenError(path string, err error) error {
	if errors.Is(err, model.ErrForeign) {
		return errors.New(lang.L("{{.Path}}: this is not a crampdiary diary; it was left untouched. It belongs to another program: move it out of the data folder, or choose another folder with --data-dir.", map[string]any{"Path": path}))
	}
	if errors.Is(err, model.ErrDamaged) {
		return errors.New(lang.L("the diary file {{.Path}} is damaged and was left as it is ({{.Err}}).\n\"crampdiary restore --latest\" puts back the newest good backup (\"crampdiary backups\" lists them) and keeps the damaged file beside it. Or open crampdiary: it can save what can still be read, and, last, \"Start a new diary\" sets the damaged file aside.", map[string]any{"Path": path, "Err": err.Error()}))
	}
	return fmt.Errorf("app: open diary %s: %w", path, err)
}
