package sqlstore

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"os"

	"gorm.io/gorm"
)

// walBaseTable ties a -wal to the main file it was written on; see
// docs/file-safety.md. SQLite's WAL header names nothing about the main file,
// so a -wal left by a crash would be applied to any main file put beside it,
// such as an older copy restored from a backup, and damage it.
//
// On every open crampdiary folds the log into the main file and empties it
// (checkpoint TRUNCATE), then commits into the new log one row holding the
// log's salts (which SQLite draws afresh for every new log) and a CRC of every
// page of the main file as it now is. A later check reads that row through
// the log: if the salts are this log's, the main file must still match the
// CRCs on every page the log does not hold, else the log belongs to another
// main file and is set aside.
const walBaseTable = "wal_base"

// walBase is the row of walBaseTable.
type walBase struct {
	salt1, salt2 uint32
	pageSize     int
	crcs         []byte
}

// names reports whether the record was written into the log w.
func (b *walBase) names(w walInfo) bool { return b.salt1 == w.salt1 && b.salt2 == w.salt2 }

// walCheckpointPages is how long the log may grow before SQLite folds it back
// by itself (16 MB at 4 KB pages, about a thousand saves). Until then the log
// carries the record written at open; after such a fold it has none, and the
// check falls back to whether SQLite reads the diary as sound.
const walCheckpointPages = 4096

// markWALBase starts a new log with its record. It is best effort: when
// another connection keeps the log from being emptied, the log already there
// keeps the record it has, and a failure here only weakens a later check.
func (s *DB) markWALBase(ctx context.Context) {
	db := s.gorm.WithContext(ctx)
	var busy, logFrames, done int
	if err := db.Raw("PRAGMA wal_checkpoint(TRUNCATE)").Row().Scan(&busy, &logFrames, &done); err != nil || busy != 0 {
		return
	}
	// A first commit makes SQLite write the new log's header, with its salts.
	err := db.Exec("INSERT INTO " + walBaseTable + " (id, salt1, salt2, page_size, crcs) VALUES (1, NULL, NULL, 0, x'') " +
		"ON CONFLICT (id) DO UPDATE SET salt1 = NULL, salt2 = NULL").Error
	if err != nil {
		return
	}
	// The write lock is held from BEGIN IMMEDIATE: no other writer can start
	// a new log between reading its salts and committing this row into it.
	db.Transaction(func(tx *gorm.DB) error {
		salt1, salt2, ok := walSalts(s.path + "-wal")
		main, err := os.ReadFile(s.path)
		if !ok || err != nil {
			return errNoBase
		}
		size := pageSizeOf(main)
		return tx.Exec("UPDATE "+walBaseTable+" SET salt1 = ?, salt2 = ?, page_size = ?, crcs = ? WHERE id = 1",
			salt1, salt2, size, pageCRCs(main, size)).Error
	})
}

// errNoBase rolls back a record that could not be completed.
var errNoBase = errors.New("sqlstore: no log header or main file to record")

// walSalts reads the salts from the header of the log at path.
func walSalts(path string) (uint32, uint32, bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	head := make([]byte, walHeaderSize)
	if _, err := io.ReadFull(f, head); err != nil {
		return 0, 0, false
	}
	return binary.BigEndian.Uint32(head[16:]), binary.BigEndian.Uint32(head[20:]), true
}
