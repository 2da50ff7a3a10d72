package csvio

import (
	"errors"
	"strconv"

	"github.com/crampdiary/crampdiary/model"
)

// The import's problems are messages: the file and column names and the
// values as written stay as they are (they are what the person looks for
// in the file), the sentence around them is the reader's language.

// x is the parameters of a message, named for short.
type x = map[string]any

// at is a problem on a line of a file: "days.csv line 14: ...".
func at(file string, line int, m model.Message) model.Message {
	return model.X("{{.File}} line {{.Line}}: {{.Problem}}", x{"File": file, "Line": itoa(line), "Problem": m})
}

// itoa keeps line and column numbers as they are, never grouped: they point
// into a file.
func itoa(n int) string { return strconv.Itoa(n) }

// cellError is a cell that cannot be read, said as a message.
type cellError struct{ m model.Message }

func (e cellError) Error() string { return e.m.String() }

func cellErr(m model.Message) error { return cellError{m} }

// problemOf is err as a message: its own sentence when it carries one, its
// text as it is otherwise.
func problemOf(err error) model.Message {
	var ce cellError
	if errors.As(err, &ce) {
		return ce.m
	}
	var fe *model.FieldError
	if errors.As(err, &fe) && fe.Text.Key != "" {
		return fe.Text
	}
	return model.X("{{.Text}}", x{"Text": err.Error()})
}
