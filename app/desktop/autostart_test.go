package desktop

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readDesktopEntry parses the [Desktop Entry] group of a desktop file.
func readDesktopEntry(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open entry: %v", err)
	}
	defer f.Close()
	keys := map[string]string{}
	group := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			group = line
		case group == "[Desktop Entry]":
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				t.Fatalf("line without '=': %q", line)
			}
			keys[k] = v
		}
	}
	return keys
}

// useConfigHome points the XDG config folder at a fresh temporary folder.
func useConfigHome(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	if !xdgDesktop() {
		t.Skip("start at login is only implemented for freedesktop systems")
	}
	return filepath.Join(dir, "autostart", "io.github.crampdiary.desktop")
}

func TestAutostartOnWritesAnEntry(t *testing.T) {
	path := useConfigHome(t)
	if err := setAutostart(true); err != nil {
		t.Fatal(err)
	}
	keys := readDesktopEntry(t, path)
	for _, k := range []string{"Type", "Name", "Comment", "Exec", "Icon", "X-GNOME-Autostart-enabled"} {
		if keys[k] == "" {
			t.Errorf("entry has no %s", k)
		}
	}
	if keys["Type"] != "Application" || keys["X-GNOME-Autostart-enabled"] != "true" {
		t.Errorf("entry: %v", keys)
	}
	exe, _ := os.Executable()
	if got := keys["Exec"]; got != exe || !filepath.IsAbs(got) {
		t.Errorf("Exec=%q, want this program's absolute path %q", got, exe)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".crampdiary-*")); len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
	if err := setAutostart(true); err != nil { // turning it on twice replaces the entry
		t.Fatal(err)
	}
}

func TestAutostartOffRemovesTheEntry(t *testing.T) {
	path := useConfigHome(t)
	if err := setAutostart(false); err != nil {
		t.Fatalf("off with no entry: %v", err)
	}
	if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("turning off created the autostart folder")
	}
	if err := setAutostart(true); err != nil {
		t.Fatal(err)
	}
	if err := setAutostart(false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("entry still there after turning off: %v", err)
	}
}

func TestAutostartPassesTheDataFolder(t *testing.T) {
	path := useConfigHome(t)
	if err := setAutostart(true, "--data-dir", "/home/ada/My Diary"); err != nil {
		t.Fatal(err)
	}
	exec := readDesktopEntry(t, path)["Exec"]
	if !strings.HasSuffix(exec, ` --data-dir "/home/ada/My Diary"`) {
		t.Fatalf("Exec=%q", exec)
	}
}

func TestExecQuoting(t *testing.T) {
	cases := map[string]string{
		"/usr/bin/crampdiary":     "/usr/bin/crampdiary",
		"/opt/my apps/crampdiary": `"/opt/my apps/crampdiary"`,
		`/opt/a"b$c`:              `"/opt/a\"b\$c"`,
		"/opt/100%/crampdiary":    "/opt/100%%/crampdiary",
	}
	for in, want := range cases {
		if got := execQuote(in); got != want {
			t.Errorf("execQuote(%q) = %q, want %q", in, got, want)
		}
	}
	// A backslash is escaped inside the quotes, then again as a string value.
	if got := escapeValue(execQuote(`/opt/a\b`)); got != `"/opt/a\\\\b"` {
		t.Errorf("backslash: %q", got)
	}
}

func TestAutostartFolderMustBeAbsolute(t *testing.T) {
	useConfigHome(t)
	t.Setenv("XDG_CONFIG_HOME", "relative/config")
	t.Setenv("HOME", "")
	if err := setAutostart(true); err == nil {
		t.Fatal("wrote an entry without a usable config folder")
	}
}
