package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/backup"
)

// fileCommands work on the diary file rather than through an open diary:
// listing backups must work on a damaged diary, and restore replaces it.
var fileCommands = map[string]func(inv invocation, dir string, e env) int{
	"backups": runBackups,
	"restore": runRestore,
}

func backupFolder(dir string) string { return filepath.Join(dir, backup.Folder) }

// secondFolder is the folder the person chose for a second copy, or "".
func secondFolder(ctx context.Context, s model.Store) string {
	v, err := s.Setting(ctx, backup.SettingSecondFolder, "")
	if err != nil {
		return ""
	}
	return v
}

// snapshot writes today's backup of s in the data folder dir (and the
// second folder); force replaces one already made today.
func snapshot(ctx context.Context, s model.Store, dir string, now time.Time, force bool) (backup.Info, error) {
	snap, ok := s.(backup.Snapshotter)
	if !ok {
		return backup.Info{}, errors.New("app: backup: this diary cannot be backed up")
	}
	info, err := backup.Make(ctx, snap, backupFolder(dir), secondFolder(ctx, s), now, force)
	if err != nil && !errors.Is(err, backup.ErrExists) {
		return info, fmt.Errorf("app: back up the diary: %w", err)
	}
	return info, err
}

func cmdBackup(ctx context.Context, s diaryStore, _ invocation, now time.Time, out io.Writer) error {
	p, ok := s.(interface{ Path() string })
	if !ok {
		return errors.New("app: backup: this diary cannot be backed up")
	}
	info, err := snapshot(ctx, s, filepath.Dir(p.Path()), now, true)
	if info.Path != "" {
		fmt.Fprintln(out, lang.L("Backed up the diary to {{.Path}}", map[string]any{"Path": info.Path}))
		fmt.Fprintf(out, "days: %d\ncramps: %d\n", info.Days, info.Cramps)
	}
	return err
}

// runBackups lists the backups, newest first; one that fails its check is
// marked and makes the exit status 1.
func runBackups(_ invocation, dir string, e env) int {
	list, err := backup.List(context.Background(), backupFolder(dir))
	if err != nil {
		return fail(e.stderr, err)
	}
	if len(list) == 0 {
		fmt.Fprintln(e.stdout, lang.L("No backups in {{.Dir}} yet.", map[string]any{"Dir": backupFolder(dir)}))
		return exitOK
	}
	code := exitOK
	for _, b := range list {
		if b.Err != nil {
			fmt.Fprintf(e.stdout, "%s  %s  %s\n", b.Path, b.Date, lang.L("DAMAGED: {{.Err}}", map[string]any{"Err": b.Err.Error()}))
			code = exitError
			continue
		}
		fmt.Fprintf(e.stdout, "%s  %s  %s\n", b.Path, b.Date, lang.L("{{.Days}} days, {{.Cramps}} cramps", map[string]any{"Days": b.Days, "Cramps": b.Cramps}))
	}
	return code
}

func runRestore(inv invocation, dir string, e env) int {
	lk, err := lockForChange(dir, inv.command)
	if err != nil {
		return fail(e.stderr, err)
	}
	defer lk.release()
	ctx := context.Background()
	src := inv.file
	if inv.latest {
		latest, err := backup.Latest(ctx, backupFolder(dir))
		if err != nil {
			return fail(e.stderr, errors.New(lang.L("there is no good backup in {{.Dir}}", map[string]any{"Dir": backupFolder(dir)})))
		}
		src = latest.Path
	}
	info, aside, err := backup.Restore(ctx, src, diaryPath(dir), e.now())
	if err != nil {
		return fail(e.stderr, restoreError(src, aside, err))
	}
	fmt.Fprintln(e.stdout, lang.L("Restored the diary from {{.Path}}", map[string]any{"Path": src}))
	if aside != "" {
		fmt.Fprintln(e.stdout, lang.L("The diary it replaced is kept as {{.Path}}", map[string]any{"Path": aside}))
	}
	fmt.Fprintf(e.stdout, "days: %d\ncramps: %d\n", info.Days, info.Cramps)
	return exitOK
}
