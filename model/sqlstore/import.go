package sqlstore

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/crampdiary/crampdiary/model"
)

// Import upserts days by date and replaces the cramps of every night named in
// days or cramps, in one transaction: one bad row leaves the diary unchanged,
// and importing the same rows twice changes nothing.
func (s *DB) Import(ctx context.Context, days []model.Day, cramps []model.Cramp) error {
	return s.ImportWithExperiments(ctx, days, cramps, nil)
}

// ImportStream writes whatever fill hands to its writer in one transaction;
// an error from fill or from any batch rolls everything back.
func (s *DB) ImportStream(ctx context.Context, fill func(w model.ImportWriter) error) error {
	return s.ImportStreamWithExperiments(ctx, fill, nil)
}

// importRows hands days, then cramps, to an import's writer, after checking
// that no day is given twice.
func importRows(days []model.Day, cramps []model.Cramp) (func(w model.ImportWriter) error, error) {
	seen := make(map[model.Date]bool, len(days))
	for _, d := range days {
		if seen[d.Date] {
			return nil, fmt.Errorf("%w: day %s appears twice", model.ErrInvalid, d.Date)
		}
		seen[d.Date] = true
	}
	return func(w model.ImportWriter) error {
		if err := w.Days(days); err != nil {
			return err
		}
		return w.Cramps(cramps)
	}, nil
}

// importStream runs write, then fill with a writer for the days and cramps,
// in one transaction.
func (s *DB) importStream(ctx context.Context, write func(tx *gorm.DB) error, fill func(w model.ImportWriter) error) error {
	err := s.gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := write(tx); err != nil {
			return err
		}
		w, err := s.newImportWriter(tx)
		if err != nil {
			return err
		}
		defer w.bulk.close()
		return fill(w)
	})
	if err != nil {
		return writeErr("import", err)
	}
	return nil
}

var _ model.ImportWriter = (*importWriter)(nil)

// importWriter writes the rows of one import inside its transaction.
type importWriter struct {
	now     time.Time
	cutover model.Clock
	// before is the highest cramp id stored when the import began: a night's
	// cramps are replaced by deleting those up to it, which spares the ones
	// this import has already added for the same night.
	before uint
	bulk   *bulk
	days   bulkTable
	cramps bulkTable
	// dayRows and crampRows are reused from batch to batch, so a streamed
	// import holds one batch of rows, not one per batch.
	dayRows   []dayRow
	crampRows []crampRow
}

func (s *DB) newImportWriter(tx *gorm.DB) (*importWriter, error) {
	cutover, err := cutoverOf(tx)
	if err != nil {
		return nil, err
	}
	w := &importWriter{now: s.now(), cutover: cutover, bulk: newBulk(tx, tx.NowFunc())}
	if w.days, err = bulkTableOf(&dayRow{}, true); err != nil {
		return nil, err
	}
	if w.cramps, err = bulkTableOf(&crampRow{}, false); err != nil {
		return nil, err
	}
	if err := tx.Raw("SELECT COALESCE(MAX(id), 0) FROM cramps").Scan(&w.before).Error; err != nil {
		return nil, fmt.Errorf("read cramp ids: %w", err)
	}
	return w, nil
}

// Days validates days and upserts them by date, and removes the cramps stored
// before the import for their nights.
func (w *importWriter) Days(days []model.Day) error {
	if len(days) == 0 {
		return nil
	}
	today := model.DateOf(w.now)
	nights := make([]model.Date, len(days))
	for i, d := range days {
		if err := d.Validate(today); err != nil {
			return fmt.Errorf("day %s: %w", d.Date, err)
		}
		nights[i] = d.Date
	}
	if err := w.bulk.insert(w.days, reflect.ValueOf(w.dayRowsOf(days))); err != nil {
		return fmt.Errorf("save days: %w", err)
	}
	return w.clearCramps(nights)
}

// Cramps validates cramps and adds them, after removing the cramps stored
// before the import for their nights; each night gets a checked day.
func (w *importWriter) Cramps(cramps []model.Cramp) error {
	if len(cramps) == 0 {
		return nil
	}
	set := map[model.Date]bool{}
	for _, c := range cramps {
		if err := c.Validate(w.now, w.cutover); err != nil {
			return fmt.Errorf("cramp in night %s: %w", c.Night, err)
		}
		set[c.Night] = true
	}
	nights := sortedDates(set)
	if err := w.clearCramps(nights); err != nil {
		return err
	}
	if err := w.bulk.ensureNights(nights); err != nil {
		return err
	}
	if err := w.bulk.insert(w.cramps, reflect.ValueOf(w.crampRowsOf(cramps))); err != nil {
		return fmt.Errorf("save cramps: %w", err)
	}
	return nil
}

func (w *importWriter) dayRowsOf(days []model.Day) []dayRow {
	w.dayRows = w.dayRows[:0]
	for _, d := range days {
		w.dayRows = append(w.dayRows, dayRowOf(d))
	}
	return w.dayRows
}

func (w *importWriter) crampRowsOf(cramps []model.Cramp) []crampRow {
	w.crampRows = w.crampRows[:0]
	for _, c := range cramps {
		w.crampRows = append(w.crampRows, crampRowOf(c))
	}
	return w.crampRows
}

// clearCramps removes the cramps of nights that were stored before the import.
func (w *importWriter) clearCramps(nights []model.Date) error {
	per := valuesPerStatement
	for i := 0; i < len(nights); i += per {
		part := nights[i:min(i+per, len(nights))]
		args := make([]any, 0, len(part)+1)
		for _, n := range part {
			args = append(args, n)
		}
		q := "DELETE FROM cramps WHERE id <= ? AND night IN (" + strings.TrimSuffix(strings.Repeat("?,", len(part)), ",") + ")"
		if err := w.bulk.exec(q, append([]any{w.before}, args...)...); err != nil {
			return fmt.Errorf("replace cramps: %w", err)
		}
	}
	return nil
}

// ensureNights creates an empty, checked day for each night that has none yet,
// and marks existing ones checked: logging a cramp means the night was seen.
func ensureNights(tx *gorm.DB, nights []model.Date) error {
	b := newBulk(tx, tx.NowFunc())
	defer b.close()
	return b.ensureNights(nights)
}

func (b *bulk) ensureNights(nights []model.Date) error {
	per := valuesPerStatement / 2
	for i := 0; i < len(nights); i += per {
		part := nights[i:min(i+per, len(nights))]
		b.args = b.args[:0]
		for _, n := range part {
			b.args = append(b.args, n, b.now)
		}
		q := "INSERT INTO days(date, night_checked, updated_at) VALUES " +
			strings.TrimSuffix(strings.Repeat("(?,1,?),", len(part)), ",") +
			" ON CONFLICT(date) DO UPDATE SET night_checked = 1"
		if err := b.exec(q, b.args...); err != nil {
			return fmt.Errorf("mark nights from %s checked: %w", part[0], err)
		}
	}
	return nil
}

func sortedDates(set map[model.Date]bool) []model.Date {
	out := make([]model.Date, 0, len(set))
	for d := range set {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
