package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/charts/report"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/csvio"
)

// diaryFiles is the Diary menu's way in and out of files, the same as the
// report, export and import commands: the doctor report, and the whole diary
// as CSV files, so nothing needs the command line.
type diaryFiles struct {
	env        *env
	app        fyne.App
	backups    func() Backups // the app's, set after the window is built; nil in tests
	onImported func()         // the screens catch up after an import
	// The open dialogs, for tests.
	report   *reportExport
	confirm  *dialog.ConfirmDialog
	problems *widget.Label
}

func (f *diaryFiles) lastNight() model.Date { return f.env.today().AddDays(-1) }

// folder is where the last export went, else Documents in the home folder.
func (f *diaryFiles) folder() string {
	if dir := f.app.Preferences().String(PrefExportFolder); dir != "" {
		return dir
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	if st, err := os.Stat(filepath.Join(home, "Documents")); err == nil && st.IsDir() {
		return filepath.Join(home, "Documents")
	}
	return home
}

func (f *diaryFiles) rememberFolder(dir string) {
	f.app.Preferences().SetString(PrefExportFolder, dir)
}

// openReport is Diary > Export report…, on the last four weeks.
func (f *diaryFiles) openReport() {
	from, to := report.Period("", "", f.env.now())
	f.openReportOn(from, to)
}

// openReportOn offers the report on from..to, which the person may change.
func (f *diaryFiles) openReportOn(from, to model.Date) {
	f.report = newReportExport(f, from, to)
	f.report.open()
}

// askFolder shows a folder chooser opening on the last folder used.
func (f *diaryFiles) askFolder(then func(dir string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err == nil && u != nil {
			then(u.Path())
		}
	}, f.env.win)
	if u, err := storage.ListerForURI(storage.NewFileURI(f.folder())); err == nil {
		d.SetLocation(u)
	}
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// exportCSV writes the diary's CSV files into dir, asking first when any of
// them is there already: crampdiary cannot tell whose they are.
func (f *diaryFiles) exportCSV(dir string) {
	var there []string
	for _, name := range csvio.FileNames() {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			there = append(there, name)
		}
	}
	if len(there) == 0 {
		f.writeCSV(dir)
		return
	}
	msg := fmt.Sprintf(lang.L("%s already has %s. Replace them with the diary as it is now?"), dir, strings.Join(there, ", "))
	f.ask(lang.L("Replace the files?"), msg, lang.L("Replace"), func() { f.writeCSV(dir) })
}

func (f *diaryFiles) writeCSV(dir string) {
	store, err := f.csvStore()
	if err != nil {
		f.env.showError(err)
		return
	}
	f.env.jobs.run(func() func() {
		err := csvio.Export(context.Background(), store, dir)
		return func() {
			if err != nil {
				f.env.showError(err)
				return
			}
			f.rememberFolder(dir)
			f.env.notify(fmt.Sprintf(lang.L("Exported the diary to %s: %s"), dir, strings.Join(csvio.FileNames(), ", ")))
		}
	})
}

// csvStore is the diary as the CSV files need it: with its experiments.
func (f *diaryFiles) csvStore() (csvio.Store, error) {
	s, ok := f.env.store.(csvio.Store)
	if !ok {
		return nil, errors.New("ui: this diary cannot be written to or read from CSV files")
	}
	return s, nil
}

// importCSV asks, then imports the CSV files in dir, all or nothing, after a
// backup; bad rows are listed by file and line and nothing changes.
func (f *diaryFiles) importCSV(dir string) {
	msg := fmt.Sprintf(lang.L("Import days.csv and cramps.csv from %s? A day in the files replaces the same day in the diary, cramps included. If any row has a problem, nothing changes."), dir)
	if f.backups() != nil {
		msg += " " + lang.L("A backup of the diary is made first.")
	}
	f.ask(lang.L("Import the diary files?"), msg, lang.L("Import"), func() { f.runImport(dir) })
}

func (f *diaryFiles) runImport(dir string) {
	if b := f.backups(); b != nil {
		if _, err := b.BackUpNow(); err != nil {
			fyne.LogError("ui: back up before import", err)
			dialog.ShowError(errors.New(lang.L("The diary could not be backed up first, so nothing was imported. Check that the disk is not full, then try again.")), f.env.win)
			return
		}
	}
	store, err := f.csvStore()
	if err != nil {
		f.env.showError(err)
		return
	}
	busy := dialog.NewCustomWithoutButtons(lang.L("Importing…"), widget.NewProgressBarInfinite(), f.env.win)
	busy.Show()
	now := f.env.now()
	f.env.jobs.run(func() func() {
		err := csvio.ImportAt(context.Background(), store, dir, now)
		return func() {
			busy.Hide()
			f.imported(dir, err)
		}
	})
}

func (f *diaryFiles) imported(dir string, err error) {
	var ie *csvio.ImportError
	switch {
	case errors.As(err, &ie):
		f.showProblems(ie)
	case err != nil:
		f.env.showError(err)
	default:
		f.rememberFolder(dir)
		f.onImported()
		f.env.notify(fmt.Sprintf(lang.L("Imported %s into the diary."), dir))
	}
}

// showProblems lists every bad row, by file and line, in a dialog that
// scrolls and whose text can be selected and copied.
func (f *diaryFiles) showProblems(ie *csvio.ImportError) {
	head := widget.NewLabel(lang.L("Nothing was imported: the diary is as it was. Fix these rows in the files, then import again."))
	head.Wrapping = fyne.TextWrapWord
	f.problems = widget.NewLabel(ie.Error())
	f.problems.Selectable = true
	f.problems.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(head, nil, nil, nil, container.NewVScroll(f.problems))
	d := dialog.NewCustom(lang.L("Some rows need fixing"), lang.L("Close"), body, f.env.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}

// ask is a yes-or-cancel question whose yes button says what it does.
func (f *diaryFiles) ask(title, msg, yes string, then func()) {
	f.confirm = dialog.NewConfirm(title, msg, func(ok bool) {
		if ok {
			then()
		}
	}, f.env.win)
	f.confirm.SetConfirmText(yes)
	f.confirm.Show()
}

// fileItems are the Diary menu's items for files.
func (f *diaryFiles) fileItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		fyne.NewMenuItem(lang.L("Export report…"), f.openReport),
		fyne.NewMenuItem(lang.L("Export CSV…"), func() { f.askFolder(f.exportCSV) }),
		fyne.NewMenuItem(lang.L("Import CSV…"), func() { f.askFolder(f.importCSV) }),
	}
}
