package cli

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/charts/report"
	"github.com/crampdiary/crampdiary/model/backup"
)

// helpText is one template so translators see the whole page at once.
const helpText = `crampdiary - a private diary for night leg cramps

Usage:
  crampdiary [--data-dir DIR] [--hidden]    open the diary window; --hidden
                                            waits in the tray (as at login)
                                            and opens the window when there
                                            is no tray
  crampdiary [--data-dir DIR] COMMAND [...]  run one command, no window

Commands:
  export DIR        write the whole diary as CSV files into folder DIR
  import DIR        read CSV files from folder DIR into the diary; if any row
                    is wrong nothing is changed and every bad row is listed
  import-tracker PATH [--replace] [--dry-run] [--from DATE] [--to DATE]
                    read steps, runs and sleep from a phone or watch export
                    (Apple Health, Health Connect, Garmin, Gadgetbridge,
                    Fitbit, CSV) into empty fields; lists the changes first;
                    "crampdiary import-tracker --help" tells more
  demo [--days N]   fill an empty diary with N days of made-up example data
                    (default {{.Days}}), to try the app out
  check             check the diary file for damage and count its entries
  backup            write a checked copy of the diary now to {{.Backups}}/
                    in the data folder (the window also does this once a
                    day) and print its path and counts
  backups           list the backups, newest first, with their days and
                    cramps; a damaged one is marked and the exit status is 1
  restore FILE | --latest
                    put a backup (FILE, or the newest good one) in place of
                    the diary; a damaged backup is refused, and the diary
                    it replaces is kept beside it as
                    {{.File}}.before-restore-YYYYMMDD-HHMMSS
  flags             list the warning signs in the diary worth showing a
                    clinician (the same ones the window shows)
  insights [--json] compare the cramp-night rate with and without each logged
                    factor (alcohol, heat, short sleep, load...) and name the
                    likely patterns: hypotheses to test, not causes; --json
                    prints one object per factor for scripts
  experiments [--json]
                    list the self-experiments: plan, schedule, adherence,
                    effect, NAP, p, the smallest p the plan can reach and
                    the verdict
  report --out FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--lang CODE]
                    write a one-page summary for a doctor to FILE (.pdf or
                    .png) on the nights --from to --to, both included; by
                    default the {{.ReportNights}} nights up to last night;
                    --lang en, de or ru writes it in that language
  help              show this text (also -h, --help)

Where the diary lives:
  The diary is the file {{.File}} in the data folder, which is
    1. the folder given with --data-dir DIR, or else
    2. the folder in the environment variable {{.Env}}, or else
    3. {{.Default}}
  The folder is created readable by you only (mode 0700).

import, import-tracker, demo and restore refuse to run while the diary
window is open; export, check, backup, backups, report, flags, insights
and experiments may run beside it. Backups keep the newest of the last 7 days, 4 weeks and
12 months; only crampdiary's own files in the backups folder are removed.

Exit status: 0 done, 1 something failed (the reason is printed), 2 the
command line was not understood.
`

func writeHelp(w io.Writer) {
	def, err := datadir.Default()
	if err != nil {
		def = lang.L("the per-user app folder (not found on this system: {{.Err}})", map[string]any{"Err": err.Error()})
	}
	fmt.Fprint(w, lang.L(helpText, map[string]any{
		"Days": defaultDemoDays, "ReportNights": report.DefaultNights, "File": datadir.DiaryFile, "Env": datadir.EnvDataDir, "Default": def, "Backups": backup.Folder,
	}))
}
