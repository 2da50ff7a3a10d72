package model

import (
	"errors"
	"fmt"
)

// Sentinel errors the UI and the command line act on with errors.Is.
var (
	// ErrInvalid marks input that breaks a rule; the message says what to fix.
	ErrInvalid = errors.New("invalid")
	// ErrNotFound marks a day or cramp that is not in the diary.
	ErrNotFound = errors.New("not found")
	// ErrDamaged marks a diary file that is not SQLite or fails its integrity check.
	ErrDamaged = errors.New("diary file damaged")
	// ErrForeign marks an SQLite file that belongs to another program; it is
	// never written, not even switched to WAL.
	ErrForeign = errors.New("not a crampdiary diary")
	// ErrNotEmpty marks an operation that needs an empty diary.
	ErrNotEmpty = errors.New("diary not empty")
)

// FieldError is a validation failure of one named field. Its message is a
// sentence a person can act on, such as "sleep quality 7 is outside 1-5".
type FieldError struct {
	Field string // the CSV column name of the field
	Msg   string
}

func (e *FieldError) Error() string { return e.Msg }

// Unwrap lets errors.Is(err, ErrInvalid) hold for every field error.
func (e *FieldError) Unwrap() error { return ErrInvalid }

func fieldErr(field, format string, args ...any) *FieldError {
	return &FieldError{Field: field, Msg: fmt.Sprintf(format, args...)}
}

// Kinds of storage failure, so a person is told what actually failed: a diary
// that could not be read has not lost anything that was being saved.
var (
	// ErrRead marks a failure to read the diary file.
	ErrRead = errors.New("diary file could not be read")
	// ErrWrite marks a failure to write the diary file; nothing was changed.
	ErrWrite = errors.New("diary file could not be written")
)
