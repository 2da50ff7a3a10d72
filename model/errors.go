package model

import (
	"errors"
	"strings"
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
	Field string  // the CSV column name of the field
	Msg   string  // the sentence in English, as Error gives it
	Text  Message // the same sentence with its values as parameters, for Say
}

func (e *FieldError) Error() string { return e.Msg }

// Say is the sentence in w's language. Column names and the values as typed
// stay as they are: they are what the person looks for in the file or form.
func (e *FieldError) Say(w Words) string {
	if e.Text.Key == "" {
		return e.Msg
	}
	return w.Say(e.Text)
}

// NewFieldError is the failure of field, said by m; other packages of the
// domain build theirs with it.
func NewFieldError(field string, m Message) *FieldError {
	return &FieldError{Field: field, Msg: m.String(), Text: m}
}

// Unwrap lets errors.Is(err, ErrInvalid) hold for every field error.
func (e *FieldError) Unwrap() error { return ErrInvalid }

func fieldErr(field string, m Message) *FieldError { return NewFieldError(field, m) }

// p is the parameters of a message, named for short.
type p = map[string]any

// Kinds of storage failure, so a person is told what actually failed: a diary
// that could not be read has not lost anything that was being saved.
var (
	// ErrRead marks a failure to read the diary file.
	ErrRead = errors.New("diary file could not be read")
	// ErrWrite marks a failure to write the diary file; nothing was changed.
	ErrWrite = errors.New("diary file could not be written")
)

// FieldErrors is every rule a value breaks, in the order of its fields, so a
// form can list them all at once. errors.As finds the first *FieldError and
// errors.Is(err, ErrInvalid) holds, as for a single one.
type FieldErrors []*FieldError

// Say is every failure in w's language, joined as Error joins them.
func (fe FieldErrors) Say(w Words) string {
	msgs := make([]string, len(fe))
	for i, e := range fe {
		msgs[i] = e.Say(w)
	}
	return strings.Join(msgs, "; ")
}

func (fe FieldErrors) Error() string {
	msgs := make([]string, len(fe))
	for i, e := range fe {
		msgs[i] = e.Msg
	}
	return strings.Join(msgs, "; ")
}

// Unwrap gives each field's error, first field first.
func (fe FieldErrors) Unwrap() []error {
	out := make([]error, len(fe))
	for i, e := range fe {
		out[i] = e
	}
	return out
}

// collect returns nil for no problem, the one *FieldError for one (so its
// message is unchanged), and FieldErrors for more.
func collect(errs []*FieldError) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return FieldErrors(errs)
}
