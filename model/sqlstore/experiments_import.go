package sqlstore

import (
	"fmt"

	"gorm.io/gorm"

	"github.com/crampdiary/crampdiary/model"
)

// importExperiments upserts exps by start date inside an import's
// transaction. A replaced experiment keeps its id and created_at, so
// importing the same files twice leaves the diary exactly as once.
func (s *DB) importExperiments(tx *gorm.DB, exps []model.Experiment) error {
	if len(exps) == 0 {
		return nil
	}
	stored, err := loadExperiments(tx, false)
	if err != nil {
		return fmt.Errorf("load experiments: %w", err)
	}
	byStart := make(map[model.Date]model.Experiment, len(stored))
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
func (s *DB) checkImported(exps, stored []model.Experiment, byStart map[model.Date]model.Experiment) error {
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
	var after []model.Experiment
	for _, e := range stored {
		if !replaced[e.Start] {
			after = append(after, e)
		}
	}
	for i, e := range exps {
		others := append(append([]model.Experiment{}, after...), exps[:i]...)
		e.ID = 0 // compare by nights and start only; ids from elsewhere mean nothing
		if err := model.CheckOverlap(e, others); err != nil {
			return fmt.Errorf("experiment starting %s: %w", e.Start, err)
		}
	}
	return nil
}

func upsertExperiment(tx *gorm.DB, e model.Experiment, byStart map[model.Date]model.Experiment) error {
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
