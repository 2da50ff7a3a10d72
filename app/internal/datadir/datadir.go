// Package datadir is the data folder the command line and the window share:
// where it is, the files in it, its lock, and the day's backup kept there.
//
// It sits under app/internal because app/cli and app/desktop both open the
// diary in the same folder, and neither may import the other.
package datadir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// AppID is the Fyne application ID; it also names the default data folder.
const AppID = "io.github.crampdiary"

// Files kept in the data folder.
const (
	DiaryFile = "crampdiary.db"
	LockFile  = "crampdiary.lock"
	SockFile  = "crampdiary.sock"
)

// EnvDataDir overrides the default data folder when --data-dir is not given.
const EnvDataDir = "CRAMPDIARY_DATA"

// DiaryPath is the diary file in the data folder dir.
func DiaryPath(dir string) string { return filepath.Join(dir, DiaryFile) }

// Resolve picks the data folder (flag, then environment, then Fyne's
// storage root) and makes sure it exists, private to the user.
func Resolve(flagValue string, getenv func(string) string) (string, error) {
	dir := flagValue
	if dir == "" {
		dir = getenv(EnvDataDir)
	}
	if dir == "" {
		def, err := Default()
		if err != nil {
			return "", err
		}
		dir = def
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("app: data folder %s: %w", dir, err)
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return "", fmt.Errorf("app: create data folder %s: %w", abs, err)
	}
	return abs, nil
}

// Default is the folder Fyne's app.Storage() uses for AppID. It mirrors
// fyne's internal rootConfigDir so the command line finds the diary without
// starting a window; fyne keeps that function internal, hence the copy.
func Default() (string, error) {
	root, err := fyneConfigRoot()
	if err != nil {
		return "", fmt.Errorf("app: find the default data folder: %w", err)
	}
	return filepath.Join(root, "fyne", AppID), nil
}

func fyneConfigRoot() (string, error) {
	switch runtime.GOOS {
	case "darwin":
		home, err := os.UserHomeDir()
		return filepath.Join(home, "Library", "Preferences"), err
	case "windows":
		home, err := os.UserHomeDir()
		return filepath.Join(home, "AppData", "Roaming"), err
	case "linux", "freebsd", "openbsd", "netbsd":
		return os.UserConfigDir()
	}
	return "", errors.New("no known config folder on " + runtime.GOOS)
}

// IsNew reports whether no diary file is at path yet. Any other answer
// than "not there" counts as an existing diary, whose evenings remind as usual.
func IsNew(path string) bool {
	_, err := os.Stat(path)
	return errors.Is(err, fs.ErrNotExist)
}
