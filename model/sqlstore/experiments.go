package sqlstore

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

var _ experiment.Store = (*DB)(nil)

// Experiments returns every experiment with its schedule, earliest start first.
func (s *DB) Experiments(ctx context.Context) ([]experiment.Experiment, error) {
	exps, err := loadExperiments(s.gorm.WithContext(ctx), true)
	if err != nil {
		return nil, readErr("load experiments", err)
	}
	return exps, nil
}

// Experiment returns one experiment with its schedule.
func (s *DB) Experiment(ctx context.Context, id uint) (experiment.Experiment, error) {
	e, err := loadExperiment(s.gorm.WithContext(ctx), id)
	if err != nil {
		return experiment.Experiment{}, readErr(fmt.Sprintf("load experiment %d", id), err)
	}
	return e, nil
}

// CreateExperiment validates e and stores it with its schedule in one transaction.
func (s *DB) CreateExperiment(ctx context.Context, e *experiment.Experiment) error {
	if err := s.checkNew(*e); err != nil {
		return writeErr(fmt.Sprintf("create experiment %q", e.Title), err)
	}
	err := s.gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		others, err := loadExperiments(tx, false)
		if err != nil {
			return err
		}
		if err := experiment.CheckOverlap(*e, others); err != nil {
			return err
		}
		row := rowOf(*e)
		row.ID, row.CreatedAt = 0, tx.NowFunc()
		if err := tx.Create(&row).Error; err != nil {
			return err
		}
		if err := insertNights(tx, row.ID, e.Nights); err != nil {
			return err
		}
		e.ID, e.CreatedAt = row.ID, row.CreatedAt
		return nil
	})
	if err != nil {
		return writeErr(fmt.Sprintf("create experiment %q", e.Title), err)
	}
	return nil
}

// checkNew applies the rules of a new experiment that need the clock.
func (s *DB) checkNew(e experiment.Experiment) error {
	if err := e.Validate(); err != nil {
		return err
	}
	if e.Status != experiment.StatusActive {
		return fmt.Errorf("%w: a new experiment must be active, not %s", model.ErrInvalid, e.Status)
	}
	today := model.DateOf(s.now())
	if e.Start.Before(today.AddDays(-1)) {
		return fmt.Errorf("%w: the start %s is more than a day in the past; a plan must be fixed before its nights, so start on %s or later",
			model.ErrInvalid, e.Start, today.AddDays(-1))
	}
	if today.AddDays(experiment.MaxStartAhead).Before(e.Start) {
		return fmt.Errorf("%w: the start %s is more than a year ahead; check the year", model.ErrInvalid, e.Start)
	}
	return checkAnswers(e, today)
}

// checkAnswers refuses an answer for a night that has not come yet.
func checkAnswers(e experiment.Experiment, today model.Date) error {
	for _, n := range e.Nights {
		if n.Kept != nil && today.Before(n.Date) {
			return fmt.Errorf("%w: night %s has not come yet, so whether the plan was kept cannot be answered", model.ErrInvalid, n.Date)
		}
	}
	return nil
}

// SetAdherence records whether the plan was kept on night d.
func (s *DB) SetAdherence(ctx context.Context, id uint, d model.Date, kept *bool) error {
	err := s.gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		e, err := loadExperiment(tx, id)
		if err != nil {
			return err
		}
		if d.Before(e.Start) || e.LastNight().Before(d) {
			return fmt.Errorf("%w: night %s is not part of the experiment %q, which runs %s to %s",
				model.ErrInvalid, d, e.Title, e.Start, e.LastNight())
		}
		if today := model.DateOf(s.now()); today.Before(d) {
			return fmt.Errorf("%w: night %s has not come yet; answer on that evening or after", model.ErrInvalid, d)
		}
		return tx.Model(&nightRow{}).Where("experiment_id = ? AND date = ?", id, string(d)).
			Update("kept", kept).Error
	})
	if err != nil {
		return writeErr(fmt.Sprintf("record adherence for night %s", d), err)
	}
	return nil
}

// StopExperiment ends experiment id early after night last.
func (s *DB) StopExperiment(ctx context.Context, id uint, last model.Date) error {
	err := s.gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		e, err := loadExperiment(tx, id)
		if err != nil {
			return err
		}
		if today := model.DateOf(s.now()); today.Before(last) {
			return fmt.Errorf("%w: the last night %s is still to come; stop with tonight or an earlier night", model.ErrInvalid, last)
		}
		stopped, err := e.Stop(last)
		if err != nil {
			return err
		}
		return tx.Model(&experimentRow{}).Where("id = ?", id).
			Updates(map[string]any{"status": string(stopped.Status), "stopped_on": string(stopped.StoppedOn)}).Error
	})
	if err != nil {
		return writeErr(fmt.Sprintf("stop experiment %d", id), err)
	}
	return nil
}

// DeleteExperiment removes an experiment; its nights go with it (ON DELETE CASCADE).
func (s *DB) DeleteExperiment(ctx context.Context, id uint) error {
	res := s.gorm.WithContext(ctx).Delete(&experimentRow{}, id)
	if res.Error != nil {
		return writeErr(fmt.Sprintf("delete experiment %d", id), res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("sqlstore: delete experiment %d: %w", id, model.ErrNotFound)
	}
	return nil
}

func loadExperiment(db *gorm.DB, id uint) (experiment.Experiment, error) {
	var row experimentRow
	err := db.Where("id = ?", id).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return experiment.Experiment{}, fmt.Errorf("experiment %d: %w", id, model.ErrNotFound)
	}
	if err != nil {
		return experiment.Experiment{}, err
	}
	var nights []nightRow
	if err := db.Where("experiment_id = ?", id).Order("date").Find(&nights).Error; err != nil {
		return experiment.Experiment{}, err
	}
	e := row.experiment()
	for _, n := range nights {
		e.Nights = append(e.Nights, n.night())
	}
	return e, nil
}

// loadExperiments reads every experiment by start; withNights false skips
// the schedules, which an overlap check does not need.
func loadExperiments(db *gorm.DB, withNights bool) ([]experiment.Experiment, error) {
	var rows []experimentRow
	if err := db.Order("start").Find(&rows).Error; err != nil {
		return nil, err
	}
	exps := make([]experiment.Experiment, len(rows))
	index := make(map[uint]int, len(rows))
	for i, r := range rows {
		exps[i], index[r.ID] = r.experiment(), i
	}
	if !withNights || len(rows) == 0 {
		return exps, nil
	}
	var nights []nightRow
	if err := db.Order("experiment_id, date").Find(&nights).Error; err != nil {
		return nil, err
	}
	for _, n := range nights {
		if i, ok := index[n.ExperimentID]; ok {
			exps[i].Nights = append(exps[i].Nights, n.night())
		}
	}
	return exps, nil
}

func insertNights(tx *gorm.DB, id uint, nights []experiment.Night) error {
	if len(nights) == 0 {
		return nil
	}
	if err := tx.CreateInBatches(nightRowsOf(id, nights), 200).Error; err != nil {
		return fmt.Errorf("save schedule: %w", err)
	}
	return nil
}
