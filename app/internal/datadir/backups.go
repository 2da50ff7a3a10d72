package datadir

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/backup"
)

// BackupFolder is where the backups of the diary in dir are kept.
func BackupFolder(dir string) string { return filepath.Join(dir, backup.Folder) }

// secondFolder is the folder the person chose for a second copy, or "".
func secondFolder(ctx context.Context, s model.Store) string {
	v, err := s.Setting(ctx, backup.SettingSecondFolder, "")
	if err != nil {
		return ""
	}
	return v
}

// Snapshot writes today's backup of s in the data folder dir (and the
// second folder); force replaces one already made today.
func Snapshot(ctx context.Context, s model.Store, dir string, now time.Time, force bool) (backup.Info, error) {
	snap, ok := s.(backup.Snapshotter)
	if !ok {
		return backup.Info{}, errors.New("app: backup: this diary cannot be backed up")
	}
	info, err := backup.Make(ctx, snap, BackupFolder(dir), secondFolder(ctx, s), now, force)
	if err != nil && !errors.Is(err, backup.ErrExists) {
		return info, fmt.Errorf("app: back up the diary: %w", err)
	}
	return info, err
}
