package report

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
	"github.com/crampdiary/crampdiary/model/redflag"
)

// Format is a file format the report can be written in.
type Format string

// The formats, named by their file extensions.
const (
	PDF Format = ".pdf"
	PNG Format = ".png"
)

// FormatOf picks the format from path's extension, in any letter case. Any
// other extension is an error that says which ones work.
func (w Writer) FormatOf(path string) (Format, error) {
	switch f := Format(strings.ToLower(filepath.Ext(path))); f {
	case PDF, PNG:
		return f, nil
	}
	return "", &InputError{Msg: w.tr("the report file \"{{.Path}}\" must end in .pdf or .png", map[string]any{"Path": path})}
}

// Store is the diary a report is made from: its days, cramps and settings,
// and the experiments kept beside them.
type Store interface {
	model.Store
	experiment.Store
}

// Load reads what a report on from..to needs from s: the nights of the period
// and of the one before it (for the comparison), and the name to print.
func (w Writer) Load(ctx context.Context, s Store, from, to model.Date, now time.Time) (Input, error) {
	in := Input{From: from, To: to, MadeOn: now}
	if err := w.CheckRange(from, to, model.DateOf(now)); err != nil {
		return in, err
	}
	first := model.PreviousFrom(from, to)
	var err error
	if in.Days, err = s.Days(ctx, first, to); err != nil {
		return in, fmt.Errorf("report: load days %s to %s: %w", first, to, err)
	}
	if in.Cramps, err = s.Cramps(ctx, first, to); err != nil {
		return in, fmt.Errorf("report: load cramps %s to %s: %w", first, to, err)
	}
	if in.Name, err = s.Setting(ctx, model.SettingName, ""); err != nil {
		return in, fmt.Errorf("report: read the name to print: %w", err)
	}
	if in.RedFlags, err = w.redFlagLines(ctx, s, to, model.DiaryToday(now)); err != nil {
		return in, err
	}
	if in.Experiments, err = w.experimentLines(ctx, s, from, to, model.DiaryToday(now)); err != nil {
		return in, err
	}
	return in, nil
}

// experimentLines gives each experiment with nights in from..to: what was
// tried, when, and its verdict as of today. One stopped before its first
// night has none. Never nil, so the page says when there were none.
func (w Writer) experimentLines(ctx context.Context, s Store, from, to, today model.Date) ([]string, error) {
	exps, err := s.Experiments(ctx)
	if err != nil {
		return nil, fmt.Errorf("report: experiments: %w", err)
	}
	lines := []string{}
	for _, e := range exps {
		if e.StoppedBeforeStart() || e.LastNight().Before(from) || to.Before(e.Start) {
			continue
		}
		r, err := experiment.AnalyseStored(ctx, s, e, today)
		if err != nil {
			return nil, fmt.Errorf("report: experiment %q: %w", e.Title, err)
		}
		lines = append(lines, w.tr("{{.Title}} ({{.Start}} to {{.End}}): {{.Verdict}}",
			map[string]any{"Title": e.Title, "Start": e.Start, "End": e.LastNight(), "Verdict": w.verdictLine(r)}))
	}
	return lines, nil
}

// verdictLine is a result in a few words a clinician can weigh.
func (w Writer) verdictLine(r experiment.Result) string {
	switch r.Verdict {
	case experiment.VerdictHelped:
		return r.Verdict.Name(w.T) + " (p = " + w.loc().Decimal(deref(r.P), 3) + ", NAP " + w.loc().Decimal(deref(r.NAP), 2) + ")"
	case experiment.VerdictNoDifference:
		return r.Verdict.Name(w.T) + " (p = " + w.loc().Decimal(deref(r.P), 3) + ")"
	}
	reasons := make([]string, len(r.Reasons))
	for i, reason := range r.Reasons {
		reasons[i] = w.tr(reasonWords[reason])
	}
	return r.Verdict.Name(w.T) + " (" + strings.Join(reasons, "; ") + ")"
}

var reasonWords = map[experiment.Reason]string{
	experiment.ReasonDesign:       word("the plan could not reach p <= 0.05"),
	experiment.ReasonNotStarted:   word("not started yet"),
	experiment.ReasonRunning:      word("still running"),
	experiment.ReasonTooFewNights: word("too few nights checked"),
	experiment.ReasonLowAdherence: word("kept to on under 80% of nights"),
	experiment.ReasonNoComparison: word("too few nights on one side"),
}

// word marks a text translated where it is written out (w.tr), so the
// translation check finds it here.
func word(s string) string { return s }

func deref(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

// redFlagLines lists the red flags as they stood at the end of the period
// (the morning after its last night), dismissed in the window or not: the
// clinician should see them all. Never nil, so the page says when there are none.
func (w Writer) redFlagLines(ctx context.Context, s model.Store, to, today model.Date) ([]string, error) {
	asOf := to.AddDays(1)
	if today.Before(asOf) {
		asOf = today
	}
	flags, err := redflag.Load(ctx, s, asOf)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	lines := []string{}
	for _, f := range flags {
		lines = append(lines, f.Line(w.words()))
	}
	return lines, nil
}

// WriteFile makes the report on from..to from s and writes it to path as a
// PDF or a PNG, by path's extension. The file appears whole or not at all.
func (w Writer) WriteFile(ctx context.Context, s Store, from, to model.Date, path string, now time.Time) error {
	format, err := w.FormatOf(path)
	if err != nil {
		return err
	}
	in, err := w.Load(ctx, s, from, to, now)
	if err != nil {
		return err
	}
	page, err := w.Build(in)
	if err != nil {
		return err
	}
	write := page.WritePDF
	if format == PNG {
		write = page.WritePNG
	}
	return writeAtomic(path, write)
}

// writeAtomic writes through a temporary file in the same folder and renames
// it into place, so a crash or a full disk never leaves half a report behind
// or spoils an earlier one of the same name. The file is readable by its owner
// only: it is health data.
func writeAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("report: create a file next to %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("report: save %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("report: save %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("report: put the report at %s: %w", path, err)
	}
	return nil
}
