package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/app/internal/proc"
	"github.com/crampdiary/crampdiary/model/backup"
)

// fileCommands work on the diary file rather than through an open diary:
// listing backups must work on a damaged diary, and restore replaces it.
var fileCommands = map[string]func(inv invocation, dir string, e proc.Env) int{
	"backups": runBackups,
	"restore": runRestore,
}

func cmdBackup(ctx context.Context, s diaryStore, _ invocation, now time.Time, out io.Writer) error {
	p, ok := s.(interface{ Path() string })
	if !ok {
		return errors.New("app: backup: this diary cannot be backed up")
	}
	info, err := datadir.Snapshot(ctx, s, filepath.Dir(p.Path()), now, true)
	if info.Path != "" {
		fmt.Fprintln(out, lang.L("Backed up the diary to {{.Path}}", map[string]any{"Path": info.Path}))
		fmt.Fprintf(out, "days: %d\ncramps: %d\n", info.Days, info.Cramps)
	}
	return err
}

// runBackups lists the backups, newest first; one that fails its check is
// marked and makes the exit status 1.
func runBackups(_ invocation, dir string, e proc.Env) int {
	list, err := backup.List(context.Background(), datadir.BackupFolder(dir))
	if err != nil {
		return proc.Fail(e.Stderr, err)
	}
	if len(list) == 0 {
		fmt.Fprintln(e.Stdout, lang.L("No backups in {{.Dir}} yet.", map[string]any{"Dir": datadir.BackupFolder(dir)}))
		return proc.ExitOK
	}
	code := proc.ExitOK
	for _, b := range list {
		if b.Err != nil {
			fmt.Fprintf(e.Stdout, "%s  %s  %s\n", b.Path, b.Date, lang.L("DAMAGED: {{.Err}}", map[string]any{"Err": b.Err.Error()}))
			code = proc.ExitError
			continue
		}
		fmt.Fprintf(e.Stdout, "%s  %s  %s\n", b.Path, b.Date, lang.L("{{.Days}} days, {{.Cramps}} cramps", map[string]any{"Days": b.Days, "Cramps": b.Cramps}))
	}
	return code
}

func runRestore(inv invocation, dir string, e proc.Env) int {
	lk, err := lockForChange(dir, inv.command)
	if err != nil {
		return proc.Fail(e.Stderr, err)
	}
	defer lk.Release()
	ctx := context.Background()
	src := inv.file
	if inv.latest {
		latest, err := backup.Latest(ctx, datadir.BackupFolder(dir))
		if err != nil {
			return proc.Fail(e.Stderr, errors.New(lang.L("there is no good backup in {{.Dir}}", map[string]any{"Dir": datadir.BackupFolder(dir)})))
		}
		src = latest.Path
	}
	info, aside, err := backup.Restore(ctx, src, datadir.DiaryPath(dir), e.Now())
	if err != nil {
		return proc.Fail(e.Stderr, restoreError(src, aside, err))
	}
	fmt.Fprintln(e.Stdout, lang.L("Restored the diary from {{.Path}}", map[string]any{"Path": src}))
	if aside != "" {
		fmt.Fprintln(e.Stdout, lang.L("The diary it replaced is kept as {{.Path}}", map[string]any{"Path": aside}))
	}
	fmt.Fprintf(e.Stdout, "days: %d\ncramps: %d\n", info.Days, info.Cramps)
	return proc.ExitOK
}
