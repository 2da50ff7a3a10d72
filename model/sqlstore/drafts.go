package sqlstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/crampdiary/crampdiary/model"
)

// draftRow is a draft as stored: its fields as one JSON object, so a form can
// add a field without a migration.
type draftRow struct {
	Key     string    `gorm:"column:key;primaryKey"`
	Date    string    `gorm:"column:date"`
	Fields  string    `gorm:"column:fields"`
	SavedAt time.Time `gorm:"column:saved_at"`
}

func (draftRow) TableName() string { return "drafts" }

func (r draftRow) draft() (model.Draft, error) {
	d := model.Draft{Key: r.Key, Date: model.Date(r.Date), SavedAt: r.SavedAt}
	if err := json.Unmarshal([]byte(r.Fields), &d.Fields); err != nil {
		return model.Draft{}, fmt.Errorf("draft %s: %w", r.Key, err)
	}
	return d, nil
}

// Draft returns the draft under key, or an error wrapping model.ErrNotFound.
func (s *DB) Draft(ctx context.Context, key string) (model.Draft, error) {
	var r draftRow
	err := s.gorm.WithContext(ctx).Where("key = ?", key).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return model.Draft{}, fmt.Errorf("sqlstore: draft %s: %w", key, model.ErrNotFound)
	}
	if err != nil {
		return model.Draft{}, readErr("draft "+key, err)
	}
	d, err := r.draft()
	if err != nil {
		return model.Draft{}, readErr("draft "+key, err)
	}
	return d, nil
}

// Drafts returns every draft, oldest first; an unreadable one is skipped, as a
// lost draft must never stop the diary from opening.
func (s *DB) Drafts(ctx context.Context) ([]model.Draft, error) {
	var rows []draftRow
	if err := s.gorm.WithContext(ctx).Order("saved_at, key").Find(&rows).Error; err != nil {
		return nil, readErr("drafts", err)
	}
	out := make([]model.Draft, 0, len(rows))
	for _, r := range rows {
		if d, err := r.draft(); err == nil {
			out = append(out, d)
		}
	}
	return out, nil
}

// SaveDraft keeps d under d.Key, replacing the draft there.
func (s *DB) SaveDraft(ctx context.Context, d *model.Draft) error {
	if d.Key == "" || !d.Date.Valid() {
		return fmt.Errorf("sqlstore: save draft %q for %q: %w: a draft needs a key and a date", d.Key, d.Date, model.ErrInvalid)
	}
	fields, err := json.Marshal(d.Fields)
	if err != nil {
		return fmt.Errorf("sqlstore: save draft %s: %w", d.Key, err)
	}
	at := s.now().Round(0)
	r := draftRow{Key: d.Key, Date: string(d.Date), Fields: string(fields), SavedAt: at}
	if err := s.gorm.WithContext(ctx).Clauses(clause.OnConflict{UpdateAll: true}).Create(&r).Error; err != nil {
		return writeErr("draft "+d.Key, err)
	}
	d.SavedAt = at
	return nil
}

// DeleteDraft forgets the draft under key.
func (s *DB) DeleteDraft(ctx context.Context, key string) error {
	if err := s.gorm.WithContext(ctx).Where("key = ?", key).Delete(&draftRow{}).Error; err != nil {
		return writeErr("delete draft "+key, err)
	}
	return nil
}
