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
)

// maxFileSize guards against picking a wrong, huge file: ten years of diary
// export is well under a megabyte.
const maxFileSize = 64 << 20

// maxShown caps the problems listed in an error message; the rest are counted.
const maxShown = 50

// ImportError lists everything wrong with the files of an import, one sentence
// each, such as "days.csv line 14: sleep_quality 7 is outside 1-5", so a
// person can fix the whole file in one pass. It wraps model.ErrInvalid.
type ImportError struct {
	Problems []string
}

// Error gives one problem per line, at most maxShown of them.
func (e *ImportError) Error() string {
	if len(e.Problems) <= maxShown {
		return strings.Join(e.Problems, "\n")
	}
	shown := strings.Join(e.Problems[:maxShown], "\n")
	return fmt.Sprintf("%s\n... and %d more", shown, len(e.Problems)-maxShown)
}

// Unwrap lets errors.Is(err, model.ErrInvalid) hold.
func (e *ImportError) Unwrap() error { return model.ErrInvalid }

// ImportAt reads days.csv and cramps.csv from dir, and experiments.csv with
// experiment_nights.csv when present, and hands them to s.Import in one call.
// Nothing is written unless every row of every file is sound; the error is
// then an *ImportError naming each bad row. now decides which dates and cramp
// times lie in the future.
func ImportAt(ctx context.Context, s model.Store, dir string, now time.Time) error {
	cutover, err := s.Cutover(ctx)
	if err != nil {
		return fmt.Errorf("csvio: import %s: %w", dir, err)
	}
	dayData, dayMissing, err := readInput(filepath.Join(dir, daysFile))
	if err != nil {
		return err
	}
	crampData, crampMissing, err := readInput(filepath.Join(dir, crampsFile))
	if err != nil {
		return err
	}
	expData, nightData, expMissing, err := readExperimentFiles(dir)
	if err != nil {
		return err
	}
	problems := append(append(dayMissing, crampMissing...), expMissing...)
	if len(problems) > 0 {
		return &ImportError{Problems: problems}
	}
	days, problems := parseDays(dayData, model.DateOf(now))
	cramps, crampProblems := parseCramps(crampData, now, cutover)
	problems = append(problems, crampProblems...)
	var exps []model.Experiment
	if expData != nil {
		var expProblems []string
		exps, expProblems = parseExperiments(expData, nightData)
		problems = append(problems, expProblems...)
	}
	if len(problems) > 0 {
		return &ImportError{Problems: problems}
	}
	if err := s.Import(ctx, days, cramps, exps...); err != nil {
		return fmt.Errorf("csvio: import %s: %w", dir, err)
	}
	return nil
}

// readInput loads one file. A missing or oversized file is a problem for the
// person to fix, returned as a message; other failures are errors.
func readInput(path string) ([]byte, []string, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, []string{fmt.Sprintf("%s is missing; an import needs both %s and %s", path, daysFile, crampsFile)}, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("csvio: open %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("csvio: read %s: %w", path, err)
	}
	if len(data) > maxFileSize {
		return nil, []string{fmt.Sprintf("%s is larger than %d MB; is it really a crampdiary export?", path, maxFileSize>>20)}, nil
	}
	return data, nil, nil
}

// readExperimentFiles loads the two experiment files, which come as a pair
// or not at all: exports from before experiments existed have neither. The
// data is nil when both are absent.
func readExperimentFiles(dir string) (exps, nights []byte, problems []string, err error) {
	expPath, nightPath := filepath.Join(dir, experimentsFile), filepath.Join(dir, experimentNightsFile)
	_, expErr := os.Stat(expPath)
	_, nightErr := os.Stat(nightPath)
	expAbsent, nightAbsent := errors.Is(expErr, fs.ErrNotExist), errors.Is(nightErr, fs.ErrNotExist)
	switch {
	case expAbsent && nightAbsent:
		return nil, nil, nil, nil
	case expAbsent || nightAbsent:
		missing, present := expPath, nightPath
		if nightAbsent {
			missing, present = nightPath, expPath
		}
		return nil, nil, []string{fmt.Sprintf("%s is missing but %s is there; the two experiment files go together", missing, present)}, nil
	}
	exps, expMissing, err := readInput(expPath)
	if err != nil {
		return nil, nil, nil, err
	}
	nights, nightMissing, err := readInput(nightPath)
	if err != nil {
		return nil, nil, nil, err
	}
	return exps, nights, append(expMissing, nightMissing...), nil
}

// parseDays decodes and validates days.csv; a date may appear only once.
func parseDays(data []byte, today model.Date) ([]model.Day, []string) {
	rows, problems := decodeFile[model.Day](dayTable, data)
	firstLine := map[model.Date]int{}
	days := make([]model.Day, 0, len(rows))
	for _, r := range rows {
		if prev, dup := firstLine[r.val.Date]; dup {
			problems = append(problems, fmt.Sprintf("%s line %d: date %s already appears on line %d", daysFile, r.line, r.val.Date, prev))
			continue
		}
		firstLine[r.val.Date] = r.line
		if err := r.val.Validate(today); err != nil {
			problems = append(problems, rowProblem(daysFile, r.line, err))
			continue
		}
		days = append(days, r.val)
	}
	return days, problems
}

// parseCramps decodes and validates cramps.csv; cutover places each time in its night.
func parseCramps(data []byte, now time.Time, cutover model.Clock) ([]model.Cramp, []string) {
	rows, problems := decodeFile[model.Cramp](crampTable, data)
	cramps := make([]model.Cramp, 0, len(rows))
	for _, r := range rows {
		if err := r.val.Validate(now, cutover); err != nil {
			problems = append(problems, rowProblem(crampsFile, r.line, err))
			continue
		}
		cramps = append(cramps, r.val)
	}
	return cramps, problems
}

// rowProblem uses a FieldError's own sentence, which already names the column.
func rowProblem(file string, line int, err error) string {
	var fe *model.FieldError
	if errors.As(err, &fe) {
		return fmt.Sprintf("%s line %d: %s", file, line, fe.Msg)
	}
	return fmt.Sprintf("%s line %d: %v", file, line, err)
}
