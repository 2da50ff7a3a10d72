// Package csvio moves a whole diary in and out of two plain CSV files, days.csv
// and cramps.csv, so a person can back it up, edit it in a spreadsheet, or leave.
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

// Export writes every day and cramp of s into dir as days.csv and cramps.csv,
// creating dir (0700) if needed. Each file is written beside its final name and
// renamed into place, so a crash leaves either the old file or the new one.
func Export(ctx context.Context, s model.Store, dir string) error {
	days, err := s.Days(ctx, model.FirstDate, model.LastDate)
	if err != nil {
		return fmt.Errorf("csvio: export: %w", err)
	}
	cramps, err := s.Cramps(ctx, model.FirstDate, model.LastDate)
	if err != nil {
		return fmt.Errorf("csvio: export: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("csvio: export: %w", err)
	}
	dayTmp, err := writeTemp(dir, daysFile, encodeRows(dayTable, days))
	if err != nil {
		return err
	}
	crampTmp, err := writeTemp(dir, crampsFile, encodeRows(crampTable, cramps))
	if err != nil {
		os.Remove(dayTmp)
		return err
	}
	// Both files are complete on disk before either replaces an older export,
	// which keeps the pair from mixing two exports when the second write fails.
	if err := os.Rename(dayTmp, filepath.Join(dir, daysFile)); err != nil {
		os.Remove(dayTmp)
		os.Remove(crampTmp)
		return fmt.Errorf("csvio: export: %w", err)
	}
	if err := os.Rename(crampTmp, filepath.Join(dir, crampsFile)); err != nil {
		os.Remove(crampTmp)
		return fmt.Errorf("csvio: export: %w", err)
	}
	return nil
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
