package sqlstore

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/crampdiary/crampdiary/model"
)

// Cramps returns the cramps of nights from..to inclusive, in the order they
// happened: by night, then by time within the night across midnight.
func (s *DB) Cramps(ctx context.Context, from, to model.Date) ([]model.Cramp, error) {
	var rows []crampRow
	db := s.gorm.WithContext(ctx)
	cutover, err := cutoverOf(db)
	if err != nil {
		return nil, readErr("load cramps", err)
	}
	// In night order: evening times before the small hours, untimed first.
	err = db.Where("night BETWEEN ? AND ?", from, to).
		Clauses(clause.OrderBy{Expression: clause.Expr{
			SQL:                "night, CASE WHEN time IS NULL THEN 0 WHEN time < ? THEN 2 ELSE 1 END, time, id",
			Vars:               []any{cutover.String()},
			WithoutParentheses: true,
		}}).
		Find(&rows).Error
	if err != nil {
		return nil, readErr(fmt.Sprintf("load cramps %s..%s", from, to), err)
	}
	return crampsOf(rows), nil
}

// SaveCramp validates c, then inserts it (ID 0) or updates it, creating and
// checking its night in the same transaction.
func (s *DB) SaveCramp(ctx context.Context, c *model.Cramp) error {
	return s.SaveCrampWithSigns(ctx, c, nil)
}

// SaveCrampWithSigns is SaveCramp that also records, in the same transaction,
// the warning signs noted with the cramp on its night (nil leaves them as they are).
func (s *DB) SaveCrampWithSigns(ctx context.Context, c *model.Cramp, signs *model.NightSigns) error {
	err := s.gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.saveCramp(tx, c); err != nil {
			return err
		}
		if signs == nil {
			return nil
		}
		return tx.Model(&dayRow{}).Where("date = ?", c.Night).Updates(map[string]any{
			"flag_weakness": signs.Weakness, "flag_numbness": signs.Numbness,
			"flag_swelling": signs.SwellingOneSide, "flag_colour": signs.LegColourChange,
		}).Error
	})
	if err != nil {
		return writeErr(fmt.Sprintf("save cramp in night %s", c.Night), err)
	}
	return nil
}

// saveCramp validates and writes c inside tx, creating and checking its night.
func (s *DB) saveCramp(tx *gorm.DB, c *model.Cramp) error {
	cutover, err := cutoverOf(tx)
	if err != nil {
		return err
	}
	if err := c.Validate(s.now(), cutover); err != nil {
		return err
	}
	if err := ensureNights(tx, []model.Date{c.Night}); err != nil {
		return err
	}
	row := crampRowOf(*c)
	if c.ID == 0 {
		if err := tx.Create(&row).Error; err != nil {
			return err
		}
		c.ID, c.CreatedAt = row.ID, row.CreatedAt // as GORM filled them in
		return nil
	}
	res := tx.Model(&row).Select("*").Omit("created_at").Updates(&row)
	if res.Error == nil && res.RowsAffected == 0 {
		return fmt.Errorf("cramp %d: %w", c.ID, model.ErrNotFound)
	}
	return res.Error
}

// DeleteCramp removes one cramp.
func (s *DB) DeleteCramp(ctx context.Context, id uint) error {
	res := s.gorm.WithContext(ctx).Delete(&crampRow{}, id)
	if res.Error != nil {
		return writeErr(fmt.Sprintf("delete cramp %d", id), res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("sqlstore: delete cramp %d: %w", id, model.ErrNotFound)
	}
	return nil
}

// LastCramp returns the most recently logged cramp.
func (s *DB) LastCramp(ctx context.Context) (model.Cramp, error) {
	var row crampRow
	err := s.gorm.WithContext(ctx).Order("created_at DESC, id DESC").Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return model.Cramp{}, fmt.Errorf("sqlstore: last cramp: %w", model.ErrNotFound)
	}
	if err != nil {
		return model.Cramp{}, readErr("last cramp", err)
	}
	return row.cramp(), nil
}
