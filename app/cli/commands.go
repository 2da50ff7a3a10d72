package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/app/internal/proc"
	"github.com/crampdiary/crampdiary/charts/report"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/csvio"
	"github.com/crampdiary/crampdiary/model/demo"
	"github.com/crampdiary/crampdiary/model/experiment"
	"github.com/crampdiary/crampdiary/model/redflag"
	"github.com/crampdiary/crampdiary/model/sqlstore"
	"github.com/crampdiary/crampdiary/ui"
)

// diaryStore is the open diary as the commands and the window use it: its
// days and cramps, and the experiments kept beside them (a *sqlstore.DB).
type diaryStore interface {
	model.Store
	experiment.Store
	experiment.Importer
}

// commandFunc does the work of one subcommand on an open diary. now is read
// once when the command starts, so one run has one "today" throughout.
type commandFunc func(ctx context.Context, s diaryStore, inv invocation, now time.Time, out io.Writer) error

var commands = map[string]commandFunc{
	"export":      cmdExport,
	"import":      cmdImport,
	"demo":        cmdDemo,
	"check":       cmdCheck,
	"report":      cmdReport,
	"flags":       cmdFlags,
	"insights":    cmdInsights,
	"experiments": cmdExperiments,
	"backup":      cmdBackup,

	"import-tracker": cmdImportTracker,
}

// changesData lists the commands that would change the diary under an open
// window; they need the folder lock.
var changesData = map[string]bool{"import": true, "demo": true, "import-tracker": true}

// needsDiary lists the commands that make no sense on a diary never created.
var needsDiary = map[string]bool{"backup": true, "export": true, "check": true, "report": true, "flags": true, "insights": true, "experiments": true}

func runCommand(inv invocation, dir string, e proc.Env) int {
	path := datadir.DiaryPath(dir)
	if run, ok := fileCommands[inv.command]; ok {
		return run(inv, dir, e)
	}
	if changesData[inv.command] {
		lk, err := lockForChange(dir, inv.command)
		if err != nil {
			return proc.Fail(e.Stderr, err)
		}
		defer lk.Release()
	}
	if needsDiary[inv.command] {
		if _, err := os.Stat(path); err != nil {
			return proc.Fail(e.Stderr, errors.New(lang.L("there is no diary at {{.Path}} yet; open the app or run \"crampdiary demo\" first", map[string]any{"Path": path})))
		}
	}
	s, err := sqlstore.Open(path, sqlstore.Options{Now: e.Now})
	if err != nil {
		return proc.Fail(e.Stderr, proc.OpenError(path, err))
	}
	now := e.Now()
	return runInterruptible(s, func(ctx context.Context) error {
		return commands[inv.command](ctx, s, inv, now, e.Stdout)
	}, e.Stderr)
}

// lockForChange takes the data folder's lock for a command that changes the
// diary, which must not run under an open window or another such command.
func lockForChange(dir, command string) (*datadir.Lock, error) {
	lk, err := datadir.TryLock(dir)
	if errors.Is(err, datadir.ErrBusy) {
		return nil, busyError(command)
	}
	return lk, err
}

func cmdExport(ctx context.Context, s diaryStore, inv invocation, _ time.Time, out io.Writer) error {
	if err := csvio.Export(ctx, s, inv.dir); err != nil {
		return fmt.Errorf("app: export to %s: %w", inv.dir, err)
	}
	fmt.Fprintln(out, lang.L("Exported the diary to {{.Dir}}", map[string]any{"Dir": inv.dir}))
	return nil
}

func cmdImport(ctx context.Context, s diaryStore, inv invocation, now time.Time, out io.Writer) error {
	if err := csvio.ImportAt(ctx, s, inv.dir, now); err != nil {
		if ctx.Err() != nil { // the import is one transaction, rolled back whole
			return &stoppedError{lang.L("stopped on request: nothing was imported, and the diary was closed cleanly")}
		}
		var ie *csvio.ImportError
		if errors.As(err, &ie) { // every problem in the terminal's language
			err = saidError{err: err, text: ie.Say(words())}
		}
		return fmt.Errorf("app: import from %s: %w", inv.dir, err)
	}
	fmt.Fprintln(out, lang.L("Imported {{.Dir}} into the diary", map[string]any{"Dir": inv.dir}))
	// The import is done: a quit signal from now on must not make it look undone.
	return printCounts(context.WithoutCancel(ctx), s, out)
}

func cmdDemo(ctx context.Context, s diaryStore, inv invocation, now time.Time, out io.Writer) error {
	if err := demo.Fill(ctx, s, inv.days, model.DiaryToday(now), inv.seed); err != nil {
		return fmt.Errorf("app: fill demo diary: %w", err)
	}
	fmt.Fprintln(out, lang.L("Filled the diary with {{.Days}} days of example data", map[string]any{"Days": inv.days}))
	return printCounts(ctx, s, out)
}

func cmdReport(ctx context.Context, s diaryStore, inv invocation, now time.Time, out io.Writer) error {
	from, to := report.Period(inv.from, inv.to, now)
	rw, err := ui.ReportWriter(inv.lang)
	if err != nil {
		return fmt.Errorf("app: report in %q: %w", inv.lang, err)
	}
	if err := rw.WriteFile(ctx, s, from, to, inv.out, now); err != nil {
		var ie *report.InputError
		if errors.As(err, &ie) {
			return err // a sentence the person can act on, as it is
		}
		return fmt.Errorf("app: report to %s: %w", inv.out, err)
	}
	fmt.Fprintln(out, lang.L("Wrote the report on {{.From}} to {{.To}} to {{.Path}}", map[string]any{"From": from, "To": to, "Path": inv.out}))
	return nil
}

// checkable is the part of *sqlstore.DB that check needs beyond model.Store.
type checkable interface {
	IntegrityCheck(ctx context.Context) error
	SQLiteVersion(ctx context.Context) (string, error)
	Path() string
}

func cmdCheck(ctx context.Context, s diaryStore, _ invocation, _ time.Time, out io.Writer) error {
	c, ok := s.(checkable)
	if !ok {
		return errors.New("app: check: this diary cannot check itself")
	}
	if err := c.IntegrityCheck(ctx); err != nil {
		return fmt.Errorf("app: check diary %s: %w", c.Path(), err)
	}
	fmt.Fprintln(out, lang.L("The diary file {{.Path}} is sound.", map[string]any{"Path": c.Path()}))
	version, err := c.SQLiteVersion(ctx)
	if err != nil {
		return fmt.Errorf("app: check: %w", err)
	}
	fmt.Fprintf(out, "sqlite: %s\n", version)
	return printCounts(ctx, s, out)
}

// printCounts writes "days: N" and "cramps: M" lines; scripts read them, as
// they read the "sqlite: 3.41.2" line of check.
func printCounts(ctx context.Context, s model.Store, out io.Writer) error {
	days, cramps, err := s.Counts(ctx)
	if err != nil {
		return fmt.Errorf("app: count entries: %w", err)
	}
	fmt.Fprintf(out, "days: %d\ncramps: %d\n", days, cramps)
	return nil
}

// cmdFlags prints the red flags that hold today, dismissed in the window or
// not, one block each; scripts can count the lines that start without a space.
func cmdFlags(ctx context.Context, s diaryStore, _ invocation, now time.Time, out io.Writer) error {
	today := model.DiaryToday(now)
	flags, err := redflag.Load(ctx, s, today)
	if err != nil {
		return fmt.Errorf("app: red flags: %w", err)
	}
	if len(flags) == 0 {
		fmt.Fprintln(out, lang.L("No red flags in the diary."))
		return nil
	}
	for _, f := range flags {
		w := words()
		fmt.Fprintf(out, "%s\n  %s\n  %s\n", f.Line(w), w.Say(f.Why), lang.L("This is not a diagnosis; it is a reason to talk to a clinician."))
	}
	return nil
}
