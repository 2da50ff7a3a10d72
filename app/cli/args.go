package cli

import (
	"errors"
	"flag"
	"io"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/charts/report"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/ui"
)

// invocation is one parsed command line.
type invocation struct {
	dataDir string
	hidden  bool   // window mode: start in the tray, as at login
	command string // "" opens the window
	dir     string // the folder of export and import
	days    int    // demo length
	seed    int64  // demo randomness, fixed by default so demo diaries repeat

	from, to model.Date // report period; "" takes the default, set when it runs
	out      string     // the report file, .pdf or .png
	lang     string     // the report's language code; "" is the system's
	json     bool       // insights and experiments: JSON for scripts instead of a table
	file     string     // restore: the backup to put back
	latest   bool       // restore: the newest good backup instead of a file
	replace  bool       // import-tracker: overwrite typed values too
	dryRun   bool       // import-tracker: show the changes, write nothing
	columns  string     // import-tracker: the CSV column names
}

const (
	defaultDemoDays = 120
	maxDemoDays     = 3650
)

// errHelp asks for the help text; it is not a failure.
var errHelp = errors.New("help requested")

// usageError is a command line that cannot be understood; it exits with code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usage(msg string) error { return &usageError{msg: msg} }

func parseArgs(args []string) (invocation, error) {
	inv := invocation{days: defaultDemoDays, seed: 1}
	rest, err := parseFlags(flagSet(&inv, ""), args, true)
	if err != nil || len(rest) == 0 {
		return inv, err
	}
	inv.command, rest = rest[0], rest[1:]
	switch inv.command {
	case "help":
		return inv, errHelp
	case "export", "import", "check", "demo", "report", "flags", "insights", "experiments", "backup", "backups", "restore", "import-tracker":
	default:
		return inv, usage(lang.L("unknown command \"{{.Cmd}}\"", map[string]any{"Cmd": inv.command}))
	}
	// --data-dir is accepted after the command too, so the order never trips anyone.
	pos, err := parseFlags(flagSet(&inv, inv.command), rest, false)
	if err != nil {
		return inv, err
	}
	return inv, takePositional(&inv, pos)
}

// flagSet holds the flags valid for command ("" for the ones before any command).
func flagSet(inv *invocation, command string) *flag.FlagSet {
	fs := flag.NewFlagSet("crampdiary "+command, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported once, by run
	fs.StringVar(&inv.dataDir, "data-dir", inv.dataDir, "")
	if command == "" {
		fs.BoolVar(&inv.hidden, "hidden", inv.hidden, "")
	}
	if command == "demo" {
		fs.IntVar(&inv.days, "days", inv.days, "")
		fs.Int64Var(&inv.seed, "seed", inv.seed, "")
	}
	if command == "report" {
		fs.Func("from", "", dateFlag(&inv.from))
		fs.Func("to", "", dateFlag(&inv.to))
		fs.StringVar(&inv.out, "out", inv.out, "")
		fs.StringVar(&inv.lang, "lang", inv.lang, "")
	}
	if command == "restore" {
		fs.BoolVar(&inv.latest, "latest", inv.latest, "")
	}
	if command == "import-tracker" {
		trackerFlags(fs, inv)
	}
	if command == "insights" || command == "experiments" {
		fs.BoolVar(&inv.json, "json", inv.json, "")
	}
	return fs
}

// parseFlags parses fs over args and returns the positional arguments. When
// stopAtFirst is false, flags may also follow positional arguments.
func parseFlags(fs *flag.FlagSet, args []string, stopAtFirst bool) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, usage(err.Error())
		}
		args = fs.Args()
		if stopAtFirst || len(args) == 0 {
			return append(pos, args...), nil
		}
		pos, args = append(pos, args[0]), args[1:]
	}
}

func takePositional(inv *invocation, pos []string) error {
	if inv.command == "restore" {
		return takeRestoreArgs(inv, pos)
	}
	if inv.command == "import-tracker" {
		return takeTrackerArgs(inv, pos)
	}
	want := 0
	if inv.command == "export" || inv.command == "import" {
		want = 1
	}
	switch {
	case len(pos) < want:
		return usage(lang.L("{{.Cmd}} needs a folder, for example: crampdiary {{.Cmd}} ~/cramp-backup", map[string]any{"Cmd": inv.command}))
	case len(pos) > want:
		return usage(lang.L("unexpected argument \"{{.Arg}}\"", map[string]any{"Arg": pos[want]}))
	}
	if want == 1 {
		inv.dir = pos[0]
	}
	if inv.command == "demo" && (inv.days < 1 || inv.days > maxDemoDays) {
		return usage(lang.L("--days must be between 1 and {{.Max}}", map[string]any{"Max": strconv.Itoa(maxDemoDays)}))
	}
	if inv.command == "report" {
		return checkReportArgs(inv)
	}
	return nil
}

// dateFlag parses a YYYY-MM-DD flag value into d; the flag package puts the
// value and the flag's name in front of the error.
func dateFlag(d *model.Date) func(string) error {
	return func(s string) error {
		v, err := model.ParseDate(s)
		if err != nil {
			return errors.New(lang.L("not a date written YYYY-MM-DD"))
		}
		*d = v
		return nil
	}
}

// checkReportArgs catches what needs no clock; the end date against today is
// checked when the report runs.
func checkReportArgs(inv *invocation) error {
	if inv.out == "" {
		return usage(lang.L("report needs a file to write, for example: crampdiary report --out cramps.pdf"))
	}
	rw := report.Writer{T: lang.L}
	if inv.lang != "" && !slices.Contains(ui.Languages(), inv.lang) {
		return usage(lang.L("--lang must be one of {{.Codes}}", map[string]any{"Codes": strings.Join(ui.Languages(), ", ")}))
	}
	if _, err := rw.FormatOf(inv.out); err != nil {
		return usage(err.Error())
	}
	if inv.from != "" && inv.to != "" {
		if err := rw.CheckRange(inv.from, inv.to, model.LastDate); err != nil {
			return usage(err.Error())
		}
	}
	return nil
}

// takeRestoreArgs wants exactly one of a backup file and --latest.
func takeRestoreArgs(inv *invocation, pos []string) error {
	switch {
	case len(pos) == 0 && !inv.latest:
		return usage(lang.L("restore needs a backup file or --latest, for example: crampdiary restore --latest"))
	case len(pos) > 1 || (len(pos) == 1 && inv.latest):
		return usage(lang.L("restore takes one backup file, or --latest alone"))
	case len(pos) == 1:
		inv.file = pos[0]
	}
	return nil
}
