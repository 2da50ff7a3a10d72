package sqlstore

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/crampdiary/crampdiary/model"
)

// Day returns the day on d, or an error wrapping model.ErrNotFound.
func (s *DB) Day(ctx context.Context, d model.Date) (model.Day, error) {
	var row dayRow
	err := s.gorm.WithContext(ctx).Where("date = ?", d).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return model.Day{}, fmt.Errorf("sqlstore: day %s: %w", d, model.ErrNotFound)
	}
	if err != nil {
		return model.Day{}, readErr(fmt.Sprintf("load day %s", d), err)
	}
	return row.day(), nil
}

// Days returns the stored days from..to inclusive, oldest first.
func (s *DB) Days(ctx context.Context, from, to model.Date) ([]model.Day, error) {
	var rows []dayRow
	err := s.gorm.WithContext(ctx).Where("date BETWEEN ? AND ?", from, to).Order("date").Find(&rows).Error
	if err != nil {
		return nil, readErr(fmt.Sprintf("load days %s..%s", from, to), err)
	}
	return daysOf(rows), nil
}

// SaveDay validates day and inserts it or replaces the stored one.
func (s *DB) SaveDay(ctx context.Context, day *model.Day) error {
	return s.SaveDays(ctx, day)
}

// SaveDays validates every day, then saves them all in one transaction.
func (s *DB) SaveDays(ctx context.Context, days ...*model.Day) error {
	rows := make([]dayRow, len(days))
	dates := make([]model.Date, len(days))
	for i, d := range days {
		if err := d.Validate(model.DateOf(s.now())); err != nil {
			return fmt.Errorf("sqlstore: save day %s: %w", d.Date, err)
		}
		rows[i], dates[i] = dayRowOf(*d), d.Date
	}
	err := s.gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := upsertDays(tx, rows); err != nil {
			return err
		}
		// A night with cramps was checked, whatever the form said.
		return markNightsWithCramps(tx, dates)
	})
	if err != nil {
		return writeErr(fmt.Sprintf("save days %v", dates), err)
	}
	return nil
}

// DeleteDay removes the day; its night's cramps go with it (ON DELETE CASCADE).
func (s *DB) DeleteDay(ctx context.Context, d model.Date) error {
	res := s.gorm.WithContext(ctx).Where("date = ?", d).Delete(&dayRow{})
	if res.Error != nil {
		return writeErr(fmt.Sprintf("delete day %s", d), res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("sqlstore: delete day %s: %w", d, model.ErrNotFound)
	}
	return nil
}

// Counts returns how many days and cramps the diary holds.
func (s *DB) Counts(ctx context.Context) (days, cramps int, err error) {
	var nd, nc int64
	db := s.gorm.WithContext(ctx)
	if err := db.Model(&dayRow{}).Count(&nd).Error; err != nil {
		return 0, 0, readErr("count days", err)
	}
	if err := db.Model(&crampRow{}).Count(&nc).Error; err != nil {
		return 0, 0, readErr("count cramps", err)
	}
	return int(nd), int(nc), nil
}

// upsertDays inserts days or replaces every column of the stored ones.
func upsertDays(tx *gorm.DB, days []dayRow) error {
	if len(days) == 0 {
		return nil
	}
	return tx.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "date"}},
		UpdateAll: true,
	}).CreateInBatches(days, 200).Error
}

// markNightsWithCramps sets night_checked on those of nights that hold cramps.
func markNightsWithCramps(tx *gorm.DB, nights []model.Date) error {
	return tx.Exec(`UPDATE days SET night_checked = 1
		WHERE date IN ? AND EXISTS (SELECT 1 FROM cramps WHERE cramps.night = days.date)`, nights).Error
}

// Span returns the first and last dated days without reading the rows.
func (s *DB) Span(ctx context.Context) (first, last model.Date, err error) {
	var span struct{ First, Last *string }
	if err := s.gorm.WithContext(ctx).Raw("SELECT MIN(date) AS first, MAX(date) AS last FROM days").Scan(&span).Error; err != nil {
		return "", "", readErr("diary span", err)
	}
	if span.First == nil || span.Last == nil {
		return "", "", fmt.Errorf("sqlstore: diary span: %w", model.ErrNotFound)
	}
	return model.Date(*span.First), model.Date(*span.Last), nil
}
