package csvio

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/crampdiary/crampdiary/model"
)

// checkEvery is how many rows pass between looks at the context, so a
// cancelled import stops within a few milliseconds even on a huge file.
const checkEvery = 4096

// decodeFile reads one file row by row and hands each row that decodes to
// keep, with the line it starts on. The row is reused for the next line, so
// keep copies what it holds on to. Every batchRows rows it calls batchDone
// (unless nil), which may write out what keep gathered. Reading carries on
// past bad rows so that every problem in the file is reported at once; the
// error is for a file that cannot be read at all, a cancelled ctx, or from
// batchDone.
func decodeFile[T any](ctx context.Context, t table, in io.Reader, p *problemList, keep func(line int, v *T), batchDone func() error) error {
	r := csv.NewReader(in)
	r.FieldsPerRecord = -1 // ragged rows get a clearer message from decodeRow
	r.ReuseRecord = true
	header, err := r.Read()
	switch {
	case errors.Is(err, io.EOF):
		p.add(model.X("{{.File}}: the file is empty; it needs a header line naming the columns", x{"File": t.file}))
		return nil
	case err != nil:
		_, err := readProblem(t.file, err, p)
		return err // without a header no row can be read
	case len(header) == 1 && strings.Contains(header[0], ";"):
		p.add(model.X("{{.File}}: the columns are separated by semicolons, but crampdiary reads commas; save the file as CSV with a comma as the separator", x{"File": t.file}))
		return nil
	}
	cols, problems := t.columns(header)
	if len(problems) > 0 {
		p.add(problems...)
		return nil // without a sound header no cell can be placed
	}
	var v T
	dst := reflect.ValueOf(&v).Elem()
	for n := 1; ; n++ {
		if n%checkEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if n%batchRows == 0 && batchDone != nil {
			if err := batchDone(); err != nil {
				return err
			}
		}
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			if more, err := readProblem(t.file, err, p); !more {
				return err
			}
			continue // the reader resumes after the broken record
		}
		line, _ := r.FieldPos(0)
		dst.SetZero()
		if t.decodeRow(rec, cols, dst, line, p) {
			keep(line, &v)
		}
	}
}

// decodeRow fills dst from one record, adds a problem per bad cell to p and
// reports whether the row was sound.
func (t table) decodeRow(rec []string, cols []column, dst reflect.Value, line int, p *problemList) bool {
	if len(rec) != len(cols) {
		p.add(at(t.file, line, model.XN("has {{.Count}} cells but the header has {{.Columns}} columns", len(rec), x{"Columns": itoa(len(cols))})))
		return false
	}
	sound := true
	for pos, raw := range rec {
		col := cols[pos]
		if col.field == unnamed {
			if raw != "" {
				p.add(at(t.file, line, model.X("value \"{{.Value}}\" is in column {{.Column}}, which has no name in the header", x{"Value": raw, "Column": itoa(pos + 1)})))
				sound = false
			}
			continue
		}
		if err := parseCell(col, raw, dst.Field(col.field)); err != nil {
			p.add(at(t.file, line, problemOf(err)))
			sound = false
		}
	}
	return sound
}

// readProblem sorts a failed read. A CSV syntax error is a problem to list,
// and reading goes on after it (more); a file past maxFileSize is a problem
// that ends the file; anything else is an error.
func readProblem(file string, err error, p *problemList) (more bool, _ error) {
	var pe *csv.ParseError
	switch {
	case errors.Is(err, errTooLarge):
		p.add(tooLarge(file))
		return false, nil
	case errors.As(err, &pe):
		p.add(syntaxProblem(file, pe))
		return true, nil
	}
	return false, fmt.Errorf("csvio: read %s: %w", file, err)
}

func tooLarge(file string) model.Message {
	return model.X("{{.File}} is larger than {{.MB}} MB; is it really a crampdiary export?", x{"File": file, "MB": itoa(maxFileSize >> 20)})
}

// syntaxProblem words a CSV syntax error for someone who edited the file in a
// text editor; Go's own wording assumes they know the CSV grammar.
func syntaxProblem(file string, pe *csv.ParseError) model.Message {
	msg := problemOf(pe.Err)
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		msg = model.X(`a " appears inside a cell that does not start with "; quote the cell and double the " inside it`, nil)
	case errors.Is(pe.Err, csv.ErrQuote):
		msg = model.X(`a quoted cell is not closed, or has text after its closing "`, nil)
	}
	return at(file, pe.StartLine, msg)
}

// errTooLarge ends the reading of a file past maxFileSize bytes.
var errTooLarge = errors.New("file too large")

// sizeLimit reads at most n more bytes and then fails with errTooLarge, so a
// wrong file picked by mistake (or a pipe that never ends) is not read whole.
type sizeLimit struct {
	r io.Reader
	n int64
}

func (l *sizeLimit) Read(b []byte) (int, error) {
	if int64(len(b)) > l.n+1 { // one byte more tells a file of exactly n from a longer one
		b = b[:l.n+1]
	}
	k, err := l.r.Read(b)
	l.n -= int64(k)
	if l.n < 0 {
		return k, errTooLarge
	}
	return k, err
}

// newInput buffers f, drops a byte-order mark (as some spreadsheet programs
// write) and stops past maxFileSize.
func newInput(f io.Reader) io.Reader {
	br := bufio.NewReaderSize(&sizeLimit{r: f, n: maxFileSize}, 64<<10)
	if bom, err := br.Peek(3); err == nil && string(bom) == "\uFEFF" {
		br.Discard(3)
	}
	return br
}
