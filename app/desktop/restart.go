package desktop

import (
	"fmt"
	"io"
	"os"

	"github.com/crampdiary/crampdiary/app/internal/proc"
	"github.com/crampdiary/crampdiary/ui"
)

// restartProcess starts crampdiary again, after the window closed the diary
// and released its lock, so a newly chosen language takes effect. The new
// process gets the arguments this one had, less --hidden: the person is at
// the window and wants it back. exec is execSelf, or a test's stand-in.
func restartProcess(stderr io.Writer, exec func(exe string, args, env []string) error) int {
	exe, err := os.Executable()
	if err != nil {
		return proc.Fail(stderr, fmt.Errorf("app: restart in the new language: %w", err))
	}
	// The new process must see the system's own language settings, or it
	// would take this one's choice for the system's.
	_ = ui.UseLanguage("")
	if err := exec(exe, restartArgs(os.Args), os.Environ()); err != nil {
		return proc.Fail(stderr, fmt.Errorf("app: restart in the new language: %w", err))
	}
	return proc.ExitOK
}

// restartArgs are args (program name first) without --hidden.
func restartArgs(args []string) []string {
	out := make([]string, 0, len(args))
	for i, a := range args {
		if i > 0 && (a == "--hidden" || a == "-hidden" || a == "--hidden=true" || a == "-hidden=true") {
			continue
		}
		out = append(out, a)
	}
	return out
}
