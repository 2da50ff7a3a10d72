package sqlstore

import (
	"context"
	"fmt"
	"sort"

	"gorm.io/gorm"

	"github.com/crampdiary/crampdiary/model"
)

// Import upserts days by date and replaces the cramps of every night named in
// days or cramps, and upserts experiments by start date, in one transaction:
// one bad row leaves the diary unchanged, and importing the same rows twice
// changes nothing.
func (s *DB) Import(ctx context.Context, days []model.Day, cramps []model.Cramp, experiments ...model.Experiment) error {
	err := s.gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.importExperiments(tx, experiments); err != nil {
			return err
		}
		if err := s.validateImport(tx, days, cramps); err != nil {
			return err
		}
		if err := upsertDays(tx, days); err != nil {
			return fmt.Errorf("save days: %w", err)
		}
		nights := namedNights(days, cramps)
		if err := deleteCrampsOf(tx, nights); err != nil {
			return err
		}
		if err := ensureNights(tx, crampNights(cramps)); err != nil {
			return err
		}
		rows := make([]model.Cramp, len(cramps))
		for i, c := range cramps {
			c.ID = 0
			rows[i] = c
		}
		if len(rows) > 0 {
			if err := tx.CreateInBatches(rows, 200).Error; err != nil {
				return fmt.Errorf("save cramps: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return writeErr("import", err)
	}
	return nil
}

func (s *DB) validateImport(tx *gorm.DB, days []model.Day, cramps []model.Cramp) error {
	now := s.now()
	cutover, err := cutoverOf(tx)
	if err != nil {
		return err
	}
	seen := make(map[model.Date]bool, len(days))
	for _, d := range days {
		if err := d.Validate(model.DateOf(now)); err != nil {
			return fmt.Errorf("day %s: %w", d.Date, err)
		}
		if seen[d.Date] {
			return fmt.Errorf("%w: day %s appears twice", model.ErrInvalid, d.Date)
		}
		seen[d.Date] = true
	}
	for _, c := range cramps {
		if err := c.Validate(now, cutover); err != nil {
			return fmt.Errorf("cramp in night %s: %w", c.Night, err)
		}
	}
	return nil
}

func deleteCrampsOf(tx *gorm.DB, nights []model.Date) error {
	const chunk = 500 // stay well under SQLite's bound-parameter limit
	for i := 0; i < len(nights); i += chunk {
		part := nights[i:min(i+chunk, len(nights))]
		if err := tx.Where("night IN ?", part).Delete(&model.Cramp{}).Error; err != nil {
			return fmt.Errorf("replace cramps: %w", err)
		}
	}
	return nil
}

// namedNights is every night the import speaks for, sorted.
func namedNights(days []model.Day, cramps []model.Cramp) []model.Date {
	set := map[model.Date]bool{}
	for _, d := range days {
		set[d.Date] = true
	}
	for _, c := range cramps {
		set[c.Night] = true
	}
	return sortedDates(set)
}

func crampNights(cramps []model.Cramp) []model.Date {
	set := map[model.Date]bool{}
	for _, c := range cramps {
		set[c.Night] = true
	}
	return sortedDates(set)
}

func sortedDates(set map[model.Date]bool) []model.Date {
	out := make([]model.Date, 0, len(set))
	for d := range set {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
