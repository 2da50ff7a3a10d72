package sqlstore

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

var _ experiment.Importer = (*DB)(nil)

// ImportWithExperiments is Import that also upserts exps by start date, in
// the same transaction.
func (s *DB) ImportWithExperiments(ctx context.Context, days []model.Day, cramps []model.Cramp, exps []experiment.Experiment) error {
	fill, err := importRows(days, cramps)
	if err != nil {
		return writeErr("import", err)
	}
	return s.ImportStreamWithExperiments(ctx, fill, exps)
}

// ImportStreamWithExperiments writes exps, then whatever fill hands to its
// writer, in one transaction; an error from either rolls everything back.
func (s *DB) ImportStreamWithExperiments(ctx context.Context, fill func(w model.ImportWriter) error, exps []experiment.Experiment) error {
	return s.importStream(ctx, func(tx *gorm.DB) error { return s.importExperiments(tx, exps) }, fill)
}

// importExperiments upserts exps by start date inside an import's
// transaction. A replaced experiment keeps its id and created_at, so
// importing the same files twice leaves the diary exactly as once.
func (s *DB) importExperiments(tx *gorm.DB, exps []experiment.Experiment) error {
	if len(exps) == 0 {
		return nil
	}
	stored, err := loadExperiments(tx, false)
	if err != nil {
		return fmt.Errorf("load experiments: %w", err)
	}
	byStart := make(map[model.Date]experiment.Experiment, len(stored))
	for _, e := range stored {
		byStart[e.Start] = e
	}
	if err := s.checkImported(exps, stored, byStart); err != nil {
		return err
	}
	for _, e := range exps {
		if err := upsertExperiment(tx, e, byStart); err != nil {
			return fmt.Errorf("experiment starting %s: %w", e.Start, err)
		}
	}
	return nil
}

// checkImported validates every imported experiment, then checks them for
// overlap with each other and with the stored experiments they do not replace.
func (s *DB) checkImported(exps, stored []experiment.Experiment, byStart map[model.Date]experiment.Experiment) error {
	today := model.DateOf(s.now())
	replaced := map[model.Date]bool{}
	for _, e := range exps {
		if replaced[e.Start] {
			return fmt.Errorf("%w: two experiments start on %s; keep one", model.ErrInvalid, e.Start)
		}
		replaced[e.Start] = true
		if err := e.Validate(); err != nil {
			return fmt.Errorf("experiment starting %s: %w", e.Start, err)
		}
		if err := checkAnswers(e, today); err != nil {
			return fmt.Errorf("experiment starting %s: %w", e.Start, err)
		}
	}
	var after []experiment.Experiment
	for _, e := range stored {
		if !replaced[e.Start] {
			after = append(after, e)
		}
	}
	for i, e := range exps {
		others := append(append([]experiment.Experiment{}, after...), exps[:i]...)
		e.ID = 0 // compare by nights and start only; ids from elsewhere mean nothing
		if err := experiment.CheckOverlap(e, others); err != nil {
			return fmt.Errorf("experiment starting %s: %w", e.Start, err)
		}
	}
	return nil
}

func upsertExperiment(tx *gorm.DB, e experiment.Experiment, byStart map[model.Date]experiment.Experiment) error {
	row := rowOf(e)
	old, exists := byStart[e.Start]
	if !exists {
		row.ID, row.CreatedAt = 0, tx.NowFunc()
		if err := tx.Create(&row).Error; err != nil {
			return err
		}
		return insertNights(tx, row.ID, e.Nights)
	}
	row.ID, row.CreatedAt = old.ID, old.CreatedAt
	if err := tx.Select("*").Save(&row).Error; err != nil {
		return err
	}
	if err := tx.Where("experiment_id = ?", row.ID).Delete(&nightRow{}).Error; err != nil {
		return fmt.Errorf("replace schedule: %w", err)
	}
	return insertNights(tx, row.ID, e.Nights)
}
