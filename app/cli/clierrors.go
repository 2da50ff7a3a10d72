package cli

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
)

// The command line's own failures; proc.Message words the rest by their kind.

// busyError is the answer to a command that changes the diary while the
// window, an import or a demo holds it.
func busyError(command string) error {
	return errors.New(lang.L("the diary window is open (or another import or demo is running); close it first, then run {{.Cmd}} again", map[string]any{"Cmd": command}))
}

// restoreError says why a backup was not put back; a damaged one is named
// as such, and the diary was not touched.
func restoreError(src, aside string, err error) error {
	if errors.Is(err, model.ErrDamaged) {
		return errors.New(lang.L("the backup {{.Path}} is damaged or is not a crampdiary diary, so it was not restored; your diary was not changed ({{.Err}})", map[string]any{"Path": src, "Err": err.Error()}))
	}
	if aside != "" {
		return fmt.Errorf("app: restore %s (your diary is kept as %s): %w", src, aside, err)
	}
	return fmt.Errorf("app: restore %s: %w", src, err)
}
