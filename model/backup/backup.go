// Package backup keeps dated snapshots of the diary in a backups folder, thins
// them out over time, lists them and puts one back in place of the diary.
package backup

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore"
)

// Folder is the backups folder inside the data folder.
const Folder = "backups"

// SettingSecondFolder is the diary setting naming an optional second folder
// that receives a copy of every snapshot (one a sync tool copies, say).
const SettingSecondFolder = "backup_second_folder"

// namePattern matches the files crampdiary writes, and only those are ever
// rotated away: anything else in the folder is left alone.
var namePattern = regexp.MustCompile(`^crampdiary-(\d{4}-\d{2}-\d{2})\.db$`)

// Name is the file name of the snapshot of diary day d.
func Name(d model.Date) string { return "crampdiary-" + string(d) + ".db" }

// Info describes one snapshot file.
type Info struct {
	Path   string
	Date   model.Date // the diary day it was taken on
	Made   time.Time  // when it was written, by the diary's clock
	Days   int
	Cramps int
	Err    error // why the file fails its check; nil for a good snapshot
}

// Snapshotter writes a consistent copy of the diary; *sqlstore.DB is one.
type Snapshotter interface {
	Snapshot(ctx context.Context, dest string) error
}

var _ Snapshotter = (*sqlstore.DB)(nil)

// ErrExists says today's snapshot is already there, so none was made.
var ErrExists = errors.New("backup: today's snapshot exists")

// Make writes today's snapshot of s into dir (created 0700) and, when second
// is not "", copies it there too; then it thins out both folders (Keep).
// Without force it does nothing and returns ErrExists when today's snapshot
// is already in dir. A snapshot that fails its integrity check is removed.
func Make(ctx context.Context, s Snapshotter, dir, second string, now time.Time, force bool) (Info, error) {
	day := model.DiaryToday(now)
	final := filepath.Join(dir, Name(day))
	if !force && isFile(final) {
		return Info{Path: final, Date: day}, ErrExists
	}
	if err := ensureFolder(dir); err != nil {
		return Info{}, err
	}
	unlock, err := lockFolder(dir)
	if err != nil {
		return Info{}, err
	}
	defer unlock()
	removeStaleTemps(dir, second)
	tmp, err := tempIn(dir, day)
	if err != nil {
		return Info{}, err
	}
	defer os.Remove(tmp) // gone after the rename; left only by a failure
	if err := s.Snapshot(ctx, tmp); err != nil {
		return Info{}, err
	}
	info, err := sealAndPlace(ctx, tmp, final, now)
	if err != nil {
		return Info{}, err
	}
	info.Date = day
	if err := rotate(dir, day); err != nil {
		return info, err
	}
	if second != "" {
		if err := copyTo(ctx, final, second, day, now); err != nil {
			return info, err
		}
	}
	return info, nil
}

// sealAndPlace checks the snapshot written to tmp, syncs it and renames it
// to final, so a final name only ever holds a whole, checked snapshot.
func sealAndPlace(ctx context.Context, tmp, final string, now time.Time) (Info, error) {
	counts, err := sqlstore.CheckSnapshot(ctx, tmp)
	if err != nil {
		return Info{}, fmt.Errorf("backup: the new snapshot failed its check and was removed: %w", err)
	}
	if err := os.Chmod(tmp, 0o600); err != nil {
		return Info{}, fmt.Errorf("%w: backup: %v", model.ErrWrite, err)
	}
	if err := syncFile(tmp); err != nil {
		return Info{}, err
	}
	_ = os.Chtimes(tmp, now, now) // the list shows the diary's time, fake clock included
	if err := os.Rename(tmp, final); err != nil {
		return Info{}, fmt.Errorf("%w: backup: %v", model.ErrWrite, err)
	}
	if err := syncDir(filepath.Dir(final)); err != nil {
		return Info{}, err
	}
	return Info{Path: final, Made: now, Days: counts.Days, Cramps: counts.Cramps}, nil
}

// copyTo puts a copy of the snapshot src into the second folder, which must
// exist: a folder on a drive that is not mounted is not created.
func copyTo(ctx context.Context, src, second string, day model.Date, now time.Time) error {
	if st, err := os.Stat(second); err != nil || !st.IsDir() {
		return fmt.Errorf("%w: backup: the second backup folder %s is not there", model.ErrWrite, second)
	}
	tmp, err := tempIn(second, day)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := copyFile(src, tmp); err != nil {
		return err
	}
	if _, err := sealAndPlace(ctx, tmp, filepath.Join(second, Name(day)), now); err != nil {
		return err
	}
	return rotate(second, day)
}

// List returns the snapshots in dir, newest first, each checked; a missing
// folder is an empty list.
func List(ctx context.Context, dir string) ([]Info, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: backup: list %s: %v", model.ErrRead, dir, err)
	}
	var out []Info
	for _, e := range entries {
		day, ok := parseName(e.Name())
		if !ok || !e.Type().IsRegular() {
			continue
		}
		info := Info{Path: filepath.Join(dir, e.Name()), Date: day}
		if fi, err := e.Info(); err == nil {
			info.Made = fi.ModTime()
		}
		counts, err := sqlstore.CheckSnapshot(ctx, info.Path)
		info.Days, info.Cramps, info.Err = counts.Days, counts.Cramps, err
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date > out[j].Date })
	return out, nil
}

// Latest returns the newest snapshot in dir that passes its check, or an
// error wrapping model.ErrNotFound.
func Latest(ctx context.Context, dir string) (Info, error) {
	list, err := List(ctx, dir)
	if err != nil {
		return Info{}, err
	}
	for _, b := range list {
		if b.Err == nil {
			return b, nil
		}
	}
	return Info{}, fmt.Errorf("%w: backup: no good snapshot in %s", model.ErrNotFound, dir)
}

func parseName(name string) (model.Date, bool) {
	m := namePattern.FindStringSubmatch(name)
	if m == nil {
		return "", false
	}
	d, err := model.ParseDate(m[1])
	return d, err == nil
}

func ensureFolder(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("%w: backup: create %s: %v", model.ErrWrite, dir, err)
	}
	return nil
}

// tempIn creates an empty file in dir whose name never matches a snapshot's,
// so a crash while writing leaves no half snapshot under a final name.
func tempIn(dir string, day model.Date) (string, error) {
	f, err := os.CreateTemp(dir, ".crampdiary-"+string(day)+"-*.tmp")
	if err != nil {
		return "", fmt.Errorf("%w: backup: %v", model.ErrWrite, err)
	}
	name := f.Name()
	if err := f.Close(); err != nil {
		return name, fmt.Errorf("%w: backup: %v", model.ErrWrite, err)
	}
	return name, nil
}

func isFile(path string) bool {
	st, err := os.Lstat(path)
	return err == nil && st.Mode().IsRegular()
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("%w: backup: %v", model.ErrWrite, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("%w: backup: sync %s: %v", model.ErrWrite, path, err)
	}
	return nil
}

// syncDir makes a rename in dir survive a power cut. Some systems cannot
// sync a folder; that is not a failure of the backup.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer d.Close()
	_ = d.Sync()
	return nil
}

// copyFile copies src into the existing file dst, synced.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("%w: backup: %v", model.ErrRead, err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return fmt.Errorf("%w: backup: %v", model.ErrWrite, err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("%w: backup: copy to %s: %v", model.ErrWrite, dst, err)
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return fmt.Errorf("%w: backup: sync %s: %v", model.ErrWrite, dst, err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("%w: backup: %v", model.ErrWrite, err)
	}
	return nil
}
