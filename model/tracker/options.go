package tracker

import (
	"errors"
	"io"
	"os"
	"strings"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Options says how to read an export.
type Options struct {
	// Location is the person's time zone. Formats that record UTC without an
	// offset (Gadgetbridge, Fitbit minute steps, Garmin sleep files) or bare wall
	// clocks (Fitbit sleep and exercise, CSV) are given wall clocks in it. Nil
	// means UTC; the app passes the computer's zone.
	Location *time.Location
	// Mapping names the columns of a CSV file; required for CSV.
	Mapping *CSVMapping
}

func (o Options) loc() *time.Location {
	if o.Location == nil {
		return time.UTC
	}
	return o.Location
}

// invalid wraps model.ErrInvalid with a sentence about the file at path;
// its values are parameters, so the reader's language can say it.
func invalid(path string, m model.Message) error {
	return &model.MessageError{Err: model.ErrInvalid, Text: model.X("{{.Path}}: {{.Problem}}", x{"Path": path, "Problem": m})}
}

// x is the parameters of a message, named for short.
type x = map[string]any

// errText is an error's own text, for a message's parameter: Go's and the
// libraries' errors are English only.
func errText(err error) string { return err.Error() }

func lower(s string) string { return strings.ToLower(s) }

// readHead reads up to n bytes from the start of the file at path.
func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, n)
	k, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return buf[:k], nil
}

// rowError is a problem with a line or header of a file, said as a message;
// invalid adds the file.
type rowError struct{ m model.Message }

func (e rowError) Error() string { return e.m.String() }

func rowErr(m model.Message) error { return rowError{m} }

// errMessage is err as a message: its own when it carries one, its text
// otherwise (Go's and the libraries' errors are English only).
func errMessage(err error) model.Message {
	var re rowError
	if errors.As(err, &re) {
		return re.m
	}
	return model.X("{{.Err}}", x{"Err": err.Error()})
}
