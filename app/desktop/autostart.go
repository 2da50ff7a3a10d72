package desktop

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"fyne.io/fyne/v2/lang"
	"github.com/crampdiary/crampdiary/app/internal/datadir"
)

// Starting at login uses an XDG autostart entry: a desktop file in
// $XDG_CONFIG_HOME/autostart that every freedesktop session runs at login.
// Nothing is written until the person turns the option on, and turning it
// off removes the file, so crampdiary leaves no trace there when unused.

// autostartName is the entry's file name; desktop files are named by app ID.
const autostartName = datadir.AppID + ".desktop"

// setAutostart turns starting at login on or off. args are passed after the
// program, so a diary kept outside the default folder is the one opened.
func setAutostart(on bool, args ...string) error {
	if !xdgDesktop() {
		return errors.New(lang.L("this is not supported on this system yet"))
	}
	path, err := autostartPath()
	if err != nil {
		return err
	}
	if !on {
		return removeAutostart(path)
	}
	exe, err := os.Executable()
	if err == nil {
		exe, err = filepath.Abs(exe)
	}
	if err != nil {
		return fmt.Errorf("app: find this program for start at login: %w", err)
	}
	return writeFileAtomic(path, []byte(autostartEntry(exe, args)))
}

// xdgDesktop reports whether the system follows the freedesktop autostart
// specification, as Linux and the BSDs do.
func xdgDesktop() bool {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return true
	}
	return false
}

// autostartPath is the entry's path; os.UserConfigDir honours XDG_CONFIG_HOME
// and falls back to ~/.config.
func autostartPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("app: find the autostart folder: %w", err)
	}
	return filepath.Join(dir, "autostart", autostartName), nil
}

func removeAutostart(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("app: remove the start-at-login entry: %w", err)
	}
	return nil
}

// autostartEntry is the desktop file that starts exe with args at login.
// Icon is the name a packaged crampdiary installs its icon under (its app
// ID); until one is installed the session shows a generic icon, which is harmless.
func autostartEntry(exe string, args []string) string {
	cmd := []string{execQuote(exe)}
	for _, a := range args {
		cmd = append(cmd, execQuote(a))
	}
	lines := []string{
		"[Desktop Entry]",
		"Type=Application",
		"Name=crampdiary",
		"Comment=" + escapeValue(lang.L("Night leg cramp diary with bedtime reminders")),
		"Exec=" + escapeValue(strings.Join(cmd, " ")),
		"Icon=" + datadir.AppID,
		"Terminal=false",
		"X-GNOME-Autostart-enabled=true",
	}
	return strings.Join(lines, "\n") + "\n"
}

// execQuote quotes one argument of an Exec key as the desktop entry
// specification asks: in double quotes, with ", `, $ and \ escaped, and %
// doubled so it is not read as a field code.
func execQuote(arg string) string {
	arg = strings.ReplaceAll(arg, "%", "%%")
	if !strings.ContainsAny(arg, " \t\n\"'\\><~|&;$*?#()`") {
		return arg
	}
	r := strings.NewReplacer(`"`, `\"`, "`", "\\`", `$`, `\$`, `\`, `\\`)
	return `"` + r.Replace(arg) + `"`
}

// escapeValue escapes a string value of a desktop file; backslashes are
// escaped a second time here, after execQuote, as the specification says.
func escapeValue(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\t", `\t`, "\r", `\r`).Replace(s)
}

// writeFileAtomic writes data to path through a temporary file in the same
// folder, so a crash never leaves a half-written entry for the session to run.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("app: create %s: %w", dir, err)
	}
	f, err := os.CreateTemp(dir, ".crampdiary-*.tmp")
	if err != nil {
		return fmt.Errorf("app: write %s: %w", path, err)
	}
	defer os.Remove(f.Name()) // fails harmlessly once renamed
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("app: write %s: %w", path, err)
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return fmt.Errorf("app: write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("app: write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("app: write %s: %w", path, err)
	}
	return nil
}

// dataDirArgs are the arguments that make a login start open this window's
// diary; none when it is in the default folder.
func (g *gui) dataDirArgs() []string {
	if def, err := datadir.Default(); err == nil && filepath.Clean(def) == filepath.Clean(g.dir) {
		return nil
	}
	return []string{"--data-dir", g.dir}
}

// autostartArgs start crampdiary at login on this diary, waiting in the tray.
func (g *gui) autostartArgs() []string {
	return append(g.dataDirArgs(), "--hidden")
}
