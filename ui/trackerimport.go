package ui

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/tracker"
)

// trackerImport reads one export from a phone or watch off the UI thread,
// shows what it would change, and writes it in one transaction.
type trackerImport struct {
	env     *env
	path    string
	mapping *tracker.CSVMapping
	format  tracker.Format
	base    tracker.Plan // the plan read from the file, planned again for the replace choice
	count   *tracker.Counting
	cancel  context.CancelFunc
	reading *dialog.CustomDialog
	status  *widget.Label
	moving  *widget.ProgressBarInfinite // while how far it is cannot be told
	bar     *widget.ProgressBar         // how far, once it can
	preview *trackerPreview
	columns *csvColumns   // the column choice for a CSV file, while it is asked
	done    chan struct{} // closed when reading has ended, for tests
}

// progressEvery is how often the records read so far are shown.
const progressEvery = 250 * time.Millisecond

// OpenTrackerImport asks for an export file or folder and imports it.
func (m *Main) OpenTrackerImport() {
	var ask *dialog.CustomDialog
	file := widget.NewButton(lang.L("A file (zip, xml, database, csv)…"), func() {
		ask.Hide()
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err == nil && r != nil {
				r.Close()
				m.importTracker(r.URI().Path())
			}
		}, m.env.win)
		d.Resize(fyne.NewSize(800, 560))
		d.Show()
	})
	folder := widget.NewButton(lang.L("A folder (Garmin, Fitbit)…"), func() {
		ask.Hide()
		d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				m.importTracker(u.Path())
			}
		}, m.env.win)
		d.Resize(fyne.NewSize(800, 560))
		d.Show()
	})
	hint := widget.NewLabel(lang.L("Choose what your phone or watch exported: an Apple Health export.zip, a Health Connect export, Garmin FIT files, a Gadgetbridge database, a Fitbit Takeout folder or a CSV file."))
	hint.Wrapping = fyne.TextWrapWord
	ask = dialog.NewCustom(lang.L("Import from a phone or watch"), lang.L("Cancel"), container.NewVBox(hint, file, folder), m.env.win)
	ask.Resize(fyne.NewSize(520, 260))
	ask.Show()
}

// importTracker imports the export at path, asking for the columns first
// when it is a CSV file that has no remembered mapping.
func (m *Main) importTracker(path string) *trackerImport {
	ti := &trackerImport{env: m.env, path: path, done: make(chan struct{})}
	f, err := tracker.Detect(path)
	if err != nil {
		close(ti.done)
		m.env.showError(err)
		return ti
	}
	ti.format = f
	if f == tracker.CSV {
		ti.mapping = rememberedMapping(m.env, path)
		if ti.mapping == nil {
			ti.columns = askCSVColumns(m.env, path, func(mp tracker.CSVMapping) {
				ti.mapping = &mp
				ti.start()
			}, func() { close(ti.done) })
			return ti
		}
	}
	ti.start()
	return ti
}

// start reads the export on a goroutine with a progress dialog whose Cancel
// stops the reading; nothing has been written at that point.
func (ti *trackerImport) start() {
	ctx, cancel := context.WithCancel(ti.env.ctx())
	ti.cancel = cancel
	ti.status = widget.NewLabel(lang.L("Reading {{.Source}}…", map[string]any{"Source": SourceName(string(ti.format))}))
	ti.moving, ti.bar = widget.NewProgressBarInfinite(), widget.NewProgressBar()
	ti.bar.Hide()
	ti.reading = dialog.NewCustom(lang.L("Reading the export"), lang.L("Cancel"), container.NewVBox(ti.status, ti.moving, ti.bar), ti.env.win)
	ti.reading.SetOnClosed(cancel)
	ti.reading.Resize(fyne.NewSize(460, 160))
	ti.reading.Show()
	loc := ti.env.now().Location()
	today := model.DateOf(ti.env.now())
	go ti.read(ctx, loc, today)
}

// read runs off the UI thread; the window hears of it only through fyne.Do.
func (ti *trackerImport) read(ctx context.Context, loc *time.Location, today model.Date) {
	defer close(ti.done)
	ti.count = &tracker.Counting{}
	stopTicker := ti.showProgress()
	err := ti.load(ctx, loc, today)
	stopTicker()
	cancelled := errors.Is(err, context.Canceled) || ctx.Err() != nil // before Hide, which cancels ctx
	fyne.DoAndWait(func() {
		ti.reading.Hide()
		switch {
		case cancelled: // nothing to say, nothing written
		case err != nil:
			ti.env.showError(err)
		default:
			ti.preview = newTrackerPreview(ti, today)
			ti.preview.show()
		}
	})
}

func (ti *trackerImport) load(ctx context.Context, loc *time.Location, today model.Date) error {
	opts := tracker.Options{Location: loc, Mapping: ti.mapping}
	plan, err := tracker.PrepareCounted(ctx, ti.env.store, ti.path, opts, tracker.MergeOptions{Today: today}, ti.count)
	if err != nil {
		return err
	}
	ti.base, ti.format = plan, plan.Format
	return nil
}

// showProgress shows how far the reading has come, until stop is called.
func (ti *trackerImport) showProgress() (stop func()) {
	quit, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(progressEvery)
		defer tick.Stop()
		for {
			select {
			case <-quit:
				return
			case <-tick.C:
				fyne.Do(ti.showRead)
			}
		}
	}()
	return func() { close(quit); <-finished }
}

// showRead says how many records have been read and, for an export read as
// one file of known length (Apple Health, CSV), how much of it: a bar that
// fills up tells a person with a large export how long to wait.
func (ti *trackerImport) showRead() {
	ti.status.SetText(lang.L("{{.N}} records read", map[string]any{"N": ti.count.Records()}))
	if share, known := ti.count.Share(); known {
		ti.moving.Stop()
		ti.moving.Hide()
		ti.bar.SetValue(share)
		ti.bar.Show()
	}
}

// plan is what the import would do, replacing typed values or not.
func (ti *trackerImport) plan(replace bool, today model.Date) tracker.Plan {
	return ti.base.With(tracker.MergeOptions{Replace: replace, Today: today})
}

// apply writes plan in one transaction, remembers the source when asked,
// and tells the screens and the person.
func (ti *trackerImport) apply(plan tracker.Plan, keep bool) error {
	if err := plan.Apply(ti.env.ctx(), ti.env.store); err != nil {
		return err
	}
	if keep {
		r := tracker.Remembered{Path: ti.path, Format: ti.format, Mapping: ti.mapping}
		if err := tracker.RememberSource(ti.env.ctx(), ti.env.store, r); err != nil {
			return err
		}
	}
	filled := tracker.Filled{}
	filled.Add(plan)
	if len(plan.Days) > 0 {
		ti.env.changed()
	}
	ti.env.notify(TrackerNotice(filled))
	return nil
}

// rememberedMapping is the column mapping kept with a remembered CSV source.
func rememberedMapping(e *env, path string) *tracker.CSVMapping {
	list, err := tracker.LoadSources(e.ctx(), e.store)
	if err != nil {
		return nil
	}
	for _, r := range list {
		if r.Path == path && r.Mapping != nil {
			return r.Mapping
		}
	}
	return nil
}

// TrackerNotice is the line Today shows after values came from a phone or
// watch, such as "Steps for 3 days came from Apple Health"; "" when nothing
// was filled.
func TrackerNotice(f tracker.Filled) string {
	formats := f.Formats()
	if len(formats) == 0 {
		return ""
	}
	src, n := formats[0], f[formats[0]]
	name := SourceName(string(src))
	data := map[string]any{"Source": name}
	switch {
	case n[tracker.FieldSteps] > 0:
		return counted("Steps for {{.Count}} days came from {{.Source}}.", n[tracker.FieldSteps], data)
	case n[tracker.FieldSleep] > 0:
		return counted("Sleep times for {{.Count}} nights came from {{.Source}}.", n[tracker.FieldSleep], data)
	case n[tracker.FieldRunMin] > 0:
		return counted("Running minutes for {{.Count}} days came from {{.Source}}.", n[tracker.FieldRunMin], data)
	}
	return ""
}
