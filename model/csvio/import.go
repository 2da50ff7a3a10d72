package csvio

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// maxFileSize guards against picking a wrong, huge file: ten years of diary
// export is well under a megabyte. The import reads row by row, so memory
// grows with the rows kept, not with the file.
const maxFileSize = 64 << 20

// maxShown caps the problems listed in an error message; the rest are counted.
const maxShown = 50

// maxKept caps the problems an import holds on to: a file of a million bad
// rows must not take more memory to refuse than a sound one takes to import.
const maxKept = 1000

// ImportError lists everything wrong with the files of an import, one sentence
// each, such as "days.csv line 14: sleep_quality 7 is outside 1-5", so a
// person can fix the whole file in one pass. It wraps model.ErrInvalid.
type ImportError struct {
	Problems []string // in English, as Error gives them
	// Messages are the same problems with their files, lines and values as
	// parameters, for Say.
	Messages []model.Message
	// Unlisted counts the problems found past the first 1,000, which are
	// not kept.
	Unlisted int
}

// Error gives one problem per line, at most maxShown of them.
func (e *ImportError) Error() string {
	if len(e.Problems) <= maxShown && e.Unlisted == 0 {
		return strings.Join(e.Problems, "\n")
	}
	shown := strings.Join(e.Problems[:min(maxShown, len(e.Problems))], "\n")
	return fmt.Sprintf("%s\n... and %d more", shown, len(e.Problems)-maxShown+e.Unlisted)
}

// Say gives one problem per line in w's language, at most maxShown of them.
// File and column names and the values as written stay as they are.
func (e *ImportError) Say(w model.Words) string {
	n := min(maxShown, len(e.Messages))
	lines := make([]string, n, n+1)
	for i, m := range e.Messages[:n] {
		lines[i] = w.Say(m)
	}
	if more := len(e.Messages) - n + e.Unlisted; more > 0 {
		lines = append(lines, w.Say(model.XN("... and {{.Count}} more", more, nil)))
	}
	return strings.Join(lines, "\n")
}

// Unwrap lets errors.Is(err, model.ErrInvalid) hold.
func (e *ImportError) Unwrap() error { return model.ErrInvalid }

// problemList gathers the problems of an import in the order they are met.
type problemList struct {
	kept     []model.Message
	unlisted int
}

func (p *problemList) add(msgs ...model.Message) {
	for _, m := range msgs {
		if len(p.kept) < maxKept {
			p.kept = append(p.kept, m)
		} else {
			p.unlisted++
		}
	}
}

func (p *problemList) merge(q *problemList) {
	p.add(q.kept...)
	p.unlisted += q.unlisted
	*q = problemList{}
}

func (p *problemList) count() int { return len(p.kept) + p.unlisted }

func (p *problemList) err() error {
	en := make([]string, len(p.kept))
	for i, m := range p.kept {
		en[i] = m.String()
	}
	return &ImportError{Problems: en, Messages: p.kept, Unlisted: p.unlisted}
}

// ImportAt reads days.csv and cramps.csv from dir, and experiments.csv with
// experiment_nights.csv when present, and writes them in one transaction.
// The files are read row by row, and nothing is written unless every row of
// every file is sound; the error is then an *ImportError naming each bad row.
// now decides which dates and cramp times lie in the future.
func ImportAt(ctx context.Context, s Store, dir string, now time.Time) error {
	cutover, err := s.Cutover(ctx)
	if err != nil {
		return fmt.Errorf("csvio: import %s: %w", dir, err)
	}
	in, err := openInputs(dir)
	defer in.close()
	if err != nil {
		return err
	}
	if in.problems.count() > 0 {
		return in.problems.err()
	}
	// Experiments are few, and the store writes them first, so they are read
	// first; their problems are still listed after those of days and cramps.
	var expProblems problemList
	var exps []experiment.Experiment
	if in.exps != nil {
		if exps, err = parseExperiments(ctx, in.exps, in.nights, &expProblems); err != nil {
			return fmt.Errorf("csvio: import %s: %w", dir, err)
		}
	}
	var p problemList
	err = s.ImportStreamWithExperiments(ctx, func(w model.ImportWriter) error {
		if err := streamDays(ctx, in.days, model.DateOf(now), &p, w); err != nil {
			return err
		}
		if err := streamCramps(ctx, in.cramps, now, cutover, &p, w); err != nil {
			return err
		}
		if p.merge(&expProblems); p.count() > 0 {
			return errRefused
		}
		return nil
	}, exps)
	switch {
	case errors.Is(err, errRefused):
		return p.err()
	case err != nil && ctx.Err() != nil:
		// Cancelling rolls the transaction back under the writer, whose own
		// error ("statement is closed") would hide why.
		return fmt.Errorf("csvio: import %s: %w", dir, ctx.Err())
	case err != nil:
		return fmt.Errorf("csvio: import %s: %w", dir, err)
	}
	return nil
}

// errRefused rolls an import back once its files turned out to have problems.
var errRefused = errors.New("csvio: the files have problems")

// batchRows is how many rows go to the store at a time: enough to keep the
// statements few, few enough that memory does not grow with the file.
const batchRows = 512

// inputs are the open files of one import; exps and nights are nil when the
// experiment files are absent.
type inputs struct {
	days, cramps, exps, nights io.Reader
	files                      []*os.File
	problems                   problemList
}

func (in *inputs) close() {
	for _, f := range in.files {
		f.Close()
	}
}

// openInputs opens every file of an import before any is read, so a missing
// file is reported before the rows of the others.
func openInputs(dir string) (*inputs, error) {
	in := &inputs{}
	var err error
	if in.days, err = in.open(filepath.Join(dir, daysFile)); err != nil {
		return in, err
	}
	if in.cramps, err = in.open(filepath.Join(dir, crampsFile)); err != nil {
		return in, err
	}
	expPath, nightPath := filepath.Join(dir, experimentsFile), filepath.Join(dir, experimentNightsFile)
	_, expErr := os.Stat(expPath)
	_, nightErr := os.Stat(nightPath)
	expAbsent, nightAbsent := errors.Is(expErr, fs.ErrNotExist), errors.Is(nightErr, fs.ErrNotExist)
	switch {
	case expAbsent && nightAbsent: // exports from before experiments existed
		return in, nil
	case expAbsent || nightAbsent:
		missing, present := expPath, nightPath
		if nightAbsent {
			missing, present = nightPath, expPath
		}
		in.problems.add(model.X("{{.Missing}} is missing but {{.Present}} is there; the two experiment files go together", x{"Missing": missing, "Present": present}))
		return in, nil
	}
	if in.exps, err = in.open(expPath); err != nil {
		return in, err
	}
	in.nights, err = in.open(nightPath)
	return in, err
}

// open opens one file for reading. A missing or oversized file is a problem
// for the person to fix; other failures are errors.
func (in *inputs) open(path string) (io.Reader, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		in.problems.add(model.X("{{.Path}} is missing; an import needs both {{.Days}} and {{.Cramps}}", x{"Path": path, "Days": daysFile, "Cramps": crampsFile}))
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("csvio: open %s: %w", path, err)
	}
	in.files = append(in.files, f)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > maxFileSize {
		in.problems.add(tooLarge(path))
		return nil, nil
	}
	return newInput(f), nil
}

// streamDays reads and validates days.csv and hands its rows to w in
// batches; a date may appear only once. Once any file has a problem nothing
// more is written, since the import will be rolled back, but every row is
// still checked.
func streamDays(ctx context.Context, in io.Reader, today model.Date, p *problemList, w model.ImportWriter) error {
	firstLine := map[model.Date]int32{}
	batch := make([]model.Day, 0, batchRows)
	err := decodeFile(ctx, dayTable, in, p, func(line int, d *model.Day) {
		if prev, dup := firstLine[d.Date]; dup {
			p.add(at(daysFile, line, model.X("date {{.Date}} already appears on line {{.Line}}", x{"Date": string(d.Date), "Line": itoa(int(prev))})))
			return
		}
		firstLine[d.Date] = int32(line)
		if err := d.Validate(today); err != nil {
			p.add(rowProblem(daysFile, line, err))
		}
		if p.count() == 0 {
			batch = append(batch, *d)
		}
	}, func() error {
		return flush(p, &batch, w.Days)
	})
	if err != nil {
		return err
	}
	return flush(p, &batch, w.Days)
}

// streamCramps reads and validates cramps.csv, handing its rows to w in
// batches; cutover places each time in its night.
func streamCramps(ctx context.Context, in io.Reader, now time.Time, cutover model.Clock, p *problemList, w model.ImportWriter) error {
	batch := make([]model.Cramp, 0, batchRows)
	err := decodeFile(ctx, crampTable, in, p, func(line int, c *model.Cramp) {
		if err := c.Validate(now, cutover); err != nil {
			p.add(rowProblem(crampsFile, line, err))
		}
		if p.count() == 0 {
			batch = append(batch, *c)
		}
	}, func() error {
		return flush(p, &batch, w.Cramps)
	})
	if err != nil {
		return err
	}
	return flush(p, &batch, w.Cramps)
}

// flush writes a full batch, or the last one, unless there are problems.
func flush[T any](p *problemList, batch *[]T, write func([]T) error) error {
	if p.count() > 0 {
		*batch = (*batch)[:0]
		return nil
	}
	if len(*batch) == 0 {
		return nil
	}
	err := write(*batch)
	*batch = (*batch)[:0]
	return err
}

// rowProblem uses a FieldError's own sentence, which already names the column.
func rowProblem(file string, line int, err error) model.Message {
	return at(file, line, problemOf(err))
}
