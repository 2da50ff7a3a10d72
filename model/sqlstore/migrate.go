package sqlstore

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// migrations take the schema from version i to i+1. Append only: a shipped
// migration never changes, so every older diary upgrades with its data kept.
var migrations = []string{
	// 1: days, cramps, settings.
	`CREATE TABLE days (
		date TEXT PRIMARY KEY NOT NULL,
		steps INTEGER, run_min INTEGER, run_hard INTEGER, strength INTEGER,
		standing_h REAL, new_shoes INTEGER, high_heels INTEGER, long_sitting INTEGER, late_workout INTEGER,
		sleep_start TEXT, sleep_end TEXT, sleep_quality INTEGER, stress INTEGER,
		alcohol_drinks INTEGER, late_meal INTEGER, heat INTEGER, fluids_glasses INTEGER,
		caffeine_cups INTEGER, salt_change INTEGER, supplements TEXT NOT NULL DEFAULT '',
		stretched INTEGER, tight_bedding INTEGER,
		medication_change TEXT NOT NULL DEFAULT '',
		night_checked INTEGER NOT NULL DEFAULT 0,
		notes TEXT NOT NULL DEFAULT '',
		updated_at DATETIME
	);
	CREATE TABLE cramps (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		night TEXT NOT NULL REFERENCES days(date) ON DELETE CASCADE,
		time TEXT, muscle TEXT NOT NULL, side TEXT NOT NULL,
		duration_s INTEGER, intensity INTEGER, soreness INTEGER,
		relief TEXT NOT NULL DEFAULT '', sleep_lost_min INTEGER,
		notes TEXT NOT NULL DEFAULT '',
		created_at DATETIME
	);
	CREATE INDEX cramps_by_night ON cramps(night, time, id);
	CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);`,
	// 2: symptoms worth a clinician's attention, per day. NULL in older rows
	// means "not recorded", which is the truth for days logged before this.
	`ALTER TABLE days ADD COLUMN flag_weakness INTEGER;
	ALTER TABLE days ADD COLUMN flag_numbness INTEGER;
	ALTER TABLE days ADD COLUMN flag_swelling INTEGER;
	ALTER TABLE days ADD COLUMN flag_colour INTEGER;`,
	// 3: self-experiments. The plan is kept in columns so the file stays
	// readable with any SQLite tool; the schedule is stored night by night,
	// not recomputed from the seed, so past experiments never change.
	`CREATE TABLE experiments (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		template TEXT NOT NULL, title TEXT NOT NULL,
		usual TEXT NOT NULL DEFAULT '', change TEXT NOT NULL DEFAULT '',
		outcome TEXT NOT NULL, design TEXT NOT NULL,
		nights INTEGER NOT NULL DEFAULT 0, pairs INTEGER NOT NULL DEFAULT 0,
		phase_days INTEGER NOT NULL DEFAULT 0, washout_days INTEGER NOT NULL DEFAULT 0,
		baseline_days INTEGER NOT NULL DEFAULT 0, phase_order TEXT NOT NULL DEFAULT '',
		seed INTEGER NOT NULL,
		start TEXT NOT NULL UNIQUE,
		status TEXT NOT NULL,
		stopped_on TEXT,
		created_at DATETIME
	);
	CREATE TABLE experiment_nights (
		experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
		date TEXT NOT NULL,
		condition TEXT NOT NULL,
		phase INTEGER NOT NULL DEFAULT 0,
		washout INTEGER NOT NULL DEFAULT 0,
		kept INTEGER,
		PRIMARY KEY (experiment_id, date)
	);`,
	// 4: unsaved typing, one row per form, so that quitting or a crash never
	// loses it. A separate table: no day, count or export ever reads a draft.
	`CREATE TABLE drafts (
		key TEXT PRIMARY KEY NOT NULL,
		date TEXT NOT NULL,
		fields TEXT NOT NULL,
		saved_at DATETIME
	);`,
	// 5: the file names itself crampdiary's in SQLite's own header (AppID,
	// "CRMP"), and keeps the record that ties a -wal to its main file
	// (walbase.go). Diaries from before carry application id 0 and are
	// recognised by their tables until this step gives them the id.
	`PRAGMA application_id = 1129467216;
	CREATE TABLE wal_base (
		id INTEGER PRIMARY KEY CHECK (id = 1),
		salt1 INTEGER, salt2 INTEGER,
		page_size INTEGER NOT NULL,
		crcs BLOB NOT NULL
	);`,
	// 6: where each tracker value came from ('' = typed by the person), so
	// an import never overwrites what was typed and the form can say
	// "from Apple Health".
	`ALTER TABLE days ADD COLUMN steps_source TEXT NOT NULL DEFAULT '';
	ALTER TABLE days ADD COLUMN run_min_source TEXT NOT NULL DEFAULT '';
	ALTER TABLE days ADD COLUMN sleep_source TEXT NOT NULL DEFAULT '';`,
}

// SchemaVersion is the schema this build writes.
func SchemaVersion() int { return len(migrations) }

// migrate brings the file up to SchemaVersion, one transaction per step.
func (s *DB) migrate(ctx context.Context) error {
	version, err := s.schemaVersion(ctx)
	if err != nil {
		return err
	}
	if err := checkVersion(s.path, version); err != nil {
		return err
	}
	return s.apply(ctx, version, migrations)
}

// apply takes the file from schema version to len(steps), one transaction per
// step; tests pass steps of their own to see a migration keep the data.
func (s *DB) apply(ctx context.Context, version int, steps []string) error {
	for v := version; v < len(steps); v++ {
		err := s.gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			if err := tx.Exec(steps[v]).Error; err != nil {
				return err
			}
			return tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", v+1)).Error
		})
		if err != nil {
			return fmt.Errorf("sqlstore: migrate %s to schema %d: %w", s.path, v+1, err)
		}
	}
	return nil
}

// checkVersion refuses a diary written by a newer crampdiary rather than guess at it.
func checkVersion(path string, version int) error {
	if version > len(migrations) {
		return fmt.Errorf("sqlstore: %s has schema version %d, newer than this crampdiary (%d): update crampdiary to open it",
			path, version, len(migrations))
	}
	return nil
}

func (s *DB) schemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.gorm.WithContext(ctx).Raw("PRAGMA user_version").Scan(&v).Error; err != nil {
		return 0, fmt.Errorf("sqlstore: read schema version of %s: %w", s.path, err)
	}
	return v, nil
}
