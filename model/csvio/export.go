// Package csvio moves a whole diary in and out of plain CSV files (days.csv,
// cramps.csv, and the experiments in experiments.csv and
// experiment_nights.csv), so a person can back it up, edit it in a
// spreadsheet, or leave.
package csvio

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"reflect"

	"github.com/crampdiary/crampdiary/model"
)

// Export writes the whole diary into dir as days.csv, cramps.csv,
// experiments.csv and experiment_nights.csv, creating dir (0700) if needed.
// Each file is written beside its final name and renamed into place, so a
// crash leaves either the old file or the new one.
func Export(ctx context.Context, s Store, dir string) error {
	files, err := exportFiles(ctx, s)
	if err != nil {
		return fmt.Errorf("csvio: export: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("csvio: export: %w", err)
	}
	temps := make([]string, 0, len(files))
	removeAll := func() {
		for _, tmp := range temps {
			os.Remove(tmp)
		}
	}
	for _, f := range files {
		tmp, err := writeTemp(dir, f.name, f.records)
		if err != nil {
			removeAll()
			return err
		}
		temps = append(temps, tmp)
	}
	// Every file is complete on disk before any replaces an older export,
	// which keeps the set from mixing two exports when a write fails.
	for i, f := range files {
		if err := os.Rename(temps[i], filepath.Join(dir, f.name)); err != nil {
			removeAll()
			return fmt.Errorf("csvio: export: %w", err)
		}
	}
	return nil
}

// exportFile is one file of an export, encoded.
type exportFile struct {
	name    string
	records [][]string
}

func exportFiles(ctx context.Context, s Store) ([]exportFile, error) {
	days, err := s.Days(ctx, model.FirstDate, model.LastDate)
	if err != nil {
		return nil, err
	}
	cramps, err := s.Cramps(ctx, model.FirstDate, model.LastDate)
	if err != nil {
		return nil, err
	}
	exps, err := s.Experiments(ctx)
	if err != nil {
		return nil, err
	}
	expRows, nightRows := experimentRows(exps)
	return []exportFile{
		{daysFile, encodeRows(dayTable, days)},
		{crampsFile, encodeRows(crampTable, cramps)},
		{experimentsFile, encodeRows(experimentTable, expRows)},
		{experimentNightsFile, encodeRows(experimentNightTable, nightRows)},
	}, nil
}

// encodeRows turns model values into records, header first.
func encodeRows[T any](t table, rows []T) [][]string {
	records := make([][]string, 0, len(rows)+1)
	records = append(records, t.header)
	for _, r := range rows {
		v := reflect.ValueOf(r)
		rec := make([]string, len(t.header))
		for i, name := range t.header {
			rec[i] = formatCell(v.Field(t.field[name]))
			if t.text[name] {
				rec[i] = guardFormula(rec[i])
			}
		}
		records = append(records, rec)
	}
	return records
}

// writeTemp writes records to a new 0600 file in dir, synced to disk, and
// returns its path; on failure nothing is left behind.
func writeTemp(dir, name string, records [][]string) (path string, err error) {
	f, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("csvio: write %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := f.Chmod(0o600); err != nil {
		return "", fmt.Errorf("csvio: write %s: %w", name, err)
	}
	if err := csv.NewWriter(f).WriteAll(records); err != nil {
		return "", fmt.Errorf("csvio: write %s: %w", name, err)
	}
	if err := f.Sync(); err != nil {
		return "", fmt.Errorf("csvio: write %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("csvio: write %s: %w", name, err)
	}
	return f.Name(), nil
}
