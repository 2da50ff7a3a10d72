package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/charts/report"
	"github.com/crampdiary/crampdiary/model"
)

// PrefExportFolder remembers the folder of the last report or CSV export.
const PrefExportFolder = "export.folder"

// The report's formats, as offered; the file name's ending follows the choice.
var reportFormats = []struct {
	label string
	ext   report.Format
}{{"PDF document", report.PDF}, {"PNG picture", report.PNG}}

// reportExport is the Diary menu's Export report…: the period, a folder and a
// file name in one dialog. Fyne's save dialog is not used because it empties
// a file it is asked to replace before the report is made; this one writes
// beside the file and renames, so a failed report never costs the old file,
// and it asks before replacing anything.
type reportExport struct {
	files    *diaryFiles
	from, to *datePicker
	format   *widget.Select
	language *widget.Select // the report's language, apart from the window's
	langs    []string       // the code of each choice in language; "" is the window's
	folder   string
	place    *widget.Label
	name     *widget.Entry
	saveBtn  *widget.Button
	dlg      *dialog.CustomDialog
	confirm  *dialog.ConfirmDialog // the question before replacing a file, for tests
}

func newReportExport(f *diaryFiles, from, to model.Date) *reportExport {
	e := f.env
	r := &reportExport{files: f, folder: f.folder(), place: widget.NewLabel(""), name: widget.NewEntry()}
	r.from = newDatePicker(f.app, e, from, f.lastNight)
	r.to = newDatePicker(f.app, e, to, f.lastNight)
	var labels []string
	for _, rf := range reportFormats {
		labels = append(labels, lang.L(rf.label))
	}
	r.format = widget.NewSelect(labels, func(string) { r.suggestName() })
	r.format.SetSelectedIndex(0)
	r.language, r.langs = reportLanguages()
	r.from.entry.OnChanged = func(string) { r.suggestName() }
	r.to.entry.OnChanged = func(string) { r.suggestName() }
	r.place.Wrapping = fyne.TextWrapBreak
	r.setFolder(r.folder)
	return r
}

// open shows the dialog.
func (r *reportExport) open() {
	e := r.files.env
	choose := widget.NewButtonWithIcon(lang.L("Choose folder…"), theme.FolderOpenIcon(), r.chooseFolder)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("From"), r.from.content()),
		widget.NewFormItem(lang.L("To"), r.to.content()),
		widget.NewFormItem(lang.L("Save as"), r.format),
		widget.NewFormItem(lang.L("Language"), r.language),
		widget.NewFormItem(lang.L("In the folder"), container.NewBorder(nil, nil, nil, choose, r.place)),
		widget.NewFormItem(lang.L("File name"), r.name))
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() { r.dlg.Hide() })
	r.saveBtn = widget.NewButtonWithIcon(lang.L("Save the report"), theme.DocumentSaveIcon(), r.onSave)
	r.saveBtn.Importance = widget.HighImportance
	buttons := container.NewHBox(layout.NewSpacer(), cancel, r.saveBtn)
	r.dlg = dialog.NewCustomWithoutButtons(lang.L("Export the doctor report"), container.NewBorder(nil, buttons, nil, nil, form), e.win)
	r.dlg.Resize(fyne.NewSize(620, 360))
	r.dlg.Show()
}

// reportLanguages is the choice of the report's language: the window's
// first, for a doctor who reads another (a person in Germany seeing a
// Russian-speaking doctor), then each language by its own name.
func reportLanguages() (*widget.Select, []string) {
	labels, codes := []string{lang.L("Same as the window")}, []string{""}
	for _, c := range languageChoices {
		if c.code != "" && slices.Contains(Languages(), c.code) {
			labels, codes = append(labels, c.name), append(codes, c.code)
		}
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelectedIndex(0)
	return sel, codes
}

// suggestName names the file after the period and format, as the CLI's
// examples do; a name the person typed is replaced only when they change
// the period or the format.
func (r *reportExport) suggestName() {
	ext := reportFormats[max(r.format.SelectedIndex(), 0)].ext
	from, to := strings.TrimSpace(r.from.entry.Text), strings.TrimSpace(r.to.entry.Text)
	r.name.SetText(fmt.Sprintf("crampdiary-report-%s-to-%s%s", from, to, ext))
}

func (r *reportExport) setFolder(dir string) {
	r.folder = dir
	r.place.SetText(dir)
}

func (r *reportExport) chooseFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err == nil && u != nil {
			r.setFolder(u.Path())
		}
	}, r.files.env.win)
	if u, err := storage.ListerForURI(storage.NewFileURI(r.folder)); err == nil {
		d.SetLocation(u)
	}
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// onSave checks the period and the name, asks before replacing a file, then
// writes the report; the dialog stays open, with what was typed, until it is saved.
func (r *reportExport) onSave() {
	e := r.files.env
	from, to, err := parseDateRange(r.from.entry, r.to.entry)
	if err == nil {
		err = report.Writer{T: lang.L}.CheckRange(from, to, e.today())
	}
	if err != nil {
		e.showError(err)
		return
	}
	name := strings.TrimSpace(r.name.Text)
	if name == "" || strings.ContainsAny(name, `/\`) {
		e.showError(badInput(r.name, lang.L("File name"), lang.L("give the report a name, like report.pdf, and choose its folder above")))
		return
	}
	path := filepath.Join(r.folder, name)
	if _, err := (report.Writer{T: lang.L}).FormatOf(path); err != nil {
		e.showError(err)
		return
	}
	if _, err := os.Stat(path); err == nil {
		msg := lang.L("There is already a file named {{.Name}} in {{.Folder}}. Replace it with this report?", map[string]any{"Name": name, "Folder": r.folder})
		r.confirm = dialog.NewConfirm(lang.L("Replace the file?"), msg, func(yes bool) {
			if yes {
				r.write(from, to, path, r.langs[max(r.language.SelectedIndex(), 0)])
			}
		}, e.win)
		r.confirm.SetConfirmText(lang.L("Replace"))
		r.confirm.Show()
		return
	}
	r.write(from, to, path, r.langs[max(r.language.SelectedIndex(), 0)])
}

// write makes the report off the UI thread in the language code ("" for the
// window's); the dialog closes once it is saved.
func (r *reportExport) write(from, to model.Date, path, code string) {
	r.saveBtn.Disable()
	r.files.writeReport(from, to, path, code, func(err error) {
		r.saveBtn.Enable()
		if err != nil {
			r.files.env.showError(err)
			return
		}
		r.files.rememberFolder(filepath.Dir(path))
		r.dlg.Hide()
	})
}

// writeReport writes the report on from..to to path, as a PDF or a PNG by
// its ending, in the language code ("" for the window's), off the UI thread,
// and says where it went; done runs on the UI thread after.
func (f *diaryFiles) writeReport(from, to model.Date, path, code string, done func(error)) {
	store, now := f.env.store, f.env.now()
	f.env.jobs.run(func() func() {
		rw, err := ReportWriter(code)
		if err == nil {
			err = rw.WriteFile(context.Background(), store, from, to, path, now)
		}
		return func() {
			if err == nil {
				f.env.notify(lang.L("Report saved as {{.Path}}", map[string]any{"Path": path}))
			}
			done(err)
		}
	})
}
