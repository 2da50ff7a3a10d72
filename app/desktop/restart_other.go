//go:build !unix

package desktop

import (
	"os"
	"os/exec"
)

// execSelf starts the program at exe as a new process and returns, so this
// one can end: Windows has no exec.
func execSelf(exe string, args, env []string) error {
	cmd := exec.Command(exe, args[1:]...)
	cmd.Env = env
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	return cmd.Start()
}
