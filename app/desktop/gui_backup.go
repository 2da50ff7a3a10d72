package desktop

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/app/internal/proc"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/backup"
	"github.com/crampdiary/crampdiary/model/csvio"
	"github.com/crampdiary/crampdiary/model/sqlstore"
	"github.com/crampdiary/crampdiary/ui"
)

// The window's backups: the ui asks, the app does it, because only the app
// may close the diary and open it again.
var _ ui.Backups = (*gui)(nil)

// autoBackup makes the day's backup after the first save of a diary day; a
// failure is said above the tabs, and tried again at the next save.
func (g *gui) autoBackup() {
	if g.store == nil {
		return
	}
	_, err := datadir.Snapshot(context.Background(), g.store, g.dir, g.clock(), false)
	if err != nil && !errors.Is(err, backup.ErrExists) {
		fmt.Fprintln(g.stderr, "crampdiary: "+err.Error())
		if g.main != nil {
			g.main.Notify(lang.L("Today's backup could not be made: {{.Err}}", map[string]any{"Err": err.Error()}))
		}
	}
}

// backUpAtQuit makes the day's backup, if none was made yet, before the
// diary closes; a failure goes to stderr, as nobody reads the window now.
func (g *gui) backUpAtQuit() {
	_, err := datadir.Snapshot(context.Background(), g.store, g.dir, g.clock(), false)
	if err != nil && !errors.Is(err, backup.ErrExists) {
		fmt.Fprintln(g.stderr, "crampdiary: "+err.Error())
	}
}

// BackUpNow writes today's backup at once.
func (g *gui) BackUpNow() (backup.Info, error) {
	if g.store == nil {
		return backup.Info{}, errors.New("app: back up: no diary is open")
	}
	return datadir.Snapshot(context.Background(), g.store, g.dir, g.clock(), true)
}

// List returns the backups in the data folder, newest first.
func (g *gui) List() ([]backup.Info, error) {
	return backup.List(context.Background(), datadir.BackupFolder(g.dir))
}

// Restore closes the diary, puts the backup at path in its place and opens
// the window again on the result. The backup is checked before anything
// closes, so a damaged one leaves the window as it was.
func (g *gui) Restore(path string) (string, error) {
	if _, err := sqlstore.CheckSnapshot(context.Background(), path); err != nil {
		return "", fmt.Errorf("app: restore %s: %w", path, err)
	}
	g.closeMain()
	if err := g.closeDiary(false); err != nil {
		fmt.Fprintln(g.stderr, "crampdiary: "+err.Error())
	}
	_, aside, restoreErr := backup.Restore(context.Background(), path, datadir.DiaryPath(g.dir), g.clock())
	if !g.reopen() {
		return aside, restoreErr
	}
	if restoreErr != nil {
		return aside, restoreErr
	}
	g.tellRestored(path, aside)
	return aside, nil
}

// reopen opens whatever diary is now in place and shows it, or the screen
// that says why it cannot be opened.
func (g *gui) reopen() bool {
	path := datadir.DiaryPath(g.dir)
	s, err := sqlstore.Open(path, sqlstore.Options{Now: g.clock})
	switch {
	case errors.Is(err, model.ErrDamaged):
		g.showDamaged(path, err)
		return false
	case err != nil:
		fmt.Fprintln(g.stderr, "crampdiary: "+proc.OpenError(path, err).Error())
		g.failed = true
		g.win.SetContent(newOpenFailedScreen(path, err, g.quit))
		return false
	}
	g.show(s)
	return true
}

func (g *gui) tellRestored(path, aside string) {
	msg := lang.L("The diary was restored from {{.Path}}.", map[string]any{"Path": path})
	if aside != "" {
		msg += "\n" + lang.L("The diary it replaced is kept as {{.Kept}}.", map[string]any{"Kept": aside})
	}
	dialog.ShowInformation(lang.L("Diary restored"), msg, g.win)
}

// latestBackup is the newest good backup, or nil.
func (g *gui) latestBackup() *backup.Info {
	b, err := backup.Latest(context.Background(), datadir.BackupFolder(g.dir))
	if err != nil {
		return nil
	}
	return &b
}

// onRestoreLatest is the damaged screen's first choice.
func (g *gui) onRestoreLatest() {
	b := g.latestBackup()
	if b == nil {
		dialog.ShowError(errors.New(lang.L("There is no good backup to restore.")), g.win)
		return
	}
	_, aside, err := backup.Restore(context.Background(), b.Path, datadir.DiaryPath(g.dir), g.clock())
	if err != nil {
		dialog.ShowError(fmt.Errorf("app: restore %s: %w", b.Path, err), g.win)
		return
	}
	g.damaged = nil
	if g.reopenFresh() {
		g.tellRestored(b.Path, aside)
	}
}

// reopenFresh opens the diary for the first time since the window started
// on the damaged screen, tray included.
func (g *gui) reopenFresh() bool {
	path := datadir.DiaryPath(g.dir)
	s, err := sqlstore.Open(path, sqlstore.Options{Now: g.clock})
	if err != nil {
		dialog.ShowError(proc.OpenError(path, err), g.win)
		return false
	}
	g.start(s)
	return true
}

// onSalvage copies what SQLite can still read of the damaged diary into a
// new dated folder beside it, as a diary file and as CSV files; the damaged
// file is only read.
func (g *gui) onSalvage() {
	dest := filepath.Join(g.dir, "crampdiary-rescue-"+g.clock().Format("20060102-150405"))
	rep, err := salvage(datadir.DiaryPath(g.dir), dest, g.clock)
	if err != nil {
		dialog.ShowError(errors.New(lang.L("Nothing could be read from the damaged diary ({{.Err}}). Restore a backup instead, if there is one.", map[string]any{"Err": err.Error()})), g.win)
		return
	}
	msg := lang.L("{{.Days}} days and {{.Cramps}} cramps could still be read. They are in {{.Dir}}, as CSV files and as a diary file; \"crampdiary import\" can bring the CSV files into a new diary.",
		map[string]any{"Days": rep.Days, "Cramps": rep.Cramps, "Dir": dest})
	if rep.Lost > 0 {
		msg += "\n" + lang.L("Some entries could not be read and are missing there.")
	}
	dialog.ShowInformation(lang.L("Saved what could be read"), msg, g.win)
}

// salvage writes dest/crampdiary.db with every row of the damaged diary src
// that can be read, and exports it as CSV into dest. On failure the files it
// made are removed again, one by one; nothing else is.
func salvage(src, dest string, clock func() time.Time) (sqlstore.SalvageReport, error) {
	if err := os.Mkdir(dest, 0o700); err != nil {
		return sqlstore.SalvageReport{}, fmt.Errorf("app: save what can be read: %w", err)
	}
	rescued := filepath.Join(dest, datadir.DiaryFile)
	rep, err := sqlstore.Salvage(context.Background(), src, rescued, sqlstore.Options{Now: clock})
	if err == nil {
		var s *sqlstore.DB
		if s, err = sqlstore.Open(rescued, sqlstore.Options{Now: clock}); err == nil {
			err = csvio.Export(context.Background(), s, dest)
			s.Close()
		}
	}
	if err != nil && rep.Days == 0 && rep.Cramps == 0 {
		for _, f := range []string{rescued + "-wal", rescued + "-shm", rescued, dest} {
			os.Remove(f)
		}
	}
	return rep, err
}
