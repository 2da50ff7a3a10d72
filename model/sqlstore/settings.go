package sqlstore

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/crampdiary/crampdiary/model"
)

type setting struct {
	Key   string `gorm:"column:key;primaryKey"`
	Value string `gorm:"column:value"`
}

func (setting) TableName() string { return "settings" }

// Setting returns a stored setting, or fallback when it was never set.
func (s *DB) Setting(ctx context.Context, key, fallback string) (string, error) {
	v, err := settingOf(s.gorm.WithContext(ctx), key, fallback)
	if err != nil {
		return "", readErr("read setting "+key, err)
	}
	return v, nil
}

// SetSetting stores a setting; the night cut-over is checked before it is kept.
func (s *DB) SetSetting(ctx context.Context, key, value string) error {
	if key == model.SettingCutover {
		c, err := model.ParseClock(value)
		if err != nil {
			return fmt.Errorf("sqlstore: set night cut-over: %w", err)
		}
		if err := model.ValidateCutover(c); err != nil {
			return fmt.Errorf("sqlstore: set night cut-over: %w", err)
		}
	}
	err := s.gorm.WithContext(ctx).Clauses(clause.OnConflict{UpdateAll: true}).
		Create(&setting{Key: key, Value: value}).Error
	if err != nil {
		return writeErr("set setting "+key, err)
	}
	return nil
}

// Cutover returns the night cut-over.
func (s *DB) Cutover(ctx context.Context) (model.Clock, error) {
	c, err := cutoverOf(s.gorm.WithContext(ctx))
	if err != nil {
		return 0, readErr("night cut-over", err)
	}
	return c, nil
}

func settingOf(db *gorm.DB, key, fallback string) (string, error) {
	var st setting
	err := db.Where("key = ?", key).Take(&st).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return fallback, nil
	}
	return st.Value, err
}

func cutoverOf(db *gorm.DB) (model.Clock, error) {
	v, err := settingOf(db, model.SettingCutover, model.DefaultCutover.String())
	if err != nil {
		return 0, fmt.Errorf("read night cut-over: %w", err)
	}
	c, err := model.ParseClock(v)
	if err != nil {
		return 0, fmt.Errorf("stored night cut-over: %w", err)
	}
	return c, nil
}
