package tracker

import (
	"fmt"

	"github.com/crampdiary/crampdiary/model"
)

// Kinds of refused file. Each wraps model.ErrInvalid, so errors.Is(err,
// model.ErrInvalid) holds for all of them; the caller shows Error(), a
// sentence that says what to do.
var (
	// ErrNotExport marks a file that is not an export of the format asked for.
	ErrNotExport = fmt.Errorf("%w: not a tracker export", model.ErrInvalid)
	// ErrCutShort marks a file that ends too early: a copy or download that
	// did not finish.
	ErrCutShort = fmt.Errorf("%w: file cut short", model.ErrInvalid)
	// ErrDamaged marks a file whose content cannot be read: broken XML, a
	// checksum that does not match, a record with a date that is not a date.
	ErrDamaged = fmt.Errorf("%w: file damaged", model.ErrInvalid)
)

// FileError is a file a reader refused. A reader that returns an error may
// already have passed records to its Sink: the caller must discard all of
// them, so that a bad file changes nothing.
type FileError struct {
	File string        // the file's name as the person knows it ("export.zip")
	Line int           // the line of a text file where the problem is; 0 when unknown
	Kind error         // ErrNotExport, ErrCutShort or ErrDamaged
	Msg  string        // the whole sentence in English, naming the file and what to do
	Text model.Message // the same sentence with its values as parameters
}

// Say is the sentence in w's language.
func (e *FileError) Say(w model.Words) string {
	if e.Text.Key == "" {
		return e.Msg
	}
	return w.Say(e.Text)
}

// fileError is a refused file, said by m.
func fileError(file string, line int, kind error, m model.Message) *FileError {
	return &FileError{File: file, Line: line, Kind: kind, Msg: m.String(), Text: m}
}

func (e *FileError) Error() string { return e.Msg }

// Unwrap lets errors.Is find the kind and model.ErrInvalid.
func (e *FileError) Unwrap() error { return e.Kind }
