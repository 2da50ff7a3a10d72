package csvio

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reflect"
)

// row is one decoded data row and the file line it starts on, so later checks
// (validation, duplicate dates) can still point at the line to fix.
type row[T any] struct {
	line int
	val  T
}

// decodeFile turns the bytes of one file into rows. It carries on past bad
// rows so that every problem in the file is reported at once.
func decodeFile[T any](t table, data []byte) ([]row[T], []string) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	r.FieldsPerRecord = -1 // ragged rows get a clearer message from decodeRow
	header, err := r.Read()
	if errors.Is(err, io.EOF) {
		return nil, []string{t.file + ": the file is empty; it needs a header line naming the columns"}
	}
	if err != nil {
		return nil, []string{syntaxProblem(t.file, err)}
	}
	cols, problems := t.columns(header)
	if len(problems) > 0 {
		return nil, problems // without a sound header no cell can be placed
	}
	var rows []row[T]
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, problems
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			problems = append(problems, syntaxProblem(t.file, err))
			continue // the reader resumes after the broken record
		}
		if err != nil {
			return rows, append(problems, syntaxProblem(t.file, err))
		}
		line, _ := r.FieldPos(0)
		var v T
		bad := t.decodeRow(rec, cols, reflect.ValueOf(&v).Elem())
		for _, msg := range bad {
			problems = append(problems, fmt.Sprintf("%s line %d: %s", t.file, line, msg))
		}
		if len(bad) == 0 {
			rows = append(rows, row[T]{line: line, val: v})
		}
	}
}

// decodeRow fills dst from one record and returns a message per bad cell.
func (t table) decodeRow(rec []string, cols []column, dst reflect.Value) []string {
	if len(rec) != len(cols) {
		return []string{fmt.Sprintf("has %d cells but the header has %d columns", len(rec), len(cols))}
	}
	var bad []string
	for pos, raw := range rec {
		col := cols[pos]
		if col.field == unnamed {
			if raw != "" {
				bad = append(bad, fmt.Sprintf("value %q is in column %d, which has no name in the header", raw, pos+1))
			}
			continue
		}
		if err := parseCell(col, raw, dst.Field(col.field)); err != nil {
			bad = append(bad, err.Error())
		}
	}
	return bad
}

// syntaxProblem words a CSV syntax error for someone who edited the file in a
// text editor; Go's own wording assumes they know the CSV grammar.
func syntaxProblem(file string, err error) string {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return fmt.Sprintf("%s: %v", file, err)
	}
	msg := pe.Err.Error()
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		msg = `a " appears inside a cell that does not start with "; quote the cell and double the " inside it`
	case errors.Is(pe.Err, csv.ErrQuote):
		msg = `a quoted cell is not closed, or has text after its closing "`
	}
	return fmt.Sprintf("%s line %d: %s", file, pe.StartLine, msg)
}
