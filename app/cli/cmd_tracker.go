package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/tracker"
	"github.com/crampdiary/crampdiary/ui"
)

// trackerHelp is the page "crampdiary import-tracker --help" prints.
const trackerHelp = `crampdiary import-tracker PATH [--replace] [--dry-run] [--from YYYY-MM-DD] [--to YYYY-MM-DD]

Reads steps, running minutes and sleep times from what a phone or watch
exported, and puts them into the diary. The kind of file is recognised by
its content:

  Apple Health    export.zip, or the export.xml inside it
                  (iPhone: Health app, your picture, Export All Health Data)
  Health Connect  the export zip of Android's Health Connect
                  (Settings, Health Connect, Manage data, Export data)
  Garmin          a .fit file, or a folder of them such as the watch's
                  GARMIN folder (connect the watch by USB)
  Gadgetbridge    the database Gadgetbridge exports
                  (Gadgetbridge: Data management, Export DB)
  Fitbit          Google Takeout's Fitbit folder or zip (Global Export Data)
  CSV             any other table with a date column; name its columns with
                  --columns date=Day,steps=Steps,run=Run,sleep-start=Bed,sleep-end=Up
                  (only date is needed; layout=02/01/2006 for other date forms)

What you typed wins: only empty fields are filled, and values an earlier
import of the same kind wrote are updated. --replace overwrites what you
typed too. The changes are listed first; --dry-run lists them and writes
nothing. Importing the same file again changes nothing. A file that cannot
be read is refused and nothing is written. Ctrl+C stops without writing.

Refused while the diary window is open; use Diary, Import from a phone or
watch in the window instead.
`

// trackerFlags adds import-tracker's flags to fs.
func trackerFlags(fs *flag.FlagSet, inv *invocation) {
	fs.BoolVar(&inv.replace, "replace", inv.replace, "")
	fs.BoolVar(&inv.dryRun, "dry-run", inv.dryRun, "")
	fs.Func("from", "", dateFlag(&inv.from))
	fs.Func("to", "", dateFlag(&inv.to))
	fs.StringVar(&inv.columns, "columns", inv.columns, "")
}

// takeTrackerArgs wants exactly one PATH.
func takeTrackerArgs(inv *invocation, pos []string) error {
	switch {
	case len(pos) == 0:
		return usage(lang.L("import-tracker needs a file or folder, for example: crampdiary import-tracker ~/Downloads/export.zip"))
	case len(pos) > 1:
		return usage(lang.L("unexpected argument \"{{.Arg}}\"", map[string]any{"Arg": pos[1]}))
	}
	inv.file = pos[0]
	if inv.from != "" && inv.to != "" && inv.to.Before(inv.from) {
		return usage(lang.L("--to is before --from"))
	}
	if _, err := parseColumns(inv.columns); err != nil {
		return usage(err.Error())
	}
	return nil
}

// parseColumns reads --columns into a CSV mapping; "" is no mapping.
func parseColumns(s string) (*tracker.CSVMapping, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	m := &tracker.CSVMapping{}
	dst := map[string]*string{"date": &m.Date, "steps": &m.Steps, "run": &m.RunMin,
		"sleep-start": &m.SleepStart, "sleep-end": &m.SleepEnd, "layout": &m.Layout}
	for _, part := range strings.Split(s, ",") {
		key, col, ok := strings.Cut(part, "=")
		p, known := dst[strings.TrimSpace(key)]
		if !ok || !known {
			return nil, errors.New(lang.L("--columns takes date=NAME,steps=NAME,run=NAME,sleep-start=NAME,sleep-end=NAME; \"{{.Part}}\" is not one of them", map[string]any{"Part": part}))
		}
		*p = strings.TrimSpace(col)
	}
	return m, nil
}

func writeTrackerHelp(w io.Writer) { fmt.Fprint(w, lang.L(trackerHelp)) }

func cmdImportTracker(ctx context.Context, s diaryStore, inv invocation, now time.Time, out io.Writer) error {
	mapping, _ := parseColumns(inv.columns) // checked with the arguments
	count := &tracker.Counting{}
	stop := showProgress(out, inv.file, count)
	plan, err := prepareTracker(ctx, s, inv, now, mapping, count)
	stop()
	if err != nil {
		return err
	}
	writePreview(out, inv.file, plan, inv.replace)
	if inv.dryRun {
		fmt.Fprintln(out, lang.L("Nothing was written (--dry-run)."))
		return nil
	}
	if err := plan.Apply(ctx, s); err != nil {
		return fmt.Errorf("app: import-tracker %s: %w", inv.file, err)
	}
	if len(plan.Days) > 0 {
		fmt.Fprintln(out, lang.L("Saved {{.Days}} days to the diary.", map[string]any{"Days": len(plan.Days)}))
	}
	return nil
}

func prepareTracker(ctx context.Context, s model.Store, inv invocation, now time.Time, mapping *tracker.CSVMapping, count *tracker.Counting) (tracker.Plan, error) {
	opts := tracker.Options{Location: now.Location(), Mapping: mapping}
	mo := tracker.MergeOptions{Replace: inv.replace, From: inv.from, To: inv.to, Today: model.DateOf(now)}
	plan, err := tracker.PrepareCounted(ctx, s, inv.file, opts, mo, count)
	if errors.Is(err, model.ErrInvalid) || errors.Is(err, os.ErrNotExist) {
		return tracker.Plan{}, errors.New(trackerReadError(err, plan.Format, mapping))
	}
	if err != nil {
		return tracker.Plan{}, fmt.Errorf("app: import-tracker %s: %w", inv.file, err)
	}
	return plan, nil
}

// trackerReadError is the reader's sentence, without the chain; a CSV file
// read without --columns also says how to name them.
func trackerReadError(err error, format tracker.Format, mapping *tracker.CSVMapping) string {
	msg := strings.TrimPrefix(err.Error(), model.ErrInvalid.Error()+": ")
	if said := model.Sayer(nil); errors.As(err, &said) {
		msg = said.Say(words()) // in the terminal's language
	}
	if format == tracker.CSV && mapping == nil {
		msg += "\n" + lang.L("Name the columns with --columns, for example: --columns date=Date,steps=Steps (see crampdiary import-tracker --help).")
	}
	return msg
}

// writePreview prints what the import does (or would do): the days, the
// fields filled, and every value that differs from one already in the diary.
func writePreview(out io.Writer, path string, plan tracker.Plan, replace bool) {
	c := plan.Counts()
	fmt.Fprintln(out, lang.L("{{.Path}}: {{.Source}}", map[string]any{"Path": path, "Source": ui.SourceName(string(plan.Format))}))
	if len(plan.Changes) == 0 {
		fmt.Fprintln(out, lang.L("The file holds no steps, runs or sleep for the days asked for."))
		return
	}
	fmt.Fprintln(out, lang.L("Days that change: {{.Days}}", map[string]any{"Days": c.Days}))
	fmt.Fprintln(out, lang.L("Empty fields filled: {{.N}} (steps {{.Steps}}, running minutes {{.Run}}, sleep {{.Sleep}})", map[string]any{
		"N": c.Filled, "Steps": countFilled(plan, tracker.FieldSteps), "Run": countFilled(plan, tracker.FieldRunMin), "Sleep": countFilled(plan, tracker.FieldSleep)}))
	if c.Updated > 0 {
		fmt.Fprintln(out, lang.L("Updated from a newer export: {{.N}}", map[string]any{"N": c.Updated}))
	}
	fmt.Fprintln(out, lang.L("Already in the diary: {{.N}}", map[string]any{"N": c.Same}))
	if c.Skip > 0 {
		fmt.Fprintln(out, lang.L("Left out (in the future or outside the diary's ranges): {{.N}}", map[string]any{"N": c.Skip}))
	}
	if c.Differ == 0 {
		return
	}
	if replace {
		fmt.Fprintln(out, lang.L("Replaced, as --replace asks ({{.N}}):", map[string]any{"N": c.Differ}))
	} else {
		fmt.Fprintln(out, lang.L("Kept as they are, since you typed them ({{.N}}; --replace overwrites them):", map[string]any{"N": c.Differ}))
	}
	for _, fc := range plan.Changes {
		if fc.Change == tracker.Differs {
			fmt.Fprintf(out, "  %s %s: %s -> %s\n", fc.Date, fieldName(fc.Field), oldText(fc), fc.New)
		}
	}
}

func countFilled(p tracker.Plan, f tracker.Field) int {
	n := 0
	for _, fc := range p.Changes {
		if fc.Field == f && fc.Change == tracker.Fill {
			n++
		}
	}
	return n
}

func fieldName(f tracker.Field) string {
	switch f {
	case tracker.FieldSteps:
		return lang.L("steps")
	case tracker.FieldRunMin:
		return lang.L("running minutes")
	}
	return lang.L("sleep")
}

// oldText is the stored value, with where it came from unless typed.
func oldText(fc tracker.FieldChange) string {
	if fc.OldSource == "" {
		return lang.L("{{.Value}} (typed)", map[string]any{"Value": fc.Old})
	}
	return lang.L("{{.Value}} (from {{.Source}})", map[string]any{"Value": fc.Old, "Source": ui.SourceName(fc.OldSource)})
}

// progressEvery is how often the progress line is rewritten.
const progressEvery = 500 * time.Millisecond

// showProgress rewrites one line with the records read so far while a long
// file is read, only when out is a terminal: a script's output stays clean.
// The ticker paces the line; it is not the diary's time.
func showProgress(out io.Writer, path string, c *tracker.Counting) (stop func()) {
	f, ok := out.(*os.File)
	if !ok {
		return func() {}
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(progressEvery)
		defer tick.Stop()
		shown := false
		for {
			select {
			case <-done:
				if shown {
					fmt.Fprint(f, "\r\033[K")
				}
				return
			case <-tick.C:
				shown = true
				fmt.Fprintf(f, "\r%s", progressLine(path, c))
			}
		}
	}()
	return func() { close(done); <-finished }
}

// progressLine is the line showProgress writes: how much of the export has
// been read, when it can tell (Apple Health, CSV), and the records so far.
func progressLine(path string, c *tracker.Counting) string {
	if share, known := c.Share(); known {
		return lang.L("Reading {{.Path}}: {{.Share}} read, {{.N}} records",
			map[string]any{"Path": path, "Share": fmt.Sprintf("%d%%", int(share*100)), "N": c.Records()})
	}
	return lang.L("Reading {{.Path}}: {{.N}} records", map[string]any{"Path": path, "N": c.Records()})
}
